namespace Pulumi.Cloudflare;

/// <summary>Stand-in for <c>cloudflare:index/workersKv:WorkersKv</c>.</summary>
[CloudflareResourceType("cloudflare:index/workersKv:WorkersKv")]
public partial class WorkersKv : global::Pulumi.CustomResource
{
    [Output("accountId")]
    public Output<string?> AccountId { get; private set; } = null!;

    [Output("keyName")]
    public Output<string> KeyName { get; private set; } = null!;

    [Output("namespaceId")]
    public Output<string> NamespaceId { get; private set; } = null!;

    [Output("value")]
    public Output<string> Value { get; private set; } = null!;

    public WorkersKv(string name, WorkersKvArgs args, CustomResourceOptions? options = null)
        : base("cloudflare:index/workersKv:WorkersKv", name, args ?? new WorkersKvArgs(), MakeResourceOptions(options, ""))
    {
    }

    private WorkersKv(string name, Input<string> id, WorkersKvState? state = null, CustomResourceOptions? options = null)
        : base("cloudflare:index/workersKv:WorkersKv", name, state, MakeResourceOptions(options, id))
    {
    }

    private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaultOptions = new CustomResourceOptions { Version = Utilities.Version, };
        var merged = CustomResourceOptions.Merge(defaultOptions, options);
        merged.Id = id ?? merged.Id;
        return merged;
    }

    public static WorkersKv Get(string name, Input<string> id, WorkersKvState? state = null, CustomResourceOptions? options = null)
        => new(name, id, state, options);
}

public sealed class WorkersKvArgs : global::Pulumi.ResourceArgs
{
    [Input("accountId")]
    public Input<string>? AccountId { get; set; }

    [Input("keyName", required: true)]
    public Input<string> KeyName { get; set; } = null!;

    [Input("namespaceId", required: true)]
    public Input<string> NamespaceId { get; set; } = null!;

    [Input("value", required: true)]
    public Input<string> Value { get; set; } = null!;

    public WorkersKvArgs()
    {
    }

    public static new WorkersKvArgs Empty => new WorkersKvArgs();
}

public sealed class WorkersKvState : global::Pulumi.ResourceArgs
{
    [Input("accountId")]
    public Input<string>? AccountId { get; set; }

    [Input("keyName")]
    public Input<string>? KeyName { get; set; }

    [Input("namespaceId")]
    public Input<string>? NamespaceId { get; set; }

    [Input("value")]
    public Input<string>? Value { get; set; }

    public WorkersKvState()
    {
    }

    public static new WorkersKvState Empty => new WorkersKvState();
}
