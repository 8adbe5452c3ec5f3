using System.Collections.Immutable;

namespace Pulumi.Cloudflare;

/// <summary>Stand-in for <c>cloudflare:index/zeroTrustAccessGroup:ZeroTrustAccessGroup</c>.</summary>
[CloudflareResourceType("cloudflare:index/zeroTrustAccessGroup:ZeroTrustAccessGroup")]
public partial class ZeroTrustAccessGroup : global::Pulumi.CustomResource
{
    [Output("accountId")]
    public Output<string?> AccountId { get; private set; } = null!;

    [Output("excludes")]
    public Output<ImmutableArray<Outputs.ZeroTrustAccessGroupExclude>> Excludes { get; private set; } = null!;

    [Output("includes")]
    public Output<ImmutableArray<Outputs.ZeroTrustAccessGroupInclude>> Includes { get; private set; } = null!;

    [Output("isDefault")]
    public Output<bool?> IsDefault { get; private set; } = null!;

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    [Output("requires")]
    public Output<ImmutableArray<Outputs.ZeroTrustAccessGroupRequire>> Requires { get; private set; } = null!;

    [Output("zoneId")]
    public Output<string?> ZoneId { get; private set; } = null!;

    public ZeroTrustAccessGroup(string name, ZeroTrustAccessGroupArgs args, CustomResourceOptions? options = null)
        : base("cloudflare:index/zeroTrustAccessGroup:ZeroTrustAccessGroup", name, args ?? new ZeroTrustAccessGroupArgs(), MakeResourceOptions(options, ""))
    {
    }

    private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaultOptions = new CustomResourceOptions { Version = Utilities.Version, };
        var merged = CustomResourceOptions.Merge(defaultOptions, options);
        merged.Id = id ?? merged.Id;
        return merged;
    }
}

public sealed class ZeroTrustAccessGroupArgs : global::Pulumi.ResourceArgs
{
    [Input("accountId")]
    public Input<string>? AccountId { get; set; }

    [Input("excludes")]
    private InputList<Inputs.ZeroTrustAccessGroupExcludeArgs>? _excludes;

    public InputList<Inputs.ZeroTrustAccessGroupExcludeArgs> Excludes
    {
        get => _excludes ?? (_excludes = new InputList<Inputs.ZeroTrustAccessGroupExcludeArgs>());
        set => _excludes = value;
    }

    [Input("includes", required: true)]
    private InputList<Inputs.ZeroTrustAccessGroupIncludeArgs>? _includes;

    public InputList<Inputs.ZeroTrustAccessGroupIncludeArgs> Includes
    {
        get => _includes ?? (_includes = new InputList<Inputs.ZeroTrustAccessGroupIncludeArgs>());
        set => _includes = value;
    }

    [Input("isDefault")]
    public Input<bool>? IsDefault { get; set; }

    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    [Input("requires")]
    private InputList<Inputs.ZeroTrustAccessGroupRequireArgs>? _requires;

    public InputList<Inputs.ZeroTrustAccessGroupRequireArgs> Requires
    {
        get => _requires ?? (_requires = new InputList<Inputs.ZeroTrustAccessGroupRequireArgs>());
        set => _requires = value;
    }

    [Input("zoneId")]
    public Input<string>? ZoneId { get; set; }

    public ZeroTrustAccessGroupArgs()
    {
    }

    public static new ZeroTrustAccessGroupArgs Empty => new ZeroTrustAccessGroupArgs();
}
