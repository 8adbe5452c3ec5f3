using IdentityFabric.Catalog;
using IdentityFabric.Components.Lattice;
using IdentityFabric.Components.Topology;
using IdentityFabric.Lattice.Tests.Support;

namespace IdentityFabric.Lattice.Tests;

[TestFixture]
public sealed class ListenerAndTargetTests
{
    private static readonly MeshTopology Staging = MeshTopologyBuilder.Build(Views.Staging);

    [Test]
    public void ExactPathsComeFirstAndTheCatalogCallersRuleLast()
    {
        var rules = LatticeListenerRules.For(Staging.Service("orders"), Staging);
        Assert.That(rules.Select(r => (r.Name, r.Priority, r.Path, r.Method)), Is.EqualTo(new (string, int, string, string?)[]
        {
            ("orders-create", 1, "/api/orders", "POST"),
            ("orders-read", 2, "/api/orders/", "GET"),
            (LatticeListenerRules.CatalogCallersRuleName, LatticeListenerRules.CatalogCallersPriority, "/", null),
        }));
    }

    [Test]
    public void AServiceNoOtherServiceCallsForwardsOnlyItsEdgeRoutes()
    {
        var gateway = Staging.Service("gateway");
        Assert.That(gateway.Callers, Is.Empty);
        var rules = LatticeListenerRules.For(gateway, Staging);
        Assert.That(rules.Select(r => r.RouteId), Is.EquivalentTo(new[] { "health", "admin-settings" }));
    }

    [Test]
    public void AServiceWithoutEdgeRoutesForwardsOnlyItsCatalogCallers()
    {
        var rules = LatticeListenerRules.For(Staging.Service("notifications"), Staging);
        Assert.That(rules.Select(r => r.Name), Is.EqualTo(new[] { LatticeListenerRules.CatalogCallersRuleName }));
    }

    [Test]
    public void EveryServicesRulesHaveValidNamesAndDistinctPriorities()
    {
        foreach (var service in Staging.Services)
        {
            var rules = LatticeListenerRules.For(service, Staging);
            Assert.That(rules.Select(r => r.Priority), Is.Unique.And.All.InRange(1, 100), service.Name);
            Assert.That(rules.Select(r => r.Name), Is.Unique, service.Name);
            Assert.That(rules.Select(r => r.Name), Has.All.Matches<string>(n => ResourceNames.IsValidLatticeName(n, ResourceNames.LatticeNameMax)));
        }
    }

    [Test]
    public void ARouteMayNotTakeTheCallersRuleName()
    {
        var service = Nodes.Service("orders", callers: ["gateway"]);
        var topology = new MeshTopology("staging", [service], [Nodes.Route(LatticeListenerRules.CatalogCallersRuleName, "orders", "/x/")]);
        Assert.That(() => LatticeListenerRules.For(service, topology), Throws.ArgumentException);
    }

    [Test]
    public void TargetGroupsAreIpTargetsSpeakingTheCatalogsProtocol()
    {
        var specs = Staging.Services.ToDictionary(s => s.Name, s => LatticeTargetGroups.For(s, "staging"));
        Assert.That(specs.Values.Select(s => s.Type), Has.All.EqualTo("IP"));
        Assert.That(specs.Values.Select(s => s.Protocol), Has.All.EqualTo("HTTP"));
        Assert.That(specs["gateway"].ProtocolVersion, Is.EqualTo("HTTP1"));
        Assert.That(specs["orders"].ProtocolVersion, Is.EqualTo("HTTP2"));
        Assert.That(specs["payments"].ProtocolVersion, Is.EqualTo("GRPC"));
        Assert.That(specs["payments"].Port, Is.EqualTo(9090));
        Assert.That(specs["orders"].Name, Is.EqualTo("orders-staging-tg"));
    }

    [Test]
    public void HttpServicesAreProbedOnTheirCatalogPathAndGrpcServicesByTheirPlatform()
    {
        var orders = LatticeTargetGroups.For(Staging.Service("orders"), "staging").HealthCheck;
        Assert.That(orders, Is.EqualTo(new HealthCheckSpec("/health/ready", 10, 3, 2, 3, "HTTP2", LatticeTargetGroups.HealthyCodes)));
        Assert.That(LatticeTargetGroups.For(Staging.Service("payments"), "staging").HealthCheck, Is.Null);
        Assert.That(LatticeTargetGroups.For(Staging.Service("inventory"), "staging").HealthCheck, Is.Null);
    }

    [Test]
    public void AHealthCheckOutsideLatticesRangesIsRefused()
    {
        Assert.That(() => LatticeTargetGroups.For(Nodes.Service("slow", check: Nodes.Check(intervalSeconds: 400)), "staging"), Throws.ArgumentException);
        Assert.That(() => LatticeTargetGroups.For(Nodes.Service("slow", check: Nodes.Check(timeoutSeconds: 121)), "staging"), Throws.ArgumentException);
    }

    [Test]
    public void RetentionMustBeAPeriodCloudWatchAccepts()
    {
        Assert.That(LatticeAuditQuery.Retention(30), Is.EqualTo(30));
        Assert.That(() => LatticeAuditQuery.Retention(0), Throws.ArgumentException, "never-expire is not an audit retention");
        Assert.That(() => LatticeAuditQuery.Retention(8), Throws.ArgumentException);
    }

    [Test]
    public void TheTraceQueryMatchesOneTraceIdInEitherForm()
    {
        var query = LatticeAuditQuery.FollowOneTrace();
        var lines = query.Split('\n');
        Assert.That(lines[0], Does.StartWith("fields ").And.Contain("callerPrincipal").And.Contain("authDeniedReason"));
        Assert.That(query, Does.Contain("concat(xrayEpoch, xrayRandom) = \"" + Components.Audit.TraceQuery.Placeholder + "\""));
        Assert.That(query, Does.Contain("w3cTraceId = \"" + Components.Audit.TraceQuery.Placeholder + "\""));
        Assert.That(lines, Has.Some.EqualTo("| sort @timestamp asc"));
        Assert.That(Components.Audit.LogFormatSafety.Violations([KeyValuePair.Create("query", query)]), Is.Empty);
    }
}
