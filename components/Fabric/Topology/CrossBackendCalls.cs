using IdentityFabric.Catalog;

namespace IdentityFabric.Components.Topology;

/// <summary>A call the catalog allows between services that run on different mesh backends.</summary>
/// <param name="Caller">The calling service.</param>
/// <param name="CallerBackend">Where the caller runs.</param>
/// <param name="Callee">The called service.</param>
/// <param name="CalleeBackend">Where the callee runs.</param>
public sealed record CrossBackendCall(string Caller, MeshBackend CallerBackend, string Callee, MeshBackend CalleeBackend);

/// <summary>
/// The calls that cross backends while an environment migrates service by service (<c>both</c>). Neither mesh
/// describes such a call: App Mesh only lists App Mesh services as a node's backends, and a Lattice service's auth
/// policy is where an App Mesh caller's role is admitted. These functions tell both backends (and the stack) which
/// calls those are.
/// </summary>
public static class CrossBackendCalls
{
    /// <summary>Every allowed call whose caller and callee run on different backends, ordered.</summary>
    /// <param name="topology">The environment's topology.</param>
    public static IReadOnlyList<CrossBackendCall> Of(MeshTopology topology)
    {
        ArgumentNullException.ThrowIfNull(topology);
        var backends = topology.Services.ToDictionary(s => s.Name, s => s.Backend, StringComparer.Ordinal);
        return topology.Services
            .SelectMany(caller => caller.Calls
                .Where(backends.ContainsKey)
                .Where(callee => backends[callee] != caller.Backend)
                .Select(callee => new CrossBackendCall(caller.Name, caller.Backend, callee, backends[callee])))
            .OrderBy(c => c.Caller, StringComparer.Ordinal)
            .ThenBy(c => c.Callee, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The callees of <paramref name="service"/> that run on its own backend.</summary>
    /// <param name="topology">The environment's topology.</param>
    /// <param name="service">The caller.</param>
    public static IReadOnlyList<string> SameBackendCallees(MeshTopology topology, ServiceNode service)
    {
        ArgumentNullException.ThrowIfNull(topology);
        ArgumentNullException.ThrowIfNull(service);
        return OnBackend(topology, service.Calls, service.Backend);
    }

    /// <summary>The callers of <paramref name="service"/> that run on its own backend.</summary>
    /// <param name="topology">The environment's topology.</param>
    /// <param name="service">The callee.</param>
    public static IReadOnlyList<string> SameBackendCallers(MeshTopology topology, ServiceNode service)
    {
        ArgumentNullException.ThrowIfNull(topology);
        ArgumentNullException.ThrowIfNull(service);
        return OnBackend(topology, service.Callers, service.Backend);
    }

    private static List<string> OnBackend(MeshTopology topology, IEnumerable<string> names, MeshBackend backend) =>
        names.Where(name => topology.RunsOn(name, backend)).ToList();
}
