using IdentityFabric.Catalog;
using IdentityFabric.Components.Ingress;
using IdentityFabric.Components.Topology;

namespace IdentityFabric.Components.Lattice;

/// <summary>One listener rule of a Lattice service.</summary>
/// <param name="Name">The rule name (unique within the listener).</param>
/// <param name="Priority">Its priority (1 is evaluated first).</param>
/// <param name="Match">Exact path or prefix.</param>
/// <param name="Path">The path or prefix.</param>
/// <param name="Method">The one method matched, or null for every method.</param>
/// <param name="RouteId">The edge route it serves, or null for the catalog callers' rule.</param>
public sealed record ListenerRuleSpec(string Name, int Priority, PathMatch Match, string Path, string? Method, string? RouteId);

/// <summary>
/// The HTTPS listener's rules of a Lattice service. The listener's default answer is a fixed 404; each edge route to
/// the service gets a rule forwarding its path to the target group, most specific first (as the edge and the App Mesh
/// gateway order them); and when the catalog lets other services call it, a last rule forwards every other path,
/// because a catalog call is allowed on any path.
/// </summary>
/// <remarks>
/// Rules route; they do not authorize. A Lattice rule matches a single method, so a route with several methods
/// matches on its path only, and its methods are enforced by the auth policy (condition
/// <see cref="LatticeAuthPolicies.MethodConditionKey"/>) for the ingress and the federated roles, the only principals
/// admitted on edge paths.
/// </remarks>
public static class LatticeListenerRules
{
    /// <summary>The name of the rule that forwards the catalog callers' requests.</summary>
    public const string CatalogCallersRuleName = ResourceNames.LatticeCallersRuleName;

    /// <summary>The priority of that rule: the last one Lattice allows.</summary>
    public const int CatalogCallersPriority = 100;

    /// <summary>The rules of <paramref name="service"/>.</summary>
    /// <param name="service">A Lattice service.</param>
    /// <param name="topology">The environment's topology.</param>
    /// <exception cref="ArgumentException">More edge routes than priorities, or a route id that is the callers'
    /// rule name or not a valid Lattice rule name.</exception>
    public static IReadOnlyList<ListenerRuleSpec> For(ServiceNode service, MeshTopology topology)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(topology);
        var routes = IngressRouteOrder.MostSpecificFirst(topology.RoutesTo(service.Name));
        if (routes.Count >= CatalogCallersPriority)
        {
            throw new ArgumentException($"service '{service.Name}' has {routes.Count} edge routes; a Lattice listener takes at most {CatalogCallersPriority - 1} besides the callers' rule", nameof(service));
        }

        var rules = new List<ListenerRuleSpec>();
        var priority = 1;
        foreach (var route in routes)
        {
            var name = ResourceNames.LatticeRuleName(route.RouteId);
            if (name == CatalogCallersRuleName || !ResourceNames.IsValidLatticeName(name, ResourceNames.LatticeNameMax))
            {
                throw new ArgumentException($"route id '{route.RouteId}' cannot name a Lattice listener rule", nameof(topology));
            }

            rules.Add(new ListenerRuleSpec(name, priority++, route.Match, route.Path, route.Methods.Count == 1 ? route.Methods[0] : null, route.RouteId));
        }

        if (service.Callers.Count > 0)
        {
            rules.Add(new ListenerRuleSpec(CatalogCallersRuleName, CatalogCallersPriority, PathMatch.Prefix, "/", null, null));
        }

        return rules;
    }
}
