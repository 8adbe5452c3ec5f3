using IdentityFabric.Catalog;

namespace IdentityFabric.Components.Topology;

/// <summary>Derives the <see cref="MeshTopology"/> of an environment from its catalog view.</summary>
public static class MeshTopologyBuilder
{
    /// <summary>Builds the topology. Everything is ordered by name or id, so reordering the catalog changes nothing.</summary>
    /// <param name="view">A resolved, validated environment view.</param>
    public static MeshTopology Build(EnvironmentView view)
    {
        ArgumentNullException.ThrowIfNull(view);

        var callers = view.Services
            .SelectMany(s => s.Service.Calls.Select(callee => (Caller: s.Service.Name, Callee: callee)))
            .ToLookup(edge => edge.Callee, edge => edge.Caller, StringComparer.Ordinal);

        var services = view.Services
            .Select(s => new ServiceNode(
                s.Service.Name,
                s.Service.Protocol,
                s.Service.Port,
                s.Service.HealthCheck,
                Ordered(s.Service.Calls),
                Ordered(callers[s.Service.Name]),
                Ordered(s.Service.Secrets),
                s.Backend,
                s.RoleName,
                s.Service.RequestTimeout,
                s.Service.Retries))
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ToList();

        var routes = view.Edges
            .SelectMany(e => e.Edge.Routes.Select(r => new IngressRoute(
                r.Id,
                e.Hostname,
                r.Path,
                r.Match,
                Ordered(r.Methods),
                r.Service,
                Ordered(r.AllowedRoles),
                r.IsPublic)))
            .OrderBy(r => r.RouteId, StringComparer.Ordinal)
            .ToList();

        return new MeshTopology(view.Name, services, routes) { IdentityPropagation = view.Environment.IdentityPropagation };
    }

    private static List<string> Ordered(IEnumerable<string> values) =>
        values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
