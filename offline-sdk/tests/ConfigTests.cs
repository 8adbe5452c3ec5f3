using System.Text.Json;
using Pulumi.OfflineSdk.Tests.Support;
using Pulumi.Testing;

namespace Pulumi.OfflineSdk.Tests;

[NonParallelizable]
public sealed class ConfigTests
{
    [TearDown]
    public void ClearConfig()
    {
        Environment.SetEnvironmentVariable("PULUMI_CONFIG", null);
    }

    private static async Task<T> ReadAsync<T>(string configJson, Func<Config, T> read, string project = "fabric")
    {
        Environment.SetEnvironmentVariable("PULUMI_CONFIG", configJson);
        T result = default!;
        await Deployment.TestAsync(new RecordingMocks(), new TestOptions { ProjectName = project }, () => { result = read(new Config()); });
        return result;
    }

    [Test]
    public async Task ConfigIsReadFromPulumiConfigByProjectQualifiedKey()
    {
        var value = await ReadAsync("""{"fabric:environment":"dev","other:environment":"prod"}""", c => c.Get("environment"));

        Assert.That(value, Is.EqualTo("dev"));
    }

    [Test]
    public async Task ProviderSettingsAreReadFromTheProvidersNamespace()
    {
        var (token, region) = await ReadAsync(
            """{"cloudflare:apiToken":"t0k","aws:region":"eu-west-1","fabric:apiToken":"not-this"}""",
            _ => (Pulumi.Cloudflare.Config.ApiToken, Pulumi.Aws.Config.Region));

        Assert.That((token, region), Is.EqualTo(("t0k", "eu-west-1")));
    }

    [Test]
    public async Task ConfigIsReadAgainForEachRun()
    {
        var first = await ReadAsync("""{"fabric:environment":"dev"}""", c => c.Get("environment"));
        var second = await ReadAsync("""{"fabric:environment":"staging"}""", c => c.Get("environment"));

        Assert.That((first, second), Is.EqualTo(("dev", "staging")));
    }

    [Test]
    public async Task ANamedBagReadsItsOwnNamespace()
    {
        var region = await ReadAsync("""{"aws:region":"eu-west-1"}""", _ => new Config("aws").Get("region"));

        Assert.That(region, Is.EqualTo("eu-west-1"));
    }

    [Test]
    public async Task TypedGettersParseTheirValues()
    {
        var json = """{"fabric:enabled":"true","fabric:replicas":"3","fabric:routes":"[\"/a\",\"/b\"]"}""";
        var values = await ReadAsync(json, c => (c.GetBoolean("enabled"), c.RequireInt32("replicas"), c.GetObject<string[]>("routes"), c.GetInt32("absent")));

        Assert.That(values.Item1, Is.True);
        Assert.That(values.Item2, Is.EqualTo(3));
        Assert.That(values.Item3, Is.EqualTo(new[] { "/a", "/b" }));
        Assert.That(values.Item4, Is.Null);
    }

    [Test]
    public async Task JsonObjectValuesAreHandedOverAsJsonText()
    {
        var routes = await ReadAsync("""{"fabric:limits":{"rps":10}}""", c => c.RequireObject<JsonElement>("limits").GetProperty("rps").GetInt32());

        Assert.That(routes, Is.EqualTo(10));
    }

    [Test]
    public void RequiringAMissingKeyFailsTheRunNamingTheKey()
    {
        var error = Assert.ThrowsAsync<RunException>(() => ReadAsync("{}", c => c.Require("domain")));

        Assert.That(error!.Message, Does.Contain("Missing Required configuration variable 'fabric:domain'"));
    }

    [Test]
    public void AValueOfTheWrongTypeFailsTheRun()
    {
        var error = Assert.ThrowsAsync<RunException>(() => ReadAsync("""{"fabric:replicas":"many"}""", c => c.GetInt32("replicas")));

        Assert.That(error!.Message, Does.Contain("Configuration 'fabric:replicas' value 'many' is not a valid Int32"));
    }

    [Test]
    public async Task SecretGettersReturnSecretOutputs()
    {
        var secret = await ReadAsync("""{"fabric:hmacKey":"k1"}""", c => c.RequireSecret("hmacKey"));

        Assert.That(await Output.IsSecretAsync(secret), Is.True);
        Assert.That(await Harness.ValueOf(secret), Is.EqualTo("k1"));
    }
}
