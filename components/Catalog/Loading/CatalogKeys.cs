namespace IdentityFabric.Catalog.Loading;

/// <summary>The keys the loader accepts at each level, and the spellings of enumerated values.</summary>
internal static class CatalogKeys
{
    public static readonly string[] TopLevel =
        ["identityProviders", "roles", "services", "edges", "browserApps", "machineClients", "secrets", "environments"];

    public static readonly string[] IdentityProvider =
        ["name", "kind", "issuer", "audiences", "jwksUrl", "algorithms", "clockSkew", "maxTokenAge", "claims", "teamDomain"];

    public static readonly string[] Claims = ["subject", "groups", "email"];

    public static readonly string[] Role = ["name", "description", "idpGroups", "provider"];

    public static readonly string[] Service =
        ["name", "protocol", "port", "healthCheck", "calls", "secrets", "timeout", "retries", "personalData"];

    public static readonly string[] HealthCheck = ["path", "interval", "timeout", "healthyThreshold", "unhealthyThreshold"];

    public static readonly string[] Retries = ["maxRetries", "perTryTimeout"];

    public static readonly string[] Edge = ["name", "hostnames", "providers", "routes"];

    public static readonly string[] Route = ["id", "name", "path", "match", "methods", "service", "roles", "public"];

    public static readonly string[] BrowserApp = ["name", "hostnames", "path", "roles", "sessionDuration"];

    public static readonly string[] MachineClient = ["name", "routes", "tokenDuration", "rotationDays"];

    public static readonly string[] Secret =
        ["name", "description", "owner", "rotationDays", "rotationLambdaArn", "generated", "format", "fields"];

    public static readonly string[] Generated = ["length", "excludePunctuation"];

    public static readonly string[] Environment =
        ["name", "awsAccountId", "awsRegion", "cloudflare", "mesh", "identityPropagation", "maxRotationDays",
         "logRetentionDays", "protect"];

    public static readonly string[] Cloudflare = ["accountId", "zoneId", "zoneName", "ingressHostname"];

    public static readonly string[] Mesh = ["backend", "latticeServices", "certificateSource"];

    public static readonly IReadOnlyDictionary<string, IdentityProviderKind> ProviderKinds =
        new Dictionary<string, IdentityProviderKind>(StringComparer.Ordinal)
        {
            ["oidc"] = IdentityProviderKind.Oidc,
            ["cloudflare-access"] = IdentityProviderKind.CloudflareAccess,
        };

    public static readonly IReadOnlyDictionary<string, SecretFormat> SecretFormats =
        new Dictionary<string, SecretFormat>(StringComparer.Ordinal)
        {
            ["json"] = SecretFormat.Json,
            ["text"] = SecretFormat.Text,
        };

    public static readonly IReadOnlyDictionary<string, ServiceProtocol> Protocols =
        new Dictionary<string, ServiceProtocol>(StringComparer.Ordinal)
        {
            ["http"] = ServiceProtocol.Http,
            ["http2"] = ServiceProtocol.Http2,
            ["grpc"] = ServiceProtocol.Grpc,
        };

    public static readonly IReadOnlyDictionary<string, PathMatch> Matches =
        new Dictionary<string, PathMatch>(StringComparer.Ordinal)
        {
            ["exact"] = PathMatch.Exact,
            ["prefix"] = PathMatch.Prefix,
        };

    public static readonly IReadOnlyDictionary<string, MeshBackend> Backends =
        new Dictionary<string, MeshBackend>(StringComparer.Ordinal)
        {
            ["appmesh"] = MeshBackend.AppMesh,
            ["lattice"] = MeshBackend.Lattice,
            ["both"] = MeshBackend.Both,
        };

    public static readonly IReadOnlyDictionary<string, IdentityPropagation> Propagations =
        new Dictionary<string, IdentityPropagation>(StringComparer.Ordinal)
        {
            ["assertion"] = IdentityPropagation.Assertion,
            ["sts"] = IdentityPropagation.Sts,
            ["both"] = IdentityPropagation.Both,
        };

    public static readonly IReadOnlyDictionary<string, CertificateSource> CertificateSources =
        new Dictionary<string, CertificateSource>(StringComparer.Ordinal)
        {
            ["sds"] = CertificateSource.Sds,
            ["file"] = CertificateSource.File,
        };

    public static readonly IReadOnlyDictionary<string, ProtectedResourceKind> ProtectedKinds =
        new Dictionary<string, ProtectedResourceKind>(StringComparer.Ordinal)
        {
            ["secrets"] = ProtectedResourceKind.Secrets,
            ["kv"] = ProtectedResourceKind.Kv,
            ["mesh"] = ProtectedResourceKind.Mesh,
            ["access"] = ProtectedResourceKind.Access,
            ["iam"] = ProtectedResourceKind.Iam,
        };

    /// <summary>The YAML spelling of an enumerated value (the inverse of the maps above).</summary>
    public static string Spell<T>(IReadOnlyDictionary<string, T> names, T value)
        where T : struct, System.Enum =>
        names.First(pair => EqualityComparer<T>.Default.Equals(pair.Value, value)).Key;
}
