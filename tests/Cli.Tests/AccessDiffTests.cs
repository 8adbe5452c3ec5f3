using IdentityFabric.Cli.Planning.Access;
using static IdentityFabric.Cli.Tests.AccessCatalogs;

namespace IdentityFabric.Cli.Tests;

/// <summary>
/// Each catalog edit shows exactly the access lines it should, and nothing else, in every stack (each runs another
/// mesh backend and identity propagation). The models are built from edited copies of the example catalog and read
/// back from the JSON plan, as <c>diff</c> reads them.
/// </summary>
[TestFixture]
public sealed class AccessDiffTests
{
    private static IReadOnlyList<string> Lines(AccessDiff diff) => diff.Changes.Select(c => c.Line).ToList();

    [Test]
    public void ARoleAddedToARouteIsOneGainedLine([ValueSource(typeof(AccessCatalogs), nameof(Stacks))] string stack)
    {
        var diff = Diff(stack, Edit("identity.yaml", "service: orders\n        roles: [customer]\n", "service: orders\n        roles: [customer, support]\n"));

        Assert.That(Lines(diff), Is.EqualTo(new[] { $"+ support: POST {Host(stack)}/api/orders → orders (route orders-create)" }));
        var also = diff.Changes[0].AlsoThrough;
        if (FederatesInto(stack, "orders"))
        {
            // Where users also reach orders on Lattice through their federated IAM role, the same grant is folded in.
            Assert.That(also, Has.Count.EqualTo(1));
            Assert.That(also[0], Does.Contain("POST /api/orders on Lattice service orders").And.Contain(FederatedRole(stack, "support")));
        }
        else
        {
            Assert.That(also, Is.Empty);
        }
    }

    [Test]
    public void ARoleRemovedFromARouteIsOneLostLine([ValueSource(typeof(AccessCatalogs), nameof(Stacks))] string stack)
    {
        var diff = Diff(stack, Edit("identity.yaml", "roles: [finance, support]", "roles: [support]"));

        Assert.That(Lines(diff), Is.EqualTo(new[] { $"- finance: GET {Host(stack)}/api/payments/* → payments (route payments-read)" }));
    }

    [Test]
    public void ARouteMadePublicIsOneLoudLineNamingWhoItWasLimitedTo([ValueSource(typeof(AccessCatalogs), nameof(Stacks))] string stack)
    {
        var diff = Diff(stack, Edit("identity.yaml", "service: inventory\n        roles: [support, admin]\n", "service: inventory\n        public: true\n"));

        Assert.That(Lines(diff), Is.EqualTo(new[]
        {
            $"+ anyone (public route): GET {Host(stack)}/api/inventory/* → inventory (route inventory-read; was admin, support, machine client warehouse-sync only)",
        }));
        Assert.That(diff.Changes[0].IsLoud, Is.True);
        Assert.That(diff.Summary, Does.Contain("1 opened to anyone"));
        if (FederatesInto(stack, "inventory"))
        {
            // The roles' direct Lattice grants go with their route's roles; the public line says so.
            Assert.That(diff.Changes[0].AlsoThrough, Has.Count.EqualTo(2));
            Assert.That(diff.Changes[0].AlsoThrough, Has.All.StartWith("no longer granted to federated role"));
        }

        var markdown = AccessRendering.Markdown(diff, $"`{stack}`");
        Assert.That(markdown, Does.Contain("> [!CAUTION]").And.Contain("Opened to anyone"));
        Assert.That(markdown.IndexOf("[!CAUTION]", StringComparison.Ordinal), Is.LessThan(markdown.IndexOf("```diff", StringComparison.Ordinal)),
            "the loudest change comes before the list");
    }

    [Test]
    public void APublicRouteMadePrivateIsOneLostLineForAnyone([ValueSource(typeof(AccessCatalogs), nameof(Stacks))] string stack)
    {
        var diff = Diff(stack, Edit("identity.yaml", "service: catalog\n        public: true\n", "service: catalog\n        roles: [customer]\n"));

        Assert.That(Lines(diff), Is.EqualTo(new[]
        {
            $"- anyone (public route): GET,HEAD {Host(stack)}/api/catalog/* → catalog (route catalog-browse; now customer only)",
        }));
        Assert.That(diff.Changes[0].IsLoud, Is.False, "closing a route takes access away; it opens nothing");
    }

    [Test]
    public void AMethodAddedShowsTheGainedMethodOnly([ValueSource(typeof(AccessCatalogs), nameof(Stacks))] string stack)
    {
        var diff = Diff(stack, Edit("identity.yaml", "path: /api/orders\n        methods: [POST]", "path: /api/orders\n        methods: [POST, PUT]"));

        Assert.That(Lines(diff), Is.EqualTo(new[] { $"+ customer: PUT {Host(stack)}/api/orders → orders (route orders-create; methods widened from POST)" }));
    }

    [Test]
    public void AMethodRemovedShowsTheLostMethodOnly([ValueSource(typeof(AccessCatalogs), nameof(Stacks))] string stack)
    {
        var diff = Diff(stack, Edit("identity.yaml", "methods: [GET, PUT]", "methods: [GET]"));

        Assert.That(Lines(diff), Is.EqualTo(new[] { $"- customer: PUT {Host(stack)}/api/customers/me → customers (route profile; methods narrowed to GET)" }));
    }

    [Test]
    public void AllMethodsInsteadOfAListIsAWidening([ValueSource(typeof(AccessCatalogs), nameof(Stacks))] string stack)
    {
        var diff = Diff(stack, Edit("identity.yaml", "path: /api/orders\n        methods: [POST]\n", "path: /api/orders\n"));

        Assert.That(Lines(diff), Is.EqualTo(new[] { $"+ customer: ANY {Host(stack)}/api/orders → orders (route orders-create; methods widened from POST)" }));
    }

    [Test]
    public void APrefixWidenedShowsTheWiderPathForEveryoneOnTheRoute([ValueSource(typeof(AccessCatalogs), nameof(Stacks))] string stack)
    {
        var diff = Diff(stack, Edit("identity.yaml", "path: /api/inventory/\n        match: prefix\n        methods: [PUT, PATCH, DELETE]", "path: /api/\n        match: prefix\n        methods: [PUT, PATCH, DELETE]"));

        Assert.That(Lines(diff), Is.EqualTo(new[]
        {
            $"+ admin: DELETE,PATCH,PUT {Host(stack)}/api/* → inventory (route inventory-write; path widened from /api/inventory/*)",
            $"+ machine client warehouse-sync: DELETE,PATCH,PUT {Host(stack)}/api/* → inventory (route inventory-write; path widened from /api/inventory/*)",
        }));
    }

    [Test]
    public void AnExactPathMadeAPrefixIsAWidening([ValueSource(typeof(AccessCatalogs), nameof(Stacks))] string stack)
    {
        var diff = Diff(stack, Edit("identity.yaml", "path: /api/orders\n        methods: [POST]", "path: /api/orders/\n        match: prefix\n        methods: [POST]"));

        Assert.That(Lines(diff), Is.EqualTo(new[] { $"+ customer: POST {Host(stack)}/api/orders/* → orders (route orders-create; path widened from /api/orders)" }));
    }

    [Test]
    public void APrefixNarrowedIsALossOfTheWiderPath([ValueSource(typeof(AccessCatalogs), nameof(Stacks))] string stack)
    {
        var diff = Diff(stack, Edit("identity.yaml", "path: /api/payments/\n", "path: /api/payments/cards/\n"));

        Assert.That(Lines(diff), Is.EqualTo(new[]
        {
            $"- finance: GET {Host(stack)}/api/payments/* → payments (route payments-read; path narrowed to /api/payments/cards/*)",
            $"- support: GET {Host(stack)}/api/payments/* → payments (route payments-read; path narrowed to /api/payments/cards/*)",
        }));
    }

    [Test]
    public void ARouteMovedToAnotherServiceIsAChangeForEachRole([ValueSource(typeof(AccessCatalogs), nameof(Stacks))] string stack)
    {
        var diff = Diff(stack, Edit("identity.yaml", "methods: [GET]\n        service: payments\n        roles: [finance, support]", "methods: [GET]\n        service: orders\n        roles: [finance, support]"));

        Assert.That(Lines(diff), Is.EqualTo(new[]
        {
            $"~ finance: GET {Host(stack)}/api/payments/* → orders (route payments-read; was GET {Host(stack)}/api/payments/* → payments)",
            $"~ support: GET {Host(stack)}/api/payments/* → orders (route payments-read; was GET {Host(stack)}/api/payments/* → payments)",
        }));
    }

    [Test]
    public void ACallAddedIsOneCallLine([ValueSource(typeof(AccessCatalogs), nameof(Stacks))] string stack)
    {
        var diff = Diff(stack, Edit("services.yaml", "calls: [catalog, orders, customers]", "calls: [catalog, orders, customers, payments]"));

        Assert.That(Lines(diff), Is.EqualTo(new[] { "+ call: gateway → payments" }));
    }

    [Test]
    public void ACallRemovedIsOneCallLine([ValueSource(typeof(AccessCatalogs), nameof(Stacks))] string stack)
    {
        var diff = Diff(stack, Edit("services.yaml", "calls: [inventory, payments, customers, notifications]", "calls: [inventory, customers, notifications]"));

        Assert.That(Lines(diff), Is.EqualTo(new[] { "- call: orders → payments" }));
    }

    [Test]
    public void AnIdpGroupChangedIsOneRoleLine([ValueSource(typeof(AccessCatalogs), nameof(Stacks))] string stack)
    {
        var diff = Diff(stack, Edit("identity.yaml", "idpGroups: [support-agents, support-leads]", "idpGroups: [support-agents, support-managers]"));

        Assert.That(Lines(diff), Is.EqualTo(new[] { "~ role support: IdP groups support-agents, support-managers (+ support-managers, - support-leads)" }));
    }

    [Test]
    public void AnIdpGroupAddedIsAGainForTheRole([ValueSource(typeof(AccessCatalogs), nameof(Stacks))] string stack)
    {
        var diff = Diff(stack, Edit("identity.yaml", "idpGroups: [finance]", "idpGroups: [finance, contractors]"));

        Assert.That(Lines(diff), Is.EqualTo(new[] { "+ role finance: IdP groups contractors, finance (+ contractors)" }));
    }

    [Test]
    public void AMachineClientGivenARouteIsOneLine([ValueSource(typeof(AccessCatalogs), nameof(Stacks))] string stack)
    {
        var diff = Diff(stack, Edit("identity.yaml", "routes: [inventory-read, inventory-write]", "routes: [inventory-read, inventory-write, orders-read]"));

        Assert.That(Lines(diff), Is.EqualTo(new[] { $"+ machine client warehouse-sync: GET {Host(stack)}/api/orders/* → orders (route orders-read)" }));
    }

    [Test]
    public void ARoleGivenABrowserAppIsOneLine([ValueSource(typeof(AccessCatalogs), nameof(Stacks))] string stack)
    {
        var diff = Diff(stack, Edit("identity.yaml", "roles: [finance]\n    sessionDuration: 4h", "roles: [finance, admin]\n    sessionDuration: 4h"));

        var host = Models.App(stack, "finance-portal");
        Assert.That(Lines(diff), Is.EqualTo(new[] { $"+ admin: sign in to browser app finance-portal at {host}" }));
    }

    [Test]
    public void AnEdgeAcceptingAnotherProviderIsOneHostLine([ValueSource(typeof(AccessCatalogs), nameof(Stacks))] string stack)
    {
        var diff = Diff(stack, Edit("identity.yaml", "providers: [access]", "providers: [access, okta]"));

        Assert.That(Lines(diff), Is.EqualTo(new[] { $"+ host {Host(stack, "admin-api")}: accepts tokens from access, okta (was access)" }));
    }

    [Test]
    public void CosmeticEditsShowNoAccessChange([ValueSource(typeof(AccessCatalogs), nameof(Stacks))] string stack)
    {
        var diff = Diff(stack, Edits(
            Edit("identity.yaml", "description: Customer support staff; reads orders and customer profiles to help.", "description: Support staff, who read orders and profiles."),
            Edit("services.yaml", "description: Orders database credentials.", "description: Credentials of the orders database."),
            Edit("identity.yaml", "sessionDuration: 8h", "sessionDuration: 6h"),
            Edit("services.yaml", "timeout: 15s", "timeout: 12s")));

        Assert.That(diff.Changes, Is.Empty, string.Join("\n", Lines(diff)));
        Assert.That(diff.Summary, Is.EqualTo("no change in who can reach what"));
        Assert.That(AccessRendering.Markdown(diff, $"`{stack}`"), Does.Contain("**no change in who can reach what**").And.Not.Contain("```diff"));
    }

    [Test]
    public void ReorderingRoutesAndSpellingAPathOtherwiseIsNoChange([ValueSource(typeof(AccessCatalogs), nameof(Stacks))] string stack)
    {
        var diff = Diff(stack, Edits(
            Edit("identity.yaml", "roles: [customer, support]", "roles: [support, customer]"),
            Edit("identity.yaml", "path: /api/customers/me", "path: /API/Customers/Me"),
            Edit("identity.yaml", "methods: [GET, HEAD]", "methods: [HEAD, GET]")));

        Assert.That(diff.Changes, Is.Empty, string.Join("\n", Lines(diff)));
    }

    [Test]
    public void RenamingARouteIdIsLossAndGainForEveryone([ValueSource(typeof(AccessCatalogs), nameof(Stacks))] string stack)
    {
        // A new id is another route as far as machine clients and logs go: the diff does not hide it as "no change".
        var diff = Diff(stack, Edit("identity.yaml", "id: payments-refund\n", "id: payments-refunds\n"));

        Assert.That(Lines(diff), Is.EqualTo(new[]
        {
            $"- finance: POST {Host(stack)}/api/payments/refunds → payments (route payments-refund)",
            $"+ finance: POST {Host(stack)}/api/payments/refunds → payments (route payments-refunds)",
        }));
    }

    [Test]
    public void AServiceMovedToLatticeShowsWhatFederatedRolesNowInvokeThere()
    {
        // prod migrates service by service; moving payments to Lattice changes no edge grant, but where identity also
        // travels through STS the roles' IAM roles may now invoke its routes directly: that is access, and it shows.
        var diff = Diff("prod", Edit("environments.yaml", "latticeServices: [catalog, inventory, notifications]", "latticeServices: [catalog, inventory, notifications, payments]"));

        Assert.That(Lines(diff), Is.EqualTo(new[]
        {
            $"+ federated role finance: GET /api/payments/* on Lattice service payments (route payments-read; IAM role {FederatedRole("prod", "finance")})",
            $"+ federated role finance: POST /api/payments/refunds on Lattice service payments (route payments-refund; IAM role {FederatedRole("prod", "finance")})",
            $"+ federated role support: GET /api/payments/* on Lattice service payments (route payments-read; IAM role {FederatedRole("prod", "support")})",
        }));
    }

    [Test]
    public void EachKindOfChangeIsListedInItsPlaceLoudestFirst()
    {
        var diff = Diff("dev", Edits(
            Edit("services.yaml", "calls: [catalog, orders, customers]", "calls: [catalog, orders, customers, payments]"),
            Edit("identity.yaml", "service: orders\n        roles: [customer]\n", "service: orders\n        roles: [customer, support]\n"),
            Edit("identity.yaml", "service: inventory\n        roles: [support, admin]\n", "service: inventory\n        public: true\n"),
            Edit("identity.yaml", "idpGroups: [finance]", "idpGroups: [finance, contractors]")));

        Assert.That(diff.Changes.Select(c => c.Category), Is.EqualTo(new[]
        {
            AccessCategory.PublicRoute, AccessCategory.Route, AccessCategory.Call, AccessCategory.Role,
        }));
        Assert.That(diff.Summary, Is.EqualTo("4 access changes: 1 opened to anyone, 4 gained"));
    }

    private static class Models
    {
        public static string App(string stack, string app) =>
            Model(stack).Apps.Single(a => a.App == app).Domain;
    }
}
