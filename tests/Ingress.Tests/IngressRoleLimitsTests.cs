using System.Diagnostics;
using IdentityFabric.Catalog;
using IdentityFabric.Components.Iam;
using IdentityFabric.Components.Identity;
using IdentityFabric.Components.Ingress;
using IdentityFabric.Components.Lattice;
using IdentityFabric.Components.Topology;
using IdentityFabric.Testing;
using Pulumi;
using Pulumi.Testing;

namespace IdentityFabric.Ingress.Tests;

/// <summary>
/// The ingress role against IAM's hard limit: all inline policies of one role together hold at most 10,240
/// characters (whitespace not counted). One grant per Lattice service or route crossed it at about ten services.
/// </summary>
[TestFixture]
public sealed class IngressRoleLimitsTests
{
    private const int InlinePolicyLimit = 10_240;

    [Test]
    public async Task TheIngressRolesPoliciesStayTheSameSizeFromTenToAThousandServices()
    {
        var small = await IngressRolePolicies(10);
        var stopwatch = Stopwatch.StartNew();
        var large = await IngressRolePolicies(1_000);
        stopwatch.Stop();

        Assert.That(large.Select(p => p.Name), Is.EquivalentTo(new[] { "read-ingress-credentials", "lattice-invoke" }));
        Assert.That(large, Is.EqualTo(small), "nothing on the ingress role depends on how many services there are");
        var characters = large.Sum(p => p.Policy.Count(c => !char.IsWhiteSpace(c)));
        Assert.That(characters, Is.LessThan(InlinePolicyLimit));
        TestContext.Out.WriteLine($"ingress role at 1,000 services: {large.Count} inline policies, {characters} of {InlinePolicyLimit} characters; deployed under mocks in {stopwatch.Elapsed.TotalSeconds:F1} s");
    }

    private static async Task<List<(string Name, string Policy)>> IngressRolePolicies(int services)
    {
        var (view, topology) = Synthetic(services);
        var mocks = new FabricMocks();
        await Deployment.TestAsync(mocks, new TestOptions { IsPreview = false, StackName = view.Name, ProjectName = "identity-fabric" }, () =>
        {
            var ingress = new IngressComponent("ingress", new IngressArgs { View = view, Topology = topology, Workload = WorkloadIdentity.Ecs });

            // The services' roles exist elsewhere (ServiceIdentities); here they are named only.
            var anchor = new Pulumi.Aws.Iam.Role("service-roles", new Pulumi.Aws.Iam.RoleArgs { AssumeRolePolicy = "{}" });
            var roles = topology.Services.ToDictionary(
                s => s.Name,
                s => new ServiceRole(Output.Create(s.IamRoleName), Output.Create($"arn:aws:iam::{view.Environment.AwsAccountId}:role/{s.IamRoleName}"), anchor),
                StringComparer.Ordinal);
            _ = new LatticeComponent("lattice", new LatticeArgs
            {
                View = view,
                Topology = topology,
                ServiceRoles = roles,
                IngressRole = ingress.Role,
                VpcId = "vpc-0a1b2c3d4e5f60718",
            });
        });

        return mocks.OfType("aws:iam/rolePolicy:RolePolicy")
            .Where(p => Wire.Text(p.Inputs, "role") == IngressIdentity.RoleName(view.Name))
            .Select(p => (Wire.Text(p.Inputs, "name")!, Wire.Text(p.Inputs, "policy")!))
            .OrderBy(p => p.Item1, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Every service on Lattice, each with one public and one restricted edge route.</summary>
    private static (EnvironmentView View, MeshTopology Topology) Synthetic(int services)
    {
        var catalog = ExampleCatalog.Load();
        var edited = catalog with
        {
            Environments = catalog.Environments.Select(e => e.Name == "staging" ? e with { IdentityPropagation = IdentityPropagation.Assertion } : e).ToList(),
        };
        var view = EnvironmentResolver.Resolve(edited, "staging").GetView();
        var template = MeshTopologyBuilder.Build(view).Services.First(s => s.Name == "customers");
        var nodes = Enumerable.Range(0, services).Select(i => template with
            {
                Name = $"svc-{i:D4}",
                Calls = [],
                Callers = [],
                Secrets = [],
                Backend = MeshBackend.Lattice,
                IamRoleName = ResourceNames.ServiceRoleName(view.Name, $"svc-{i:D4}"),
            })
            .ToList();
        var routes = nodes.SelectMany(n => new[]
            {
                new IngressRoute($"{n.Name}-read", "api.staging.example.com", $"/api/{n.Name}/", PathMatch.Prefix, ["GET"], n.Name, [], true),
                new IngressRoute($"{n.Name}-write", "api.staging.example.com", $"/api/{n.Name}/items", PathMatch.Exact, ["POST"], n.Name, ["customer"], false),
            })
            .ToList();
        return (view, new MeshTopology(view.Name, nodes, routes));
    }
}
