using System.Text.Json;
using IdentityFabric.Catalog;
using IdentityFabric.Components.Ingress;
using IdentityFabric.Components.Topology;
using IdentityFabric.Testing;

namespace IdentityFabric.Ingress.Tests;

[TestFixture]
public sealed class IngressProxyConfigTests
{
    private const string GatewayUrl = "https://ingress-gateway.test.mesh.local:8443";

    private static IEnumerable<string> Environments() => ["dev", "staging", "prod"];

    private static string DomainOf(string service) => $"{service}-0a1b2c3d4e5f60718.7d67968.vpc-lattice-svcs.eu-west-1.on.aws";

    private static ProxyUpstreams Upstreams(MeshTopology topology) => new(
        "eu-west-1",
        GatewayUrl,
        topology.On(MeshBackend.Lattice).ToDictionary(s => s.Name, s => DomainOf(s.Name), StringComparer.Ordinal));

    private static List<JsonElement> Routes(IEnumerable<string> documents) =>
        documents.SelectMany(d => JsonDocument.Parse(d).RootElement.GetProperty("routes").EnumerateArray().ToList()).ToList();

    private static IEnumerable<string> Strings(JsonElement e) => e.EnumerateArray().Select(v => v.GetString()!);

    [TestCaseSource(nameof(Environments))]
    public void TheGeneratedConfigurationRoutesEveryEdgeRouteAndNothingElse(string environment)
    {
        var view = ExampleCatalog.View(environment);
        var topology = MeshTopologyBuilder.Build(view);
        var plan = IngressPlanner.Build(view, topology);
        var routes = Routes(IngressProxyConfig.Documents(plan, Upstreams(topology)));

        var expected = view.Routes.Select(r => (r.Route.Id, r.Edge.Hostname, r.Route.Path, r.Route.Match == PathMatch.Exact ? "exact" : "prefix",
                string.Join(",", r.Route.Methods.Order(StringComparer.Ordinal)), r.Route.Service))
            .ToList();
        var actual = routes.Select(r => (r.GetProperty("id").GetString()!, r.GetProperty("hostname").GetString()!, r.GetProperty("path").GetString()!,
                r.GetProperty("match").GetString()!, string.Join(",", Strings(r.GetProperty("methods")).Order(StringComparer.Ordinal)), r.GetProperty("service").GetString()!))
            .ToList();

        Assert.That(expected, Is.Not.Empty);
        Assert.That(actual, Is.EquivalentTo(expected));
        Assert.That(actual.Select(a => a.Item1).Distinct().Count(), Is.EqualTo(actual.Count), "each edge route once");
    }

    [TestCaseSource(nameof(Environments))]
    public void EachRouteGoesToItsServicesBackendAndRequiresTheGatewayRoutesHeaderRules(string environment)
    {
        var view = ExampleCatalog.View(environment);
        var topology = MeshTopologyBuilder.Build(view);
        var plan = IngressPlanner.Build(view, topology);
        var routes = Routes(IngressProxyConfig.Documents(plan, Upstreams(topology))).ToDictionary(r => r.GetProperty("id").GetString()!);

        foreach (var route in topology.IngressRoutes)
        {
            var doc = routes[route.RouteId];
            var lattice = topology.Service(route.Service).Backend == MeshBackend.Lattice;
            Assert.That(doc.GetProperty("backend").GetString(), Is.EqualTo(lattice ? "lattice" : "appmesh"), route.RouteId);
            Assert.That(doc.GetProperty("upstream").GetString(), Is.EqualTo(lattice ? "https://" + DomainOf(route.Service) : GatewayUrl), route.RouteId);
            if (lattice)
            {
                Assert.That(doc.GetProperty("sigv4").GetProperty("service").GetString(), Is.EqualTo("vpc-lattice-svcs"));
                Assert.That(doc.GetProperty("sigv4").GetProperty("region").GetString(), Is.EqualTo(view.Environment.AwsRegion));
            }
            else
            {
                Assert.That(doc.TryGetProperty("sigv4", out _), Is.False, "App Mesh requests are never signed");
            }

            var headers = doc.GetProperty("headers").EnumerateArray()
                .Select(h => (h.GetProperty("name").GetString(), h.GetProperty("condition").GetString(), h.TryGetProperty("value", out var v) ? v.GetString() : null))
                .ToList();
            var rules = IngressHeaderRules.For(route)
                .Select(h => ((string?)h.Name, (string?)h.Condition.ToString().ToLowerInvariant(), h.Value))
                .ToList();
            Assert.That(headers, Is.EqualTo(rules), route.RouteId);
        }
    }

    [Test]
    public void WithStsAloneARestrictedLatticeRouteRequiresTheEdgesSignatureInsteadOfTheAssertion()
    {
        var view = Edited("staging", e => e with { IdentityPropagation = IdentityPropagation.Sts });
        var topology = MeshTopologyBuilder.Build(view);
        var plan = IngressPlanner.Build(view, topology);
        var restricted = plan.Routes.First(r => r.RouteId == "orders-read");
        var open = plan.Routes.First(r => r.RouteId == "catalog-browse");

        Assert.That(restricted.Signer, Is.EqualTo(LatticeSigner.Edge));
        Assert.That(restricted.Headers.Select(h => h.Name), Does.Contain(IngressPlanner.Authorization).And.Contain(IngressPlanner.SecurityToken));
        Assert.That(restricted.Headers.Select(h => h.Name), Has.None.StartWith("x-fabric-"));
        Assert.That(IngressHeaderRules.Admits(restricted.Headers, [new("x-forwarded-host", "api.staging.example.com"), new("x-request-id", "1"), new("traceparent", "t")]), Is.False,
            "an unsigned request for a restricted route is refused");
        Assert.That(open.Signer, Is.EqualTo(LatticeSigner.Ingress), "public routes carry no user, so the ingress signs");
    }

    [Test]
    public void TheConfigurationKeepsTheEdgesMostSpecificFirstOrderAcrossParts()
    {
        var (view, topology) = Synthetic(services: 200, routesPerService: 5);
        var plan = IngressPlanner.Build(view, topology);
        var documents = IngressProxyConfig.Documents(plan, Upstreams(topology));
        var order = Routes(documents).Select(r => r.GetProperty("id").GetString()).ToList();

        Assert.That(documents, Has.Count.GreaterThan(1));
        Assert.That(order, Is.EqualTo(IngressRouteOrder.MostSpecificFirst(topology.IngressRoutes).Select(r => r.RouteId)));
        var parts = documents.Select(d => JsonDocument.Parse(d).RootElement).ToList();
        Assert.That(parts.Select(p => p.GetProperty("part").GetInt32()), Is.EqualTo(Enumerable.Range(1, parts.Count)));
        Assert.That(parts.Select(p => p.GetProperty("parts").GetInt32()), Has.All.EqualTo(parts.Count));
        var names = IngressProxyConfig.Parts(plan, "eu-west-1", GatewayUrl).Select(p => p.ParameterName).ToList();
        Assert.That(names, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal), "names sort in part order");
        Assert.That(names, Has.All.StartWith("/identity-fabric/prod/ingress/proxy-config/part-"));
    }

    [Test]
    public void AtAThousandServicesEveryPartFitsAStandardParameterWhateverTheLatticeNames()
    {
        var (view, topology) = Synthetic(services: 1_000, routesPerService: 5);
        var plan = IngressPlanner.Build(view, topology);
        var longest = topology.On(MeshBackend.Lattice).ToDictionary(s => s.Name, _ => new string('d', 253), StringComparer.Ordinal);
        var parts = IngressProxyConfig.Parts(plan, "eu-west-1", GatewayUrl);
        var documents = IngressProxyConfig.Documents(plan, new ProxyUpstreams("eu-west-1", GatewayUrl, longest));

        Assert.That(Routes(documents), Has.Count.EqualTo(5_000));
        Assert.That(documents.Select(d => d.Length), Has.All.LessThanOrEqualTo(IngressProxyConfig.StandardLimit));
        Assert.That(parts.Select(p => p.Tier), Has.All.EqualTo("Standard"));
        TestContext.Out.WriteLine($"1,000 services, 5,000 routes: {documents.Count} parts, largest {documents.Max(d => d.Length)} characters");
    }

    [Test]
    public void EveryPartButTheLastIsFullTheNextRouteWouldNotFitIntoIt()
    {
        var (view, topology) = Synthetic(services: 300, routesPerService: 5);
        var plan = IngressPlanner.Build(view, topology);
        var longest = topology.On(MeshBackend.Lattice).ToDictionary(s => s.Name, _ => new string('d', 253), StringComparer.Ordinal);
        var sizing = new ProxyUpstreams("eu-west-1", GatewayUrl, longest);
        var parts = IngressProxyConfig.Parts(plan, "eu-west-1", GatewayUrl);
        const int widest = 9_999; // part numbers as wide as 1,500 routes could make them

        Assert.That(parts, Has.Count.GreaterThan(2));
        for (var i = 0; i + 1 < parts.Count; i++)
        {
            var fitted = IngressProxyConfig.Document(plan, widest, widest, parts[i].Routes, sizing).Length;
            var overfull = IngressProxyConfig.Document(plan, widest, widest, [.. parts[i].Routes, parts[i + 1].Routes[0]], sizing).Length;
            Assert.That(fitted, Is.LessThanOrEqualTo(IngressProxyConfig.StandardLimit), $"part {i + 1} fits");
            Assert.That(overfull, Is.GreaterThan(IngressProxyConfig.StandardLimit), $"part {i + 1} could not take part {i + 2}'s first route");
        }

        foreach (var part in parts)
        {
            var sized = IngressProxyConfig.Document(plan, widest, widest, part.Routes, sizing);
            Assert.That(part.Tier, Is.EqualTo(IngressProxyConfig.Tier(sized)), $"part {part.Number}'s tier is its sized document's");
        }
    }

    [Test]
    public void AMissingUpstreamIsAnErrorNotASilentlyDroppedRoute()
    {
        var view = ExampleCatalog.View("prod");
        var topology = MeshTopologyBuilder.Build(view);
        var plan = IngressPlanner.Build(view, topology);
        Assert.That(() => IngressProxyConfig.Documents(plan, new ProxyUpstreams("eu-west-1", null, Upstreams(topology).LatticeDomains)),
            Throws.ArgumentException.With.Message.Contains("App Mesh"));
        Assert.That(() => IngressProxyConfig.Documents(plan, new ProxyUpstreams("eu-west-1", GatewayUrl, new Dictionary<string, string>())),
            Throws.ArgumentException.With.Message.Contains("Lattice service"));
    }

    private static EnvironmentView Edited(string environment, Func<DeploymentEnvironment, DeploymentEnvironment> edit)
    {
        var catalog = ExampleCatalog.Load();
        var edited = catalog with { Environments = catalog.Environments.Select(e => e.Name == environment ? edit(e) : e).ToList() };
        return EnvironmentResolver.Resolve(edited, environment).GetView();
    }

    /// <summary>A topology of generated services, half on Lattice, each with public and role-restricted routes.</summary>
    private static (EnvironmentView View, MeshTopology Topology) Synthetic(int services, int routesPerService)
    {
        var view = ExampleCatalog.View("prod");
        var template = MeshTopologyBuilder.Build(view).Services[0];
        var nodes = Enumerable.Range(0, services).Select(i => template with
            {
                Name = $"svc-{i:D4}",
                Calls = [],
                Callers = [],
                Secrets = [],
                Backend = i % 2 == 0 ? MeshBackend.Lattice : MeshBackend.AppMesh,
                IamRoleName = ResourceNames.ServiceRoleName("prod", $"svc-{i:D4}"),
            })
            .ToList();
        var routes = nodes.SelectMany(n => Enumerable.Range(0, routesPerService).Select(r => new IngressRoute(
                $"{n.Name}-r{r}", "api.example.com", $"/api/{n.Name}/r{r}/", PathMatch.Prefix, r % 2 == 0 ? ["GET"] : ["POST", "PUT"],
                n.Name, r == 0 ? [] : ["customer", "support"], r == 0)))
            .ToList();
        return (view, new MeshTopology("prod", nodes, routes));
    }
}
