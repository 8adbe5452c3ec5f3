using System.Collections.Immutable;
using IdentityFabric.AppMesh.Planning;
using IdentityFabric.Catalog;
using IdentityFabric.Components;
using IdentityFabric.Components.Audit;
using IdentityFabric.Components.Iam;
using IdentityFabric.Components.Identity;
using IdentityFabric.Components.Topology;
using Pulumi;
using Pulumi.Aws.AppMesh;
using Pulumi.Aws.AppMesh.Inputs;
using Pulumi.Aws.CloudWatch;
using Pulumi.Aws.Iam;
using Role = Pulumi.Aws.Iam.Role;

namespace IdentityFabric.AppMesh;

/// <summary>
/// The App Mesh backend of one environment: a mesh with closed egress, one virtual node, router, route and virtual
/// service per App Mesh service (strict mTLS, peers validated by SAN, backends exactly the catalog's calls), one
/// ingress gateway with a route per edge route that only admits the edge's signed requests, least-privilege IAM, and
/// an audit trail (JSON access logs of every hop in one log group, and a saved query that follows one trace id
/// through them).
/// </summary>
/// <remarks>
/// A service's IAM role is its identity, not this backend's: it comes from <see cref="ServiceIdentities"/> (which also
/// lets it read its own secrets), and this component only attaches the App Mesh grant, streaming the configuration of
/// exactly its own virtual node. The ingress gateway's role belongs to this backend and is created here.
/// </remarks>
/// <remarks>
/// In <c>both</c> mode only the services on App Mesh are created. Calls to services already on Lattice are not
/// App Mesh backends (they are listed per node in <see cref="NodePlan.LatticeCallees"/> and go through Lattice,
/// whose auth policy admits the caller's role); edge routes to Lattice services enter through Lattice.
/// </remarks>
public sealed class AppMeshComponent : ComponentResource
{
    /// <summary>The mesh's ARN.</summary>
    [Output("meshArn")]
    public Output<string> MeshArn { get; private set; } = null!;

    /// <summary>Where the ingress proxy reaches the virtual gateway (<see cref="AppMeshNames.GatewayUrl"/>).</summary>
    public string GatewayUrl { get; }

    /// <summary>The ingress gateway's ARN.</summary>
    [Output("virtualGatewayArn")]
    public Output<string> VirtualGatewayArn { get; private set; } = null!;

    /// <summary>Each App Mesh service's virtual node ARN.</summary>
    [Output("nodeArns")]
    public Output<ImmutableDictionary<string, string>> NodeArns { get; private set; } = null!;

    /// <summary>The IAM role ARN of each App Mesh service (from <see cref="ServiceIdentities"/>), plus the
    /// <c>ingress-gateway</c>'s own.</summary>
    [Output("roleArns")]
    public Output<ImmutableDictionary<string, string>> RoleArns { get; private set; } = null!;

    /// <summary>The environment variables of each Envoy, by service, plus <c>ingress-gateway</c>.</summary>
    [Output("envoyEnvironment")]
    public Output<ImmutableDictionary<string, ImmutableDictionary<string, string>>> EnvoyEnvironment { get; private set; } = null!;

    /// <summary>The access log group every Envoy's log driver ships to.</summary>
    [Output("logGroupName")]
    public Output<string> LogGroupName { get; private set; } = null!;

    /// <summary>Creates the App Mesh backend.</summary>
    /// <param name="name">The component's name; children are named from it.</param>
    /// <param name="args">The environment, its topology and the services' roles.</param>
    /// <param name="options">Resource options.</param>
    public AppMeshComponent(string name, AppMeshArgs args, ComponentResourceOptions? options = null)
        : base("identity-fabric:mesh:AppMesh", name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        var view = args.View;
        var environment = view.Environment;
        var plan = AppMeshPlanner.Build(view, args.Topology, args.Settings());
        GatewayUrl = AppMeshNames.GatewayUrl(view.Name, plan.Gateway.Port);
        var certificates = plan.Certificates;
        var tags = FabricTags.For(view.Name, AppMeshNames.Backend);
        var child = new CustomResourceOptions { Parent = this };
        var protectIam = new CustomResourceOptions { Parent = this, Protect = environment.Protects(ProtectedResourceKind.Iam) };

        var mesh = new Mesh($"{name}-mesh", new MeshArgs
        {
            Name = plan.MeshName,
            Spec = new MeshSpecArgs { EgressFilter = new MeshSpecEgressFilterArgs { Type = AppMeshSpecs.DropAll } },
            Tags = tags,
        }, new CustomResourceOptions { Parent = this, Protect = environment.Protects(ProtectedResourceKind.Mesh) });

        var routers = new Dictionary<string, VirtualRouter>(StringComparer.Ordinal);
        var virtualServices = new Dictionary<string, Output<string>>(StringComparer.Ordinal);
        foreach (var node in plan.Nodes)
        {
            var service = node.Service;
            var router = new VirtualRouter($"{name}-router-{service.Name}", new VirtualRouterArgs
            {
                Name = node.RouterName,
                MeshName = mesh.Name,
                Spec = new VirtualRouterSpecArgs
                {
                    Listeners =
                    {
                        new VirtualRouterSpecListenerArgs
                        {
                            PortMapping = new VirtualRouterSpecListenerPortMappingArgs { Port = service.Port, Protocol = AppMeshSpecs.Protocol(service.Protocol) },
                        },
                    },
                },
                Tags = tags,
            }, child);
            routers[service.Name] = router;

            var virtualService = new VirtualService($"{name}-vs-{service.Name}", new VirtualServiceArgs
            {
                Name = node.VirtualServiceName,
                MeshName = mesh.Name,
                Spec = new VirtualServiceSpecArgs
                {
                    Provider = new VirtualServiceSpecProviderArgs
                    {
                        VirtualRouter = new VirtualServiceSpecProviderVirtualRouterArgs { VirtualRouterName = router.Name },
                    },
                },
                Tags = tags,
            }, child);
            virtualServices[service.Name] = virtualService.Name;
        }

        var nodeArns = new List<Output<KeyValuePair<string, string>>>();
        var roleArns = new List<Output<KeyValuePair<string, string>>>();
        var envoyEnvironments = new List<Output<KeyValuePair<string, ImmutableDictionary<string, string>>>>();
        foreach (var node in plan.Nodes)
        {
            var service = node.Service;
            var virtualNode = new VirtualNode($"{name}-node-{service.Name}", new VirtualNodeArgs
            {
                Name = node.NodeName,
                MeshName = mesh.Name,
                Spec = AppMeshSpecs.Node(node, certificates, virtualServices),
                Tags = tags,
            }, child);

            _ = new Route($"{name}-route-{service.Name}", new RouteArgs
            {
                Name = node.RouteName,
                MeshName = mesh.Name,
                VirtualRouterName = routers[service.Name].Name,
                Spec = AppMeshSpecs.Route(node, virtualNode.Name),
                Tags = tags,
            }, child);

            var role = args.ServiceRoles.TryGetValue(service.Name, out var serviceRole)
                ? serviceRole
                : throw new ArgumentException($"no IAM role for service '{service.Name}'", nameof(args));
            _ = new RolePolicy($"{name}-policy-{service.Name}", new RolePolicyArgs
            {
                Name = AppMeshNames.RolePolicyName,
                Role = role.Name,
                Policy = virtualNode.Arn.Apply(EnvoyRolePolicy.Document),
            }, child);
            nodeArns.Add(virtualNode.Arn.Apply(arn => KeyValuePair.Create(service.Name, arn)));
            roleArns.Add(role.Arn.Apply(arn => KeyValuePair.Create(service.Name, arn)));
            envoyEnvironments.Add(virtualNode.Arn.Apply(arn => KeyValuePair.Create(service.Name, EnvoyEnvironments.For(arn, environment.AwsRegion, certificates.Source))));
        }

        var gateway = new VirtualGateway($"{name}-ingress", new VirtualGatewayArgs
        {
            Name = plan.Gateway.Name,
            MeshName = mesh.Name,
            Spec = AppMeshSpecs.Gateway(plan.Gateway, certificates, args.EdgeClientSubjectAlternativeNames),
            Tags = tags,
        }, child);

        foreach (var route in plan.Gateway.Routes)
        {
            _ = new GatewayRoute($"{name}-ingress-route-{route.Route.RouteId}", new GatewayRouteArgs
            {
                Name = route.Name,
                MeshName = mesh.Name,
                VirtualGatewayName = gateway.Name,
                Spec = AppMeshSpecs.GatewayRoute(route, virtualServices[route.Route.Service]),
                Tags = tags,
            }, child);
        }

        var gatewayRole = GatewayRole(name, plan.Gateway.RoleName, args, gateway.Arn, tags, child, protectIam);
        roleArns.Add(gatewayRole.Arn.Apply(arn => KeyValuePair.Create(AppMeshNames.GatewayWorkload, arn)));
        envoyEnvironments.Add(gateway.Arn.Apply(arn => KeyValuePair.Create(AppMeshNames.GatewayWorkload, EnvoyEnvironments.For(arn, environment.AwsRegion, certificates.Source))));

        var logGroup = new LogGroup($"{name}-access-logs", new LogGroupArgs
        {
            Name = plan.LogGroupName,
            RetentionInDays = environment.LogRetentionDays,
            Tags = tags,
        }, child);

        _ = new QueryDefinition($"{name}-follow-one-trace", new QueryDefinitionArgs
        {
            Name = plan.TraceQueryName,
            QueryString = TraceQuery.FollowOneTrace(),
            LogGroupNames = { logGroup.Name },
        }, child);

        MeshArn = mesh.Arn;
        VirtualGatewayArn = gateway.Arn;
        NodeArns = ToMap(nodeArns);
        RoleArns = ToMap(roleArns);
        EnvoyEnvironment = ToMap(envoyEnvironments);
        LogGroupName = logGroup.Name;
        RegisterOutputs();
    }

    private static Role GatewayRole(
        string name,
        string roleName,
        AppMeshArgs args,
        Output<string> gatewayArn,
        Dictionary<string, string> tags,
        CustomResourceOptions child,
        CustomResourceOptions roleOptions)
    {
        var workload = AppMeshNames.GatewayWorkload;
        var role = new Role($"{name}-role-{workload}", new RoleArgs
        {
            Name = roleName,
            Description = $"Envoy of {workload} in the {args.View.Name} mesh: its own mesh configuration only.",
            AssumeRolePolicy = ServiceIdentityPolicies.TrustPolicy(args.Workload, args.View.Environment.AwsAccountId, workload),
            Tags = tags,
        }, roleOptions);

        _ = new RolePolicy($"{name}-policy-{workload}", new RolePolicyArgs
        {
            Name = AppMeshNames.RolePolicyName,
            Role = role.Name,
            Policy = gatewayArn.Apply(EnvoyRolePolicy.Document),
        }, child);
        return role;
    }

    private static Output<ImmutableDictionary<string, T>> ToMap<T>(IEnumerable<Output<KeyValuePair<string, T>>> entries) =>
        Output.All(entries).Apply(pairs => pairs.ToImmutableDictionary(StringComparer.Ordinal));
}

/// <summary>What the App Mesh backend is built from.</summary>
public sealed class AppMeshArgs : ResourceArgs
{
    /// <summary>The environment view.</summary>
    public required EnvironmentView View { get; init; }

    /// <summary>The environment's topology; only services whose backend is App Mesh are created.</summary>
    public required MeshTopology Topology { get; init; }

    /// <summary>The IAM role of each service, by catalog service name (<see cref="ServiceIdentities.Roles"/>); must
    /// hold every App Mesh service. This component attaches its App Mesh grant to them and creates none.</summary>
    public required IReadOnlyDictionary<string, ServiceRole> ServiceRoles { get; init; }

    /// <summary>Where the ingress gateway's Envoy runs, which decides who may assume its role.</summary>
    public required WorkloadIdentity Workload { get; init; }

    /// <summary>Where sidecars get certificates; null uses the environment's setting.</summary>
    public CertificateSource? CertificateSource { get; init; }

    /// <summary>How services are discovered (DNS by default).</summary>
    public MeshServiceDiscovery ServiceDiscovery { get; init; } = MeshServiceDiscovery.Dns;

    /// <summary>The SPIFFE trust domain; null uses <c>{env}.identity-fabric.internal</c>.</summary>
    public string? TrustDomain { get; init; }

    /// <summary>The ingress gateway's listener port.</summary>
    public int GatewayPort { get; init; } = 8443;

    /// <summary>SANs the edge's client certificate must carry at the gateway; empty accepts any certificate
    /// issued by the edge CA mounted at <see cref="MeshCertificates.EdgeClientTrustFile"/>.</summary>
    public IReadOnlyList<string> EdgeClientSubjectAlternativeNames { get; init; } = [];

    internal AppMeshSettings Settings() => new(
        CertificateSource ?? View.Environment.Mesh.CertificateSource,
        TrustDomain ?? MeshCertificates.DefaultTrustDomain(View.Name),
        ServiceDiscovery,
        GatewayPort,
        EdgeClientSubjectAlternativeNames);
}
