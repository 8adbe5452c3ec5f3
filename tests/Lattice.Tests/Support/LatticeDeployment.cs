using System.Collections.Immutable;
using IdentityFabric.Catalog;
using IdentityFabric.Components.Iam;
using IdentityFabric.Components.Identity;
using IdentityFabric.Components.Lattice;
using IdentityFabric.Components.Topology;
using IdentityFabric.Testing;
using Pulumi;
using Pulumi.Testing;

namespace IdentityFabric.Lattice.Tests.Support;

/// <summary>
/// The Lattice component deployed against the project's mocks, the way the stack wires it: the view, its topology,
/// the services' roles from <see cref="ServiceIdentities"/> (named <see cref="IdentitiesName"/>, with one Secrets
/// Manager ARN per catalog secret), ECS workloads and a VPC.
/// </summary>
internal sealed class LatticeDeployment
{
    public const string ServiceToken = "aws:vpclattice/service:Service";
    public const string NetworkToken = "aws:vpclattice/serviceNetwork:ServiceNetwork";
    public const string AuthPolicyToken = "aws:vpclattice/authPolicy:AuthPolicy";
    public const string RolePolicyToken = "aws:iam/rolePolicy:RolePolicy";
    public const string RoleToken = "aws:iam/role:Role";
    public const string VpcId = "vpc-0a1b2c3d4e5f60718";
    public const string IdentitiesName = "identities";
    public const string IngressRoleResource = "ingress-role";

    private LatticeDeployment(EnvironmentView view, FabricMocks mocks, ImmutableArray<Resource> resources, LatticeComponent component)
    {
        View = view;
        Mocks = mocks;
        Resources = resources;
        Component = component;
    }

    public EnvironmentView View { get; }

    public FabricMocks Mocks { get; }

    public ImmutableArray<Resource> Resources { get; }

    public LatticeComponent Component { get; }

    public static string DomainOf(string latticeServiceName) => $"{latticeServiceName}-0a1b2c3d4e5f60718.7d67968.vpc-lattice-svcs.eu-west-1.on.aws";

    public static string SecretArn(SecretView secret) => $"arn:aws:secretsmanager:eu-west-1:{FabricMocks.AccountId}:secret:{secret.SecretName}-AbC123";

    public static async Task<LatticeDeployment> RunAsync(EnvironmentView view)
    {
        var mocks = new FabricMocks().WithOutputs(ServiceToken, args => new Dictionary<string, object>
        {
            ["dnsEntries"] = new List<object>
            {
                new Dictionary<string, object> { ["domainName"] = DomainOf((string)args.Inputs["name"]), ["hostedZoneId"] = "Z0123456789ABCDEFGHIJ" },
            },
        });

        LatticeComponent? component = null;
        var resources = await Deployment.TestAsync(mocks, new TestOptions { IsPreview = false, StackName = view.Name, ProjectName = "identity-fabric" }, () =>
        {
            var topology = MeshTopologyBuilder.Build(view);
            var identities = new ServiceIdentities(IdentitiesName, new ServiceIdentitiesArgs
            {
                View = view,
                Topology = topology,
                SecretArns = view.Secrets.ToDictionary(s => s.Secret.Name, s => Output.Create(SecretArn(s))),
                Workload = WorkloadIdentity.Ecs,
            });
            // The ingress component owns this role in the stack; here it is created bare, under the same name.
            var ingress = new Pulumi.Aws.Iam.Role(IngressRoleResource, new Pulumi.Aws.Iam.RoleArgs
            {
                Name = LatticePrincipals.IngressRoleName(view.Name),
                AssumeRolePolicy = ServiceIdentityPolicies.TrustPolicy(WorkloadIdentity.Ecs, view.Environment.AwsAccountId, LatticePrincipals.IngressName),
            });
            component = new LatticeComponent("lattice", new LatticeArgs
            {
                View = view,
                Topology = topology,
                ServiceRoles = identities.Roles,
                IngressRole = new ServiceRole(ingress.Name, ingress.Arn, ingress),
                VpcId = VpcId,
            }, new ComponentResourceOptions { DependsOn = { identities } });
        });

        return new LatticeDeployment(view, mocks, resources, component!);
    }

    public IReadOnlyList<MockResourceArgs> OfType(string token) => Mocks.OfType(token);

    public MockResourceArgs Named(string logicalName) => Mocks.CloudResources.Single(r => r.Name == logicalName);

    public string LatticeArnOf(string service) =>
        $"arn:aws:vpclattice:{FabricMocks.Region}:{FabricMocks.AccountId}:service/{ResourceNames.LatticeServiceName(service, View.Name)}";

    /// <summary>Every registered resource as logical name → type and inputs in canonical JSON.</summary>
    public IReadOnlyDictionary<string, string> Fingerprints() => Mocks.CloudResources.ToDictionary(
        r => r.Name!,
        r => r.Type + " " + Wire.Canonical(r.Inputs),
        StringComparer.Ordinal);

}
