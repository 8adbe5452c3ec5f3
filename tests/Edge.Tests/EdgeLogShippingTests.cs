using System.Text.Json.Nodes;
using IdentityFabric.Components.Edge.Worker;
using IdentityFabric.Testing;
using Pulumi;
using Pulumi.Cloudflare;
using Pulumi.Cloudflare.Inputs;
using static IdentityFabric.Edge.Tests.EdgeRun;

namespace IdentityFabric.Edge.Tests;

/// <summary>The edge's part of the audit trail: the Worker's logs are kept and shipped, never with a token, and
/// callers of personal-data routes are logged under a keyed hash whose key is a secret binding.</summary>
public sealed class EdgeLogShippingTests
{
    private const string Destination = "s3://audit-logs/edge/{DATE}?region=eu-west-1";
    private const string SubjectKey = "TG9nU3ViamVjdEtleUxvZ1N1YmplY3RLZXlMb2dTdWI";

    /// <summary>Every field of the <c>workers_trace_events</c> dataset (Cloudflare's Logpush field reference).</summary>
    private static readonly string[] DatasetFields =
    [
        "CPUTimeMs", "DispatchNamespace", "Entrypoint", "Event", "EventTimestampMs", "EventType", "Exceptions", "Logs",
        "Outcome", "ScriptName", "ScriptTags", "ScriptVersion", "WallTimeMs",
    ];

    [TestCase("dev")]
    [TestCase("staging")]
    [TestCase("prod")]
    public async Task EveryWorkerShipsItsLogs(string environment)
    {
        var view = ExampleCatalog.View(environment);
        var run = await StartAsync(view, logSubjectKey: SubjectKey, logpushDestination: Destination);

        var script = run.Single(ScriptType).Inputs;
        var observability = EdgeRun.Object(script, "observability");
        var job = run.Single(LogpushType);
        var jobArgs = (LogpushJobArgs)run.Requested.Single(r => r.Type == LogpushType).Args;

        Assert.Multiple(async () =>
        {
            Assert.That(observability["enabled"], Is.EqualTo(true));
            Assert.That(observability["headSamplingRate"], Is.EqualTo(1.0), "an audit trail keeps every invocation");
            Assert.That(script["logpush"], Is.EqualTo(true), "the trace events dataset only holds scripts with logpush on");
            Assert.That(Text(job.Inputs, "dataset"), Is.EqualTo("workers_trace_events"));
            Assert.That(Text(job.Inputs, "destinationConf"), Is.EqualTo(Destination));
            Assert.That(await Output.IsSecretAsync(jobArgs.DestinationConf.ToOutput()), Is.True, "destinations can embed credentials");
            Assert.That(Text(job.Inputs, "accountId"), Is.EqualTo(view.Environment.Cloudflare.AccountId));
            Assert.That(job.Inputs["enabled"], Is.EqualTo(true));
            Assert.That(EdgeRun.Object(job.Inputs, "outputOptions")["fieldNames"], Does.Contain("Logs").And.Contain("ScriptName"));
            Assert.That(job.Name, Is.EqualTo("edge-logpush"), "a stable logical name");
        });
    }

    [Test]
    public async Task WithoutADestinationTheWorkerKeepsItsLogsButNoLogpushJobIsCreated()
    {
        var run = await StartAsync(ExampleCatalog.View("dev"));

        var script = run.Single(ScriptType).Inputs;

        Assert.Multiple(() =>
        {
            Assert.That(EdgeRun.Object(script, "observability")["enabled"], Is.EqualTo(true));
            Assert.That(script["logpush"], Is.EqualTo(false));
            Assert.That(run.OfType(LogpushType), Is.Empty);
        });
    }

    [Test]
    public async Task NoLogpushJobShipsTokens()
    {
        var run = await StartAsync(ExampleCatalog.View("prod"), logSubjectKey: SubjectKey, logpushDestination: Destination);

        var options = EdgeRun.Object(run.Single(LogpushType).Inputs, "outputOptions");
        var fields = ((System.Collections.IEnumerable)options["fieldNames"]).Cast<object>().Select(f => (string)f).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(fields, Is.Not.Empty, "an empty field list ships every field, request details included");
            Assert.That(fields, Is.SubsetOf(DatasetFields), "only fields the dataset has");
            Assert.That(fields, Does.Not.Contain("Event"), "Event describes the client's request: URL, query and request details");
            Assert.That(fields.Intersect(WorkerLogShipping.RequestFields), Is.Empty);
            Assert.That(fields.Where(f => f.Contains("header", StringComparison.OrdinalIgnoreCase) || f.Contains("token", StringComparison.OrdinalIgnoreCase)
                || f.Contains("cookie", StringComparison.OrdinalIgnoreCase) || f.Contains("authorization", StringComparison.OrdinalIgnoreCase)), Is.Empty);
            Assert.That(fields, Does.Contain("Logs"), "the Worker's own lines are the audit record");
            Assert.That(options.Keys, Has.None.EqualTo("recordTemplate").And.None.EqualTo("recordPrefix").And.None.EqualTo("recordSuffix"),
                "no template that could pull other content in");
        });
    }

    [Test]
    public async Task LogSubjectKeyIsSecretText()
    {
        var run = await StartAsync(ExampleCatalog.View("prod"), logSubjectKey: SubjectKey);

        var bindings = Objects(run.Single(ScriptType).Inputs, "bindings");
        var binding = bindings.Single(b => Text(b, "name") == WorkerBindings.LogSubjectKey);
        var script = (WorkersScriptArgs)run.Requested.Single(r => r.Type == ScriptType).Args;
        var declared = (await ValueOf(script.Bindings.ToOutput())).ToList();
        WorkersScriptBindingArgs? keyBinding = null;
        foreach (var b in declared)
        {
            if (await ValueOf(b.Name.ToOutput()) == WorkerBindings.LogSubjectKey)
            {
                keyBinding = b;
            }
        }

        Assert.Multiple(async () =>
        {
            Assert.That(Text(binding, "type"), Is.EqualTo("secret_text"));
            Assert.That(Text(binding, "text"), Is.EqualTo(SubjectKey));
            Assert.That(keyBinding, Is.Not.Null);
            Assert.That(await Output.IsSecretAsync(keyBinding!.Text!.ToOutput()), Is.True, "the key is a Pulumi secret too");
            Assert.That(bindings.Where(b => Text(b, "type") is "plain_text" or "json").Select(b => Text(b, "text") + Text(b, "json")),
                Has.None.Contains(SubjectKey));
            Assert.That(EdgeComponentTests.AuditLogContractBindings(),
                Is.EquivalentTo(new Dictionary<string, string> { [WorkerBindings.LogSubjectKey] = "secret_text" }), "the contract agrees");
        });
    }

    [Test]
    public async Task WithoutALogSubjectKeyNoSuchBindingExists()
    {
        var run = await StartAsync(ExampleCatalog.View("dev"));

        var names = Objects(run.Single(ScriptType).Inputs, "bindings").Select(b => Text(b, "name"));

        Assert.That(names, Has.None.EqualTo(WorkerBindings.LogSubjectKey));
    }

    [TestCase("dev")]
    [TestCase("prod")]
    public async Task RoutesToServicesThatHandlePersonalDataAreMarkedInThePolicyDocument(string environment)
    {
        var view = ExampleCatalog.View(environment);
        var run = await StartAsync(view, logSubjectKey: SubjectKey);

        var routes = JsonNode.Parse(Text(run.Single(KvType).Inputs, "value"))!["routes"]!.AsArray();
        var personal = view.Services.Where(s => s.Service.HandlesPersonalData).Select(s => s.Service.Name).ToHashSet(StringComparer.Ordinal);

        Assert.That(view.Routes.Any(r => personal.Contains(r.Route.Service)), Is.True, "the example catalog exercises the flag");
        foreach (var route in routes)
        {
            var marked = route!["personalData"] is { } flag && (bool)flag;
            Assert.That(marked, Is.EqualTo(personal.Contains((string)route["service"]!)), (string)route["id"]!);
            Assert.That(route["personalData"] is null || marked, Is.True, "written only when true");
        }
    }
}
