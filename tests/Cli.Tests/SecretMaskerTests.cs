using System.Text.Json.Nodes;

namespace IdentityFabric.Cli.Tests;

[TestFixture]
public sealed class SecretMaskerTests
{
    private const string Generated = "q3VxT0b9Zk1fJw8mR2pLsY7eHc4aNd6u";

    private static JsonObject Parse(string json) => (JsonObject)JsonNode.Parse(json)!;

    [TestCase("secretString")]
    [TestCase("secretStringWo")]
    [TestCase("clientSecret")]
    [TestCase("tunnelSecret")]
    [TestCase("secretBinary")]
    [TestCase("password")]
    public void SecretWireNamesAreMaskedAtAnyDepth(string wireName)
    {
        var masked = SecretMasker.ByWireNameOnly.MaskInputs(Parse($$$"""{"config":{"nested":[{"{{{wireName}}}":"hunter2"}]}}"""));

        Assert.That(masked["config"]!["nested"]![0]![wireName]!.GetValue<string>(), Is.EqualTo("[secret]"));
    }

    [Test]
    public void TheTextOfASecretTextBindingIsMasked()
    {
        var masked = SecretMasker.ByWireNameOnly.MaskInputs(Parse("""{"bindings":[{"name":"KEY","type":"secret_text","text":"s3cr3t"}]}"""));

        Assert.That(masked["bindings"]![0]!["text"]!.GetValue<string>(), Is.EqualTo("[secret]"));
    }

    [Test]
    public void TheTextOfAPlainTextBindingStaysReadable()
    {
        var masked = SecretMasker.ByWireNameOnly.MaskInputs(Parse("""{"bindings":[{"name":"ENV","type":"plain_text","text":"dev"}]}"""));

        Assert.That(masked["bindings"]![0]!["text"]!.GetValue<string>(), Is.EqualTo("dev"));
    }

    [Test]
    public void AGeneratedValueIsMaskedUnderAnyWireName()
    {
        var masked = new SecretMasker([Generated]).MaskInputs(Parse($$$"""{"value":"{{{Generated}}}","tags":{"note":"{{{Generated}}}"}}"""));

        Assert.That(masked.ToJsonString(), Does.Not.Contain(Generated));
        Assert.That(masked["value"]!.GetValue<string>(), Is.EqualTo("[secret]"));
    }

    [Test]
    public void InputsWithoutASecretAreKeptAsTheyAreAndInputsWithOneAreMaskedInACopy()
    {
        var masker = new SecretMasker([Generated]);
        var plain = Parse("""{"name":"orders","tags":{"env":"dev"},"list":["a","b"]}""");
        var byName = Parse("""{"config":{"nested":[{"password":"hunter2"}]}}""");
        var embedded = Parse($$$"""{"tags":{"note":"token {{{Generated}}} here"}}""");

        Assert.That(masker.MaskedOrSame(plain), Is.SameAs(plain), "nothing secret: no second tree");
        foreach (var secret in new[] { byName, embedded })
        {
            var before = secret.ToJsonString();
            var masked = masker.MaskedOrSame(secret);
            Assert.That(masked, Is.Not.SameAs(secret));
            Assert.That(masked.ToJsonString(), Does.Contain("[secret]").And.Not.Contain("hunter2").And.Not.Contain(Generated));
            Assert.That(secret.ToJsonString(), Is.EqualTo(before), "the unmasked tree is left as it was");
        }
    }

    [TestCase("prefix-{0}")]
    [TestCase("{0}-suffix")]
    [TestCase("{{\"current\":{{\"id\":\"k1\",\"secret\":\"{0}\"}}}}")]
    [TestCase("Bearer {0}")]
    public void AStringThatEmbedsAGeneratedValueIsMaskedWhole(string template)
    {
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Generated);
        var masked = new SecretMasker([Generated]).MaskInputs(new JsonObject { ["document"] = text });

        Assert.That(masked["document"]!.GetValue<string>(), Is.EqualTo("[secret]"));
    }

    [Test]
    public void AStringThatSharesOnlyAPrefixWithASecretIsNotMasked()
    {
        var masked = new SecretMasker([Generated]).MaskInputs(new JsonObject { ["value"] = Generated[..12] + "different" });

        Assert.That(masked["value"]!.GetValue<string>(), Is.EqualTo(Generated[..12] + "different"));
    }

    [Test]
    public void ASecretHiddenDeepInALongTextIsFound()
    {
        var text = new string('x', 100_000) + Generated + new string('y', 10);

        Assert.That(new SecretMasker([Generated]).IsSecret(text), Is.True);
    }

    [Test]
    public void OrdinaryValuesAreLeftAlone()
    {
        var inputs = Parse("""{"name":"fabric-dev-orders","port":8080,"enabled":true,"tags":{"Environment":"dev"}}""");

        Assert.That(new SecretMasker([Generated]).MaskInputs(inputs).ToJsonString(), Is.EqualTo(inputs.ToJsonString()));
    }
}
