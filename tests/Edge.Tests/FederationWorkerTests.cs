using System.Collections.Immutable;
using System.Text.Json.Nodes;
using IdentityFabric.Catalog;
using IdentityFabric.Components.Edge;
using IdentityFabric.Components.Edge.Worker;
using IdentityFabric.Testing;
using Pulumi;
using Pulumi.Cloudflare;
using Pulumi.Utilities;
using static IdentityFabric.Edge.Tests.EdgeComponentTests;
using static IdentityFabric.Edge.Tests.EdgeRun;

namespace IdentityFabric.Edge.Tests;

/// <summary>In federating environments a second Worker holds the STS credential cache key and signs for the edge,
/// which reaches it only through its <c>FEDERATION</c> service binding (contracts/worker-bindings.md).</summary>
public sealed class FederationWorkerTests
{
    private const string CacheKey = "U3RzQ2FjaGVLZXlTdHNDYWNoZUtleVN0c0NhY2hlSzI";
    private const string RouteType = "cloudflare:index/workersRoute:WorkersRoute";

    private static readonly ImmutableDictionary<string, string> RoleArns = ImmutableDictionary<string, string>.Empty
        .Add("support", "arn:aws:iam::222222222222:role/staging-support-federated")
        .Add("finance", "arn:aws:iam::222222222222:role/staging-finance-federated");

    private static Task<EdgeRun> FederatingAsync(string? federationBundle = null, string? logpushDestination = null) =>
        StartAsync(ExampleCatalog.View("staging"), federation: (RoleArns, CacheKey), federationBundle: federationBundle,
            logpushDestination: logpushDestination);

    private static Dictionary<string, IReadOnlyDictionary<string, object>> BindingsOf(Pulumi.Testing.MockResourceArgs script) =>
        Objects(script.Inputs, "bindings").ToDictionary(b => Text(b, "name"), StringComparer.Ordinal);

    [Test]
    public async Task AFederatingEnvironmentDeploysTheEdgeAndTheFederationWorker()
    {
        var run = await FederatingAsync();

        Assert.That(run.OfType(ScriptType).Select(s => Text(s.Inputs, "scriptName")), Is.EquivalentTo(new[]
        {
            ResourceNames.WorkerScriptName("staging"),
            ResourceNames.FederationWorkerScriptName("staging"),
        }));
    }

    [Test]
    public async Task TheEdgeCallsTheFederationWorkerThroughAServiceBindingAndHoldsNoCacheKey()
    {
        var run = await FederatingAsync();

        var bindings = BindingsOf(run.EdgeScript);
        var config = JsonNode.Parse(Text(bindings[WorkerBindings.FederationConfig], "json"))!;
        var federation = bindings[WorkerBindings.Federation];

        Assert.Multiple(() =>
        {
            Assert.That(bindings.ToDictionary(b => b.Key, b => Text(b.Value, "type")),
                Is.EquivalentTo(ContractTable(CoreHeading).Concat(ContractTables()[FederationHeading][0])));
            Assert.That(Text(federation, "type"), Is.EqualTo("service"));
            Assert.That(Text(federation, "service"), Is.EqualTo(ResourceNames.FederationWorkerScriptName("staging")));
            Assert.That(federation.Keys, Is.EquivalentTo(new[] { "name", "type", "service" }), "no environment, no entrypoint");
            Assert.That(bindings.Keys, Has.None.EqualTo(WorkerBindings.StsCacheKey));
            Assert.That(bindings.Values.Select(b => Text(b, "text") + Text(b, "json")), Has.None.Contains(CacheKey));
            Assert.That((string)config["mode"]!, Is.EqualTo("both"));
            Assert.That((string)config["stsEndpoint"]!, Is.EqualTo("https://sts.eu-west-1.amazonaws.com/"));
            Assert.That((string)config["roleArnsByRole"]!["support"]!, Is.EqualTo(RoleArns["support"]));
        });
    }

    [Test]
    public async Task TheFederationWorkerHasExactlyTheContractsBindings()
    {
        var run = await FederatingAsync();

        var bindings = BindingsOf(run.FederationScript);
        var edge = BindingsOf(run.EdgeScript);

        Assert.Multiple(async () =>
        {
            Assert.That(bindings.ToDictionary(b => b.Key, b => Text(b.Value, "type")), Is.EquivalentTo(ContractTables()[FederationHeading][1]));
            Assert.That(bindings.Keys, Has.None.EqualTo(WorkerBindings.PolicyKv), "no access to the route policy or the JWKS cache");
            Assert.That(Text(bindings[WorkerBindings.CredentialsKv], "namespaceId"), Is.Not.Empty.And.Not.EqualTo(await EdgeRun.ValueOf(run.Component.KvNamespaceId)));
            Assert.That(
                run.OfType("cloudflare:index/workersKvNamespace:WorkersKvNamespace").Select(n => (n.Name, Title: (string)n.Inputs["title"])),
                Is.EquivalentTo(new[] { ("edge-kv", ResourceNames.WorkerScriptName("staging")), ("edge-federation-kv", ResourceNames.FederationWorkerScriptName("staging")) }),
                "the credential cache's namespace is the federation Worker's own");
            Assert.That(Text(bindings[WorkerBindings.FederationConfig], "json"), Is.EqualTo(Text(edge[WorkerBindings.FederationConfig], "json")));
            Assert.That(Text(bindings[WorkerBindings.OriginUrl], "text"), Is.EqualTo(Text(edge[WorkerBindings.OriginUrl], "text")), "signs for the edge's origin only");
            Assert.That(Text(bindings[WorkerBindings.StsCacheKey], "type"), Is.EqualTo("secret_text"));
            Assert.That(Text(bindings[WorkerBindings.StsCacheKey], "text"), Is.EqualTo(CacheKey));
        });

        // The key also reaches the engine as a Pulumi secret.
        var script = (WorkersScriptArgs)run.Requested.Single(r => r.Name == "edge-federation-worker").Args;
        foreach (var binding in await EdgeRun.ValueOf(script.Bindings.ToOutput()))
        {
            if (await EdgeRun.ValueOf(binding.Name.ToOutput()) == WorkerBindings.StsCacheKey)
            {
                Assert.That(await Output.IsSecretAsync(binding.Text!.ToOutput()), Is.True);
            }
        }
    }

    [Test]
    public async Task TheFederationWorkerHasNoCustomDomainAndNoRoute()
    {
        var run = await FederatingAsync();

        Assert.Multiple(() =>
        {
            Assert.That(run.OfType(DomainType).Select(d => Text(d.Inputs, "service")), Is.Not.Empty.And.All.EqualTo(ResourceNames.WorkerScriptName("staging")));
            Assert.That(run.OfType(RouteType), Is.Empty);
        });
    }

    [Test]
    public async Task TheFederationWorkerRunsWithTheEdgesSettingsAndItsOwnBundle()
    {
        var bundle = FakeFederationBundle("export default { fetch() { return new Response(null, { status: 404 }); } };\n");
        var run = await FederatingAsync(bundle, logpushDestination: "s3://audit-logs/edge/{DATE}?region=eu-west-1");

        var federation = run.FederationScript.Inputs;
        var edge = run.EdgeScript.Inputs;

        Assert.Multiple(() =>
        {
            Assert.That(Text(federation, "mainModule"), Is.EqualTo("federation-worker.js"));
            Assert.That(Text(federation, "contentFile"), Is.EqualTo(bundle));
            Assert.That(Text(federation, "contentSha256"), Does.Match("^[0-9a-f]{64}$").And.Not.EqualTo(Text(edge, "contentSha256")));
            Assert.That(Text(federation, "compatibilityDate"), Is.EqualTo(EdgeComponent.CompatibilityDate));
            Assert.That(((IEnumerable<object>)federation["compatibilityFlags"]).Cast<string>(), Is.EqualTo(EdgeComponent.CompatibilityFlags));
            Assert.That(EdgeRun.Object(federation, "observability"), Is.EquivalentTo(EdgeRun.Object(edge, "observability")));
            Assert.That(federation["logpush"], Is.EqualTo(true));
            Assert.That(Text(federation, "accountId"), Is.EqualTo(Text(edge, "accountId")));
        });
    }

    [Test]
    public async Task TheEdgeIsDeployedAfterTheWorkerItCalls()
    {
        var run = await FederatingAsync();

        var script = (WorkersScriptArgs)run.Requested.Single(r => r.Name == "edge-worker").Args;
        var dependencies = new List<string>();
        foreach (var binding in await EdgeRun.ValueOf(script.Bindings.ToOutput()))
        {
            if (await EdgeRun.ValueOf(binding.Name.ToOutput()) == WorkerBindings.Federation)
            {
                var resources = await OutputUtilities.GetDependenciesAsync(binding.Service!.ToOutput());
                dependencies.AddRange(resources.Select(r => r.GetResourceName()));
            }
        }

        Assert.That(dependencies, Does.Contain("edge-federation-worker"), "the binding names the script by its output");
    }

    [Test]
    public async Task AnEnvironmentThatDoesNotFederateDeploysNoFederationWorkerAndReadsNoSuchBundle()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-bundle", "federation-worker.js");
        var run = await StartAsync(ExampleCatalog.View("dev"), federation: (RoleArns, CacheKey), federationBundle: missing);

        var names = Objects(run.Single(ScriptType).Inputs, "bindings").Select(b => Text(b, "name")).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(Text(run.Single(ScriptType).Inputs, "scriptName"), Is.EqualTo(ResourceNames.WorkerScriptName("dev")));
            Assert.That(names, Has.None.EqualTo(WorkerBindings.Federation).And.None.EqualTo(WorkerBindings.FederationConfig)
                .And.None.EqualTo(WorkerBindings.StsCacheKey));
        });
    }

    [Test]
    public void AMissingFederationBundleFailsWithAHint()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-bundle", "federation-worker.js");

        Assert.That(async () => await FederatingAsync(missing),
            Throws.Exception.With.Message.Contains("federation Worker bundle").And.Message.Contains("npm run build"));
    }
}
