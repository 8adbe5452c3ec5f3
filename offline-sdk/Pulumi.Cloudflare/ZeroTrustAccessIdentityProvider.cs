namespace Pulumi.Cloudflare;

/// <summary>Stand-in for <c>cloudflare:index/zeroTrustAccessIdentityProvider:ZeroTrustAccessIdentityProvider</c>.</summary>
[CloudflareResourceType("cloudflare:index/zeroTrustAccessIdentityProvider:ZeroTrustAccessIdentityProvider")]
public partial class ZeroTrustAccessIdentityProvider : global::Pulumi.CustomResource
{
    [Output("accountId")]
    public Output<string?> AccountId { get; private set; } = null!;

    [Output("config")]
    public Output<Outputs.ZeroTrustAccessIdentityProviderConfig> Config { get; private set; } = null!;

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    [Output("type")]
    public Output<string> Type { get; private set; } = null!;

    [Output("zoneId")]
    public Output<string?> ZoneId { get; private set; } = null!;

    public ZeroTrustAccessIdentityProvider(string name, ZeroTrustAccessIdentityProviderArgs args, CustomResourceOptions? options = null)
        : base("cloudflare:index/zeroTrustAccessIdentityProvider:ZeroTrustAccessIdentityProvider", name, args ?? new ZeroTrustAccessIdentityProviderArgs(), MakeResourceOptions(options, ""))
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

public sealed class ZeroTrustAccessIdentityProviderArgs : global::Pulumi.ResourceArgs
{
    [Input("accountId")]
    public Input<string>? AccountId { get; set; }

    [Input("config", required: true)]
    public Input<Inputs.ZeroTrustAccessIdentityProviderConfigArgs> Config { get; set; } = null!;

    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    [Input("type", required: true)]
    public Input<string> Type { get; set; } = null!;

    [Input("zoneId")]
    public Input<string>? ZoneId { get; set; }

    public ZeroTrustAccessIdentityProviderArgs()
    {
    }

    public static new ZeroTrustAccessIdentityProviderArgs Empty => new ZeroTrustAccessIdentityProviderArgs();
}
