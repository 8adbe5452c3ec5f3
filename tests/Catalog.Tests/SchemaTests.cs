using System.Text.Json;
using IdentityFabric.Catalog.Loading;

namespace IdentityFabric.Catalog.Tests;

/// <summary>The JSON Schema editors use describes exactly what the loader accepts.</summary>
public sealed class SchemaTests
{
    private static JsonElement Schema()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestCatalogs.ExampleDirectory, "catalog.schema.json")));
        return document.RootElement.Clone();
    }

    private static JsonElement Def(string name) => Schema().GetProperty("$defs").GetProperty(name);

    private static string[] Properties(JsonElement element) =>
        element.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToArray();

    private static string[] Enum(JsonElement element) =>
        element.GetProperty("enum").EnumerateArray().Select(e => e.ToString()).ToArray();

    [Test]
    public void TheSchemaIsDraft202012JsonThatRefusesUnknownTopLevelKeys()
    {
        var schema = Schema();

        Assert.That(schema.GetProperty("$schema").GetString(), Is.EqualTo("https://json-schema.org/draft/2020-12/schema"));
        Assert.That(schema.GetProperty("additionalProperties").GetBoolean(), Is.False);
    }

    [Test]
    public void TheSchemaRefusesTheServiceNamesTheValidatorReserves() =>
        Assert.That(
            Enum(Def("service").GetProperty("properties").GetProperty("name").GetProperty("not")),
            Is.EquivalentTo(ResourceNames.ReservedServiceNames.Keys));

    [Test]
    public void TheSchemaBoundsSecretAndMachineClientNamesAsTheValidatorDoes()
    {
        Assert.That(Def("secret").GetProperty("properties").GetProperty("name").GetProperty("maxLength").GetInt32(), Is.EqualTo(ResourceNames.AwsTagValueMax));
        Assert.That(Def("machineClient").GetProperty("properties").GetProperty("name").GetProperty("maxLength").GetInt32(), Is.EqualTo(ResourceNames.MachineClientNameMax));
    }

    [Test]
    public void TheSchemaListsTheSameTopLevelKeysAsTheLoader() =>
        Assert.That(Properties(Schema()), Is.EquivalentTo(CatalogKeys.TopLevel));

    private static IEnumerable<TestCaseData> Sections()
    {
        yield return new TestCaseData("identityProvider", null, CatalogKeys.IdentityProvider);
        yield return new TestCaseData("identityProvider", "claims", CatalogKeys.Claims);
        yield return new TestCaseData("role", null, CatalogKeys.Role);
        yield return new TestCaseData("service", null, CatalogKeys.Service);
        yield return new TestCaseData("service", "healthCheck", CatalogKeys.HealthCheck);
        yield return new TestCaseData("service", "retries", CatalogKeys.Retries);
        yield return new TestCaseData("edge", null, CatalogKeys.Edge);
        yield return new TestCaseData("route", null, CatalogKeys.Route);
        yield return new TestCaseData("browserApp", null, CatalogKeys.BrowserApp);
        yield return new TestCaseData("machineClient", null, CatalogKeys.MachineClient);
        yield return new TestCaseData("secret", null, CatalogKeys.Secret);
        yield return new TestCaseData("secret", "generated", CatalogKeys.Generated);
        yield return new TestCaseData("environment", null, CatalogKeys.Environment);
        yield return new TestCaseData("environment", "cloudflare", CatalogKeys.Cloudflare);
        yield return new TestCaseData("environment", "mesh", CatalogKeys.Mesh);
    }

    [TestCaseSource(nameof(Sections))]
    public void EachSchemaSectionListsTheSameKeysAsTheLoaderAndRefusesOthers(string def, string? nested, string[] loaderKeys)
    {
        var element = Def(def);
        if (nested is not null)
        {
            element = element.GetProperty("properties").GetProperty(nested);
        }

        Assert.That(Properties(element), Is.EquivalentTo(loaderKeys));
        Assert.That(element.GetProperty("additionalProperties").GetBoolean(), Is.False);
    }

    [Test]
    public void SchemaEnumerationsSpellValuesAsTheLoaderDoes()
    {
        Assert.That(Enum(Def("identityProvider").GetProperty("properties").GetProperty("kind")), Is.EquivalentTo(CatalogKeys.ProviderKinds.Keys));
        Assert.That(Enum(Def("service").GetProperty("properties").GetProperty("protocol")), Is.EquivalentTo(CatalogKeys.Protocols.Keys));
        Assert.That(Enum(Def("route").GetProperty("properties").GetProperty("match")), Is.EquivalentTo(CatalogKeys.Matches.Keys));
        Assert.That(Enum(Def("environment").GetProperty("properties").GetProperty("identityPropagation")), Is.EquivalentTo(CatalogKeys.Propagations.Keys));
        var mesh = Def("environment").GetProperty("properties").GetProperty("mesh").GetProperty("properties");
        Assert.That(Enum(mesh.GetProperty("backend")), Is.EquivalentTo(CatalogKeys.Backends.Keys));
        Assert.That(Enum(mesh.GetProperty("certificateSource")), Is.EquivalentTo(CatalogKeys.CertificateSources.Keys));
        Assert.That(Enum(Def("environment").GetProperty("properties").GetProperty("protect").GetProperty("items")), Is.EquivalentTo(CatalogKeys.ProtectedKinds.Keys));
        Assert.That(Enum(Def("environment").GetProperty("properties").GetProperty("logRetentionDays")).Select(int.Parse),
            Is.EquivalentTo(Validation.CatalogValidator.LogRetentionDays));
        Assert.That(Enum(Def("identityProvider").GetProperty("properties").GetProperty("algorithms").GetProperty("items")),
            Is.EquivalentTo(Validation.CatalogValidator.AsymmetricAlgorithms));
    }
}
