using IdentityFabric.Stacks;
using IdentityFabric.Testing;
using Moq;
using NUnit.Framework;

namespace IdentityFabric.Tests;

[TestFixture]
public sealed class StackTests
{
    [TestCase("dev")]
    [TestCase("staging")]
    [TestCase("prod")]
    public async Task EveryEnvironmentsStackConstructsUnderMocks(string stack)
    {
        var (resources, mocks) = await StackHarness.RunAsync(stack);

        Assert.That(resources.OfType<FabricStack>().Count(), Is.EqualTo(1), "the stack itself is among the resources");
        Assert.That(mocks.Resources.Any(r => r.Type!.StartsWith("cloudflare:", StringComparison.Ordinal)), Is.True, "the edge deploys");
        Assert.That(mocks.Resources.Any(r => r.Type!.StartsWith("aws:secretsmanager/", StringComparison.Ordinal)), Is.True, "secrets deploy");
        var stackResource = resources.OfType<FabricStack>().Single();
        Assert.That(await Pulumi.Utilities.OutputUtilities.GetValueAsync(stackResource.Environment), Is.EqualTo(stack));
    }

    [Test]
    public async Task TheDevStackRunsOnAppMesh()
    {
        var (_, mocks) = await StackHarness.RunAsync("dev");

        Assert.That(mocks.OfType("aws:appmesh/mesh:Mesh"), Has.Count.EqualTo(1));
    }

    [TestCase("dev", false)]
    [TestCase("staging", true)]
    [TestCase("prod", true)]
    public async Task OnlyFederatingStacksDeployTheFederationWorkerAndTheEdgeCallsIt(string stack, bool federates)
    {
        var (_, mocks) = await StackHarness.RunAsync(stack);

        var scripts = mocks.OfType("cloudflare:index/workersScript:WorkersScript");
        var edge = scripts.Single(s => s.Name == "edge-worker");
        var bindings = Wire.List(edge.Inputs, "bindings").ToDictionary(b => Wire.Text(b, "name")!, StringComparer.Ordinal);
        var federation = Catalog.ResourceNames.FederationWorkerScriptName(stack);

        Assert.Multiple(() =>
        {
            Assert.That(scripts.Select(s => Wire.Text(s.Inputs, "scriptName")), federates
                ? Is.EquivalentTo(new[] { Catalog.ResourceNames.WorkerScriptName(stack), federation })
                : Is.EquivalentTo(new[] { Catalog.ResourceNames.WorkerScriptName(stack) }));
            Assert.That(bindings.ContainsKey("FEDERATION"), Is.EqualTo(federates));
            Assert.That(bindings.ContainsKey("STS_CACHE_KEY"), Is.False, "the edge never holds the cache key");
            if (federates)
            {
                Assert.That(Wire.Text(bindings["FEDERATION"], "service"), Is.EqualTo(federation));
                Assert.That(Wire.Text(scripts.Single(s => s.Name == "edge-federation-worker").Inputs, "contentFile"),
                    Is.EqualTo(StackHarness.FakeFederationWorkerBundle));
            }
        });
    }

    [Test]
    public async Task AnInvalidCatalogFailsBeforeAnyResourceIsCreated()
    {
        var bad = await StackHarness.WriteCatalogAsync("services:\n  - name: orders\n    port: 70000\n    protocl: http\n");
        var mocks = new FabricMocks();

        var failure = Assert.CatchAsync(async () =>
            await StackHarness.RunAsync("dev", new Dictionary<string, string> { ["identity-fabric:catalogPath"] = bad }, mocks));

        Assert.That(failure!.ToString(), Does.Contain(bad + ":").And.Contains("port"), "the message names the file, line and field");
        Assert.That(mocks.Resources, Is.Empty, "nothing, not even a component, is created from a catalog that failed validation");
    }

    [Test]
    public async Task AnInvalidCatalogNeverReachesTheEngine()
    {
        var bad = await StackHarness.WriteCatalogAsync("services:\n  - name: orders\n    calls: [orders]\n");

        // Strict: any registration, invoke or output registration would throw and fail the test on its own.
        var engine = new Mock<Pulumi.Testing.IMocks>(MockBehavior.Strict);

        var failure = Assert.CatchAsync(async () =>
            await StackHarness.RunWithAsync("dev", engine.Object, new Dictionary<string, string> { ["identity-fabric:catalogPath"] = bad }));

        Assert.That(failure!.ToString(), Does.Contain(bad + ":"));
        engine.VerifyNoOtherCalls();
    }

    [Test]
    public void AnUnknownEnvironmentIsAnError()
    {
        var failure = Assert.CatchAsync(async () =>
            await StackHarness.RunAsync("dev", new Dictionary<string, string> { ["identity-fabric:environment"] = "qa" }));

        Assert.That(failure!.ToString(), Does.Contain("unknown environment 'qa'"));
    }

    [Test]
    public void NoStackFileHoldsASecretInClear()
    {
        foreach (var file in Directory.GetFiles(RepositoryPaths.Root, "Pulumi.*.yaml"))
        {
            // A secret-looking key may hold only an encrypted value: `key:` followed by `secure: ...` on the next line.
            var clear = File.ReadAllLines(file)
                .Where(line => System.Text.RegularExpressions.Regex.IsMatch(line, @"(?i)^\s*[\w:.-]*(token|secret|password|key)[\w-]*\s*:[ \t]*[^\s{#]"))
                .Where(line => !System.Text.RegularExpressions.Regex.IsMatch(line, @"(?i)^\s*(secure\s*:|[\w:.-]*keyEpoch\s*:)"))
                .ToList();
            Assert.That(clear, Is.Empty, $"{file} holds no clear secret value");
        }
    }
}
