using IdentityFabric.Catalog;
using IdentityFabric.Components.Federation;
using IdentityFabric.Components.Topology;

namespace IdentityFabric.Cli.Planning.Access;

/// <summary>
/// Computes the <see cref="EffectiveAccess"/> of an environment from its catalog view. Pure, and linear in the size of
/// the catalog: it reads the decisions the components deploy from (the mesh topology, the federation plan) and applies
/// the Lattice grant rule route by route.
/// </summary>
public static class EffectiveAccessBuilder
{
    /// <summary>Builds the model.</summary>
    /// <param name="view">A resolved, validated environment view.</param>
    /// <exception cref="CatalogException">The catalog cannot be federated (the program refuses it as well).</exception>
    public static EffectiveAccess Build(EnvironmentView view) => Build(view, MeshTopologyBuilder.Build(view));

    /// <summary>Builds the model with the environment's topology already at hand.</summary>
    /// <param name="view">A resolved, validated environment view.</param>
    /// <param name="topology">Its topology (<see cref="MeshTopologyBuilder.Build"/> of the same view).</param>
    /// <exception cref="CatalogException">The catalog cannot be federated (the program refuses it as well).</exception>
    public static EffectiveAccess Build(EnvironmentView view, MeshTopology topology)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(topology);

        var roles = view.Roles
            .Select(r => new RoleMembership(r.Name, Ordered(r.IdpGroups), r.Provider))
            .OrderBy(r => r.Role, StringComparer.Ordinal)
            .ToList();

        var allProviders = Ordered(view.IdentityProviders.Select(p => p.Name));
        var hosts = view.Edges
            .GroupBy(e => e.Hostname, StringComparer.Ordinal)
            .Select(g => new EdgeHostAccess(
                g.Key,
                string.Join(", ", g.Select(e => e.Edge.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
                Ordered(g.SelectMany(e => e.Edge.Providers.Count == 0 ? allProviders : e.Edge.Providers))))
            .OrderBy(h => h.Hostname, StringComparer.Ordinal)
            .ToList();

        var clientsByRoute = view.MachineClients
            .SelectMany(c => c.Routes.Select(route => (Route: route, Client: c.Name)))
            .ToLookup(p => p.Route, p => p.Client, StringComparer.Ordinal);
        var routes = view.Routes
            .Select(p => new RouteAccess(
                p.Route.Id,
                p.Edge.Hostname,
                new PathScope(p.Route.Path, p.Route.Match),
                MethodSet.Of(p.Route.Methods),
                p.Route.Service,
                p.Route.IsPublic,
                Ordered(p.Route.AllowedRoles),
                Ordered(clientsByRoute[p.Route.Id])))
            .OrderBy(r => r.RouteId, StringComparer.Ordinal)
            .ToList();

        var apps = view.BrowserApps
            .Select(a => new AppAccess(a.App.Name, a.Domain, Ordered(a.App.AllowedRoles)))
            .OrderBy(a => a.App, StringComparer.Ordinal)
            .ToList();

        var backends = topology.Services.ToDictionary(s => s.Name, s => s.Backend, StringComparer.Ordinal);
        var calls = topology.Services
            .SelectMany(caller => caller.Calls
                .Where(backends.ContainsKey)
                .Select(callee => new MeshCall(caller.Name, callee, caller.Backend, backends[callee])))
            .OrderBy(c => c.Caller, StringComparer.Ordinal)
            .ThenBy(c => c.Callee, StringComparer.Ordinal)
            .ToList();

        return new EffectiveAccess(view.Name, roles, hosts, routes, apps, calls, Federated(view, topology));
    }

    // The federated roles are the federation plan's (they exist where the edge propagates identity through STS). What
    // each may invoke is what the Lattice component grants it (LatticeAuthPolicies.Grants, then
    // LatticeIdentityPolicies.FederatedGrants): every route to a Lattice service that names the role, with the route's
    // path and methods. That rule is applied here route by route, in one pass, rather than by calling the per-service
    // grant functions, which look routes up per service; a test holds the result to the policies the program creates.
    private static List<FederatedAccess> Federated(EnvironmentView view, MeshTopology topology)
    {
        var plan = FederationPlanner.Plan(view, []);
        if (plan.Roles.Count == 0)
        {
            return [];
        }

        var onLattice = topology.On(MeshBackend.Lattice).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var invokes = new Dictionary<string, List<LatticeInvoke>>(StringComparer.Ordinal);
        foreach (var route in topology.IngressRoutes.Where(r => onLattice.Contains(r.Service)))
        {
            foreach (var role in route.AllowedRoles)
            {
                if (!invokes.TryGetValue(role, out var list))
                {
                    invokes[role] = list = [];
                }

                list.Add(new LatticeInvoke(route.Service, route.RouteId, new PathScope(route.Path, route.Match), MethodSet.Of(route.Methods)));
            }
        }

        return plan.Roles
            .Select(r => new FederatedAccess(
                r.CatalogName,
                r.RoleName,
                r.Provider.CatalogName,
                Ordered(r.IdpGroups),
                invokes.TryGetValue(r.CatalogName, out var list)
                    ? list.OrderBy(i => i.Service, StringComparer.Ordinal).ThenBy(i => i.RouteId, StringComparer.Ordinal).ToList()
                    : []))
            .OrderBy(f => f.Role, StringComparer.Ordinal)
            .ToList();
    }

    private static List<string> Ordered(IEnumerable<string> values) =>
        values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
