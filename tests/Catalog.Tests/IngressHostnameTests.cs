namespace IdentityFabric.Catalog.Tests;

[TestFixture]
public sealed class IngressHostnameTests
{
    private const string Environment = """
        environments:
          - name: stage
            awsAccountId: "222222222222"
            awsRegion: eu-west-1
            cloudflare: { accountId: "0000000000000000000000000000000a", zoneId: "0000000000000000000000000000000e", zoneName: stage.example.org{{INGRESS}} }
            mesh: { backend: appmesh }
        """;

    private static CatalogLoadResult Load(string ingress, string extra = "") =>
        TestCatalogs.WithCase(Environment.Replace("{{INGRESS}}", ingress, StringComparison.Ordinal) + "\n" + extra);

    [Test]
    public void EveryEnvironmentHasAnIngressHostnameInsideItsZoneByDefault()
    {
        var result = Load("");
        Assert.That(result.Lines(), Is.Empty);
        var env = result.GetValidCatalog().Environments.Single(e => e.Name == "stage");
        Assert.That(env.Cloudflare.IngressHostname, Is.EqualTo("ingress.stage.example.org"));
        Assert.That(env.Cloudflare.IngressHostnameOverride, Is.Null);
    }

    [Test]
    public void TheCatalogMayNameTheIngressHostname()
    {
        var result = Load(", ingressHostname: edge-origin.stage.example.org");
        Assert.That(result.Lines(), Is.Empty);
        Assert.That(result.GetValidCatalog().Environments.Single(e => e.Name == "stage").Cloudflare.IngressHostname, Is.EqualTo("edge-origin.stage.example.org"));
    }

    [TestCase(", ingressHostname: ingress.example.com", "ingress hostname 'ingress.example.com' is outside zone 'stage.example.org' of environment 'stage'")]
    [TestCase(", ingressHostname: evil-stage.example.org", "ingress hostname 'evil-stage.example.org' is outside zone 'stage.example.org' of environment 'stage'")]
    [TestCase(", ingressHostname: \"*.stage.example.org\"", "ingress hostname '*.stage.example.org' is not a valid lower-case hostname")]
    [TestCase(", ingressHostname: Ingress.stage.example.org", "ingress hostname 'Ingress.stage.example.org' is not a valid lower-case hostname")]
    public void AnIngressHostnameTheZoneCannotServeIsAnErrorAtTheField(string ingress, string message)
    {
        var lines = Load(ingress).Lines();
        Assert.That(lines, Has.Some.Contains("error: environments[0].cloudflare.ingressHostname: " + message), string.Join("\n", lines));
    }

    [Test]
    public void TheIngressHostnameNeverCollidesWithAWorkerHostname()
    {
        var edge = """
            edges:
              - name: api
                hostnames: { stage: ingress.stage.example.org }
                routes: [{ name: a, path: /a, service: front, public: true }]
            """;
        var lines = Load("", edge).Lines();
        Assert.That(lines, Has.Some.Contains("error: environments[0].cloudflare.zoneName: ingress hostname 'ingress.stage.example.org' of environment 'stage' is also the hostname of edge entry point 'api'"),
            string.Join("\n", lines));
    }

    [Test]
    public void TheIngressHostnameNeverCollidesWithABrowserAppInAnyLetterCase()
    {
        var app = """
            browserApps:
              - name: console
                hostnames: { stage: origin.stage.example.org }
                roles: [admin]
            """;
        var lines = Load(", ingressHostname: origin.stage.example.org", app).Lines();
        Assert.That(lines, Has.Some.Contains("error: environments[0].cloudflare.ingressHostname: ingress hostname 'origin.stage.example.org' of environment 'stage' is also the hostname of browser app 'console'"),
            string.Join("\n", lines));
    }

    [Test]
    public void AnotherEnvironmentsHostnameIsNoCollision()
    {
        var edge = """
            edges:
              - name: api
                hostnames: { dev: ingress.stage.example.org }
                routes: [{ name: a, path: /a, service: front, public: true }]
            """;
        var lines = Load("", edge).Lines();
        Assert.That(lines.Where(l => l.Contains("ingress hostname", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void TheIngressHostnameRoundTripsThroughTheWriter()
    {
        var catalog = Load(", ingressHostname: edge-origin.stage.example.org").GetValidCatalog();
        var text = CatalogWriter.Write(catalog);
        var again = CatalogLoader.LoadText("again.yaml", text).GetValidCatalog();
        Assert.That(again.Environments.Single(e => e.Name == "stage").Cloudflare.IngressHostnameOverride, Is.EqualTo("edge-origin.stage.example.org"));
        Assert.That(again.Environments.Single(e => e.Name == "dev").Cloudflare.IngressHostnameOverride, Is.Null);
    }
}
