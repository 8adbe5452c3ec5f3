using IdentityFabric.Catalog;

namespace IdentityFabric.AppMesh.Tests.Support;

/// <summary>Hand-built catalogs small enough to state one policy each, resolved to a view like the real one.</summary>
internal static class SmallCatalog
{
    private static readonly SourceLocation Here = SourceLocation.InCode;

    public static Service Service(
        string name,
        ServiceProtocol protocol = ServiceProtocol.Http,
        int port = 8080,
        string[]? calls = null,
        string[]? secrets = null,
        TimeSpan? timeout = null,
        RetryPolicy? retries = null) => new()
        {
            Name = name,
            Protocol = protocol,
            Port = port,
            HealthCheck = new HealthCheck
            {
                Path = protocol == ServiceProtocol.Grpc ? null : "/healthz",
                Interval = TimeSpan.FromSeconds(10),
                Timeout = TimeSpan.FromSeconds(2),
                HealthyThreshold = 2,
                UnhealthyThreshold = 3,
                Location = Here,
            },
            Calls = calls ?? [],
            Secrets = secrets ?? [],
            RequestTimeout = timeout,
            Retries = retries,
            Location = Here,
        };

    public static RetryPolicy Retries(int max, TimeSpan perTry) => new() { MaxRetries = max, PerTryTimeout = perTry, Location = Here };

    public static EdgeRoute Route(string id, string path, string service, PathMatch match = PathMatch.Exact, string[]? roles = null, bool isPublic = false) => new()
    {
        Id = id,
        Name = id,
        Path = path,
        Match = match,
        Methods = [],
        Service = service,
        AllowedRoles = roles ?? [],
        IsPublic = isPublic,
        Location = Here,
    };

    public static CatalogSecret Secret(string name, string owner) => new() { Name = name, Owner = owner, RotationDays = 30, Location = Here };

    public static EnvironmentView View(
        IEnumerable<Service> services,
        IEnumerable<EdgeRoute>? routes = null,
        MeshBackend backend = MeshBackend.AppMesh,
        string[]? latticeServices = null,
        CertificateSource certificates = CertificateSource.File,
        string environment = "test",
        int retentionDays = 14,
        ProtectedResourceKind[]? protect = null,
        IEnumerable<CatalogSecret>? secrets = null,
        string hostname = "api.test.example.com",
        IdentityPropagation propagation = IdentityPropagation.Assertion)
    {
        var env = new DeploymentEnvironment
        {
            Name = environment,
            AwsAccountId = "444444444444",
            AwsRegion = "eu-central-1",
            Cloudflare = new CloudflareSettings { AccountId = new string('a', 32), ZoneId = new string('b', 32), ZoneName = "test.example.com", Location = Here },
            Mesh = new MeshSettings { Backend = backend, LatticeServices = latticeServices ?? [], CertificateSource = certificates, Location = Here },
            IdentityPropagation = propagation,
            LogRetentionDays = retentionDays,
            ProtectedResources = protect ?? [],
            Location = Here,
        };
        var edge = new EdgeEntryPoint
        {
            Name = "api",
            Hostnames = new Dictionary<string, string> { [environment] = hostname },
            Providers = [],
            Routes = (routes ?? []).ToList(),
            Location = Here,
        };
        var catalog = new IdentityCatalog
        {
            IdentityProviders = [],
            Roles = [],
            Services = services.ToList(),
            Edges = [edge],
            BrowserApps = [],
            MachineClients = [],
            Secrets = (secrets ?? []).ToList(),
            Environments = [env],
        };
        return EnvironmentResolver.Resolve(catalog, environment).GetView();
    }
}
