namespace Pulumi.Cloudflare;

/// <summary>Stand-in for <c>cloudflare:index/workersRoute:WorkersRoute</c>.</summary>
[CloudflareResourceType("cloudflare:index/workersRoute:WorkersRoute")]
public partial class WorkersRoute : global::Pulumi.CustomResource
{
    [Output("pattern")]
    public Output<string> Pattern { get; private set; } = null!;

    [Output("script")]
    public Output<string?> Script { get; private set; } = null!;

    [Output("zoneId")]
    public Output<string?> ZoneId { get; private set; } = null!;

    public WorkersRoute(string name, WorkersRouteArgs args, CustomResourceOptions? options = null)
        : base("cloudflare:index/workersRoute:WorkersRoute", name, args ?? new WorkersRouteArgs(), MakeResourceOptions(options, ""))
    {
    }

    private WorkersRoute(string name, Input<string> id, WorkersRouteState? state = null, CustomResourceOptions? options = null)
        : base("cloudflare:index/workersRoute:WorkersRoute", name, state, MakeResourceOptions(options, id))
    {
    }

    private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaultOptions = new CustomResourceOptions { Version = Utilities.Version, };
        var merged = CustomResourceOptions.Merge(defaultOptions, options);
        merged.Id = id ?? merged.Id;
        return merged;
    }

    public static WorkersRoute Get(string name, Input<string> id, WorkersRouteState? state = null, CustomResourceOptions? options = null)
        => new(name, id, state, options);
}

public sealed class WorkersRouteArgs : global::Pulumi.ResourceArgs
{
    [Input("pattern", required: true)]
    public Input<string> Pattern { get; set; } = null!;

    [Input("script")]
    public Input<string>? Script { get; set; }

    [Input("zoneId")]
    public Input<string>? ZoneId { get; set; }

    public WorkersRouteArgs()
    {
    }

    public static new WorkersRouteArgs Empty => new WorkersRouteArgs();
}

public sealed class WorkersRouteState : global::Pulumi.ResourceArgs
{
    [Input("pattern")]
    public Input<string>? Pattern { get; set; }

    [Input("script")]
    public Input<string>? Script { get; set; }

    [Input("zoneId")]
    public Input<string>? ZoneId { get; set; }

    public WorkersRouteState()
    {
    }

    public static new WorkersRouteState Empty => new WorkersRouteState();
}
