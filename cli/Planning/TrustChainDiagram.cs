using System.Text;
using IdentityFabric.Catalog;
using IdentityFabric.Components.Topology;

namespace IdentityFabric.Cli.Planning;

/// <summary>
/// The trust chain of one environment as a Mermaid flowchart: the user, the edge routes (grouped by hostname, with
/// the roles they allow), the mesh ingress, the services the routes reach (grouped by mesh backend), and the calls
/// each service may make. It is drawn from the catalog's topology, the same source the components fan out from.
/// </summary>
public static class TrustChainDiagram
{
    /// <summary>The flowchart's Mermaid source (without the code fence).</summary>
    /// <param name="topology">The environment's topology.</param>
    public static string Render(MeshTopology topology)
    {
        ArgumentNullException.ThrowIfNull(topology);
        var ids = new NodeIds();
        var text = new StringBuilder();
        text.Append("flowchart LR\n");
        text.Append("  user((\"user\"))\n");

        text.Append("  subgraph edge[\"Cloudflare edge (Worker: verify token, authorize route, sign identity)\"]\n");
        foreach (var host in topology.IngressRoutes.GroupBy(r => r.Hostname, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.Append($"    subgraph {ids.For("host", host.Key)}[\"{Escape(host.Key)}\"]\n");
            foreach (var route in host)
            {
                text.Append($"      {ids.For("route", route.RouteId)}[\"{Escape(RouteLabel(route))}\"]\n");
            }

            text.Append("    end\n");
        }

        text.Append("  end\n");
        if (topology.IdentityPropagation != IdentityPropagation.Assertion)
        {
            // STS federation: the edge's second Worker, reached only through its service binding, obtains the route
            // role's credentials and signs the forwarded request with them.
            text.Append("  federation[[\"federation Worker (STS credentials, SigV4)\"]]\n");
            text.Append("  sts((\"AWS STS\"))\n");
            text.Append("  edge -.->|\"service binding\"| federation\n");
            text.Append("  federation -.->|\"AssumeRoleWithWebIdentity\"| sts\n");
        }

        text.Append("  ingress{{\"mesh ingress (signed identity only)\"}}\n");

        foreach (var backend in topology.Services.GroupBy(s => s.Backend).OrderBy(g => g.Key))
        {
            text.Append($"  subgraph {ids.For("mesh", backend.Key.ToString())}[\"{BackendLabel(backend.Key)}\"]\n");
            foreach (var service in backend)
            {
                text.Append($"    {ids.For("svc", service.Name)}[\"{Escape(service.Name)}\"]\n");
            }

            text.Append("  end\n");
        }

        foreach (var route in topology.IngressRoutes)
        {
            text.Append($"  user --> {ids.For("route", route.RouteId)}\n");
        }

        foreach (var route in topology.IngressRoutes)
        {
            text.Append($"  {ids.For("route", route.RouteId)} --> ingress\n");
        }

        var known = topology.Services.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var target in topology.IngressRoutes.GroupBy(r => r.Service, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (known.Contains(target.Key))
            {
                var routes = string.Join(", ", target.Select(r => r.RouteId));
                text.Append($"  ingress -->|\"{Escape(routes)}\"| {ids.For("svc", target.Key)}\n");
            }
        }

        foreach (var service in topology.Services)
        {
            foreach (var callee in service.Calls.Where(known.Contains))
            {
                text.Append($"  {ids.For("svc", service.Name)} -->|mTLS| {ids.For("svc", callee)}\n");
            }
        }

        return text.ToString();
    }

    private static string RouteLabel(IngressRoute route)
    {
        var methods = route.Methods.Count == 0 ? "ANY" : string.Join(" ", route.Methods);
        var path = route.Match == PathMatch.Prefix ? route.Path + "*" : route.Path;
        var who = route.IsPublic ? "public" : "roles: " + string.Join(", ", route.AllowedRoles);
        return $"{route.RouteId}<br/>{methods} {path}<br/>{who}";
    }

    private static string BackendLabel(MeshBackend backend) => backend switch
    {
        MeshBackend.AppMesh => "AWS App Mesh (mTLS, closed egress)",
        MeshBackend.Lattice => "Amazon VPC Lattice (IAM auth policies)",
        _ => backend.ToString(),
    };

    // Mermaid labels are quoted; quotes inside become entity codes. Line breaks are the only markup kept.
    private static string Escape(string text) =>
        text.Replace("\"", "#quot;", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    /// <summary>Stable, unique Mermaid node ids made from names.</summary>
    private sealed class NodeIds
    {
        private readonly Dictionary<(string Kind, string Name), string> _ids = [];
        private readonly HashSet<string> _used = new(StringComparer.Ordinal);

        public string For(string kind, string name)
        {
            if (_ids.TryGetValue((kind, name), out var id))
            {
                return id;
            }

            var baseId = kind + "_" + new string(name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray());
            id = baseId;
            for (var n = 2; !_used.Add(id); n++)
            {
                id = $"{baseId}_{n}";
            }

            _ids[(kind, name)] = id;
            return id;
        }
    }
}
