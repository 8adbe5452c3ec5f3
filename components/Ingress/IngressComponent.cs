using IdentityFabric.Catalog;
using IdentityFabric.Components.Iam;
using IdentityFabric.Components.Identity;
using IdentityFabric.Components.Topology;
using Pulumi;
using Pulumi.Aws.Iam;
using Pulumi.Aws.SecretsManager;
using Pulumi.Cloudflare;
using Pulumi.Cloudflare.Inputs;
using Pulumi.Random;
using IamRole = Pulumi.Aws.Iam.Role;

namespace IdentityFabric.Components.Ingress;

/// <summary>Inputs of <see cref="IngressComponent"/>.</summary>
public sealed class IngressArgs : ResourceArgs
{
    /// <summary>The environment's catalog view.</summary>
    public required EnvironmentView View { get; init; }

    /// <summary>The environment's topology (which backend each edge route reaches).</summary>
    public required MeshTopology Topology { get; init; }

    /// <summary>Where the ingress task runs, which decides who may assume its role.</summary>
    public required WorkloadIdentity Workload { get; init; }
}

/// <summary>
/// The edge's way into the mesh, for either backend, with no public origin: a remotely managed Cloudflare Tunnel, a
/// proxied DNS record of the ingress hostname to it, the tunnel rule that hands that hostname to the ingress proxy
/// (then the catch-all 404), the tunnel's token in Secrets Manager (readable by the ingress role only), and the
/// ingress role that the ingress task (cloudflared and the proxy) runs as. The Worker's <c>ORIGIN_URL</c> is
/// <see cref="OriginUrl"/>.
/// </summary>
/// <remarks>
/// The proxy's configuration depends on the backends' outputs (Lattice DNS names) while the backends need the ingress
/// role first (Lattice auth policies name it), so it is stored by <see cref="IngressProxyConfiguration"/>, created after
/// the backends as this component's child. The backends attach their own grants to <see cref="Role"/>.
/// </remarks>
public sealed class IngressComponent : ComponentResource
{
    /// <summary>Creates the ingress link of one environment.</summary>
    /// <param name="name">The component's logical name.</param>
    /// <param name="args">The environment, its topology and where the ingress runs.</param>
    /// <param name="options">Resource options.</param>
    /// <exception cref="ArgumentException">See <see cref="IngressPlanner.Build"/>.</exception>
    public IngressComponent(string name, IngressArgs args, ComponentResourceOptions? options = null)
        : base("identity-fabric:edge:Ingress", name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        var view = args.View;
        var env = view.Environment;
        Plan = IngressPlanner.Build(view, args.Topology);
        var cloudflare = env.Cloudflare;
        var tags = FabricTags.For(view.Name, "ingress");
        var child = new CustomResourceOptions { Parent = this };

        // 32 random bytes, base64: the tunnel secret. Kept secret in state; it leaves the stack only inside the token.
        var secret = new RandomBytes($"{name}-tunnel-secret", new RandomBytesArgs { Length = 32 }, child);
        var tunnelSecret = Output.CreateSecret(secret.Base64);
        var tunnel = new ZeroTrustTunnelCloudflared($"{name}-tunnel", new ZeroTrustTunnelCloudflaredArgs
        {
            AccountId = cloudflare.AccountId,
            Name = Plan.TunnelName,
            ConfigSrc = "cloudflare",
            TunnelSecret = tunnelSecret,
        }, child);

        _ = new ZeroTrustTunnelCloudflaredConfig($"{name}-tunnel-config", new ZeroTrustTunnelCloudflaredConfigArgs
        {
            AccountId = cloudflare.AccountId,
            TunnelId = tunnel.Id,
            Config = new ZeroTrustTunnelCloudflaredConfigConfigArgs
            {
                Ingresses =
                {
                    new ZeroTrustTunnelCloudflaredConfigConfigIngressArgs { Hostname = TunnelIngressRules.Order([Plan.Hostname])[0], Service = IngressIdentity.ProxyOrigin },
                    new ZeroTrustTunnelCloudflaredConfigConfigIngressArgs { Service = TunnelIngressRules.CatchAllService },
                },
            },
        }, child);

        var target = tunnel.Id.Apply(IngressPlan.TunnelTarget);
        _ = new DnsRecord($"{name}-dns", new DnsRecordArgs
        {
            ZoneId = cloudflare.ZoneId,
            Name = Plan.Hostname,
            Type = "CNAME",
            Content = target,
            Proxied = true,
            Ttl = 1,
            Comment = $"identity-fabric {view.Name}: the edge Worker's origin, carried into the mesh by Cloudflare Tunnel",
        }, child);

        var role = new IamRole($"{name}-role", new RoleArgs
        {
            Name = Plan.RoleName,
            Description = "The edge's ingress into the mesh: runs cloudflared and the ingress proxy.",
            AssumeRolePolicy = ServiceIdentityPolicies.TrustPolicy(args.Workload, env.AwsAccountId, IngressIdentity.WorkloadName),
            Tags = tags,
        }, new CustomResourceOptions { Parent = this, Protect = env.Protects(ProtectedResourceKind.Iam) });

        var tokenSecret = new Secret($"{name}-tunnel-token", new SecretArgs
        {
            Name = Plan.TokenSecretName,
            Description = $"cloudflared token of the {view.Name} ingress tunnel; read by the ingress task only.",
            Policy = SecretReaderPolicy.For(env, Plan.RoleName).ToJson(),
            RecoveryWindowInDays = env.Protects(ProtectedResourceKind.Secrets) ? 30 : 7,
            Tags = tags,
        }, new CustomResourceOptions { Parent = this, Protect = env.Protects(ProtectedResourceKind.Secrets) });

        _ = new SecretVersion($"{name}-tunnel-token-version", new SecretVersionArgs
        {
            SecretId = tokenSecret.Id,
            SecretString = Output.CreateSecret(Output.Tuple(tunnel.Id, tunnelSecret)
                .Apply(t => TunnelToken.Create(cloudflare.AccountId, t.Item1, t.Item2))),
        }, child);

        _ = new RolePolicy($"{name}-read-credentials", new RolePolicyArgs
        {
            Role = role.Name,
            Name = "read-ingress-credentials",
            Policy = tokenSecret.Arn.Apply(arn => IngressPolicies.ReadCredentials(env, Plan, arn).ToJson()),
        }, child);

        Hostname = Output.Create(Plan.Hostname);
        OriginUrl = Output.Create(Plan.OriginUrl);
        TunnelId = tunnel.Id;
        TunnelCname = target;
        RoleArn = role.Arn;
        TokenSecretArn = tokenSecret.Arn;
        Role = new ServiceRole(role.Name, role.Arn, role);
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["hostname"] = Hostname,
            ["originUrl"] = OriginUrl,
            ["tunnelId"] = TunnelId,
            ["tunnelCname"] = TunnelCname,
            ["roleArn"] = RoleArn,
            ["tokenSecretArn"] = TokenSecretArn,
        });
    }

    /// <summary>What this component was built from.</summary>
    public IngressPlan Plan { get; }

    /// <summary>The ingress role, for the backends to attach their grants to.</summary>
    public ServiceRole Role { get; }

    /// <summary>The ingress hostname.</summary>
    [Output("hostname")]
    public Output<string> Hostname { get; private set; } = null!;

    /// <summary>The Worker's origin: <c>https://{hostname}</c>.</summary>
    [Output("originUrl")]
    public Output<string> OriginUrl { get; private set; } = null!;

    /// <summary>The tunnel's id.</summary>
    [Output("tunnelId")]
    public Output<string> TunnelId { get; private set; } = null!;

    /// <summary>The DNS record's target, <c>{tunnelId}.cfargotunnel.com</c>.</summary>
    [Output("tunnelCname")]
    public Output<string> TunnelCname { get; private set; } = null!;

    /// <summary>The ingress role's ARN.</summary>
    [Output("roleArn")]
    public Output<string> RoleArn { get; private set; } = null!;

    /// <summary>The secret holding the tunnel token (its ARN; the token itself is never an output).</summary>
    [Output("tokenSecretArn")]
    public Output<string> TokenSecretArn { get; private set; } = null!;
}
