using System.Text.Json.Nodes;
using IdentityFabric.Components.Topology;
using IdentityFabric.Testing;

namespace IdentityFabric.Cli.Tests;

[TestFixture]
public sealed class PlanRenderingTests
{
    private static MeshTopology Dev => MeshTopologyBuilder.Build(ExampleCatalog.View("dev"));

    [Test]
    public void TheDiagramLeadsFromTheUserThroughEachRouteToTheIngress()
    {
        var diagram = TrustChainDiagram.Render(Dev);

        Assert.That(diagram, Does.StartWith("flowchart LR\n"));
        foreach (var route in Dev.IngressRoutes)
        {
            var id = "route_" + route.RouteId.Replace('-', '_');
            Assert.That(diagram, Does.Contain($"user --> {id}\n").And.Contain($"{id} --> ingress\n"), route.RouteId);
        }
    }

    [Test]
    public void TheIngressLeadsToEachServiceARouteTargets()
    {
        var diagram = TrustChainDiagram.Render(Dev);

        Assert.That(diagram, Does.Contain("ingress -->|\"orders-create, orders-read\"| svc_orders\n"));
        Assert.That(diagram, Does.Not.Match(@"ingress -->\|[^\n]*\| svc_notifications\n"), "no route reaches notifications from the edge");
        Assert.That(diagram.Split('\n').Count(l => l.StartsWith("  ingress -->", StringComparison.Ordinal)),
            Is.EqualTo(Dev.IngressRoutes.Select(r => r.Service).Distinct().Count()));
    }

    [Test]
    public void EachServiceLeadsToExactlyTheServicesItMayCall()
    {
        var diagram = TrustChainDiagram.Render(Dev);
        var calls = diagram.Split('\n').Where(l => l.Contains("-->|mTLS|", StringComparison.Ordinal)).Select(l => l.Trim()).ToList();

        var expected = Dev.Services.SelectMany(s => s.Calls.Select(c => $"svc_{s.Name} -->|mTLS| svc_{c}")).ToList();
        Assert.That(calls, Is.EquivalentTo(expected));
        Assert.That(calls, Does.Contain("svc_gateway -->|mTLS| svc_orders"));
    }

    [Test]
    public void RouteLabelsShowMethodsPathAndWhoMayCall()
    {
        var diagram = TrustChainDiagram.Render(Dev);

        Assert.That(diagram, Does.Contain("route_orders_read[\"orders-read<br/>GET /api/orders/*<br/>roles: customer, support\"]"));
        Assert.That(diagram, Does.Contain("route_health[\"health<br/>GET /healthz<br/>public\"]"));
    }

    [Test]
    public void ServicesAreGroupedByTheMeshTheyRunOn()
    {
        var prod = TrustChainDiagram.Render(MeshTopologyBuilder.Build(ExampleCatalog.View("prod")));

        Assert.That(prod, Does.Contain("AWS App Mesh").And.Contain("Amazon VPC Lattice"));
    }

    [Test]
    public void AFederatingEnvironmentShowsTheFederationWorkerBesideTheEdge()
    {
        var staging = TrustChainDiagram.Render(MeshTopologyBuilder.Build(ExampleCatalog.View("staging")));
        var dev = TrustChainDiagram.Render(Dev);

        Assert.Multiple(() =>
        {
            Assert.That(staging, Does.Contain("edge -.->|\"service binding\"| federation\n")
                .And.Contain("federation -.->|\"AssumeRoleWithWebIdentity\"| sts\n"));
            Assert.That(dev, Does.Not.Contain("federation"), "dev propagates identity by assertion only");
        });
    }

    [Test]
    public void QuotesInLabelsCannotBreakTheDiagram()
    {
        var topology = new MeshTopology("dev", [], [new IngressRoute("r1", "h\"ost", "/a\"b", Catalog.PathMatch.Exact, [], "svc", [], true)]);

        var diagram = TrustChainDiagram.Render(topology);

        Assert.That(diagram, Does.Contain("/a#quot;b").And.Contain("h#quot;ost"));
        Assert.That(diagram, Does.Not.Contain("a\"b"));
    }

    [Test]
    public void TheMarkdownGroupsResourcesByCloudAndComponentWithCounts()
    {
        const string Stack = "urn:pulumi:dev::identity-fabric::pulumi:pulumi:Stack::identity-fabric-dev";
        const string Edge = "urn:pulumi:dev::identity-fabric::identity-fabric:edge:Edge::edge";
        var plan = new StackPlan("dev",
        [
            new("pulumi:pulumi:Stack", "identity-fabric-dev", Stack, null, []),
            new("identity-fabric:edge:Edge", "edge", Edge, Stack, []),
            new("cloudflare:index/workersKv:WorkersKv", "edge-kv-a", Edge + "$kv::a", Edge, []),
            new("cloudflare:index/workersKv:WorkersKv", "edge-kv-b", Edge + "$kv::b", Edge, []),
            new("aws:iam/role:Role", "orders", "urn:pulumi:dev::identity-fabric::aws:iam/role:Role::orders", Stack, new JsonObject()),
        ]);

        var markdown = PlanMarkdown.Render(plan, Dev);

        Assert.That(markdown, Does.Contain("**3 resources** in 1 components: Cloudflare 2, AWS 1."));
        Assert.That(markdown, Does.Contain("### Cloudflare (2)").And.Contain("| edge | `cloudflare:index/workersKv:WorkersKv` | 2 |"));
        Assert.That(markdown, Does.Contain("### AWS (1)").And.Contain("| (stack) | `aws:iam/role:Role` | 1 |"));
        Assert.That(markdown, Does.Contain("| edge | `identity-fabric:edge:Edge` | 2 |"));
        Assert.That(markdown, Does.Contain("```mermaid\nflowchart LR\n"));
    }
}
