namespace Pulumi.Cloudflare;

/// <summary>Stand-in for <c>cloudflare:index/workersKvNamespace:WorkersKvNamespace</c>.</summary>
[CloudflareResourceType("cloudflare:index/workersKvNamespace:WorkersKvNamespace")]
public partial class WorkersKvNamespace : global::Pulumi.CustomResource
{
    [Output("accountId")]
    public Output<string?> AccountId { get; private set; } = null!;

    [Output("supportsUrlEncoding")]
    public Output<bool> SupportsUrlEncoding { get; private set; } = null!;

    [Output("title")]
    public Output<string> Title { get; private set; } = null!;

    public WorkersKvNamespace(string name, WorkersKvNamespaceArgs args, CustomResourceOptions? options = null)
        : base("cloudflare:index/workersKvNamespace:WorkersKvNamespace", name, args ?? new WorkersKvNamespaceArgs(), MakeResourceOptions(options, ""))
    {
    }

    private WorkersKvNamespace(string name, Input<string> id, WorkersKvNamespaceState? state = null, CustomResourceOptions? options = null)
        : base("cloudflare:index/workersKvNamespace:WorkersKvNamespace", name, state, MakeResourceOptions(options, id))
    {
    }

    private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaultOptions = new CustomResourceOptions { Version = Utilities.Version, };
        var merged = CustomResourceOptions.Merge(defaultOptions, options);
        merged.Id = id ?? merged.Id;
        return merged;
    }

    public static WorkersKvNamespace Get(string name, Input<string> id, WorkersKvNamespaceState? state = null, CustomResourceOptions? options = null)
        => new(name, id, state, options);
}

public sealed class WorkersKvNamespaceArgs : global::Pulumi.ResourceArgs
{
    [Input("accountId")]
    public Input<string>? AccountId { get; set; }

    [Input("title", required: true)]
    public Input<string> Title { get; set; } = null!;

    public WorkersKvNamespaceArgs()
    {
    }

    public static new WorkersKvNamespaceArgs Empty => new WorkersKvNamespaceArgs();
}

public sealed class WorkersKvNamespaceState : global::Pulumi.ResourceArgs
{
    [Input("accountId")]
    public Input<string>? AccountId { get; set; }

    [Input("supportsUrlEncoding")]
    public Input<bool>? SupportsUrlEncoding { get; set; }

    [Input("title")]
    public Input<string>? Title { get; set; }

    public WorkersKvNamespaceState()
    {
    }

    public static new WorkersKvNamespaceState Empty => new WorkersKvNamespaceState();
}
