using IdentityFabric.Catalog;
using IdentityFabric.Components.Topology;

namespace IdentityFabric.Components.Lattice;

/// <summary>
/// The rules of moving an environment from App Mesh to Lattice one service at a time. An App Mesh caller can reach a
/// Lattice service (its application signs the call with its role and bypasses its Envoy for Lattice's link-local
/// range), but a Lattice service cannot reach one still on App Mesh: that mesh admits only mTLS peers with mesh
/// certificates and, at its gateway, only edge-signed requests. So services switch callee first.
/// </summary>
public static class LatticeMigration
{
    /// <summary>The calls the catalog allows that no backend could carry: a Lattice caller, an App Mesh callee.</summary>
    /// <param name="topology">The environment's topology.</param>
    public static IReadOnlyList<CrossBackendCall> UnreachableCalls(MeshTopology topology) =>
        CrossBackendCalls.Of(topology).Where(c => c.CallerBackend == MeshBackend.Lattice && c.CalleeBackend == MeshBackend.AppMesh).ToList();

    /// <summary>
    /// The services still on App Mesh, in the waves they can switch in: each wave's services call nothing left on App
    /// Mesh once the earlier waves have switched. Services that call each other in a cycle form one last wave, which
    /// switches together.
    /// </summary>
    /// <param name="topology">The environment's topology.</param>
    public static IReadOnlyList<IReadOnlyList<string>> SwitchWaves(MeshTopology topology)
    {
        ArgumentNullException.ThrowIfNull(topology);
        var remaining = topology.On(MeshBackend.AppMesh).ToDictionary(s => s.Name, StringComparer.Ordinal);
        var waves = new List<IReadOnlyList<string>>();
        while (remaining.Count > 0)
        {
            var wave = remaining.Values
                .Where(s => !s.Calls.Any(c => c != s.Name && remaining.ContainsKey(c)))
                .Select(s => s.Name)
                .Order(StringComparer.Ordinal)
                .ToList();
            if (wave.Count == 0)
            {
                waves.Add(remaining.Keys.Order(StringComparer.Ordinal).ToList());
                break;
            }

            waves.Add(wave);
            wave.ForEach(s => remaining.Remove(s));
        }

        return waves;
    }
}
