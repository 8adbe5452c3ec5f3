namespace Pulumi.Cloudflare;

/// <summary>Stand-in for <c>cloudflare:index/workersScriptSubdomain:WorkersScriptSubdomain</c>.</summary>
[CloudflareResourceType("cloudflare:index/workersScriptSubdomain:WorkersScriptSubdomain")]
public partial class WorkersScriptSubdomain : global::Pulumi.CustomResource
{
    [Output("accountId")]
    public Output<string?> AccountId { get; private set; } = null!;

    [Output("enabled")]
    public Output<bool> Enabled { get; private set; } = null!;

    [Output("previewsEnabled")]
    public Output<bool> PreviewsEnabled { get; private set; } = null!;

    [Output("scriptName")]
    public Output<string> ScriptName { get; private set; } = null!;

    public WorkersScriptSubdomain(string name, WorkersScriptSubdomainArgs args, CustomResourceOptions? options = null)
        : base("cloudflare:index/workersScriptSubdomain:WorkersScriptSubdomain", name, args ?? new WorkersScriptSubdomainArgs(), MakeResourceOptions(options, ""))
    {
    }

    private WorkersScriptSubdomain(string name, Input<string> id, WorkersScriptSubdomainState? state = null, CustomResourceOptions? options = null)
        : base("cloudflare:index/workersScriptSubdomain:WorkersScriptSubdomain", name, state, MakeResourceOptions(options, id))
    {
    }

    private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaultOptions = new CustomResourceOptions { Version = Utilities.Version, };
        var merged = CustomResourceOptions.Merge(defaultOptions, options);
        merged.Id = id ?? merged.Id;
        return merged;
    }

    public static WorkersScriptSubdomain Get(string name, Input<string> id, WorkersScriptSubdomainState? state = null, CustomResourceOptions? options = null)
        => new(name, id, state, options);
}

public sealed class WorkersScriptSubdomainArgs : global::Pulumi.ResourceArgs
{
    [Input("accountId")]
    public Input<string>? AccountId { get; set; }

    [Input("enabled", required: true)]
    public Input<bool> Enabled { get; set; } = null!;

    [Input("previewsEnabled")]
    public Input<bool>? PreviewsEnabled { get; set; }

    [Input("scriptName", required: true)]
    public Input<string> ScriptName { get; set; } = null!;

    public WorkersScriptSubdomainArgs()
    {
    }

    public static new WorkersScriptSubdomainArgs Empty => new WorkersScriptSubdomainArgs();
}

public sealed class WorkersScriptSubdomainState : global::Pulumi.ResourceArgs
{
    [Input("accountId")]
    public Input<string>? AccountId { get; set; }

    [Input("enabled")]
    public Input<bool>? Enabled { get; set; }

    [Input("previewsEnabled")]
    public Input<bool>? PreviewsEnabled { get; set; }

    [Input("scriptName")]
    public Input<string>? ScriptName { get; set; }

    public WorkersScriptSubdomainState()
    {
    }

    public static new WorkersScriptSubdomainState Empty => new WorkersScriptSubdomainState();
}
