using IdentityFabric.Catalog;
using IdentityFabric.Components.Audit;
using IdentityFabric.Components.Ingress;
using IdentityFabric.Components.Routing;
using IdentityFabric.Components.Topology;

namespace IdentityFabric.AppMesh.Planning;

/// <summary>Derives the <see cref="AppMeshPlan"/> of an environment. Pure: no Pulumi, no I/O.</summary>
public static class AppMeshPlanner
{
    /// <summary>Builds the plan for the services of <paramref name="topology"/> that run on App Mesh.</summary>
    /// <param name="view">The environment view (names, account, region).</param>
    /// <param name="topology">The environment's topology.</param>
    /// <param name="settings">Certificates, discovery and gateway settings.</param>
    /// <exception cref="ArgumentException">A derived name breaks an App Mesh or IAM limit, a service takes the
    /// gateway's workload name, or restricted edge routes reach App Mesh while the edge sends no assertion.</exception>
    public static AppMeshPlan Build(EnvironmentView view, MeshTopology topology, AppMeshSettings settings)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(topology);
        ArgumentNullException.ThrowIfNull(settings);
        var env = view.Name;
        var certificates = new MeshCertificates(settings.CertificateSource, settings.TrustDomain, env);
        var services = topology.On(MeshBackend.AppMesh).ToList();
        if (services.Any(s => s.Name == AppMeshNames.GatewayWorkload))
        {
            throw new ArgumentException($"service name '{AppMeshNames.GatewayWorkload}' is reserved for the ingress gateway", nameof(topology));
        }

        var onAppMesh = services.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var ingress = topology.IngressRoutes.Where(r => onAppMesh.Contains(r.Service)).ToList();
        if (view.Environment.IdentityPropagation == IdentityPropagation.Sts && ingress.Any(r => !r.IsPublic))
        {
            // With STS alone the edge sends SigV4 and no assertion; App Mesh cannot check SigV4, and its gateway
            // routes match only the assertion's headers, so every restricted route would be unreachable.
            throw new ArgumentException(
                $"environment '{env}' propagates identity by STS only, but App Mesh services are reached from the edge; App Mesh needs 'assertion' or 'both'",
                nameof(view));
        }

        var gatewayIdentity = certificates.SubjectAlternativeName(AppMeshNames.GatewayWorkload);
        var reachedFromEdge = ingress.Select(r => r.Service).ToHashSet(StringComparer.Ordinal);

        var nodes = services
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .Select(s =>
            {
                var identity = certificates.SubjectAlternativeName(s.Name);
                var callers = CrossBackendCalls.SameBackendCallers(topology, s).Select(certificates.SubjectAlternativeName).ToList();
                if (reachedFromEdge.Contains(s.Name))
                {
                    callers.Add(gatewayIdentity);
                }

                return new NodePlan(
                    s,
                    ResourceNames.VirtualNodeName(s.Name, env),
                    ResourceNames.VirtualRouterName(s.Name, env),
                    AppMeshNames.RouteName(s.Name, env),
                    ResourceNames.VirtualServiceName(s.Name, env),
                    identity,
                    CrossBackendCalls.SameBackendCallees(topology, s)
                        .Order(StringComparer.Ordinal)
                        .Select(callee => new BackendPlan(callee, ResourceNames.VirtualServiceName(callee, env), certificates.SubjectAlternativeName(callee)))
                        .ToList(),
                    OrSelf(callers, identity),
                    s.Calls.Where(c => !onAppMesh.Contains(c)).Order(StringComparer.Ordinal).ToList(),
                    CallPolicies.For(s),
                    Discovery(settings.Discovery, s.Name, env));
            })
            .ToList();

        var routes = IngressRouteOrder.MostSpecificFirst(ingress)
            .Select(r => new GatewayRoutePlan(
                r,
                ResourceNames.GatewayRouteName(r.RouteId, env),
                ResourceNames.VirtualServiceName(r.Service, env),
                IngressHeaderRules.For(r)))
            .ToList();

        var gateway = new GatewayPlan(
            ResourceNames.VirtualGatewayName(env),
            AppMeshNames.GatewayRoleName(env),
            settings.GatewayPort,
            gatewayIdentity,
            OrSelf(reachedFromEdge.Order(StringComparer.Ordinal).Select(certificates.SubjectAlternativeName).ToList(), gatewayIdentity),
            routes);

        var plan = new AppMeshPlan(
            env,
            ResourceNames.MeshName(env),
            certificates,
            nodes,
            gateway,
            AuditLogNames.AccessLogGroup(env, AppMeshNames.Backend),
            AuditLogNames.TraceQueryName(env, AppMeshNames.Backend));
        var problems = NameProblems(plan);
        return problems.Count == 0 ? plan : throw new ArgumentException(string.Join("; ", problems), nameof(view));
    }

    /// <summary>Every derived name that breaks its limit; empty when all fit.</summary>
    /// <param name="plan">A plan.</param>
    public static IReadOnlyList<string> NameProblems(AppMeshPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var problems = new List<string>();
        void Check(bool ok, string what, string name)
        {
            if (!ok)
            {
                problems.Add($"{what} name '{name}' does not fit its limits");
            }
        }

        Check(ResourceNames.IsValidAppMeshName(plan.MeshName), "mesh", plan.MeshName);
        Check(ResourceNames.IsValidAppMeshName(plan.Gateway.Name), "virtual gateway", plan.Gateway.Name);
        Check(ResourceNames.IsValidIamRoleName(plan.Gateway.RoleName), "IAM role", plan.Gateway.RoleName);
        foreach (var route in plan.Gateway.Routes)
        {
            Check(ResourceNames.IsValidAppMeshName(route.Name), "gateway route", route.Name);
        }

        foreach (var node in plan.Nodes)
        {
            Check(ResourceNames.IsValidAppMeshName(node.NodeName), "virtual node", node.NodeName);
            Check(ResourceNames.IsValidAppMeshName(node.RouterName), "virtual router", node.RouterName);
            Check(ResourceNames.IsValidAppMeshName(node.RouteName), "route", node.RouteName);
            Check(AppMeshNames.IsValidVirtualServiceName(node.VirtualServiceName), "virtual service", node.VirtualServiceName);
            Check(ResourceNames.IsValidIamRoleName(node.Service.IamRoleName), "IAM role", node.Service.IamRoleName);
        }

        Check(AuditLogNames.IsValidLogGroupName(plan.LogGroupName), "log group", plan.LogGroupName);
        Check(plan.TraceQueryName.Length <= AuditLogNames.QueryDefinitionNameMax, "query definition", plan.TraceQueryName);
        return problems;
    }

    private static DiscoveryPlan Discovery(MeshServiceDiscovery discovery, string service, string env) => discovery switch
    {
        MeshServiceDiscovery.CloudMap => new DiscoveryPlan(null, $"{env}.mesh.local", service),
        _ => new DiscoveryPlan(ResourceNames.VirtualServiceName(service, env), null, null),
    };

    // App Mesh needs at least one SAN to validate. Where nobody else is allowed, the workload's own SAN keeps the
    // check in place and admits no other workload.
    private static List<string> OrSelf(List<string> sans, string self) =>
        sans.Count > 0 ? sans.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList() : [self];
}
