using IdentityFabric.Catalog;
using IdentityFabric.Components.Ingress;
using IdentityFabric.Components.Routing;
using IdentityFabric.Components.Topology;
using IdentityFabric.Testing;
using NUnit.Framework;
using static IdentityFabric.AppMesh.Tests.Support.SmallCatalog;

namespace IdentityFabric.AppMesh.Tests;

[TestFixture]
public sealed class SharedRulesTests
{
    private static IngressRoute Route(string id, string path, PathMatch match) => new(id, "h", path, match, [], "s", ["r"], false);

    [Test]
    public void TheIngressEvaluatesTheMostSpecificRouteFirstWhateverTheCatalogOrder()
    {
        IngressRoute[] routes =
        [
            Route("admin", "/api/admin/", PathMatch.Prefix),
            Route("refund", "/api/payments/refunds", PathMatch.Exact),
            Route("admin-customers", "/api/admin/customers/", PathMatch.Prefix),
            Route("orders", "/api/orders", PathMatch.Exact),
        ];
        string[] expected = ["refund", "orders", "admin-customers", "admin"];

        Assert.That(IngressRouteOrder.MostSpecificFirst(routes).Select(r => r.RouteId), Is.EqualTo(expected));
        Assert.That(IngressRouteOrder.MostSpecificFirst(routes.Reverse()).Select(r => r.RouteId), Is.EqualTo(expected));
    }

    [Test]
    public void AServiceWithoutRetriesGetsNone()
    {
        var node = MeshTopologyBuilder.Build(View([Service("a", timeout: TimeSpan.FromSeconds(5))])).Service("a");
        var policy = CallPolicies.For(node);
        Assert.That(policy.Retries, Is.Null);
        Assert.That(policy.PerRequestTimeout, Is.EqualTo(TimeSpan.FromSeconds(5)));
    }

    [Test]
    public void OnlyFailuresThatNeverReachedTheApplicationAreRetried()
    {
        var http = CallPolicies.For(MeshTopologyBuilder.Build(View([Service("a", retries: Retries(2, TimeSpan.FromSeconds(1)))])).Service("a")).Retries!;
        Assert.That(http.HttpEvents, Is.EqualTo(new[] { "gateway-error" }));
        Assert.That(http.HttpEvents, Does.Not.Contain("server-error"), "a 500 may come from a call that already took effect");
        Assert.That(http.TcpEvents, Is.EqualTo(new[] { "connection-error" }));
        Assert.That(http.GrpcEvents, Is.Empty);

        var grpc = CallPolicies.For(MeshTopologyBuilder.Build(View([Service("g", ServiceProtocol.Grpc, retries: Retries(1, TimeSpan.FromSeconds(1)))])).Service("g")).Retries!;
        Assert.That(grpc.GrpcEvents, Is.EqualTo(new[] { "unavailable" }));
    }

    [Test]
    public void AnAttemptNeverOutlastsTheWholeRequest()
    {
        var node = MeshTopologyBuilder.Build(View([Service("a", timeout: TimeSpan.FromSeconds(2), retries: Retries(3, TimeSpan.FromSeconds(5)))])).Service("a");
        Assert.That(CallPolicies.For(node).Retries!.PerTryTimeout, Is.EqualTo(TimeSpan.FromSeconds(2)));
    }

    [TestCase(1.0, 1)]
    [TestCase(0.1, 1)]
    [TestCase(1500.0, 1500)]
    [TestCase(1500.2, 1501)]
    public void DurationsBecomeWholeMillisecondsRoundedUp(double ms, int expected) =>
        Assert.That(CallPolicies.Milliseconds(TimeSpan.FromMilliseconds(ms)), Is.EqualTo(expected));

    [Test]
    public void AZeroDurationIsRefused() =>
        Assert.That(() => CallPolicies.Milliseconds(TimeSpan.Zero), Throws.InstanceOf<ArgumentOutOfRangeException>());

    [Test]
    public void CallsAcrossBackendsAreListedDuringAMigration()
    {
        var calls = CrossBackendCalls.Of(MeshTopologyBuilder.Build(ExampleCatalog.View("prod")));
        Assert.That(calls.Select(c => $"{c.Caller}->{c.Callee}"), Is.EqualTo(new[]
        {
            "customers->notifications", "gateway->catalog", "orders->inventory", "orders->notifications", "payments->notifications",
        }));
        Assert.That(calls, Has.All.Matches<CrossBackendCall>(c => c.CallerBackend == MeshBackend.AppMesh && c.CalleeBackend == MeshBackend.Lattice));
    }

    [Test]
    public void NoCallCrossesBackendsWhenAnEnvironmentUsesOne() =>
        Assert.That(CrossBackendCalls.Of(MeshTopologyBuilder.Build(ExampleCatalog.View("dev"))), Is.Empty);

    [Test]
    public void SameBackendCalleesAndCallersLeaveTheOtherBackendOut()
    {
        var topology = MeshTopologyBuilder.Build(View(
            [Service("a", calls: ["b", "c"]), Service("b", calls: ["c"]), Service("c")],
            backend: MeshBackend.Both,
            latticeServices: ["b"]));
        Assert.That(CrossBackendCalls.SameBackendCallees(topology, topology.Service("a")), Is.EqualTo(new[] { "c" }));
        Assert.That(CrossBackendCalls.SameBackendCallers(topology, topology.Service("c")), Is.EqualTo(new[] { "a" }));
    }
}
