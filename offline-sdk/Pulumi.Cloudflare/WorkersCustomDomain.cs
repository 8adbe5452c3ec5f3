namespace Pulumi.Cloudflare;

/// <summary>Stand-in for <c>cloudflare:index/workersCustomDomain:WorkersCustomDomain</c>.</summary>
[CloudflareResourceType("cloudflare:index/workersCustomDomain:WorkersCustomDomain")]
public partial class WorkersCustomDomain : global::Pulumi.CustomResource
{
    [Output("accountId")]
    public Output<string?> AccountId { get; private set; } = null!;

    [Output("environment")]
    public Output<string> Environment { get; private set; } = null!;

    [Output("hostname")]
    public Output<string> Hostname { get; private set; } = null!;

    [Output("service")]
    public Output<string> Service { get; private set; } = null!;

    [Output("zoneId")]
    public Output<string> ZoneId { get; private set; } = null!;

    [Output("zoneName")]
    public Output<string> ZoneName { get; private set; } = null!;

    public WorkersCustomDomain(string name, WorkersCustomDomainArgs args, CustomResourceOptions? options = null)
        : base("cloudflare:index/workersCustomDomain:WorkersCustomDomain", name, args ?? new WorkersCustomDomainArgs(), MakeResourceOptions(options, ""))
    {
    }

    private WorkersCustomDomain(string name, Input<string> id, WorkersCustomDomainState? state = null, CustomResourceOptions? options = null)
        : base("cloudflare:index/workersCustomDomain:WorkersCustomDomain", name, state, MakeResourceOptions(options, id))
    {
    }

    private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaultOptions = new CustomResourceOptions { Version = Utilities.Version, };
        var merged = CustomResourceOptions.Merge(defaultOptions, options);
        merged.Id = id ?? merged.Id;
        return merged;
    }

    public static WorkersCustomDomain Get(string name, Input<string> id, WorkersCustomDomainState? state = null, CustomResourceOptions? options = null)
        => new(name, id, state, options);
}

public sealed class WorkersCustomDomainArgs : global::Pulumi.ResourceArgs
{
    [Input("accountId")]
    public Input<string>? AccountId { get; set; }

    [Input("environment")]
    public Input<string>? Environment { get; set; }

    [Input("hostname", required: true)]
    public Input<string> Hostname { get; set; } = null!;

    [Input("service", required: true)]
    public Input<string> Service { get; set; } = null!;

    [Input("zoneId")]
    public Input<string>? ZoneId { get; set; }

    public WorkersCustomDomainArgs()
    {
    }

    public static new WorkersCustomDomainArgs Empty => new WorkersCustomDomainArgs();
}

public sealed class WorkersCustomDomainState : global::Pulumi.ResourceArgs
{
    [Input("accountId")]
    public Input<string>? AccountId { get; set; }

    [Input("environment")]
    public Input<string>? Environment { get; set; }

    [Input("hostname")]
    public Input<string>? Hostname { get; set; }

    [Input("service")]
    public Input<string>? Service { get; set; }

    [Input("zoneId")]
    public Input<string>? ZoneId { get; set; }

    [Input("zoneName")]
    public Input<string>? ZoneName { get; set; }

    public WorkersCustomDomainState()
    {
    }

    public static new WorkersCustomDomainState Empty => new WorkersCustomDomainState();
}
