using IdentityFabric.Catalog;
using IdentityFabric.Components.Federation;
using IdentityFabric.Components.Lattice;
using IdentityFabric.Components.Topology;

namespace IdentityFabric.Cli.Planning.Access;

/// <summary>
/// Computes the <see cref="EffectiveAccess"/> of an environment from its catalog view. Pure: it reads the same
/// decisions the components deploy (the mesh topology, the federation plan, the Lattice grants), so the model cannot
/// say something the deployment does not do.
/// </summary>
public static class EffectiveAccessBuilder
{
    /// <summary>Builds the model.</summary>
    /// <param name="view">A resolved, validated environment view.</param>
    /// <exception cref="CatalogException">The catalog cannot be federated (the program refuses it as well).</exception>
    public static EffectiveAccess Build(EnvironmentView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var topology = MeshTopologyBuilder.Build(view);

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

    // The federated roles exist where the edge propagates identity through STS; what each may invoke is what the
    // Lattice component grants it: the routes of Lattice services whose auth policy admits the role, from the same
    // grant decision that writes the policies.
    private static List<FederatedAccess> Federated(EnvironmentView view, MeshTopology topology)
    {
        var plan = FederationPlanner.Plan(view, []);
        if (plan.Roles.Count == 0)
        {
            return [];
        }

        var invokes = new Dictionary<string, List<LatticeInvoke>>(StringComparer.Ordinal);
        foreach (var service in topology.On(MeshBackend.Lattice))
        {
            var grants = LatticeAuthPolicies.Grants(service, topology, view.Environment);
            foreach (var grant in LatticeIdentityPolicies.FederatedGrants(grants, view.Environment))
            {
                if (!invokes.TryGetValue(grant.CatalogRole, out var list))
                {
                    invokes[grant.CatalogRole] = list = [];
                }

                list.AddRange(grant.Routes.Select(r => new LatticeInvoke(service.Name, r.RouteId, new PathScope(r.Path, r.Match), MethodSet.Of(r.Methods))));
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
