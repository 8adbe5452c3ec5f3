using System.Collections.Immutable;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using IdentityFabric.Catalog;
using IdentityFabric.Components.Edge;
using IdentityFabric.Components.Edge.RoutePolicy;
using IdentityFabric.Components.Edge.Worker;
using IdentityFabric.Testing;
using Pulumi;
using Pulumi.Cloudflare;
using static IdentityFabric.Edge.Tests.EdgeRun;

namespace IdentityFabric.Edge.Tests;

public sealed partial class EdgeComponentTests
{
    [Test]
    public async Task TheKvDocumentIsTheCompiledPolicyUnderTheContractKey()
    {
        var view = ExampleCatalog.View("dev");
        var run = await StartAsync(view);

        var write = run.Single(KvType);
        var expected = RoutePolicyCompiler.Compile(RoutePolicyCompiler.SourceFrom(view, new Dictionary<string, string>
        {
            ["warehouse-sync"] = "edge-token-warehouse-sync.access",
        }));

        Assert.Multiple(() =>
        {
            Assert.That(Text(write.Inputs, "keyName"), Is.EqualTo("route-policy:dev"));
            Assert.That(Text(write.Inputs, "namespaceId"), Is.EqualTo(run.Single(KvNamespaceType) is var ns ? Hex(ns) : ""));
            Assert.That(Text(write.Inputs, "value"), Is.EqualTo(expected.Json));
        });
    }

    [Test]
    public async Task EveryNonPublicRouteRequiresARole()
    {
        var view = ExampleCatalog.View("prod");
        var run = await StartAsync(view);

        var routes = JsonNode.Parse(Text(run.Single(KvType).Inputs, "value"))!["routes"]!.AsArray();

        Assert.That(routes.Select(r => (string)r!["id"]!), Is.EquivalentTo(view.Routes.Select(r => r.Route.Id)));
        foreach (var (_, route) in view.Routes)
        {
            var compiled = routes.Single(r => (string)r!["id"]! == route.Id)!;
            var roles = compiled["roles"]!.AsArray().Select(r => (string)r!).ToList();
            Assert.That((bool)compiled["public"]!, Is.EqualTo(route.IsPublic), route.Id);
            Assert.That(roles, route.IsPublic ? Is.Empty : Is.EquivalentTo(route.AllowedRoles.Distinct()), route.Id);
        }
    }

    [Test]
    public async Task EveryRouteIsLimitedToItsEntryPointsHostname()
    {
        var view = ExampleCatalog.View("staging");
        var run = await StartAsync(view);

        var routes = JsonNode.Parse(Text(run.Single(KvType).Inputs, "value"))!["routes"]!.AsArray();

        foreach (var (edge, route) in view.Routes)
        {
            var hosts = routes.Single(r => (string)r!["id"]! == route.Id)!["hosts"]!.AsArray().Select(h => (string)h!);
            Assert.That(hosts, Is.EqualTo(new[] { edge.Hostname }), route.Id);
        }
    }

    [Test]
    public async Task NoSecretTravelsAsPlainTextBinding()
    {
        var run = await StartAsync(ExampleCatalog.View("prod"));
        var bindings = Objects(run.Single(ScriptType).Inputs, "bindings");
        var secrets = new[] { CurrentKey, PreviousKey, "client-secret-of" };

        foreach (var binding in bindings.Where(b => Text(b, "type") is "plain_text" or "json"))
        {
            var value = Text(binding, "text") + Text(binding, "json");
            Assert.That(secrets.Where(value.Contains), Is.Empty, Text(binding, "name"));
            Assert.That(KeyShaped().IsMatch(value), Is.False, $"{Text(binding, "name")} looks like key material");
        }

        var byName = bindings.ToDictionary(b => Text(b, "name"), StringComparer.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(Text(byName[WorkerBindings.SigningKeyCurrent], "type"), Is.EqualTo("secret_text"));
            Assert.That(Text(byName[WorkerBindings.SigningKeyCurrent], "text"), Is.EqualTo(CurrentKey));
            Assert.That(Text(byName[WorkerBindings.SigningKeyPrevious], "type"), Is.EqualTo("secret_text"));
            Assert.That(Text(byName[WorkerBindings.SigningKeyPrevious], "text"), Is.EqualTo(PreviousKey));
        });

        // The keys also reach the engine as Pulumi secrets, so no preview, log or state shows them.
        var script = (WorkersScriptArgs)run.Requested.Single(r => r.Type == ScriptType).Args;
        var list = await EdgeRun.ValueOf(script.Bindings.ToOutput());
        foreach (var binding in list)
        {
            var type = await EdgeRun.ValueOf(binding.Type.ToOutput());
            if (type == "secret_text")
            {
                Assert.That(await Output.IsSecretAsync(binding.Text!.ToOutput()), Is.True, await EdgeRun.ValueOf(binding.Name.ToOutput()));
            }
        }
    }

    [Test]
    public async Task TheBindingsAreExactlyTheContractsBindings()
    {
        var core = ContractTable(CoreHeading);
        var run = await StartAsync(ExampleCatalog.View("dev"));

        var bindings = Objects(run.Single(ScriptType).Inputs, "bindings")
            .ToDictionary(b => Text(b, "name"), b => Text(b, "type"), StringComparer.Ordinal);

        Assert.That(core, Has.Count.EqualTo(9));
        Assert.That(bindings, Is.EquivalentTo(core), "dev propagates identity by assertion only: no federation bindings");
    }

    [Test]
    public void TheBindingListsAreTheContractsTablesInOrder()
    {
        static List<KeyValuePair<string, string>> Wire(IEnumerable<(string Name, WorkerBindingType Type)> list) =>
            list.Select(b => KeyValuePair.Create(b.Name, WorkerBindings.WireType(b.Type))).ToList();
        var federation = ContractTables()[FederationHeading];

        Assert.Multiple(() =>
        {
            Assert.That(Wire(WorkerBindings.All), Is.EqualTo(ContractTable(CoreHeading).ToList()));
            Assert.That(federation, Has.Count.EqualTo(2), "the edge's federation bindings, then the federation Worker's");
            Assert.That(Wire(WorkerBindings.EdgeFederation), Is.EqualTo(federation[0].ToList()));
            Assert.That(Wire(WorkerBindings.FederationWorker), Is.EqualTo(federation[1].ToList()));
            Assert.That(Wire(WorkerBindings.AuditLog), Is.EqualTo(ContractTable(AuditLogHeading).ToList()));
        });
    }

    [Test]
    public async Task AFederatingEnvironmentWithoutRoleArnsFallsBackToTheAssertionOnly()
    {
        var core = ContractTable(CoreHeading);
        var run = await StartAsync(ExampleCatalog.View("staging"));

        var names = Objects(run.Single(ScriptType).Inputs, "bindings").Select(b => Text(b, "name"));

        Assert.That(names, Is.EquivalentTo(core.Keys), "one Worker, without federation bindings");
    }

    internal const string CoreHeading = "Edge Worker bindings";

    internal const string FederationHeading = "STS federation bindings";

    internal const string AuditLogHeading = "Audit log binding";

    /// <summary>The binding tables of contracts/worker-bindings.md (name and binding type of each row, in order), by
    /// the heading they stand under, in the order they appear.</summary>
    internal static Dictionary<string, List<Dictionary<string, string>>> ContractTables()
    {
        var tables = new Dictionary<string, List<Dictionary<string, string>>>(StringComparer.Ordinal);
        var heading = "";
        Dictionary<string, string>? table = null;
        foreach (var line in File.ReadAllLines(RepositoryPaths.Combine("contracts", "worker-bindings.md")))
        {
            if (line.StartsWith('#'))
            {
                heading = line.TrimStart('#').Trim();
            }

            var row = ContractRow().Match(line);
            if (!row.Success)
            {
                table = null;
                continue;
            }

            if (table is null)
            {
                table = new Dictionary<string, string>(StringComparer.Ordinal);
                if (!tables.TryGetValue(heading, out var list))
                {
                    tables[heading] = list = [];
                }

                list.Add(table);
            }

            table.Add(row.Groups["name"].Value, row.Groups["type"].Value);
        }

        return tables;
    }

    /// <summary>The one binding table under a heading of the contract.</summary>
    internal static Dictionary<string, string> ContractTable(string heading) =>
        ContractTables().TryGetValue(heading, out var tables) ? tables.Single() : [];

    /// <summary>The contract's audit log bindings.</summary>
    internal static Dictionary<string, string> AuditLogContractBindings() => ContractTable(AuditLogHeading);

    [Test]
    public async Task TheWorkerIsAnEsModulePinnedToTheWranglerCompatibilityDateAndFlags()
    {
        var wrangler = File.ReadAllText(RepositoryPaths.Combine("workers-js", "wrangler.jsonc"));
        var pinned = WranglerDate().Match(wrangler).Groups["date"].Value;
        var flags = WranglerFlags().Match(wrangler).Groups["flags"].Value
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(f => f.Trim('"'))
            .ToList();
        var bundle = FakeBundle();
        var run = await StartAsync(ExampleCatalog.View("dev"), bundle);

        var script = run.Single(ScriptType).Inputs;

        Assert.Multiple(() =>
        {
            Assert.That(Text(script, "compatibilityDate"), Is.EqualTo(pinned).And.EqualTo(EdgeComponent.CompatibilityDate));
            Assert.That(flags, Is.Not.Empty, "wrangler.jsonc names its compatibility flags");
            Assert.That(((IEnumerable<object>)script["compatibilityFlags"]).Cast<string>(), Is.EqualTo(flags).And.EqualTo(EdgeComponent.CompatibilityFlags),
                "the deployed script runs with the flags the tests and the dry-run build used");
            Assert.That(Text(script, "mainModule"), Is.EqualTo("index.js"));
            Assert.That(Text(script, "contentFile"), Is.EqualTo(bundle));
            Assert.That(Text(script, "scriptName"), Is.EqualTo(ResourceNames.WorkerScriptName("dev")));
        });
    }

    [Test]
    public async Task TheScriptChangesWhenTheBundleContentChangesAndOnlyThen()
    {
        var view = ExampleCatalog.View("dev");
        var first = await StartAsync(view, FakeBundle("export default { fetch() { return new Response('1'); } };"));
        var same = await StartAsync(view, FakeBundle("export default { fetch() { return new Response('1'); } };"));
        var changed = await StartAsync(view, FakeBundle("export default { fetch() { return new Response('2'); } };"));

        var hash = Text(first.Single(ScriptType).Inputs, "contentSha256");

        Assert.Multiple(() =>
        {
            Assert.That(hash, Does.Match("^[0-9a-f]{64}$"));
            Assert.That(Text(same.Single(ScriptType).Inputs, "contentSha256"), Is.EqualTo(hash));
            Assert.That(Text(changed.Single(ScriptType).Inputs, "contentSha256"), Is.Not.EqualTo(hash));
        });
    }

    [Test]
    public void AMissingBundleFailsWithAHint()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-bundle", "index.js");

        Assert.That(async () => await StartAsync(ExampleCatalog.View("dev"), missing),
            Throws.Exception.With.Message.Contains("npm run build"));
    }

    [Test]
    public async Task TheWorkerIsDeployedOnlyAfterItsPolicy()
    {
        var run = await StartAsync(ExampleCatalog.View("dev"));

        var dependsOn = run.RequestOf("edge-worker").Options.DependsOn;
        var resources = await EdgeRun.ValueOf(dependsOn.ToOutput());

        Assert.That(resources.Select(r => r.GetResourceName()), Does.Contain("edge-route-policy"));
    }

    [Test]
    public async Task TheRoutePolicyDocumentIsSecretFree()
    {
        var run = await StartAsync(ExampleCatalog.View("prod"));

        var args = (WorkersKvArgs)run.Requested.Single(r => r.Type == KvType).Args;
        var value = Text(run.Single(KvType).Inputs, "value");

        Assert.Multiple(async () =>
        {
            Assert.That(await Output.IsSecretAsync(args.Value.ToOutput()), Is.False);
            Assert.That(value, Does.Not.Contain(CurrentKey).And.Not.Contain(PreviousKey).And.Not.Contain("client-secret"));
            Assert.That((string)JsonNode.Parse(value)!["version"]!, Does.Match("^sha256:[0-9a-f]{64}$"));
        });
    }

    [Test]
    public async Task KvPolicyWriteCountDoesNotGrowWithRoutes()
    {
        var small = await StartAsync(CatalogShapes.WithRoutes(10));
        var large = await StartAsync(CatalogShapes.WithRoutes(5000));

        var document = Text(large.Single(KvType).Inputs, "value");
        var routes = JsonNode.Parse(document)!["routes"]!.AsArray();
        TestContext.Out.WriteLine($"5000 routes: one KV value of {System.Text.Encoding.UTF8.GetByteCount(document)} bytes, {large.Mocks.CloudResources.Count} resources in all");

        Assert.Multiple(() =>
        {
            Assert.That(small.OfType(KvType), Has.Count.EqualTo(1));
            Assert.That(large.OfType(KvType), Has.Count.EqualTo(1));
            Assert.That(large.Mocks.CloudResources, Has.Count.EqualTo(small.Mocks.CloudResources.Count), "no resource per route");
            Assert.That(routes, Has.Count.EqualTo(5000));
        });
    }

    [TestCase("dev", false)]
    [TestCase("staging", true)]
    [TestCase("prod", true)]
    public async Task ProdProtectsKvNamespaces(string environment, bool protect)
    {
        var run = await StartAsync(ExampleCatalog.View(environment));

        Assert.That(run.Requested.Where(r => r.Type == KvNamespaceType).Select(r => r.Options.Protect ?? false), Is.EqualTo(new[] { protect }));
    }

    [Test]
    public async Task ProdProtectsItsAccessApplicationsAndServiceTokens()
    {
        var prod = await StartAsync(ExampleCatalog.View("prod"));
        var dev = await StartAsync(ExampleCatalog.View("dev"));

        Assert.Multiple(() =>
        {
            Assert.That(prod.Requested.Where(r => r.Type is AppType or TokenType).Select(r => r.Options.Protect), Is.Not.Empty.And.All.True);
            Assert.That(dev.Requested.Where(r => r.Type is AppType or TokenType).Select(r => r.Options.Protect ?? false), Has.None.True);
        });
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public async Task ReorderingTheCatalogChangesNothing(int seed)
    {
        var catalog = ExampleCatalog.Load();
        var bundle = FakeBundle();
        var original = await StartAsync(EnvironmentResolver.Resolve(catalog, "prod").GetView(), bundle);
        var shuffled = await StartAsync(EnvironmentResolver.Resolve(CatalogShapes.Shuffled(catalog, seed), "prod").GetView(), bundle);

        Assert.That(Snapshot(shuffled), Is.EqualTo(Snapshot(original)));
    }

    [Test]
    public async Task ChangingARolesDescriptionReplacesNothing()
    {
        var catalog = ExampleCatalog.Load();
        var bundle = FakeBundle();
        var renamed = catalog with { Roles = catalog.Roles.Select(r => r with { Description = "reworded: " + r.Description }).ToList() };
        var before = await StartAsync(EnvironmentResolver.Resolve(catalog, "dev").GetView(), bundle);
        var after = await StartAsync(EnvironmentResolver.Resolve(renamed, "dev").GetView(), bundle);

        Assert.That(Snapshot(after), Is.EqualTo(Snapshot(before)));
    }

    [Test]
    public async Task TheOutputsNameTheWorkerTheNamespaceTheHostnamesAndTheApplications()
    {
        var view = ExampleCatalog.View("dev");
        var run = await StartAsync(view);

        Assert.Multiple(async () =>
        {
            Assert.That(await EdgeRun.ValueOf(run.Component.WorkerName), Is.EqualTo(ResourceNames.WorkerScriptName("dev")));
            Assert.That(await EdgeRun.ValueOf(run.Component.KvNamespaceId), Is.EqualTo(Hex(run.Single(KvNamespaceType))));
            Assert.That(await EdgeRun.ValueOf(run.Component.Hostnames), Is.EquivalentTo(view.Edges.Select(e => e.Hostname)));
            Assert.That((await EdgeRun.ValueOf(run.Component.AccessApplicationIds)).Keys, Is.EquivalentTo(view.BrowserApps.Select(a => a.App.Name)));
            Assert.That(run.OfType(DomainType).Select(d => Text(d.Inputs, "hostname")), Is.EquivalentTo(view.Edges.Select(e => e.Hostname)));
        });
    }

    private static List<string> Snapshot(EdgeRun run) =>
        run.Mocks.CloudResources
            .Select(r => $"{r.Type} {r.Name} {string.Join(";", Wire.Flatten(r.Inputs))}")
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string Hex(Pulumi.Testing.MockResourceArgs resource) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{resource.Type}/{resource.Name}")))[..32];

    [GeneratedRegex("^[A-Za-z0-9_-]{43}$")]
    private static partial Regex KeyShaped();

    [GeneratedRegex("^\\| `(?<name>[A-Z_]+)` \\| `(?<type>[a-z_]+)` \\|")]
    private static partial Regex ContractRow();

    [GeneratedRegex("\"compatibility_date\"\\s*:\\s*\"(?<date>[0-9-]+)\"")]
    private static partial Regex WranglerDate();

    [GeneratedRegex("\"compatibility_flags\"\\s*:\\s*\\[(?<flags>[^\\]]*)\\]")]
    private static partial Regex WranglerFlags();
}
