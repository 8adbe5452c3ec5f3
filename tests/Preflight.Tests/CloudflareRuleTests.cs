using static IdentityFabric.Preflight.Tests.Planned;

namespace IdentityFabric.Preflight.Tests;

public sealed class CloudflareRuleTests
{
    private const string Account = "0000000000000000000000000000000a";

    [TestCase("{\"accountId\":\"" + Account + "\",\"name\":\"t\",\"clientSecretVersion\":2}", "previousClientSecretExpiresAt")]
    [TestCase("{\"accountId\":\"" + Account + "\",\"name\":\"t\",\"previousClientSecretExpiresAt\":\"2026-04-01T00:00:00Z\"}", "clientSecretVersion")]
    public void AServiceTokensRotationInputsComeTogether(string inputs, string missing)
    {
        var finding = Single(Check(Resource(Token, "edge-token-sync", inputs)), "cloudflare.service-token-rotation");
        Assert.Multiple(() =>
        {
            Assert.That(finding.Path, Is.EqualTo(missing));
            Assert.That(finding.Resource, Does.EndWith("::edge-token-sync"));
            Assert.That(finding.Source, Does.Contain("Pulumi.Cloudflare 6.17.0"));
        });
    }

    [TestCase("{\"name\":\"t\"}")]
    [TestCase("{\"name\":\"t\",\"clientSecretVersion\":2,\"previousClientSecretExpiresAt\":\"2026-04-01T00:00:00Z\"}")]
    public void AServiceTokenWithBothOrNeitherPasses(string inputs) =>
        Assert.That(Check(Resource(Token, "t", inputs)).Findings, Is.Empty);

    [TestCase("Identity-Fabric")]
    [TestCase("-fabric")]
    [TestCase("identity-fabric-with-a-name-far-longer-than-the-sixty-three-characters-allowed")]
    public void AWorkerNameOutsideCloudflaresRuleIsRefused(string name)
    {
        var finding = Single(Check(Resource(Script, "edge-worker", new JsonObject { ["scriptName"] = name })), "cloudflare.worker-name");
        Assert.That(finding.Path, Is.EqualTo("scriptName"));
    }

    [Test]
    public void APlainTextBindingOverFiveKilobytesIsRefusedWhereverTheBindingsTravelAsJson()
    {
        var bindings = new JsonArray(
            new JsonObject { ["name"] = "SMALL", ["type"] = "plain_text", ["text"] = "ok" },
            new JsonObject { ["name"] = "BIG", ["type"] = "plain_text", ["text"] = new string('x', 5121) });
        var asList = Single(Check(Resource(Script, "w", new JsonObject { ["scriptName"] = "w", ["bindings"] = bindings.DeepClone() })), "cloudflare.binding-size");
        var asText = Single(Check(Resource(Script, "w", new JsonObject { ["scriptName"] = "w", ["bindings"] = bindings.ToJsonString() })), "cloudflare.binding-size");
        Assert.That((asList.Path, asText.Path), Is.EqualTo(("bindings[1]", "bindings[1]")));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("Identity-Fabric-Staging-Federation")]
    public void AServiceBindingMustNameAWorker(string? service)
    {
        var bindings = new JsonArray(new JsonObject { ["name"] = "FEDERATION", ["type"] = "service", ["service"] = service });
        var finding = Single(Check(Resource(Script, "edge-worker", new JsonObject { ["scriptName"] = "w", ["bindings"] = bindings })), "cloudflare.service-binding");
        Assert.That(finding.Path, Is.EqualTo("bindings[0].service"));
    }

    [Test]
    public void AServiceBindingToAWorkerPasses() =>
        Assert.That(Check(Resource(Script, "edge-worker", new JsonObject
        {
            ["scriptName"] = "identity-fabric-staging",
            ["bindings"] = new JsonArray(new JsonObject { ["name"] = "FEDERATION", ["type"] = "service", ["service"] = "identity-fabric-staging-federation" }),
        })).Findings, Is.Empty);

    [Test]
    public void ASecretBindingIsNotShownWhenItIsOverTheLimit()
    {
        var report = Check(new PreflightContext { IsSecret = (_, value) => value.StartsWith("sk-", StringComparison.Ordinal) },
            Resource(Script, "w", new JsonObject
            {
                ["scriptName"] = "w",
                ["bindings"] = new JsonArray(new JsonObject { ["name"] = "CONFIG", ["type"] = "json", ["json"] = "sk-" + new string('x', 6000) }),
            }));
        Assert.That(Single(report, "cloudflare.binding-size").Value, Is.EqualTo("[secret]"));
    }

    [Test]
    public void AKvKeyOverFiveHundredTwelveBytesIsRefused()
    {
        var finding = Single(Check(Resource(Kv, "kv", new JsonObject { ["keyName"] = new string('é', 257), ["value"] = "{}" })), "cloudflare.kv-size");
        Assert.That(finding.Message, Does.Contain("514 bytes"));
    }

    [Test]
    public void ACustomDomainNeedsItsEnvironmentAndALeafOfTheZone()
    {
        var report = Check(new PreflightContext { ZoneName = "staging.example.com" },
            Resource(Domain, "d", new JsonObject { ["hostname"] = "api.example.org", ["service"] = "w", ["zoneId"] = "z" }));
        Assert.That(report.Findings.Select(f => f.Path), Is.EquivalentTo(new[] { "environment", "hostname" }));
    }

    [Test]
    public void AnAccessApplicationIsCheckedForTypeDurationAndPolicies()
    {
        var report = Check(Resource(App, "app", new JsonObject
        {
            ["type"] = "website",
            ["sessionDuration"] = "1 day",
            ["policies"] = new JsonArray(
                new JsonObject { ["id"] = "abc", ["decision"] = "allow", ["precedence"] = 1 },
                new JsonObject { ["id"] = "def", ["precedence"] = 1 }),
        }));
        Assert.That(report.Findings.Select(f => f.Path), Is.EquivalentTo(new[] { "type", "sessionDuration", "policies[0]", "policies[1].precedence" }));
    }

    [Test]
    public void ATunnelsLastIngressRuleIsTheCatchAll()
    {
        var report = Check(Resource(TunnelConfig, "t", new JsonObject
        {
            ["config"] = new JsonObject
            {
                ["ingresses"] = new JsonArray(
                    new JsonObject { ["hostname"] = "api.example.com", ["service"] = "localhost:8080" },
                    new JsonObject { ["hostname"] = "admin.example.com", ["service"] = "http://127.0.0.1:10000" }),
            },
        }));
        Assert.That(report.Findings.Select(f => f.Path), Is.EquivalentTo(new[] { "config.ingresses[0].service", "config.ingresses[1]" }));
    }

    [Test]
    public void AWellFormedTunnelConfigurationPasses() =>
        Assert.That(Check(Resource(TunnelConfig, "t", new JsonObject
        {
            ["config"] = new JsonObject
            {
                ["ingresses"] = new JsonArray(
                    new JsonObject { ["hostname"] = "api.example.com", ["service"] = "http://127.0.0.1:10000" },
                    new JsonObject { ["service"] = "http_status:404" }),
            },
        })).Findings, Is.Empty);
}
