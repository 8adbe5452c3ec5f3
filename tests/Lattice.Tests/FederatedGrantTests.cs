using IdentityFabric.Catalog;
using IdentityFabric.Components.Lattice;
using IdentityFabric.Components.Topology;
using IdentityFabric.Lattice.Tests.Support;
using IdentityFabric.Testing;
using D = IdentityFabric.Lattice.Tests.Support.LatticeDeployment;

namespace IdentityFabric.Lattice.Tests;

/// <summary>
/// The identity side of STS federation into Lattice: AWS authorizes a request only when the service's auth policy and
/// the caller's own IAM policies both allow it, so each federated role must carry a grant that mirrors, route for
/// route, what the auth policies admit it to, and nothing more.
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

        // Identity side: the inline policies on the federated roles.
        var grants = FederatedGrants(d);
        var granted = grants
            .SelectMany(p => PolicyJson.Parse(Wire.Text(p.Inputs, "policy")!)
                .SelectMany(s => s.Resources.Select(resource => Scope(RoleArn(d.View, Wire.Text(p.Inputs, "role")!), resource, s.Methods))))
            .ToList();

        Assert.That(admitted, Is.EquivalentTo(expected), "the auth policies admit each federated role on its routes only");
        Assert.That(granted, Is.EquivalentTo(expected), "each federated role's own policies allow the same routes, no more, no fewer");

        // One grant per (role, service), each on that service only.
        foreach (var grant in grants)
        {
            var service = Wire.Text(grant.Inputs, "name")!["lattice-invoke-".Length..];
            var own = d.LatticeArnOf(service) + "/";
            Assert.That(PolicyJson.Parse(Wire.Text(grant.Inputs, "policy")!).SelectMany(s => s.Resources),
                Has.All.Matches<string>(r => r.StartsWith(own, StringComparison.Ordinal)), grant.Name);
        }

        Assert.That(grants.Select(g => (Wire.Text(g.Inputs, "role"), Wire.Text(g.Inputs, "name"))), Is.Unique);
        var pairs = d.View.Routes.SelectMany(r => r.Route.AllowedRoles.Select(role => (role, r.Route.Service))).Distinct().ToList();
        Assert.That(grants.Select(g => g.Name), Is.EquivalentTo(pairs.Select(p => $"lattice-{p.role}-federated-invokes-{p.Service}")));
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
    public async Task FederatedGrantsNameSingleArnsNeverWildcards()
    {
        var d = await D.RunAsync(Views.Staging);
        var grants = FederatedGrants(d);
        Assert.That(grants, Is.Not.Empty);
        var prefixResources = d.View.Routes.Select(r => r.Route).Where(r => r.Match == PathMatch.Prefix)
            .Select(r => d.LatticeArnOf(r.Service) + r.Path + "*")
            .ToHashSet(StringComparer.Ordinal);

        foreach (var grant in grants)
        {
            var role = Wire.Text(grant.Inputs, "role")!;
            Assert.That(ResourceNames.IsValidIamRoleName(role), Is.True, role);
            foreach (var statement in PolicyJson.Parse(Wire.Text(grant.Inputs, "policy")!))
            {
                Assert.That(statement.Effect, Is.EqualTo("Allow"), grant.Name);
                Assert.That(statement.Actions, Is.EqualTo(new[] { LatticeAuthPolicies.InvokeAction }), grant.Name);
                Assert.That(statement.Resources, Has.Count.EqualTo(1), grant.Name);
                var resource = statement.Resources[0];

                // The only '*' a grant may hold is the one that closes a prefix route, exactly as its auth policy has it.
                var exact = prefixResources.Contains(resource) ? resource[..^1] : resource;
                Assert.That(exact.IndexOfAny(['*', '?']), Is.EqualTo(-1), $"{grant.Name}: {resource}");
                Assert.That(d.View.Services.Select(s => d.LatticeArnOf(s.Service.Name) + "/*"), Does.Not.Contain(resource), $"{grant.Name} grants a whole service");
            }
        }

        // Nothing that would widen a grant gets through the pure function either.
        var payments = LatticeIdentityPolicies.FederatedGrants(GrantsOf(Views.Staging, "payments"), Views.Staging.Environment)[0];
        Assert.That(() => LatticeIdentityPolicies.FederatedInvoke(payments, "arn:aws:vpc-lattice:eu-west-1:222222222222:service/*"), Throws.ArgumentException);
        Assert.That(() => LatticeIdentityPolicies.FederatedInvoke(payments, ""), Throws.ArgumentException);
        Assert.That(() => LatticeIdentityPolicies.FederatedInvoke(payments with { Routes = [Nodes.Route("r", "payments", "/api/*", roles: ["finance"])] }, ServiceArn), Throws.ArgumentException);
        Assert.That(() => LatticeIdentityPolicies.FederatedInvoke(payments with { Routes = [] }, ServiceArn), Throws.ArgumentException, "an empty grant is no grant");
    }

    [Test]
    public void AFederatedGrantIsTheAuthPolicysRouteStatementWithoutItsPrincipals()
    {
        var grants = GrantsOf(Views.Staging, "payments");
        var authStatements = PolicyJson.Parse(LatticeAuthPolicies.ServicePolicy(grants, ServiceArn).ToJson());
        var federated = LatticeIdentityPolicies.FederatedGrants(grants, Views.Staging.Environment);

        Assert.That(federated.Select(f => f.CatalogRole), Is.EqualTo(new[] { "finance", "support" }));
        foreach (var grant in federated)
        {
            var identity = PolicyJson.Parse(LatticeIdentityPolicies.FederatedInvoke(grant, ServiceArn).ToJson());
            var admitting = authStatements.Where(s => s.Principals.Contains(grant.RoleArn)).ToList();
            Assert.That(identity.Select(s => (s.Sid, string.Join(" ", s.Resources), string.Join(" ", s.Methods))),
                Is.EquivalentTo(admitting.Select(s => (s.Sid, string.Join(" ", s.Resources), string.Join(" ", s.Methods)))), grant.CatalogRole);
            Assert.That(identity.Select(s => s.Principals), Has.All.Empty, "an identity policy names no principal");
        }

        // support may read payments but not refund them: its grant holds the read route only.
        var support = federated.Single(f => f.CatalogRole == "support");
        Assert.That(support.Routes.Select(r => r.RouteId), Is.EqualTo(new[] { "payments-read" }));
        Assert.That(support.RoleName, Is.EqualTo("staging-support-federated"));
    }

    [TestCase("admin", Description = "a role new to the service: its grant is created")]
    [TestCase("support", Description = "a role already on the service: its grant gains the route")]
    public async Task AddingARoleToARouteTouchesTheServicesAuthPolicyAndThatRolesOneGrant(string role)
    {
        var before = (await D.RunAsync(Views.Staging)).Fingerprints();
        var after = (await D.RunAsync(Views.StagingWithRouteRoles("payments-refund", ["finance", role]))).Fingerprints();

        var touched = before.Keys.Union(after.Keys)
            .Where(name => !before.TryGetValue(name, out var b) || !after.TryGetValue(name, out var a) || a != b)
            .ToList();

        Assert.That(touched, Is.EquivalentTo(new[] { "lattice-payments-auth", $"lattice-{role}-federated-invokes-payments" }));
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
        // IAM caps the inline policies of one role at 10,240 characters in all.
        Assert.That(sizes.Select(s => s.Size), Has.All.LessThanOrEqualTo(10_240));
    }

    [Test]
    public void AServiceNamedLikeAFederatedRoleIsRefused()
    {
        var view = Views.Staging;
        var topology = MeshTopologyBuilder.Build(view);
        var clash = Nodes.Service("finance-federated");
        var edited = topology with { Services = [.. topology.Services, clash] };

        Assert.That(async () => await Pulumi.Deployment.TestAsync(
            new FabricMocks(),
            new Pulumi.Testing.TestOptions { IsPreview = false, StackName = "staging", ProjectName = "identity-fabric" },
            () => _ = new LatticeComponent("lattice", new LatticeArgs
            {
                View = view,
                Topology = edited,
                ServiceRoles = new Dictionary<string, Components.Identity.ServiceRole>(),
                IngressRole = new Components.Identity.ServiceRole(Pulumi.Output.Create("staging-edge-ingress-envoy"), Pulumi.Output.Create("arn:aws:iam::222222222222:role/staging-edge-ingress-envoy"),
                    new Pulumi.Aws.Iam.Role("ingress-role", new Pulumi.Aws.Iam.RoleArgs { AssumeRolePolicy = "{}" })),
                VpcId = D.VpcId,
            })), Throws.Exception.With.Message.Contains("finance-federated"));
    }
}
