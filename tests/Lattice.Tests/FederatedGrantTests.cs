using IdentityFabric.Catalog;
using IdentityFabric.Components.Lattice;
using IdentityFabric.Components.Topology;
using IdentityFabric.Lattice.Tests.Support;
using IdentityFabric.Testing;
using D = IdentityFabric.Lattice.Tests.Support.LatticeDeployment;

namespace IdentityFabric.Lattice.Tests;

/// <summary>
/// STS federation into Lattice: AWS authorizes a request only when the service's auth policy and the caller's own IAM
/// policies both allow it. The auth policies admit each federated role route for route; each federated role they admit
/// carries one grant bounded by the environment's service network, whose size does not grow with the catalog.
/// </summary>
[TestFixture]
public sealed class FederatedGrantTests
{
    private const string ServiceArn = "arn:aws:vpc-lattice:eu-west-1:222222222222:service/svc-0123456789abcdef0";

    private static bool IsFederatedRole(EnvironmentView view, string? roleName) =>
        view.Roles.Any(r => ResourceNames.FederatedRoleName(view.Name, r.Name) == roleName);

    private static string RoleArn(EnvironmentView view, string roleName) => $"arn:aws:iam::{view.Environment.AwsAccountId}:role/{roleName}";

    private static string Scope(string roleArn, string resource, IEnumerable<string> methods) =>
        $"{roleArn} {resource} [{string.Join(",", methods.Order(StringComparer.Ordinal))}]";

    private static IReadOnlyList<Pulumi.Testing.MockResourceArgs> FederatedGrants(D d) =>
        d.OfType(D.RolePolicyToken).Where(p => IsFederatedRole(d.View, Wire.Text(p.Inputs, "role"))).ToList();

    /// <summary>What the catalog says: each allowed role of each route, on that route's path and methods of its service.</summary>
    private static List<string> ExpectedScopes(D d) => d.View.Routes
        .Select(r => r.Route)
        .SelectMany(route => route.AllowedRoles.Select(role => Scope(
            RoleArn(d.View, ResourceNames.FederatedRoleName(d.View.Name, role)),
            d.LatticeArnOf(route.Service) + route.Path + (route.Match == PathMatch.Prefix ? "*" : ""),
            route.Methods)))
        .ToList();

    private static ServiceGrants GrantsOf(EnvironmentView view, string service)
    {
        var topology = MeshTopologyBuilder.Build(view);
        return LatticeAuthPolicies.Grants(topology.Service(service), topology, view.Environment);
    }

    [TestCase(IdentityPropagation.Both)]
    [TestCase(IdentityPropagation.Sts)]
    public async Task EveryFederatedRoleAllowedOnARouteCanInvokeExactlyThatRoutesService(IdentityPropagation propagation)
    {
        var d = await D.RunAsync(Views.StagingWith(propagation));
        var expected = ExpectedScopes(d);
        Assert.That(expected, Is.Not.Empty);

        // Resource side: the federated principals of the services' auth policies, statement by statement.
        var serviceArns = d.View.Services.Select(s => d.LatticeArnOf(s.Service.Name)).ToHashSet(StringComparer.Ordinal);
        var admitted = d.OfType(D.AuthPolicyToken)
            .Where(p => serviceArns.Contains(Wire.Text(p.Inputs, "resourceIdentifier")!))
            .SelectMany(p => PolicyJson.Parse(Wire.Text(p.Inputs, "policy")!))
            .SelectMany(s => s.Principals.Where(p => p.EndsWith("-federated", StringComparison.Ordinal))
                .SelectMany(principal => s.Resources.Select(resource => Scope(principal, resource, s.Methods))))
            .ToList();

        // Identity side: one grant per admitted federated role, the environment's network-bounded one, so what a role
        // can reach is exactly what the auth policies admit it to.
        var network = await Pulumi.Utilities.OutputUtilities.GetValueAsync(d.Component.ServiceNetworkArn);
        var networkGrant = LatticeIdentityPolicies.NetworkInvoke(d.View.Environment, [network]).ToJson();
        var grants = FederatedGrants(d);
        var admittedRoles = admitted.Select(a => a.Split(' ')[0].Split('/')[^1]).Distinct().ToList();

        Assert.That(admitted, Is.EquivalentTo(expected), "the auth policies admit each federated role on its routes only");
        Assert.That(grants.Select(g => Wire.Text(g.Inputs, "role")), Is.EquivalentTo(admittedRoles), "one grant per admitted role");
        Assert.That(grants.Select(g => g.Name), Is.EquivalentTo(admittedRoles.Select(r => $"lattice-{r[(d.View.Name.Length + 1)..^"-federated".Length]}-federated-invokes")));
        foreach (var grant in grants)
        {
            Assert.That(Wire.Text(grant.Inputs, "name"), Is.EqualTo("lattice-invoke"), grant.Name);
            Assert.That(Wire.Text(grant.Inputs, "policy"), Is.EqualTo(networkGrant), grant.Name);
        }
    }

    [Test]
    public async Task NoFederatedGrantWhenPropagationIsAssertionOnly()
    {
        var d = await D.RunAsync(Views.StagingWith(IdentityPropagation.Assertion));
        var grants = d.OfType(D.RolePolicyToken).Select(p => Wire.Text(p.Inputs, "role")).ToList();
        Assert.That(grants, Is.Not.Empty, "the services' and the ingress's grants are still there");
        Assert.That(grants, Has.None.EndsWith("-federated"));
        Assert.That(d.Mocks.Resources.Select(r => r.Name), Has.None.Contains("-federated-"));

        // Even handed grants that name federated roles, an assertion-only environment attaches none: the identity
        // side follows the environment, not only what it is given.
        var federating = GrantsOf(Views.Staging, "payments");
        Assert.That(LatticeIdentityPolicies.FederatedGrants(federating, Views.Staging.Environment), Is.Not.Empty);
        Assert.That(LatticeIdentityPolicies.FederatedGrants(federating, Views.StagingWith(IdentityPropagation.Assertion).Environment), Is.Empty);
    }

    [Test]
    public async Task AFederatedGrantInvokesOnlyThroughTheEnvironmentsOwnNetwork()
    {
        var d = await D.RunAsync(Views.Staging);
        var network = await Pulumi.Utilities.OutputUtilities.GetValueAsync(d.Component.ServiceNetworkArn);
        var grants = FederatedGrants(d);
        Assert.That(grants, Is.Not.Empty);

        foreach (var grant in grants)
        {
            var role = Wire.Text(grant.Inputs, "role")!;
            Assert.That(ResourceNames.IsValidIamRoleName(role), Is.True, role);
            var policy = Wire.Text(grant.Inputs, "policy")!;
            var statement = PolicyJson.Parse(policy).Single();
            Assert.That(statement.Effect, Is.EqualTo("Allow"), grant.Name);
            Assert.That(statement.Actions, Is.EqualTo(new[] { LatticeAuthPolicies.InvokeAction }), grant.Name);
            Assert.That(statement.Principals, Is.Empty, "an identity policy names no principal");
            Assert.That(statement.Resources, Is.EqualTo(new[] { $"arn:aws:vpc-lattice:{d.View.Environment.AwsRegion}:{d.View.Environment.AwsAccountId}:service/*" }), grant.Name);
            Assert.That(policy, Does.Contain($"\"StringEquals\":{{\"{LatticeIdentityPolicies.ServiceNetworkConditionKey}\":\"{network}\"}}"), grant.Name);
        }
    }

    [Test]
    public void FederatedGrantsNameTheRolesTheAuthPolicyAdmitsWithTheirRoutes()
    {
        var grants = GrantsOf(Views.Staging, "payments");
        var authStatements = PolicyJson.Parse(LatticeAuthPolicies.ServicePolicy(grants, ServiceArn).ToJson());
        var federated = LatticeIdentityPolicies.FederatedGrants(grants, Views.Staging.Environment);

        Assert.That(federated.Select(f => f.CatalogRole), Is.EqualTo(new[] { "finance", "support" }));
        foreach (var grant in federated)
        {
            var admitting = authStatements.Where(s => s.Principals.Contains(grant.RoleArn)).Select(s => s.Sid).ToList();
            var sids = LatticeAuthPolicies.RouteSids(grants.Routes.Select(r => r.Route.RouteId));
            Assert.That(grant.Routes.Select(r => sids[r.RouteId]), Is.EquivalentTo(admitting), grant.CatalogRole);
        }

        // support may read payments but not refund them: the auth policy admits it on the read route only.
        var support = federated.Single(f => f.CatalogRole == "support");
        Assert.That(support.Routes.Select(r => r.RouteId), Is.EqualTo(new[] { "payments-read" }));
        Assert.That(support.RoleName, Is.EqualTo("staging-support-federated"));
    }

    [TestCase("admin", Description = "a role new to the service")]
    [TestCase("support", Description = "a role already on the service")]
    public async Task AddingARoleToARouteTouchesOnlyTheServicesAuthPolicy(string role)
    {
        var before = (await D.RunAsync(Views.Staging)).Fingerprints();
        var after = (await D.RunAsync(Views.StagingWithRouteRoles("payments-refund", ["finance", role]))).Fingerprints();

        var touched = before.Keys.Union(after.Keys)
            .Where(name => !before.TryGetValue(name, out var b) || !after.TryGetValue(name, out var a) || a != b)
            .ToList();

        // Both roles already reach Lattice elsewhere, so their one network-bounded grant stays as it is: the auth policy
        // alone admits the role to the route.
        Assert.That(touched, Is.EqualTo(new[] { "lattice-payments-auth" }));
    }

    [Test]
    public async Task EveryFederatedRolesGrantsFitIamsInlinePolicyLimit()
    {
        var d = await D.RunAsync(Views.Staging);
        var sizes = FederatedGrants(d)
            .GroupBy(p => Wire.Text(p.Inputs, "role")!)
            .Select(g => (Role: g.Key, Size: g.Sum(p => Wire.Text(p.Inputs, "name")!.Length + Wire.Text(p.Inputs, "policy")!.Length)))
            .ToList();

        Assert.That(sizes, Is.Not.Empty);
        // IAM caps the inline policies of one role at 10,240 characters in all; the grant is the same for every role,
        // whatever its routes, so no catalog can grow it.
        Assert.That(sizes.Select(s => s.Size), Has.All.LessThanOrEqualTo(1_000));
        Assert.That(FederatedGrants(d).Select(p => Wire.Text(p.Inputs, "policy")).Distinct().Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task AServiceNamedLikeAFederatedRoleSharesNoNameWithItsGrant()
    {
        var view = Views.Staging;
        var topology = MeshTopologyBuilder.Build(view);
        var clash = Nodes.Service("finance-federated", calls: ["payments"]);
        var edited = topology with { Services = [.. topology.Services, clash] };
        var mocks = new FabricMocks();

        await Pulumi.Deployment.TestAsync(
            mocks,
            new Pulumi.Testing.TestOptions { IsPreview = false, StackName = "staging", ProjectName = "identity-fabric" },
            () =>
            {
                var roles = edited.Services.ToDictionary(
                    s => s.Name,
                    s => new Components.Identity.ServiceRole(Pulumi.Output.Create(ResourceNames.ServiceRoleName("staging", s.Name)),
                        Pulumi.Output.Create($"arn:aws:iam::222222222222:role/{ResourceNames.ServiceRoleName("staging", s.Name)}"),
                        new Pulumi.Aws.Iam.Role($"role-{s.Name}", new Pulumi.Aws.Iam.RoleArgs { AssumeRolePolicy = "{}" })));
                _ = new LatticeComponent("lattice", new LatticeArgs
                {
                    View = view,
                    Topology = edited,
                    ServiceRoles = roles,
                    IngressRole = new Components.Identity.ServiceRole(Pulumi.Output.Create("staging-edge-ingress-envoy"), Pulumi.Output.Create("arn:aws:iam::222222222222:role/staging-edge-ingress-envoy"),
                        new Pulumi.Aws.Iam.Role("ingress-role", new Pulumi.Aws.Iam.RoleArgs { AssumeRolePolicy = "{}" })),
                    VpcId = D.VpcId,
                });
            });

        var names = mocks.CloudResources.Select(r => r.Name).ToList();
        Assert.That(names, Is.Unique);
        Assert.That(names, Does.Contain("lattice-finance-federated-invokes"), "the federated role's grant");
        Assert.That(names, Does.Contain("lattice-finance-federated-invokes-payments"), "the service's call grant");
    }
}
