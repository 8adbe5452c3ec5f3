using System.Text.Json.Nodes;
using IdentityFabric.Catalog;
using IdentityFabric.Components.Edge.Worker;
using IdentityFabric.Testing;
using static IdentityFabric.Edge.Tests.EdgeRun;

namespace IdentityFabric.Edge.Tests;

public sealed class AuthConfigTests
{
    private static IReadOnlyList<IdentityProvider> Providers => ExampleCatalog.Load().IdentityProviders;

    [Test]
    public void EveryOidcProviderIsListedWithTheFieldsTheWorkerReads()
    {
        var okta = Providers.Single(p => p.Name == "okta");

        var config = JsonNode.Parse(AuthConfigDocument.Build(Providers, []))!["identityProviders"]!.AsArray();
        var entry = config.Single(p => (string)p!["name"]! == "okta")!;

        Assert.Multiple(() =>
        {
            Assert.That((string)entry["kind"]!, Is.EqualTo("oidc"));
            Assert.That((string)entry["issuer"]!, Is.EqualTo(okta.Issuer));
            Assert.That((string)entry["jwksUrl"]!, Is.EqualTo(okta.JwksUrl));
            Assert.That(entry["audiences"]!.AsArray().Select(a => (string)a!), Is.EquivalentTo(okta.Audiences));
            Assert.That(entry["algorithms"]!.AsArray().Select(a => (string)a!), Is.EquivalentTo(okta.AllowedAlgorithms));
            Assert.That((int)entry["clockSkewSeconds"]!, Is.EqualTo((int)okta.ClockSkew.TotalSeconds));
            Assert.That((int)entry["maxTokenAgeSeconds"]!, Is.EqualTo((int)okta.MaxTokenAge.TotalSeconds));
            Assert.That((string)entry["claims"]!["groups"]!, Is.EqualTo(okta.Claims.Groups));
        });
    }

    [Test]
    public void AnAccessProviderAcceptsTheAudienceTagsOfTheFabricsAccessApplications()
    {
        var config = JsonNode.Parse(AuthConfigDocument.Build(Providers, ["aud-b", "aud-a", "aud-b"]))!["identityProviders"]!.AsArray();
        var access = config.Single(p => (string)p!["kind"]! == "access")!;

        Assert.That(access["audiences"]!.AsArray().Select(a => (string)a!), Is.EqualTo(new[] { "aud-a", "aud-b" }));
    }

    [Test]
    public void AnAccessProviderWithoutAnyAudienceIsLeftOutRatherThanBreakingTheWholeConfig()
    {
        var config = JsonNode.Parse(AuthConfigDocument.Build(Providers, []))!["identityProviders"]!.AsArray();

        Assert.That(config.Select(p => (string)p!["kind"]!), Has.None.EqualTo("access"));
        Assert.That(config, Is.Not.Empty);
    }

    [TestCase("none")]
    [TestCase("HS256")]
    [TestCase("RS1")]
    public void AProviderAllowingAnAlgorithmTheEdgeRefusesFailsTheDeployment(string algorithm)
    {
        var weak = Providers.Select(p => p.Name == "okta" ? p with { AllowedAlgorithms = ["RS256", algorithm] } : p).ToList();

        Assert.That(() => AuthConfigDocument.Build(weak, []), Throws.ArgumentException.With.Message.Contains("okta"));
    }

    [Test]
    public void AProviderWithAPlainHttpJwksUrlFailsTheDeployment()
    {
        var weak = Providers.Select(p => p.Name == "okta" ? p with { JwksUrl = "http://login.example.com/keys" } : p).ToList();

        Assert.That(() => AuthConfigDocument.Build(weak, []), Throws.ArgumentException.With.Message.Contains("https"));
    }

    [Test]
    public async Task TheWorkerGetsTheConfigAsAJsonBindingWithTheApplicationsAudiences()
    {
        var run = await StartAsync(ExampleCatalog.View("dev"));

        var binding = Objects(run.Single(ScriptType).Inputs, "bindings").Single(b => Text(b, "name") == WorkerBindings.AuthConfig);
        var providers = JsonNode.Parse(Text(binding, "json"))!["identityProviders"]!.AsArray();
        var access = providers.Single(p => (string)p!["kind"]! == "access")!;

        Assert.Multiple(() =>
        {
            Assert.That(Text(binding, "type"), Is.EqualTo("json"));
            Assert.That(access["audiences"]!.AsArray().Select(a => (string)a!), Is.EquivalentTo(new[] { "aud-edge-app-finance-portal", "aud-edge-app-support-console" }));
        });
    }
}
