using System.Text;
using System.Text.RegularExpressions;

namespace IdentityFabric.Catalog;

/// <summary>
/// The one place where cloud object names are derived from catalog names and the environment. Every fan-out
/// uses these functions, and validation checks their results against the limits of the objects they become.
/// </summary>
public static partial class ResourceNames
{
    /// <summary>IAM role names: at most 64 characters.</summary>
    public const int IamRoleNameMax = 64;

    /// <summary>App Mesh object names (mesh, virtual node, router, route, gateway): at most 255 characters.</summary>
    public const int AppMeshNameMax = 255;

    /// <summary>VPC Lattice service names: 3 to 40 characters.</summary>
    public const int LatticeServiceNameMax = 40;

    /// <summary>VPC Lattice service network, listener and rule names: 3 to 63 characters.</summary>
    public const int LatticeNameMax = 63;

    /// <summary>VPC Lattice names: at least 3 characters.</summary>
    public const int LatticeNameMin = 3;

    /// <summary>Secrets Manager secret names: at most 512 characters.</summary>
    public const int SecretNameMax = 512;

    /// <summary>AWS tag values: at most 256 characters (a catalog secret's name is the value of its
    /// <c>identity-fabric:secret</c> tag).</summary>
    public const int AwsTagValueMax = 256;

    /// <summary>Machine client names, as the edge's route policy takes them: a letter or digit, then at most 63 of
    /// letters, digits, '.', '_' and '-'.</summary>
    public const int MachineClientNameMax = 64;

    /// <summary>Workers KV keys: at most 512 bytes of UTF-8.</summary>
    public const int KvKeyMaxBytes = 512;

    /// <summary>The prefix of every name this project creates.</summary>
    public const string Prefix = "identity-fabric";

    /// <summary>The workload name the edge ingress runs under: its role key, ECS task family suffix and Kubernetes
    /// service account (its IAM role is <c>{env}-edge-ingress-envoy</c>).</summary>
    public const string IngressWorkloadName = "edge-ingress";

    /// <summary>The workload name of the App Mesh ingress gateway: its role key, SPIFFE path and service account.</summary>
    public const string AppMeshGatewayWorkloadName = "ingress-gateway";

    /// <summary>The key of the ingress role among the Lattice backend's role ARNs, beside the services' own.</summary>
    public const string IngressRoleKey = "ingress";

    /// <summary>The name the Lattice backend gives its service network's own resources (<c>lattice-network</c>,
    /// <c>lattice-network-auth</c>, <c>lattice-network-vpc</c>), spelled as a service's resources are.</summary>
    public const string LatticeNetworkKey = "network";

    /// <summary>Secret name prefixes the program keeps for its own secrets (<c>identity-fabric/{env}/machine-clients/…</c>,
    /// the machine clients' credentials; <c>identity-fabric/{env}/ingress/…</c>, the tunnel token), each with its owner.
    /// A catalog secret under one would share its Secrets Manager name.</summary>
    public static IReadOnlyDictionary<string, string> ReservedSecretPrefixes { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [MachineClientSecretPrefix] = "the machine clients' credentials",
        [IngressSecretPrefix] = "the ingress's tunnel token",
    };

    /// <summary>Where the machine clients' credentials live, under the environment's secrets.</summary>
    public const string MachineClientSecretPrefix = "machine-clients/";

    /// <summary>Where the ingress's secrets (its tunnel token) live, under the environment's secrets.</summary>
    public const string IngressSecretPrefix = "ingress/";

    /// <summary>Service names the program keeps for its own workloads and resources, each with the reason. A catalog
    /// service so named would share an IAM role, an output key or a resource name with them (the plan would fail, or
    /// worse, one would replace the other), so the catalog validator refuses it at its line.</summary>
    public static IReadOnlyDictionary<string, string> ReservedServiceNames { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [IngressWorkloadName] = "the edge ingress runs under that name, with the IAM role {env}-edge-ingress-envoy",
        [AppMeshGatewayWorkloadName] = "the App Mesh ingress gateway runs under that name, with the IAM role {env}-ingress-gateway-envoy",
        [IngressRoleKey] = "the Lattice backend keys the ingress's role by that name beside the services' roles",
        [LatticeNetworkKey] = "the Lattice backend names its service network's resources so (lattice-network-auth would be both the network's auth policy and this service's)",
    };

    /// <summary>The IAM role that may read a machine client's credentials: <c>{env}-{client}-client</c>.</summary>
    /// <param name="environment">Environment name.</param>
    /// <param name="client">Machine client name.</param>
    public static string MachineClientReaderRoleName(string environment, string client) => $"{environment}-{client}-client";

    /// <summary>The IAM role a service's sidecar (and workload) runs as: <c>{env}-{service}-envoy</c>.</summary>
    /// <param name="environment">Environment name.</param>
    /// <param name="service">Service name.</param>
    public static string ServiceRoleName(string environment, string service) => $"{environment}-{service}-envoy";

    /// <summary>The IAM role the edge assumes for a catalog role through STS: <c>{env}-{role}-federated</c>.</summary>
    /// <param name="environment">Environment name.</param>
    /// <param name="role">Catalog role name.</param>
    public static string FederatedRoleName(string environment, string role) => $"{environment}-{role}-federated";

    /// <summary>The App Mesh mesh of an environment: <c>identity-fabric-{env}</c>.</summary>
    /// <param name="environment">Environment name.</param>
    public static string MeshName(string environment) => $"{Prefix}-{environment}";

    /// <summary>A service's App Mesh virtual node: <c>{service}-{env}</c>.</summary>
    /// <param name="service">Service name.</param>
    /// <param name="environment">Environment name.</param>
    public static string VirtualNodeName(string service, string environment) => $"{service}-{environment}";

    /// <summary>A service's App Mesh virtual router: <c>{service}-router-{env}</c>.</summary>
    /// <param name="service">Service name.</param>
    /// <param name="environment">Environment name.</param>
    public static string VirtualRouterName(string service, string environment) => $"{service}-router-{environment}";

    /// <summary>The DNS-style name of a service's App Mesh virtual service: <c>{service}.{env}.mesh.local</c>.</summary>
    /// <param name="service">Service name.</param>
    /// <param name="environment">Environment name.</param>
    public static string VirtualServiceName(string service, string environment) => $"{service}.{environment}.mesh.local";

    /// <summary>The ingress virtual gateway of an environment: <c>ingress-{env}</c>.</summary>
    /// <param name="environment">Environment name.</param>
    public static string VirtualGatewayName(string environment) => $"ingress-{environment}";

    /// <summary>The gateway route for an edge route: <c>{routeId}-{env}</c>.</summary>
    /// <param name="routeId">The route's stable id.</param>
    /// <param name="environment">Environment name.</param>
    public static string GatewayRouteName(string routeId, string environment) => $"{routeId}-{environment}";

    /// <summary>The VPC Lattice service network of an environment: <c>identity-fabric-{env}</c>.</summary>
    /// <param name="environment">Environment name.</param>
    public static string ServiceNetworkName(string environment) => $"{Prefix}-{environment}";

    /// <summary>A service's VPC Lattice service: <c>{service}-{env}</c>.</summary>
    /// <param name="service">Service name.</param>
    /// <param name="environment">Environment name.</param>
    public static string LatticeServiceName(string service, string environment) => $"{service}-{environment}";

    /// <summary>A service's VPC Lattice target group: <c>{service}-{env}-tg</c>.</summary>
    /// <param name="service">Service name.</param>
    /// <param name="environment">Environment name.</param>
    public static string LatticeTargetGroupName(string service, string environment) => $"{service}-{environment}-tg";

    /// <summary>The VPC Lattice listener rule for an edge route: <c>{routeId}</c>.</summary>
    /// <param name="routeId">The route's stable id.</param>
    public static string LatticeRuleName(string routeId) => routeId;

    /// <summary>The Secrets Manager name of a catalog secret: <c>identity-fabric/{env}/{secret}</c>.</summary>
    /// <param name="environment">Environment name.</param>
    /// <param name="secret">Catalog secret name.</param>
    public static string SecretName(string environment, string secret) => $"{Prefix}/{environment}/{secret}";

    /// <summary>The Worker script of an environment: <c>identity-fabric-{env}</c>.</summary>
    /// <param name="environment">Environment name.</param>
    public static string WorkerScriptName(string environment) => $"{Prefix}-{environment}";

    /// <summary>The federation Worker script of a federating environment, beside the edge's:
    /// <c>identity-fabric-{env}-federation</c>.</summary>
    /// <param name="environment">Environment name.</param>
    public static string FederationWorkerScriptName(string environment) => WorkerScriptName(environment) + FederationWorkerSuffix;

    /// <summary>What the federation Worker's script name adds to the edge's. No environment name may end with it: the
    /// edge script of an environment <c>x-federation</c> would be the federation Worker of environment <c>x</c>, and a
    /// script upload replaces a script of the same name.</summary>
    public const string FederationWorkerSuffix = "-federation";

    /// <summary>The KV key of an environment's compiled route policy document: <c>route-policy/{env}</c>.</summary>
    /// <param name="environment">Environment name.</param>
    public static string RoutePolicyKvKey(string environment) => $"route-policy/{environment}";

    /// <summary>The KV key under which an identity provider's JWKS is cached: <c>jwks/{provider}</c>.</summary>
    /// <param name="provider">Identity provider name.</param>
    public static string JwksKvKey(string provider) => $"jwks/{provider}";

    /// <summary>Whether a name is a valid IAM role name: 1–64 of letters, digits and <c>+=,.@_-</c>.</summary>
    /// <param name="name">The candidate.</param>
    public static bool IsValidIamRoleName(string name) =>
        name.Length is >= 1 and <= IamRoleNameMax && IamRoleChars().IsMatch(name);

    /// <summary>Whether a name is a valid App Mesh object name: 1–255 of letters, digits, <c>-</c> and <c>_</c>,
    /// starting with a letter or digit.</summary>
    /// <param name="name">The candidate.</param>
    public static bool IsValidAppMeshName(string name) =>
        name.Length is >= 1 and <= AppMeshNameMax && AppMeshChars().IsMatch(name);

    /// <summary>The prefixes VPC Lattice keeps for its own ids (<c>svc-…</c>, <c>tg-…</c>, <c>rule-…</c>): a service,
    /// target group or listener rule whose name starts with its kind's prefix is refused (the CreateService,
    /// CreateTargetGroup and CreateRule name patterns of the AWS API model).</summary>
    public const string LatticeServicePrefix = "svc-";

    /// <inheritdoc cref="LatticeServicePrefix"/>
    public const string LatticeTargetGroupPrefix = "tg-";

    /// <inheritdoc cref="LatticeServicePrefix"/>
    public const string LatticeRulePrefix = "rule-";

    /// <summary>The listener rule every Lattice service keeps for its catalog callers; no edge route may take its name.</summary>
    public const string LatticeCallersRuleName = "catalog-callers";

    /// <summary>Whether a name is a valid VPC Lattice name of at most <paramref name="maxLength"/> characters:
    /// lower-case letters, digits and single hyphens, neither first nor last.</summary>
    /// <param name="name">The candidate.</param>
    /// <param name="maxLength">40 for services, 63 for networks, listeners and rules, 128 for target groups.</param>
    public static bool IsValidLatticeName(string name, int maxLength) =>
        name.Length >= LatticeNameMin && name.Length <= maxLength && LatticeChars().IsMatch(name);

    /// <summary>Whether a name is a valid Secrets Manager secret name: 1–512 of letters, digits and <c>/_+=.@-</c>.</summary>
    /// <param name="name">The candidate.</param>
    public static bool IsValidSecretName(string name) =>
        name.Length is >= 1 and <= SecretNameMax && SecretChars().IsMatch(name);

    /// <summary>Whether a secret name ends like the random suffix Secrets Manager appends to ARNs
    /// (a hyphen and six characters), which makes partial-ARN lookups ambiguous.</summary>
    /// <param name="name">The candidate.</param>
    public static bool LooksLikeArnSuffix(string name) => ArnSuffix().IsMatch(name);

    /// <summary>The UTF-8 size of a KV key.</summary>
    /// <param name="key">The key.</param>
    public static int KvKeyBytes(string key) => Encoding.UTF8.GetByteCount(key);

    /// <summary>Whether a KV key is usable: 1–512 bytes of UTF-8, and not <c>.</c> or <c>..</c>.</summary>
    /// <param name="key">The key.</param>
    public static bool IsValidKvKey(string key) =>
        key.Length > 0 && KvKeyBytes(key) <= KvKeyMaxBytes && key is not ("." or "..");

    [GeneratedRegex(@"^[A-Za-z0-9+=,.@_-]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex IamRoleChars();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_-]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex AppMeshChars();

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex LatticeChars();

    [GeneratedRegex(@"^[A-Za-z0-9/_+=.@-]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex SecretChars();

    [GeneratedRegex(@"-[A-Za-z0-9]{6}\z", RegexOptions.CultureInvariant)]
    private static partial Regex ArnSuffix();
}
