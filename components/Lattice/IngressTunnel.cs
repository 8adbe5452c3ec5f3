using IdentityFabric.Catalog;
using Pulumi;
using Pulumi.Cloudflare;
using Pulumi.Cloudflare.Inputs;
using Pulumi.Random;

namespace IdentityFabric.Components.Lattice;

/// <summary>Inputs of <see cref="IngressTunnel"/>.</summary>
public sealed class IngressTunnelArgs : ResourceArgs
{
    /// <summary>The environment (its Cloudflare account owns the tunnel).</summary>
    public required EnvironmentView View { get; init; }

    /// <summary>Each hostname the edge serves, mapped to the origin URL inside the VPC that answers it
    /// (for example the ingress proxy running beside the connector).</summary>
    public required IReadOnlyDictionary<string, Input<string>> OriginsByHostname { get; init; }
}

/// <summary>
/// A Cloudflare Tunnel from the edge into the VPC, so the origin has no public address: the connector (cloudflared)
/// dials out to Cloudflare and receives the edge's requests over that connection. The tunnel is remotely managed: its
/// ingress rules live in Cloudflare, one per hostname plus the catch-all 404. Usable by either mesh backend.
/// </summary>
public sealed class IngressTunnel : ComponentResource
{
    /// <summary>Creates the tunnel secret, the tunnel and its ingress configuration.</summary>
    /// <param name="name">The component's logical name.</param>
    /// <param name="args">The environment and the origins.</param>
    /// <param name="options">Resource options.</param>
    public IngressTunnel(string name, IngressTunnelArgs args, ComponentResourceOptions? options = null)
        : base("identity-fabric:edge:IngressTunnel", name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        var hostnames = TunnelIngressRules.Order(args.OriginsByHostname.Keys);
        var cloudflare = args.View.Environment.Cloudflare;

        // 32 random bytes, base64: the tunnel secret Cloudflare requires. Generated, stored in state as a secret,
        // and never exported by this component.
        var secret = new RandomBytes($"{name}-secret", new RandomBytesArgs { Length = 32 }, new CustomResourceOptions { Parent = this });

        var tunnel = new ZeroTrustTunnelCloudflared($"{name}-tunnel", new ZeroTrustTunnelCloudflaredArgs
        {
            AccountId = cloudflare.AccountId,
            Name = TunnelIngressRules.TunnelName(args.View.Name, name),
            ConfigSrc = "cloudflare",
            TunnelSecret = Output.CreateSecret(secret.Base64),
        }, new CustomResourceOptions { Parent = this });

        var ingresses = new InputList<ZeroTrustTunnelCloudflaredConfigConfigIngressArgs>();
        foreach (var hostname in hostnames)
        {
            ingresses.Add(new ZeroTrustTunnelCloudflaredConfigConfigIngressArgs { Hostname = hostname, Service = args.OriginsByHostname[hostname] });
        }

        ingresses.Add(new ZeroTrustTunnelCloudflaredConfigConfigIngressArgs { Service = TunnelIngressRules.CatchAllService });

        _ = new ZeroTrustTunnelCloudflaredConfig($"{name}-config", new ZeroTrustTunnelCloudflaredConfigArgs
        {
            AccountId = cloudflare.AccountId,
            TunnelId = tunnel.Id,
            Config = new ZeroTrustTunnelCloudflaredConfigConfigArgs { Ingresses = ingresses },
        }, new CustomResourceOptions { Parent = this });

        TunnelId = tunnel.Id;
        TunnelCname = Output.Format($"{tunnel.Id}.cfargotunnel.com");
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["tunnelId"] = TunnelId,
            ["tunnelCname"] = TunnelCname,
        });
    }

    /// <summary>The tunnel's id (the connector runs with a token for it).</summary>
    [Output("tunnelId")]
    public Output<string> TunnelId { get; private set; } = null!;

    /// <summary>The tunnel's DNS target: a proxied CNAME of each hostname to this name sends its traffic into the tunnel.</summary>
    [Output("tunnelCname")]
    public Output<string> TunnelCname { get; private set; } = null!;
}
