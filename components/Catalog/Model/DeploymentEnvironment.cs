namespace IdentityFabric.Catalog;

/// <summary>An environment (dev, staging, prod, ...): where it lives and how it differs from the others.</summary>
public sealed record DeploymentEnvironment
{
    /// <summary>Environment name; also the stack name and part of derived cloud names.</summary>
    public required string Name { get; init; }

    /// <summary>The 12-digit AWS account id.</summary>
    public required string AwsAccountId { get; init; }

    /// <summary>The AWS region, e.g. <c>eu-west-1</c>.</summary>
    public required string AwsRegion { get; init; }

    /// <summary>The Cloudflare account and zone.</summary>
    public required CloudflareSettings Cloudflare { get; init; }

    /// <summary>The mesh backend and its settings.</summary>
    public required MeshSettings Mesh { get; init; }

    /// <summary>How the verified identity travels into AWS.</summary>
    public required IdentityPropagation IdentityPropagation { get; init; }

    /// <summary>Upper bound on every secret's rotation period here; null keeps the catalog's periods.</summary>
    public int? MaxRotationDays { get; init; }

    /// <summary>CloudWatch log retention in days (one of the values CloudWatch accepts).</summary>
    public required int LogRetentionDays { get; init; }

    /// <summary>Resource categories protected from deletion in this environment.</summary>
    public required IReadOnlyList<ProtectedResourceKind> ProtectedResources { get; init; }

    /// <summary>Where the environment was declared.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>Whether resources of <paramref name="kind"/> are protected here.</summary>
    /// <param name="kind">The resource category.</param>
    public bool Protects(ProtectedResourceKind kind) => ProtectedResources.Contains(kind);
}

/// <summary>The Cloudflare side of an environment.</summary>
public sealed record CloudflareSettings
{
    /// <summary>The 32-hex-digit Cloudflare account id.</summary>
    public required string AccountId { get; init; }

    /// <summary>The 32-hex-digit zone id.</summary>
    public required string ZoneId { get; init; }

    /// <summary>The zone's domain, e.g. <c>example.com</c>; every hostname of the environment lies inside it.</summary>
    public required string ZoneName { get; init; }

    /// <summary>The ingress hostname as the catalog spells it (<c>ingressHostname</c>); null when the catalog leaves it
    /// to the default <see cref="DefaultIngressLabel"/><c>.{zoneName}</c>. Use <see cref="IngressHostname"/>.</summary>
    public string? IngressHostnameOverride { get; init; }

    /// <summary>The first label of the default ingress hostname.</summary>
    public const string DefaultIngressLabel = "ingress";

    /// <summary>The hostname inside the zone through which the edge Worker reaches the mesh ingress (a proxied DNS
    /// record to the environment's Cloudflare Tunnel): the catalog's <c>ingressHostname</c>, else
    /// <c>ingress.{zoneName}</c>. Never one of the hostnames the Worker or a browser app is served on.</summary>
    public string IngressHostname => IngressHostnameOverride ?? $"{DefaultIngressLabel}.{ZoneName}";

    /// <summary>Where the settings were declared.</summary>
    public required SourceLocation Location { get; init; }
}

/// <summary>The mesh side of an environment.</summary>
public sealed record MeshSettings
{
    /// <summary>The backend services are deployed to.</summary>
    public required MeshBackend Backend { get; init; }

    /// <summary>With <see cref="MeshBackend.Both"/>: the services already switched to Lattice; the others stay
    /// on App Mesh. Empty for the other backends.</summary>
    public required IReadOnlyList<string> LatticeServices { get; init; }

    /// <summary>Where sidecars get their mTLS certificates.</summary>
    public required CertificateSource CertificateSource { get; init; }

    /// <summary>Where the settings were declared.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>The backend that a given service runs on in this environment.</summary>
    /// <param name="service">The service name.</param>
    public MeshBackend BackendFor(string service) => Backend switch
    {
        MeshBackend.Both => LatticeSetOf(LatticeServices).Contains(service) ? MeshBackend.Lattice : MeshBackend.AppMesh,
        _ => Backend,
    };

    private static HashSet<string> LatticeSetOf(IReadOnlyList<string> list)
    {
        // Callers ask about every service of one environment in a row: the last set is kept at hand.
        if (_lastLatticeSet is { } last && ReferenceEquals(last.List, list))
        {
            return last.Set;
        }

        var set = LatticeSet.GetValue(list, l => l.ToHashSet(StringComparer.Ordinal));
        _lastLatticeSet = (list, set);
        return set;
    }

    // A set per list (not a field, which record equality would compare): asked once per service, a list scan would
    // make an environment migrating thousands of services quadratic.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<string>, HashSet<string>> LatticeSet = new();

    [ThreadStatic]
    private static (IReadOnlyList<string> List, HashSet<string> Set)? _lastLatticeSet;
}
