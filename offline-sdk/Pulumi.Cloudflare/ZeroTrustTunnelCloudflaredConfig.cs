namespace Pulumi.Cloudflare;

/// <summary>Stand-in for <c>cloudflare:index/zeroTrustTunnelCloudflaredConfig:ZeroTrustTunnelCloudflaredConfig</c>.</summary>
[CloudflareResourceType("cloudflare:index/zeroTrustTunnelCloudflaredConfig:ZeroTrustTunnelCloudflaredConfig")]
public partial class ZeroTrustTunnelCloudflaredConfig : global::Pulumi.CustomResource
{
    [Output("accountId")]
    public Output<string?> AccountId { get; private set; } = null!;

    [Output("config")]
    public Output<Outputs.ZeroTrustTunnelCloudflaredConfigConfig> Config { get; private set; } = null!;

    [Output("createdAt")]
    public Output<string> CreatedAt { get; private set; } = null!;

    [Output("source")]
    public Output<string> Source { get; private set; } = null!;

    [Output("tunnelId")]
    public Output<string> TunnelId { get; private set; } = null!;

    [Output("version")]
    public Output<int> Version { get; private set; } = null!;

    public ZeroTrustTunnelCloudflaredConfig(string name, ZeroTrustTunnelCloudflaredConfigArgs args, CustomResourceOptions? options = null)
        : base("cloudflare:index/zeroTrustTunnelCloudflaredConfig:ZeroTrustTunnelCloudflaredConfig", name, args ?? new ZeroTrustTunnelCloudflaredConfigArgs(), MakeResourceOptions(options, ""))
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

public sealed class ZeroTrustTunnelCloudflaredConfigArgs : global::Pulumi.ResourceArgs
{
    [Input("accountId")]
    public Input<string>? AccountId { get; set; }

    [Input("config")]
    public Input<Inputs.ZeroTrustTunnelCloudflaredConfigConfigArgs>? Config { get; set; }

    [Input("source")]
    public Input<string>? Source { get; set; }

    [Input("tunnelId", required: true)]
    public Input<string> TunnelId { get; set; } = null!;

    public ZeroTrustTunnelCloudflaredConfigArgs()
    {
    }

    public static new ZeroTrustTunnelCloudflaredConfigArgs Empty => new ZeroTrustTunnelCloudflaredConfigArgs();
}
