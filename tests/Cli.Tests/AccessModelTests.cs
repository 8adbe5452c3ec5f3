using System.Text.Json.Nodes;
using IdentityFabric.Catalog;
using IdentityFabric.Cli.Planning.Access;
using IdentityFabric.Testing;
using static IdentityFabric.Cli.Tests.AccessCatalogs;

namespace IdentityFabric.Cli.Tests;

/// <summary>The effective-access model: what it holds for the example catalog, how scopes compare, and its JSON.</summary>
[TestFixture]
public sealed class AccessModelTests
{
    [Test]
    public void EveryRouteNamesItsHostPathMethodsServiceAndWhoMayUseIt()
    {
        var model = Model("dev");
        var view = ExampleCatalog.View("dev");

        Assert.That(model.Routes.Select(r => r.RouteId), Is.EqualTo(view.Routes.Select(p => p.Route.Id).Order(StringComparer.Ordinal)));
        var ordersRead = model.Routes.Single(r => r.RouteId == "orders-read");
        Assert.That((ordersRead.Host, ordersRead.Scope.Display, ordersRead.Methods.Display, ordersRead.Service),
            Is.EqualTo(("api.dev.example.com", "/api/orders/*", "GET", "orders")));
        Assert.That(ordersRead.Roles, Is.EqualTo(new[] { "customer", "support" }));
        Assert.That(ordersRead.IsPublic, Is.False);
        Assert.That(model.Routes.Single(r => r.RouteId == "inventory-write").MachineClients, Is.EqualTo(new[] { "warehouse-sync" }));
        Assert.That(model.Routes.Where(r => r.IsPublic).Select(r => r.RouteId), Is.EqualTo(new[] { "catalog-browse", "health" }));
        Assert.That(model.Routes.Single(r => r.RouteId == "admin-settings").Methods.IsAny, Is.True);
    }

    [Test]
    public void EveryCatalogCallIsAMeshCallWithTheBackendsItCrosses()
    {
        var model = Model("prod");
        var catalog = ExampleCatalog.Load();

        Assert.That(model.Calls.Select(c => $"{c.Caller}->{c.Callee}"),
            Is.EquivalentTo(catalog.Services.SelectMany(s => s.Calls.Select(c => $"{s.Name}->{c}"))));
        var call = model.Calls.Single(c => c.Caller == "orders" && c.Callee == "inventory");
        Assert.That((call.CallerBackend, call.CalleeBackend), Is.EqualTo((MeshBackend.AppMesh, MeshBackend.Lattice)));
    }

    [Test]
    public void RolesAndBrowserAppsSayWhoHoldsAndWhoMaySignIn()
    {
        var model = Model("staging");

        Assert.That(model.Roles.Single(r => r.Role == "support").IdpGroups, Is.EqualTo(new[] { "support-agents", "support-leads" }));
        Assert.That(model.Roles.Single(r => r.Role == "customer").Provider, Is.EqualTo("okta"));
        var console = model.Apps.Single(a => a.App == "support-console");
        Assert.That((console.Domain, string.Join(",", console.Roles)), Is.EqualTo(("support.staging.example.com", "admin,support")));
        Assert.That(model.Hosts.Single(h => h.Hostname == "admin.staging.example.com").Providers, Is.EqualTo(new[] { "access" }));
    }

    [Test]
    public void FederatedRolesExistOnlyWhereIdentityTravelsThroughSts([ValueSource(typeof(AccessCatalogs), nameof(Stacks))] string stack)
    {
        var model = Model(stack);
        var view = ExampleCatalog.View(stack);

        if (view.Environment.IdentityPropagation == IdentityPropagation.Assertion)
        {
            Assert.That(model.Federated, Is.Empty);
            return;
        }

        Assert.That(model.Federated.Select(f => f.Role), Is.EqualTo(view.Roles.Select(r => r.Name).Order(StringComparer.Ordinal)));
        foreach (var federated in model.Federated)
        {
            // Exactly the routes of Lattice services that name the role: read from the catalog here, independently.
            var expected = view.Routes
                .Where(p => p.Route.AllowedRoles.Contains(federated.Role) && view.Environment.Mesh.BackendFor(p.Route.Service) == MeshBackend.Lattice)
                .Select(p => p.Route.Id)
                .Order(StringComparer.Ordinal);
            Assert.That(federated.Invokes.Select(i => i.RouteId).Order(StringComparer.Ordinal), Is.EqualTo(expected), federated.Role);
            Assert.That(federated.IamRole, Is.EqualTo(ResourceNames.FederatedRoleName(stack, federated.Role)));
        }
    }

    [Test]
    public void PublicRoutesGrantNoFederatedRoleAnything()
    {
        var model = Model("staging");

        var publicRoutes = model.Routes.Where(r => r.IsPublic).Select(r => r.RouteId).ToHashSet();
        Assert.That(publicRoutes, Is.Not.Empty);
        Assert.That(model.Federated.SelectMany(f => f.Invokes).Where(i => publicRoutes.Contains(i.RouteId)), Is.Empty);
    }

    [Test]
    public void TheModelRoundTripsThroughThePlanJsonByteForByte([ValueSource(typeof(AccessCatalogs), nameof(Stacks))] string stack)
    {
        var plan = new StackPlan(stack, []) { Access = Model(stack) };

        var once = PlanJson.Write(plan);
        var twice = PlanJson.Write(PlanJson.Read(once, "plan.json"));

        Assert.That(twice, Is.EqualTo(once));
        Assert.That(JsonNode.Parse(once)!["access"]!["routes"]!.AsArray(), Has.Count.EqualTo(ExampleCatalog.View(stack).Routes.Count()));
    }

    [Test]
    public void APlanWithoutAModelReadsBackWithoutOne()
    {
        var plan = PlanJson.Read("""{"stack": "dev", "resources": []}""", "old.json");

        Assert.That(plan.Access, Is.Null);
        Assert.That(AccessDiff.Between(plan.Access, Model("dev")).Summary, Does.StartWith("not compared: the old plan carries no effective-access model"));
    }

    [TestCase("""{"environment": "dev"}""", "access.roles: expected a list")]
    [TestCase("""{"environment": "dev", "roles": [], "hosts": [], "routes": [{"route": "r"}], "apps": [], "calls": [], "federated": []}""", "access.routes[0].host: expected a string")]
    [TestCase("""{"environment": "dev", "roles": [], "hosts": [], "routes": [{"route": "r", "host": "h", "path": "/", "match": "glob"}], "apps": [], "calls": [], "federated": []}""", "access.routes[0].match: expected \"exact\" or \"prefix\"")]
    [TestCase("""{"environment": "dev", "roles": [{"role": "a", "idpGroups": ["g", 3]}], "hosts": [], "routes": [], "apps": [], "calls": [], "federated": []}""", "access.roles[0].idpGroups[1]: expected a string")]
    [TestCase("""[]""", "access: expected an object")]
    public void AMalformedModelIsRefusedNamingTheFileAndField(string access, string problem)
    {
        var failure = Assert.Throws<PlanException>(() => PlanJson.Read($$"""{"stack": "dev", "resources": [], "access": {{access}}}""", "plans/old.json"));

        Assert.That(failure!.Message, Is.EqualTo($"plans/old.json: {problem}"));
    }

    // Path patterns compare as the edge matches them: canonical spelling, prefixes by whole segments.
    [TestCase("/api/orders/", PathMatch.Prefix, "/api/orders/", PathMatch.Prefix, ScopeChange.Same)]
    [TestCase("/API/Orders", PathMatch.Exact, "/api/orders", PathMatch.Exact, ScopeChange.Same)]
    [TestCase("/api//orders/./", PathMatch.Prefix, "/api/orders/", PathMatch.Prefix, ScopeChange.Same)]
    [TestCase("/api/orders/", PathMatch.Prefix, "/api/", PathMatch.Prefix, ScopeChange.Wider)]
    [TestCase("/api/orders/", PathMatch.Prefix, "/", PathMatch.Prefix, ScopeChange.Wider)]
    [TestCase("/api/orders", PathMatch.Exact, "/api/orders/", PathMatch.Prefix, ScopeChange.Wider)]
    [TestCase("/api/orders/x", PathMatch.Exact, "/api/orders/", PathMatch.Prefix, ScopeChange.Wider)]
    [TestCase("/api/", PathMatch.Prefix, "/api/orders/", PathMatch.Prefix, ScopeChange.Narrower)]
    [TestCase("/api/orders/", PathMatch.Prefix, "/api/ordersx/", PathMatch.Prefix, ScopeChange.Other)]
    [TestCase("/api/orders", PathMatch.Exact, "/api/ordersx/", PathMatch.Prefix, ScopeChange.Other)]
    [TestCase("/api/orders", PathMatch.Exact, "/api/payments", PathMatch.Exact, ScopeChange.Other)]
    [TestCase("/api/orders/", PathMatch.Prefix, "/api/orders/../", PathMatch.Prefix, ScopeChange.Wider)]
    [TestCase("/api/orders", PathMatch.Exact, "/api/orders/%2e%2e/admin", PathMatch.Exact, ScopeChange.Other)]
    public void PathScopesCompareAsTheEdgeMatches(string before, PathMatch beforeMatch, string after, PathMatch afterMatch, ScopeChange expected)
    {
        Assert.That(PathScope.Compare(new PathScope(before, beforeMatch), new PathScope(after, afterMatch)), Is.EqualTo(expected));
    }

    [TestCase("GET", "GET", ScopeChange.Same)]
    [TestCase("get", "GET", ScopeChange.Same)]
    [TestCase("GET", "GET,PUT", ScopeChange.Wider)]
    [TestCase("GET", "", ScopeChange.Wider)]
    [TestCase("GET", "*", ScopeChange.Wider)]
    [TestCase("", "*", ScopeChange.Same)]
    [TestCase("", "GET", ScopeChange.Narrower)]
    [TestCase("GET,PUT", "PUT", ScopeChange.Narrower)]
    [TestCase("GET", "PUT", ScopeChange.Other)]
    public void MethodSetsCompareAsSetsWhereNoneMeansEvery(string before, string after, ScopeChange expected)
    {
        static MethodSet Set(string list) => MethodSet.Of(list.Split(',', StringSplitOptions.RemoveEmptyEntries));

        Assert.That(MethodSet.Compare(Set(before), Set(after)), Is.EqualTo(expected));
    }

    [Test]
    public void ThePlanMarkdownShowsTheModelAsCompactTables()
    {
        var plan = new StackPlan("staging", []) { Access = Model("staging") };

        var markdown = PlanMarkdown.Render(plan, null);

        Assert.That(markdown, Does.Contain("### Effective access"));
        Assert.That(markdown, Does.Contain("| orders-read | api.staging.example.com | `/api/orders/*` | GET | orders | customer, support |"));
        Assert.That(markdown, Does.Contain("| catalog-browse | api.staging.example.com | `/api/catalog/*` | GET,HEAD | catalog | **anyone (public)** |"));
        Assert.That(markdown, Does.Contain("| inventory-read | api.staging.example.com | `/api/inventory/*` | GET | inventory | admin, support, machine client warehouse-sync |"));
        Assert.That(markdown, Does.Contain("| orders | customers, inventory, notifications, payments |"));
        Assert.That(markdown, Does.Contain($"| support | {ResourceNames.FederatedRoleName("staging", "support")} |"));
        Assert.That(markdown, Does.Contain("| support | support-agents, support-leads | any |"));
    }
}
