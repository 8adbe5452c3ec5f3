using System.Collections.Immutable;
using System.Text.Json.Nodes;
using IdentityFabric.Cli.Commands;
using IdentityFabric.Stacks;
using IdentityFabric.Testing;
using Pulumi.Testing;

namespace IdentityFabric.Cli.Tests;

[TestFixture]
public sealed class PreflightPlanTests
{
    private const string TokenType = "cloudflare:index/zeroTrustAccessServiceToken:ZeroTrustAccessServiceToken";

    [TestCase("dev")]
    [TestCase("staging")]
    [TestCase("prod")]
    public async Task EveryStackOfTheExampleCatalogPassesThePreflight(string stack)
    {
        var configuration = StackConfiguration.Load(RepositoryPaths.Root, stack).With("catalogPath", FabricPlans.CopyCatalog());
        var result = await PlanRunner.RunAsync(configuration, StackPlanner.PlanAsync<FabricStack>, TextWriter.Null);

        Assert.Multiple(() =>
        {
            Assert.That(result.Preflight.Errors, Is.Empty, string.Join(Environment.NewLine, result.Preflight.Errors));
            Assert.That(result.Preflight.CheckedResources, Is.GreaterThan(50));
            Assert.That(result.Preflight.Unmapped.Where(u => u.Reason.StartsWith("no ", StringComparison.Ordinal)), Is.Empty,
                "every planned input is mapped to an API member or explained");
        });
    }

    [Test]
    public async Task ServiceTokensNeverCarryHalfOfTheirRotationPair()
    {
        foreach (var date in new[] { "2026-01-01", "2026-06-01" })
        {
            var configuration = StackConfiguration.Load(RepositoryPaths.Root, "dev").With("rotationDate", date);
            var result = await PlanRunner.RunAsync(configuration, StackPlanner.PlanAsync<FabricStack>, TextWriter.Null);
            var tokens = result.Plan.Resources.Where(r => r.Type == TokenType).ToList();
            Assert.That(tokens, Is.Not.Empty);
            Assert.That(tokens.Select(t => t.Inputs.ContainsKey("clientSecretVersion") == t.Inputs.ContainsKey("previousClientSecretExpiresAt")), Is.All.True, date);
            Assert.That(result.Preflight.Findings.Where(f => f.Rule == "cloudflare.service-token-rotation"), Is.Empty);
        }
    }

    [Test]
    public void ARefusedInputFailsThePlanAndIsReportedEverywhere()
    {
        using var project = new TempProject().WithStack("dev");
        var badToken = new PlannedResource(TokenType, "edge-token-half", "urn:pulumi:dev::identity-fabric::" + TokenType + "::edge-token-half",
            "urn:pulumi:dev::identity-fabric::pulumi:pulumi:Stack::identity-fabric-dev", new JsonObject { ["name"] = "half", ["clientSecretVersion"] = 2 });
        ProgramRunner program = async (configuration, mocks) =>
        {
            var plan = await StackPlanner.PlanAsync<SyntheticStack>(configuration, mocks);
            return plan with { Resources = [.. plan.Resources, badToken] };
        };

        var (jsonCode, json, jsonError) = Run(new PlanCommand(program) { StartDirectory = project.Root }, "dev");
        var (markdownCode, markdown, _) = Run(new PlanCommand(program) { StartDirectory = project.Root }, "dev", "--format", "markdown");

        var preflight = JsonNode.Parse(json)!["preflight"]!;
        var finding = preflight["findings"]!.AsArray().Single()!;
        Assert.Multiple(() =>
        {
            Assert.That((jsonCode, markdownCode), Is.EqualTo((1, 1)));
            Assert.That(jsonError, Does.Contain("error cloudflare.service-token-rotation").And.Contain("edge-token-half previousClientSecretExpiresAt"));
            Assert.That(preflight["errors"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(finding["resource"]!.GetValue<string>(), Does.EndWith("::edge-token-half"));
            Assert.That(finding["path"]!.GetValue<string>(), Is.EqualTo("previousClientSecretExpiresAt"));
            Assert.That(finding["rule"]!.GetValue<string>(), Is.EqualTo("cloudflare.service-token-rotation"));
            Assert.That(finding["source"]!.GetValue<string>(), Does.Contain("Pulumi.Cloudflare 6.17.0"));
            Assert.That(markdown.IndexOf("### Preflight: ❌ 1 error(s)", StringComparison.Ordinal), Is.GreaterThan(0));
            Assert.That(markdown.IndexOf("### Preflight", StringComparison.Ordinal), Is.LessThan(markdown.IndexOf("### Trust chain", StringComparison.Ordinal)));
            Assert.That(markdown, Does.Contain("`cloudflare.service-token-rotation`"));
        });
    }

    [Test]
    public void APassingPlanCarriesItsPreflightSectionAndExitsZero()
    {
        using var project = new TempProject().WithStack("dev");
        var (code, json, error) = Run(new PlanCommand(StackPlanner.PlanAsync<SyntheticStack>) { StartDirectory = project.Root }, "dev");

        Assert.That(code, Is.Zero, error);
        Assert.That(JsonNode.Parse(json)!["preflight"]!["errors"]!.GetValue<int>(), Is.Zero);
        Assert.That(error, Does.Contain("preflight: 0 error(s)"));
    }

    [Test]
    public async Task LatticeResourcesGetTheirRealIdAndArnShapes()
    {
        var mocks = new RecordingMocks("222222222222", "eu-west-1");
        var (serviceId, service) = await New(mocks, "aws:vpclattice/service:Service", "orders-service", Inputs(("name", "orders")));
        var (_, listener) = await New(mocks, "aws:vpclattice/listener:Listener", "orders-https", Inputs(("name", "https"), ("serviceIdentifier", serviceId!)));
        var (_, rule) = await New(mocks, "aws:vpclattice/listenerRule:ListenerRule", "orders-rule", Inputs(("name", "read"), ("serviceIdentifier", serviceId!), ("listenerIdentifier", (string)listener["listenerId"])));
        var (networkId, network) = await New(mocks, "aws:vpclattice/serviceNetwork:ServiceNetwork", "network", Inputs(("name", "fabric")));
        var (groupId, _) = await New(mocks, "aws:vpclattice/targetGroup:TargetGroup", "orders-targets", Inputs(("name", "orders-tg")));

        Assert.Multiple(() =>
        {
            Assert.That(serviceId, Does.Match("^svc-[0-9a-z]{17}$"));
            Assert.That(service["arn"], Is.EqualTo($"arn:aws:vpc-lattice:eu-west-1:222222222222:service/{serviceId}"));
            Assert.That((string)listener["listenerId"], Does.Match("^listener-[0-9a-z]{17}$"));
            Assert.That((string)listener["arn"], Does.Match($"^arn:aws:vpc-lattice:eu-west-1:222222222222:service/{serviceId}/listener/listener-[0-9a-z]{{17}}$"));
            Assert.That((string)rule["arn"], Does.Contain($"/listener/{listener["listenerId"]}/rule/rule-"));
            Assert.That(networkId, Does.Match("^sn-[0-9a-z]{17}$"));
            Assert.That(network["arn"], Is.EqualTo($"arn:aws:vpc-lattice:eu-west-1:222222222222:servicenetwork/{networkId}"));
            Assert.That(groupId, Does.Match("^tg-[0-9a-z]{17}$"));
        });
    }

    [Test]
    public async Task AppMeshArnsNameTheirMeshAndOidcProviderArnsTheirUrl()
    {
        var mocks = new RecordingMocks("222222222222", "eu-west-1");
        var (_, node) = await New(mocks, "aws:appmesh/virtualNode:VirtualNode", "orders-node", Inputs(("name", "orders-dev"), ("meshName", "fabric-dev")));
        var (_, route) = await New(mocks, "aws:appmesh/route:Route", "orders-route", Inputs(("name", "read"), ("meshName", "fabric-dev"), ("virtualRouterName", "orders")));
        var (oidcId, oidc) = await New(mocks, "aws:iam/openIdConnectProvider:OpenIdConnectProvider", "okta", Inputs(("url", "https://login.example.com/oauth2/default")));

        Assert.Multiple(() =>
        {
            Assert.That(node["arn"], Is.EqualTo("arn:aws:appmesh:eu-west-1:222222222222:mesh/fabric-dev/virtualNode/orders-dev"));
            Assert.That(route["arn"], Is.EqualTo("arn:aws:appmesh:eu-west-1:222222222222:mesh/fabric-dev/virtualRouter/orders/route/read"));
            Assert.That(oidc["arn"], Is.EqualTo("arn:aws:iam::222222222222:oidc-provider/login.example.com/oauth2/default"));
            Assert.That(oidcId, Is.EqualTo(oidc["arn"]));
        });
    }

    private static ImmutableDictionary<string, object> Inputs(params (string Key, string Value)[] inputs) =>
        inputs.ToImmutableDictionary(i => i.Key, i => (object)i.Value);

    private static async Task<(string? Id, ImmutableDictionary<string, object> State)> New(RecordingMocks mocks, string type, string name, ImmutableDictionary<string, object> inputs)
    {
        var (id, state) = await mocks.NewResourceAsync(new MockResourceArgs { Type = type, Name = name, Inputs = inputs, Id = "" });
        return (id, (ImmutableDictionary<string, object>)state);
    }

    private static (int Code, string Output, string Error) Run(ICliCommand command, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = command.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
