using System.Text.Json;
using IdentityFabric.AppMesh.Planning;
using IdentityFabric.Catalog;
using IdentityFabric.Components.Iam;
using IdentityFabric.Components.Identity;
using IdentityFabric.Components.Topology;
using NUnit.Framework;
using static IdentityFabric.AppMesh.Tests.Support.SmallCatalog;

namespace IdentityFabric.AppMesh.Tests;

[TestFixture]
public sealed class AppMeshPlannerTests
{
    private static AppMeshSettings Settings(CertificateSource source = CertificateSource.File) =>
        new(source, "test.identity-fabric.internal", MeshServiceDiscovery.Dns, 8443, []);

    private static AppMeshPlan Plan(EnvironmentView view, CertificateSource source = CertificateSource.File) =>
        AppMeshPlanner.Build(view, MeshTopologyBuilder.Build(view), Settings(source));

    private static EnvironmentView Migrating() => View(
        [Service("front", calls: ["api", "search"]), Service("api", calls: ["search"]), Service("search"), Service("lonely")],
        [
            Route("front-page", "/", "front", PathMatch.Prefix, isPublic: true),
            Route("search", "/search", "search", roles: ["reader"]),
        ],
        backend: MeshBackend.Both,
        latticeServices: ["search"]);

    [Test]
    public void OnlyAppMeshServicesGetNodes() =>
        Assert.That(Plan(Migrating()).Nodes.Select(n => n.Service.Name), Is.EqualTo(new[] { "api", "front", "lonely" }));

    [Test]
    public void CallsToLatticeServicesAreListedButAreNotBackends()
    {
        var front = Plan(Migrating()).Nodes.Single(n => n.Service.Name == "front");
        Assert.That(front.Backends.Select(b => b.Service), Is.EqualTo(new[] { "api" }));
        Assert.That(front.LatticeCallees, Is.EqualTo(new[] { "search" }));
    }

    [Test]
    public void EdgeRoutesToLatticeServicesGetNoGatewayRoute() =>
        Assert.That(Plan(Migrating()).Gateway.Routes.Select(r => r.Route.RouteId), Is.EqualTo(new[] { "front-page" }));

    [Test]
    public void AServiceNobodyMayCallAdmitsOnlyItsOwnIdentity()
    {
        var lonely = Plan(Migrating()).Nodes.Single(n => n.Service.Name == "lonely");
        Assert.That(lonely.AllowedClientSans, Is.EqualTo(new[] { lonely.Identity }));
    }

    [Test]
    public void TheGatewayIsAdmittedOnlyWhereAnEdgeRouteLeads()
    {
        var plan = Plan(Migrating());
        var front = plan.Nodes.Single(n => n.Service.Name == "front");
        var api = plan.Nodes.Single(n => n.Service.Name == "api");
        Assert.That(front.AllowedClientSans, Is.EqualTo(new[] { plan.Gateway.Identity }));
        Assert.That(api.AllowedClientSans, Is.EqualTo(new[] { front.Identity }));
        Assert.That(plan.Gateway.BackendSans, Is.EqualTo(new[] { front.Identity }));
    }

    [Test]
    public void SdsIdentitiesAreSpiffeIdsAndFileIdentitiesAreDnsNames()
    {
        var sds = Plan(Migrating(), CertificateSource.Sds);
        Assert.That(sds.Nodes.Single(n => n.Service.Name == "api").Identity, Is.EqualTo("spiffe://test.identity-fabric.internal/api"));
        Assert.That(sds.Gateway.Identity, Is.EqualTo("spiffe://test.identity-fabric.internal/ingress-gateway"));

        var file = Plan(Migrating());
        Assert.That(file.Nodes.Single(n => n.Service.Name == "api").Identity, Is.EqualTo("api.test.mesh.local"));
        Assert.That(file.Gateway.Identity, Is.EqualTo("ingress-gateway.test.mesh.local"));
    }

    [Test]
    public void RestrictedRoutesIntoAppMeshNeedTheSignedAssertion()
    {
        EdgeRoute[] routes = [Route("r", "/a", "a", roles: ["x"])];
        Assert.That(() => Plan(View([Service("a")], routes, propagation: IdentityPropagation.Sts)), Throws.ArgumentException.With.Message.Contains("assertion"));
        Assert.That(Plan(View([Service("a")], routes, propagation: IdentityPropagation.Both)).Gateway.Routes, Has.Count.EqualTo(1));
        Assert.That(Plan(View([Service("a")], [Route("p", "/", "a", isPublic: true)], propagation: IdentityPropagation.Sts)).Gateway.Routes, Has.Count.EqualTo(1));
    }

    [Test]
    public void AServiceCannotTakeTheGatewaysWorkloadName() =>
        Assert.That(() => Plan(View([Service("ingress-gateway")])), Throws.ArgumentException.With.Message.Contains("reserved"));

    [Test]
    public void ANameBeyondAppMeshLimitsIsRefused()
    {
        var longName = new string('s', 250);
        Assert.That(() => Plan(View([Service(longName)])), Throws.ArgumentException.With.Message.Contains("does not fit"));
    }

    [Test]
    public void ARoleNameBeyondIamLimitsIsRefused() =>
        Assert.That(() => Plan(View([Service(new string('s', 60))])), Throws.ArgumentException.With.Message.Contains("IAM role"));

    [Test]
    public void EveryPlannedNameFitsForTheExampleEnvironments()
    {
        foreach (var environment in new[] { "dev", "staging", "prod" })
        {
            var view = Testing.ExampleCatalog.View(environment);
            Assert.That(AppMeshPlanner.NameProblems(AppMeshPlanner.Build(view, MeshTopologyBuilder.Build(view), Settings())), Is.Empty);
        }
    }

    [Test]
    public void ReorderingTheCatalogChangesNothing()
    {
        Service[] services = [Service("a", calls: ["b", "c"]), Service("b", calls: ["c"]), Service("c")];
        EdgeRoute[] routes = [Route("r1", "/a/", "a", PathMatch.Prefix, roles: ["x"]), Route("r2", "/b", "b", roles: ["y", "x"])];
        var forward = Plan(View(services, routes));
        var backward = Plan(View(services.Reverse(), routes.Reverse()));
        Assert.That(JsonSerializer.Serialize(backward), Is.EqualTo(JsonSerializer.Serialize(forward)));
    }

    [Test]
    public void CloudMapDiscoveryUsesTheEnvironmentNamespace()
    {
        var view = View([Service("a")]);
        var plan = AppMeshPlanner.Build(view, MeshTopologyBuilder.Build(view), Settings() with { Discovery = MeshServiceDiscovery.CloudMap });
        Assert.That(plan.Nodes[0].Discovery, Is.EqualTo(new DiscoveryPlan(null, "test.mesh.local", "a")));
    }

    [Test]
    public void AVirtualServiceNameIsADnsName()
    {
        Assert.That(AppMeshNames.IsValidVirtualServiceName("orders.dev.mesh.local"), Is.True);
        Assert.That(AppMeshNames.IsValidVirtualServiceName("orders..mesh.local"), Is.False);
        Assert.That(AppMeshNames.IsValidVirtualServiceName("-orders.dev.mesh.local"), Is.False);
        Assert.That(AppMeshNames.IsValidVirtualServiceName("orders_x.dev.mesh.local"), Is.False);
        Assert.That(AppMeshNames.IsValidVirtualServiceName(string.Join('.', Enumerable.Repeat(new string('a', 63), 5))), Is.False, "over 255 characters");
        Assert.That(AppMeshNames.IsValidVirtualServiceName(new string('a', 64) + ".dev.mesh.local"), Is.False);
    }
}

[TestFixture]
public sealed class EnvoyRoleAndEnvironmentTests
{
    private const string NodeArn = "arn:aws:appmesh:eu-west-1:111111111111:mesh/identity-fabric-dev/virtualNode/orders-dev";
    private const string SecretArn = "arn:aws:secretsmanager:eu-west-1:111111111111:secret:identity-fabric/dev/orders-db-AbC123";

    [Test]
    public void AnEnvoyStreamsOnlyItsOwnNodeAndReadsOnlyItsOwnSecrets()
    {
        using var json = JsonDocument.Parse(EnvoyRolePolicy.Document(NodeArn));
        var statements = json.RootElement.GetProperty("Statement").EnumerateArray().ToList();
        Assert.That(statements, Has.Count.EqualTo(1), "the App Mesh grant streams configuration and nothing else");
        Assert.That(statements[0].GetProperty("Action").GetString(), Is.EqualTo("appmesh:StreamAggregatedResources"));
        Assert.That(statements[0].GetProperty("Resource").GetString(), Is.EqualTo(NodeArn));

        // Its secrets are its identity's grant, on the same role.
        using var secrets = JsonDocument.Parse(ServiceIdentityPlanner.ReadOwnSecretsDocument([SecretArn])!);
        var read = secrets.RootElement.GetProperty("Statement").EnumerateArray().Single();
        Assert.That(read.GetProperty("Resource").GetString(), Is.EqualTo(SecretArn));
        Assert.That(read.GetProperty("Action").EnumerateArray().Select(a => a.GetString()), Does.Contain("secretsmanager:GetSecretValue"));
    }

    [Test]
    public void AnEnvoyWithoutSecretsGetsNoSecretStatement()
    {
        Assert.That(EnvoyRolePolicy.Document(NodeArn), Does.Not.Contain("secretsmanager"));
        Assert.That(ServiceIdentityPlanner.ReadOwnSecretsDocument([]), Is.Null);
    }

    [TestCase("*")]
    [TestCase("arn:aws:secretsmanager:eu-west-1:111111111111:secret:*")]
    [TestCase("arn:aws:secretsmanager:eu-west-1:111111111111:secret:identity-fabric/dev/orders-db-??????")]
    [TestCase("")]
    [TestCase("identity-fabric/dev/orders-db")]
    public void AWildcardOrNonArnResourceIsRefused(string arn)
    {
        Assert.That(() => ServiceIdentityPlanner.ReadOwnSecretsDocument([arn]), Throws.ArgumentException);
        Assert.That(() => EnvoyRolePolicy.Document(arn), Throws.ArgumentException);
    }

    [Test]
    public void EveryEnvoyTracesToTheLocalXrayDaemon()
    {
        var file = EnvoyEnvironments.For(NodeArn, "eu-west-1", CertificateSource.File);
        Assert.That(file["APPMESH_RESOURCE_ARN"], Is.EqualTo(NodeArn));
        Assert.That(file["ENABLE_ENVOY_XRAY_TRACING"], Is.EqualTo("1"));
        Assert.That(file["XRAY_DAEMON_PORT"], Is.EqualTo("2000"));
        Assert.That(file["AWS_REGION"], Is.EqualTo("eu-west-1"));
        Assert.That(file, Does.Not.ContainKey("APPMESH_SDS_SOCKET_PATH"));
        Assert.That(EnvoyEnvironments.For(NodeArn, "eu-west-1", CertificateSource.Sds)["APPMESH_SDS_SOCKET_PATH"], Is.EqualTo("/run/spire/sockets/agent.sock"));
    }

    [Test]
    public void TheTrustPolicyTheRolesUseIsTheSharedOne()
    {
        var trust = ServiceIdentityPolicies.TrustPolicy(WorkloadIdentity.Ecs, "111111111111", AppMeshNames.GatewayWorkload);
        Assert.That(trust, Does.Contain("ecs-tasks.amazonaws.com").And.Contains("111111111111"));
    }
}
