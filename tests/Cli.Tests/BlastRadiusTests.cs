namespace IdentityFabric.Cli.Tests;

/// <summary>
/// A catalog edit changes only what it is about. These run the real program on edited copies of the example catalog
/// and diff the plans, per stack, since each environment runs another mesh backend.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class BlastRadiusTests
{
    private static readonly string[] Stacks = ["dev", "staging", "prod"];

    private static string Describe(PlanDiff diff) =>
        string.Join("\n", diff.Added.Select(r => $"+ {r.Urn}")
            .Concat(diff.Removed.Select(r => $"- {r.Urn}"))
            .Concat(diff.Changed.Select(c => $"~ {c.Resource.Urn}: {string.Join(", ", c.Changes.Select(p => p.Path))}")));

    [Test]
    public async Task AnUneditedCopyOfTheCatalogPlansTheSame([ValueSource(nameof(Stacks))] string stack)
    {
        var first = await FabricPlans.PlanAsync(stack, FabricPlans.CopyCatalog());
        var second = await FabricPlans.PlanAsync(stack, FabricPlans.CopyCatalog());

        var diff = PlanDiff.Between(first, second);
        Assert.That(diff.IsEmpty, Is.True, Describe(diff));
        Assert.That(first.Resources, Has.Count.GreaterThan(20));
    }

    [Test]
    public async Task ChangingOneRoutesRolesChangesAtMostTwoResources([ValueSource(nameof(Stacks))] string stack)
    {
        var before = await FabricPlans.PlanAsync(stack, FabricPlans.CopyCatalog());
        var edited = FabricPlans.CopyCatalog((file, text) => file == "identity.yaml"
            ? FabricPlans.ReplaceOnce(text, "service: payments\n        roles: [finance]\n", "service: payments\n        roles: [finance, admin]\n")
            : text);

        var diff = PlanDiff.Between(before, await FabricPlans.PlanAsync(stack, edited));

        // Where users federate into VPC Lattice through STS, AWS authorizes a call only when both the service's auth
        // policy and the caller's own IAM policy allow it, so a newly allowed role that reached no Lattice service before
        // gets its one network-bounded grant as well. Everywhere else nothing is added.
        var federatedGrant = "lattice-admin-federated-invokes";
        var added = diff.Added.Where(r => r.Name != federatedGrant || !FederatesIntoLattice(stack)).Select(r => r.Urn);
        Assert.That(added, Is.Empty, Describe(diff));
        Assert.That(diff.Removed, Is.Empty, Describe(diff));
        Assert.That(diff.Changed, Is.Not.Empty, "the new role must show somewhere");

        // The ingress proxy enforces the route's header rules too, so the one configuration part holding the route
        // changes with it, and no other part.
        var configParts = diff.Changed.Where(c => c.Resource.Name.StartsWith("ingress-proxy-config-part-", StringComparison.Ordinal)).ToList();
        Assert.That(configParts, Has.Count.EqualTo(1), Describe(diff));
        Assert.That(diff.Changed.Except(configParts).ToList(), Has.Count.LessThanOrEqualTo(2), Describe(diff));
        TestContext.Out.WriteLine(Describe(diff));
    }

    [Test]
    public async Task AddingAServiceAddsItsResourcesAndChangesOnlyItsCallersAndTheIngress([ValueSource(nameof(Stacks))] string stack)
    {
        var before = await FabricPlans.PlanAsync(stack, FabricPlans.CopyCatalog());
        var edited = FabricPlans.CopyCatalog((file, text) => file switch
        {
            "services.yaml" => FabricPlans.ReplaceOnce(
                FabricPlans.ReplaceOnce(text, "calls: [inventory, payments, customers, notifications]", "calls: [inventory, payments, customers, notifications, reviews]"),
                "\nsecrets:\n",
                "  - name: reviews\n    protocol: http\n    port: 8085\n    healthCheck: { path: /healthz, interval: 10s, timeout: 2s }\n\nsecrets:\n"),
            "identity.yaml" => FabricPlans.ReplaceOnce(
                text,
                "  - name: admin-api\n",
                "      - name: reviews-read\n        path: /api/reviews/\n        match: prefix\n        methods: [GET]\n        service: reviews\n        roles: [customer]\n  - name: admin-api\n"),
            _ => text,
        });

        var diff = PlanDiff.Between(before, await FabricPlans.PlanAsync(stack, edited));

        Assert.That(diff.Removed, Is.Empty, Describe(diff));
        Assert.That(diff.Added, Is.Not.Empty, "the new service has resources of its own");
        Assert.That(diff.Added.Where(r => !Mentions(r, "reviews")).Select(r => r.Urn), Is.Empty, "only the new service's resources are added\n" + Describe(diff));
        var stray = diff.Changed.Where(c => !Mentions(c.Resource, "orders") && !IsIngress(c.Resource)).Select(c => c.Resource.Urn);
        Assert.That(stray, Is.Empty, "only the caller (orders) and the ingress change\n" + Describe(diff));
    }

    // payments runs on Lattice with STS federation in staging (lattice backend) and not in dev (App Mesh) or prod
    // (payments is not among prod's switched services); read from the example catalog, not assumed.
    private static bool FederatesIntoLattice(string stack)
    {
        var view = IdentityFabric.Testing.ExampleCatalog.View(stack);
        return view.Environment.Mesh.BackendFor("payments") == IdentityFabric.Catalog.MeshBackend.Lattice
            && view.Environment.IdentityPropagation != IdentityFabric.Catalog.IdentityPropagation.Assertion;
    }

    private static bool Mentions(PlannedResource resource, string service) =>
        resource.Name.Split('-', '_', '.').Contains(service, StringComparer.Ordinal);

    // The fabric's entry: at the edge, the one route table document the Worker reads (issue 4 keeps every route of an
    // environment in one KV value, so a new edge route must rewrite it); in the mesh, App Mesh's virtual gateway, its
    // routes and role, or Lattice's ingress policies.
    private static bool IsIngress(PlannedResource resource) =>
        Mentions(resource, "ingress")
        || (resource.Type == "cloudflare:index/workersKv:WorkersKv" && resource.Name == "edge-route-policy");
}
