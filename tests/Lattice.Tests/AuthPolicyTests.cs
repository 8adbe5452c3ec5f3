using IdentityFabric.Catalog;
using IdentityFabric.Components.Lattice;
using IdentityFabric.Components.Topology;
using IdentityFabric.Lattice.Tests.Support;

namespace IdentityFabric.Lattice.Tests;

[TestFixture]
public sealed class AuthPolicyTests
{
    private const string ServiceArn = "arn:aws:vpc-lattice:eu-west-1:222222222222:service/svc-0123456789abcdef0";

    private static IEnumerable<ServiceGrants> AllGrants(EnvironmentView view)
    {
        var topology = MeshTopologyBuilder.Build(view);
        return topology.On(MeshBackend.Lattice).Select(s => LatticeAuthPolicies.Grants(s, topology, view.Environment));
    }

    [Test]
    public void FederatedRolesAreAdmittedOnlyOnTheRoutesThatAllowTheirRole()
    {
        var view = Views.Staging;
        var grants = AllGrants(view).SelectMany(g => g.Routes).ToList();
        Assert.That(grants, Has.Count.EqualTo(view.Routes.Count()));
        foreach (var grant in grants)
        {
            Assert.That(grant.FederatedRoleArns, Is.EquivalentTo(grant.Route.AllowedRoles.Select(r => $"arn:aws:iam::222222222222:role/staging-{r}-federated")), grant.Route.RouteId);
        }

        var finance = "arn:aws:iam::222222222222:role/staging-finance-federated";
        var financeServices = AllGrants(view).Where(g => g.Routes.Any(r => r.FederatedRoleArns.Contains(finance))).Select(g => g.Service);
        Assert.That(financeServices, Is.EquivalentTo(new[] { "payments" }));
    }

    [Test]
    public void WithStsAloneTheIngressSignsOnlyPublicRoutes()
    {
        var grants = AllGrants(Views.StagingWith(IdentityPropagation.Sts)).SelectMany(g => g.Routes).ToList();
        Assert.That(grants.Select(g => g.IngressMaySign), Is.EqualTo(grants.Select(g => g.Route.IsPublic)));
        Assert.That(grants.Where(g => !g.Route.IsPublic).Select(g => g.FederatedRoleArns), Has.All.Not.Empty);
        Assert.That(grants.Where(g => g.Route.IsPublic), Is.Not.Empty);
    }

    [Test]
    public void WithTheAssertionAloneNoFederatedRoleIsAdmitted()
    {
        var view = Views.StagingWith(IdentityPropagation.Assertion);
        var grants = AllGrants(view).ToList();
        Assert.That(grants.SelectMany(g => g.Routes).Select(r => r.FederatedRoleArns), Has.All.Empty);
        Assert.That(grants.SelectMany(g => g.Routes).Select(r => r.IngressMaySign), Has.All.True);
        Assert.That(grants.SelectMany(g => g.AllPrincipals), Has.None.EndsWith("-federated"));
    }

    [Test]
    public void AWildcardCannotBecomeAPrincipal()
    {
        Assert.That(() => LatticePrincipals.RoleArn("222222222222", "*"), Throws.ArgumentException);
        Assert.That(() => LatticePrincipals.RoleArn("222222222222", "orders-*"), Throws.ArgumentException);
        Assert.That(() => LatticePrincipals.RoleArn("*", "orders"), Throws.ArgumentException);
        Assert.That(() => LatticePrincipals.RoleArn("22222222222?", "orders"), Throws.ArgumentException);
        Assert.That(() => LatticePrincipals.AccountPrincipal("*"), Throws.ArgumentException);
        Assert.That(LatticePrincipals.IsExact("*"), Is.False);
        Assert.That(LatticePrincipals.IsExact("arn:aws:iam::*:root"), Is.False);
        Assert.That(LatticePrincipals.IsExact("arn:aws:iam::222222222222:role/*"), Is.False);
        Assert.That(LatticePrincipals.IsExact("arn:aws:iam::222222222222:role/staging-orders-envoy"), Is.True);

        // A caller whose role name is a wildcard (a hand-built topology; the catalog cannot express one) is refused.
        var callee = Nodes.Service("orders", callers: ["evil"]);
        var topology = new MeshTopology("staging", [callee, Nodes.Service("evil", calls: ["orders"], roleName: "*")], []);
        Assert.That(() => LatticeAuthPolicies.Grants(callee, topology, Views.Staging.Environment), Throws.ArgumentException);
    }

    [Test]
    public void ARoutePathCannotWidenTheGrant()
    {
        Assert.That(() => LatticeAuthPolicies.RequestResource(ServiceArn, Nodes.Route("r", "orders", "/api/*")), Throws.ArgumentException);
        Assert.That(() => LatticeAuthPolicies.RequestResource(ServiceArn, Nodes.Route("r", "orders", "/api/orders?", PathMatch.Exact)), Throws.ArgumentException);
        Assert.That(() => LatticeAuthPolicies.RequestResource(ServiceArn, Nodes.Route("r", "orders", "/api")), Throws.ArgumentException, "a prefix without '/' would also match /apix");
        Assert.That(() => LatticeAuthPolicies.RequestResource(ServiceArn, Nodes.Route("r", "orders", "api/")), Throws.ArgumentException);
        Assert.That(() => LatticeAuthPolicies.RequestResource(ServiceArn + "*", Nodes.Route("r", "orders", "/api/")), Throws.ArgumentException);
        Assert.That(LatticeAuthPolicies.RequestResource(ServiceArn, Nodes.Route("r", "orders", "/api/orders", PathMatch.Exact)), Is.EqualTo(ServiceArn + "/api/orders"));
        Assert.That(LatticeAuthPolicies.RequestResource(ServiceArn, Nodes.Route("r", "orders", "/api/orders/")), Is.EqualTo(ServiceArn + "/api/orders/*"));
    }

    [Test]
    public void ARouteWithMethodsIsGrantedOnlyThoseMethodsAndAnAnyMethodRouteHasNoCondition()
    {
        var limited = PolicyJson.Parse(new Components.Iam.IamPolicyDocument()
            .Add(LatticeAuthPolicies.RouteStatement("RouteX", Nodes.Route("x", "orders", "/api/x/", methods: ["GET", "HEAD"]), ServiceArn)).ToJson()).Single();
        var any = PolicyJson.Parse(new Components.Iam.IamPolicyDocument()
            .Add(LatticeAuthPolicies.RouteStatement("RouteY", Nodes.Route("y", "orders", "/api/y/"), ServiceArn)).ToJson()).Single();
        Assert.That(limited.Methods, Is.EquivalentTo(new[] { "GET", "HEAD" }));
        Assert.That(any.Methods, Is.Empty);
    }

    [Test]
    public void AServiceNobodyMayCallGetsNoPolicy()
    {
        var lonely = Nodes.Service("lonely");
        var grants = LatticeAuthPolicies.Grants(lonely, new MeshTopology("staging", [lonely], []), Views.Staging.Environment);
        Assert.That(grants.IsEmpty, Is.True);
        Assert.That(() => LatticeAuthPolicies.ServicePolicy(grants, ServiceArn), Throws.ArgumentException);
    }

    [Test]
    public void StatementIdsAreAlphanumericDistinctAndIndependentOfOrder()
    {
        var sids = LatticeAuthPolicies.RouteSids(["a_b", "a-b", "ab", "payments-refund"]);
        var reordered = LatticeAuthPolicies.RouteSids(["payments-refund", "ab", "a-b", "a_b"]);
        Assert.That(sids, Is.EquivalentTo(reordered));
        Assert.That(sids.Values, Is.Unique);
        Assert.That(sids.Values, Has.All.Matches("^[A-Za-z0-9]+$"));
        Assert.That(sids["payments-refund"], Is.EqualTo("RoutePaymentsRefund"));
    }

    [TestCase("staging")]
    [TestCase("prod")]
    public void EveryExamplePolicyFitsLatticesLimits(string environment)
    {
        foreach (var grants in AllGrants(environment == "staging" ? Views.Staging : Views.Prod))
        {
            var json = LatticeAuthPolicies.ServicePolicy(grants, ServiceArn).ToJson();
            Assert.That(json, Does.Not.Contain("\n"), "Lattice refuses policies with newlines");
            Assert.That(json.Length, Is.LessThanOrEqualTo(10_000), grants.Service);
        }
    }

    [Test]
    public void TheNetworkGrantOfTheIngressAndFederatedRolesIsBoundedByTheEnvironmentsServiceNetworkAndDoesNotGrowWithTheCatalog()
    {
        var env = Views.Staging.Environment;
        var network = $"arn:aws:vpc-lattice:{env.AwsRegion}:{env.AwsAccountId}:servicenetwork/sn-0a1b2c3d4e5f60718";
        var statement = PolicyJson.Parse(LatticeIdentityPolicies.NetworkInvoke(env, [network]).ToJson()).Single();

        Assert.That(statement.Resources, Is.EqualTo(new[] { $"arn:aws:vpc-lattice:{env.AwsRegion}:{env.AwsAccountId}:service/*" }));
        var json = LatticeIdentityPolicies.NetworkInvoke(env, [network]).ToJson();
        Assert.That(json, Does.Contain($"\"{LatticeIdentityPolicies.ServiceNetworkConditionKey}\":\"{network}\""));
        Assert.That(json, Does.Contain("\"StringEquals\""));

        // Sharded networks add one ARN each; nothing else grows.
        var many = Enumerable.Range(0, 4).Select(i => $"{network}{i}").ToList();
        Assert.That(LatticeIdentityPolicies.NetworkInvoke(env, many).ToJson().Length, Is.LessThan(json.Length + (4 * (network.Length + 4))));
        Assert.That(json.Length, Is.LessThan(1_000), "IAM caps all inline policies of one role at 10,240 characters");
    }

    [Test]
    public void TheNetworkGrantNamesNetworksOnlyByExactArn()
    {
        var env = Views.Staging.Environment;
        var prefix = $"arn:aws:vpc-lattice:{env.AwsRegion}:{env.AwsAccountId}:servicenetwork/";
        Assert.That(() => LatticeIdentityPolicies.NetworkInvoke(env, []), Throws.ArgumentException);
        Assert.That(() => LatticeIdentityPolicies.NetworkInvoke(env, [prefix + "*"]), Throws.ArgumentException);
        Assert.That(() => LatticeIdentityPolicies.NetworkInvoke(env, [prefix + "sn-?"]), Throws.ArgumentException);
        Assert.That(() => LatticeIdentityPolicies.NetworkInvoke(env, ["sn-0a1b2c3d4e5f60718"]), Throws.ArgumentException);
        Assert.That(() => LatticeIdentityPolicies.NetworkInvoke(env, [""]), Throws.ArgumentException);
    }
}
