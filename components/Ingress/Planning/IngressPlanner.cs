using IdentityFabric.Catalog;
using IdentityFabric.Components.Topology;

namespace IdentityFabric.Components.Ingress;

/// <summary>Derives the <see cref="IngressPlan"/> of an environment. Pure: no Pulumi, no I/O.</summary>
public static class IngressPlanner
{
    /// <summary>The header a SigV4-signed request carries (the edge's federated signature).</summary>
    public const string Authorization = "authorization";

    /// <summary>The header that carries the session token of a request signed with temporary credentials.</summary>
    public const string SecurityToken = "x-amz-security-token";

    /// <summary>Builds the plan for <paramref name="view"/>.</summary>
    /// <param name="view">The environment view.</param>
    /// <param name="topology">Its topology (backend of each service, edge routes).</param>
    /// <exception cref="ArgumentException">A catalog service takes the ingress's workload name, or a derived name does
    /// not fit its limits.</exception>
    public static IngressPlan Build(EnvironmentView view, MeshTopology topology)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(topology);
        var env = view.Environment;
        if (topology.Services.Any(s => s.Name == IngressIdentity.WorkloadName))
        {
            throw new ArgumentException($"a catalog service may not be named '{IngressIdentity.WorkloadName}': the ingress runs under that name", nameof(topology));
        }

        var backends = topology.Services.ToDictionary(s => s.Name, s => s.Backend, StringComparer.Ordinal);
        var routes = IngressRouteOrder.MostSpecificFirst(topology.IngressRoutes)
            .Select(route =>
            {
                var backend = backends[route.Service] == MeshBackend.Lattice ? ProxyBackend.Lattice : ProxyBackend.AppMesh;
                var signer = backend == ProxyBackend.AppMesh ? LatticeSigner.None : SignerFor(route, env.IdentityPropagation);
                return new ProxyRoute(route.RouteId, route.Hostname, route.Path, route.Match, route.Methods, route.Service, backend, signer, Headers(route, signer));
            })
            .ToList();

        var plan = new IngressPlan(
            view.Name,
            env.Cloudflare.IngressHostname,
            TunnelIngressRules.TunnelName(view.Name),
            IngressIdentity.RoleName(view.Name),
            ResourceNames.SecretName(view.Name, ResourceNames.IngressSecretPrefix + "tunnel-token"),
            $"/{ResourceNames.Prefix}/{view.Name}/ingress/proxy-config",
            routes);
        var problems = new List<string>();
        if (!ResourceNames.IsValidIamRoleName(plan.RoleName))
        {
            problems.Add($"IAM role name '{plan.RoleName}' does not fit its limits");
        }

        if (!ResourceNames.IsValidSecretName(plan.TokenSecretName))
        {
            problems.Add($"secret name '{plan.TokenSecretName}' does not fit its limits");
        }

        return problems.Count == 0 ? plan : throw new ArgumentException(string.Join("; ", problems), nameof(view));
    }

    /// <summary>Who signs the Lattice request of a route, mirroring who the service's auth policy admits: the ingress
    /// role on public routes and whenever the assertion carries the identity, the caller's federated role otherwise.</summary>
    /// <param name="route">The edge route.</param>
    /// <param name="propagation">The environment's identity propagation.</param>
    public static LatticeSigner SignerFor(IngressRoute route, IdentityPropagation propagation)
    {
        ArgumentNullException.ThrowIfNull(route);
        return route.IsPublic || propagation == IdentityPropagation.Assertion ? LatticeSigner.Ingress
            : propagation == IdentityPropagation.Both ? LatticeSigner.IngressUnlessEdgeSigned
            : LatticeSigner.Edge;
    }

    /// <summary>The header conditions of a proxy route. Where the edge sends the signed assertion they are exactly the
    /// gateway routes' (<see cref="IngressHeaderRules.For"/>); a restricted route whose identity travels only as the
    /// edge's SigV4 signature (<c>identityPropagation: sts</c>) requires that signature instead, and Lattice checks it.</summary>
    /// <param name="route">The edge route.</param>
    /// <param name="signer">Who signs it.</param>
    public static IReadOnlyList<HeaderRequirement> Headers(IngressRoute route, LatticeSigner signer)
    {
        ArgumentNullException.ThrowIfNull(route);
        if (signer != LatticeSigner.Edge)
        {
            return IngressHeaderRules.For(route);
        }

        return
        [
            HeaderRequirement.Exact(FabricHeaders.ForwardedHost, route.Hostname.ToLowerInvariant()),
            HeaderRequirement.Present(FabricHeaders.RequestId),
            HeaderRequirement.Present(FabricHeaders.TraceParent),
            HeaderRequirement.Matching(Authorization, "^AWS4-HMAC-SHA256 .+$"),
            HeaderRequirement.Present(SecurityToken),
        ];
    }
}
