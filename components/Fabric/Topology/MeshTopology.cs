using IdentityFabric.Catalog;

namespace IdentityFabric.Components.Topology;

/// <summary>
/// The mesh-neutral picture of one environment: which services exist, which may call which, and which edge
/// routes enter through the ingress. Both mesh backends (App Mesh and VPC Lattice) are built from this, so they
/// cannot disagree on who may talk to whom.
/// </summary>
/// <param name="Environment">The environment name.</param>
/// <param name="Services">Every service, ordered by name.</param>
/// <param name="IngressRoutes">Every edge route exposed in this environment, ordered by route id.</param>
public sealed record MeshTopology(string Environment, IReadOnlyList<ServiceNode> Services, IReadOnlyList<IngressRoute> IngressRoutes)
{
    /// <summary>How the verified identity travels from the edge into AWS: with <c>sts</c> and <c>both</c>, the edge's
    /// federation Worker signs its requests with STS credentials (docs/federation.md).</summary>
    public IdentityPropagation IdentityPropagation { get; init; } = IdentityPropagation.Assertion;

    /// <summary>The service called <paramref name="name"/>.</summary>
    /// <param name="name">A service name.</param>
    /// <exception cref="KeyNotFoundException">No such service.</exception>
    public ServiceNode Service(string name) =>
        Index.ServiceNamed(name) ?? throw new KeyNotFoundException($"no service '{name}' in environment '{Environment}'");

    /// <summary>The services that run on <paramref name="backend"/> in this environment.</summary>
    /// <param name="backend">App Mesh or Lattice (never <see cref="MeshBackend.Both"/>: each service runs on one).</param>
    public IEnumerable<ServiceNode> On(MeshBackend backend) => Services.Where(s => s.Backend == backend);

    /// <summary>The edge routes that reach <paramref name="service"/>.</summary>
    /// <param name="service">A service name.</param>
    public IEnumerable<IngressRoute> RoutesTo(string service) => Index.RoutesTo(service);

    /// <summary>Whether a service called <paramref name="name"/> exists and runs on <paramref name="backend"/>.</summary>
    /// <param name="name">A service name.</param>
    /// <param name="backend">A backend.</param>
    public bool RunsOn(string name, MeshBackend backend) => Index.ServiceNamed(name) is { } node && node.Backend == backend;

    // Lookups by name, built once per topology on first use, so planning stays linear in the catalog's size. The index
    // lives beside the record (not in a field), so the record's equality and `with` copies are unchanged.
    private TopologyIndex Index => Indexes.GetValue(this, static topology => new TopologyIndex(topology));

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<MeshTopology, TopologyIndex> Indexes = new();

    private sealed class TopologyIndex
    {
        private readonly Dictionary<string, ServiceNode> _services = new(StringComparer.Ordinal);
        private readonly ILookup<string, IngressRoute> _routes;

        public TopologyIndex(MeshTopology topology)
        {
            // The first service of a name wins, as a scan in order would find it.
            foreach (var service in topology.Services)
            {
                _services.TryAdd(service.Name, service);
            }

            _routes = topology.IngressRoutes.ToLookup(r => r.Service, StringComparer.Ordinal);
        }

        public ServiceNode? ServiceNamed(string? name) => name is null ? null : _services.GetValueOrDefault(name);

        public IEnumerable<IngressRoute> RoutesTo(string service) => _routes[service];
    }
}

/// <summary>One service as the mesh sees it.</summary>
/// <param name="Name">Catalog name.</param>
/// <param name="Protocol">The protocol on its port.</param>
/// <param name="Port">The listener port.</param>
/// <param name="HealthCheck">How its health is checked.</param>
/// <param name="Calls">The services it may call, ordered, without duplicates.</param>
/// <param name="Callers">The services that may call it, ordered.</param>
/// <param name="Secrets">The secrets it owns or reads, ordered.</param>
/// <param name="Backend">The mesh it runs on in this environment.</param>
/// <param name="IamRoleName">The name of its own IAM role (its identity in the mesh).</param>
/// <param name="RequestTimeout">Per-request timeout, when the catalog sets one.</param>
/// <param name="Retries">Retry policy, when the catalog sets one.</param>
public sealed record ServiceNode(
    string Name,
    ServiceProtocol Protocol,
    int Port,
    HealthCheck HealthCheck,
    IReadOnlyList<string> Calls,
    IReadOnlyList<string> Callers,
    IReadOnlyList<string> Secrets,
    MeshBackend Backend,
    string IamRoleName,
    TimeSpan? RequestTimeout,
    RetryPolicy? Retries);

/// <summary>One edge route as the ingress sees it.</summary>
/// <param name="RouteId">The route's stable id.</param>
/// <param name="Hostname">The hostname it is served on in this environment.</param>
/// <param name="Path">The path pattern.</param>
/// <param name="Match">Exact path or prefix.</param>
/// <param name="Methods">Allowed methods, ordered; empty allows every method.</param>
/// <param name="Service">The target service.</param>
/// <param name="AllowedRoles">Roles allowed, ordered; empty only when <paramref name="IsPublic"/>.</param>
/// <param name="IsPublic">Explicitly open to anonymous callers.</param>
public sealed record IngressRoute(
    string RouteId,
    string Hostname,
    string Path,
    PathMatch Match,
    IReadOnlyList<string> Methods,
    string Service,
    IReadOnlyList<string> AllowedRoles,
    bool IsPublic);
