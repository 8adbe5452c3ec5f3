using IdentityFabric.Catalog;
using IdentityFabric.Components.Topology;

namespace IdentityFabric.Components.Ingress;

/// <summary>
/// The order in which an ingress evaluates edge routes: the most specific first, so a request reaches the same
/// route at the ingress as at the edge. The order depends only on the routes' content (never on catalog order).
/// </summary>
public static class IngressRouteOrder
{
    /// <summary>Exact paths before prefixes, longer paths before shorter ones, then by route id.</summary>
    /// <param name="routes">The routes.</param>
    public static IReadOnlyList<IngressRoute> MostSpecificFirst(IEnumerable<IngressRoute> routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        return routes
            .OrderBy(r => r.Match == PathMatch.Exact ? 0 : 1)
            .ThenByDescending(r => r.Path.Length)
            .ThenBy(r => r.Path, StringComparer.Ordinal)
            .ThenBy(r => r.RouteId, StringComparer.Ordinal)
            .ToList();
    }
}
