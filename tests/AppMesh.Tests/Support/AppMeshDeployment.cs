using System.Collections.Immutable;
using IdentityFabric.AppMesh.Planning;
using IdentityFabric.Catalog;
using IdentityFabric.Components.Iam;
using IdentityFabric.Components.Identity;
using IdentityFabric.Components.Topology;
using IdentityFabric.Testing;
using Pulumi;
using Pulumi.Testing;
using Pulumi.Utilities;

namespace IdentityFabric.AppMesh.Tests.Support;

/// <summary>What one mocked deployment of the component produced, wired as the stack wires it: the services' roles
/// come from <see cref="ServiceIdentities"/> (named <see cref="IdentitiesName"/>), deployed alongside.</summary>
internal sealed record AppMeshDeployment(
    EnvironmentView View,
    MeshTopology Topology,
    FabricMocks Mocks,
    ImmutableDictionary<string, string> NodeArns,
    ImmutableDictionary<string, string> RoleArns,
    ImmutableDictionary<string, ImmutableDictionary<string, string>> EnvoyEnvironment,
    string MeshArn,
    string VirtualGatewayArn,
    string LogGroupName)
{
    public const string MeshNode = "aws:appmesh/virtualNode:VirtualNode";
    public const string MeshToken = "aws:appmesh/mesh:Mesh";
    public const string RouterToken = "aws:appmesh/virtualRouter:VirtualRouter";
    public const string RouteToken = "aws:appmesh/route:Route";
    public const string VirtualServiceToken = "aws:appmesh/virtualService:VirtualService";
    public const string GatewayToken = "aws:appmesh/virtualGateway:VirtualGateway";
    public const string GatewayRouteToken = "aws:appmesh/gatewayRoute:GatewayRoute";
    public const string RoleToken = "aws:iam/role:Role";
    public const string RolePolicyToken = "aws:iam/rolePolicy:RolePolicy";
    public const string LogGroupToken = "aws:cloudwatch/logGroup:LogGroup";
    public const string QueryDefinitionToken = "aws:cloudwatch/queryDefinition:QueryDefinition";
    public const string IdentitiesName = "identities";
    public const string ComponentName = "mesh";

    /// <summary>The ARN the tests hand the component for a catalog secret.</summary>
    public static string SecretArn(string environment, string secret) =>
        $"arn:aws:secretsmanager:{FabricMocks.Region}:{FabricMocks.AccountId}:secret:identity-fabric/{environment}/{secret}-AbC123";

    public IReadOnlyList<MockResourceArgs> OfType(string token) => Mocks.OfType(token);

    /// <summary>The resources of one type that the App Mesh component itself created (not the identities).</summary>
    public IReadOnlyList<MockResourceArgs> OwnOfType(string token) =>
        Mocks.OfType(token).Where(r => r.Name!.StartsWith(ComponentName + "-", StringComparison.Ordinal)).ToList();

    public static async Task<AppMeshDeployment> RunAsync(
        EnvironmentView view,
        MeshServiceDiscovery discovery = MeshServiceDiscovery.Dns,
        WorkloadIdentity? workload = null,
        IEnumerable<string>? omitSecrets = null)
    {
        var omitted = (omitSecrets ?? []).ToHashSet(StringComparer.Ordinal);
        var mocks = new FabricMocks();
        var topology = MeshTopologyBuilder.Build(view);
        AppMeshComponent? component = null;
        await Deployment.TestAsync(mocks, new TestOptions { IsPreview = false, StackName = view.Name, ProjectName = "identity-fabric" }, () =>
        {
            var identities = new ServiceIdentities(IdentitiesName, new ServiceIdentitiesArgs
            {
                View = view,
                Topology = topology,
                SecretArns = view.Secrets.Where(s => !omitted.Contains(s.Secret.Name)).ToDictionary(s => s.Secret.Name, s => Output.Create(SecretArn(view.Name, s.Secret.Name)), StringComparer.Ordinal),
                Workload = workload ?? WorkloadIdentity.Ecs,
            });
            var args = new AppMeshArgs
            {
                View = view,
                Topology = topology,
                ServiceRoles = identities.Roles,
                Workload = workload ?? WorkloadIdentity.Ecs,
                CertificateSource = view.Environment.Mesh.CertificateSource,
                ServiceDiscovery = discovery,
            };
            component = new AppMeshComponent(ComponentName, args, new ComponentResourceOptions { DependsOn = { identities } });
        });

        var c = component ?? throw new InvalidOperationException("the component was not created");
        return new AppMeshDeployment(
            view,
            topology,
            mocks,
            await OutputUtilities.GetValueAsync(c.NodeArns),
            await OutputUtilities.GetValueAsync(c.RoleArns),
            await OutputUtilities.GetValueAsync(c.EnvoyEnvironment),
            await OutputUtilities.GetValueAsync(c.MeshArn),
            await OutputUtilities.GetValueAsync(c.VirtualGatewayArn),
            await OutputUtilities.GetValueAsync(c.LogGroupName));
    }
}
