using IdentityFabric.Catalog;
using IdentityFabric.Components.Secrets;
using IdentityFabric.Testing;
using Pulumi;
using static IdentityFabric.Secrets.Tests.SecretsRun;

namespace IdentityFabric.Secrets.Tests;

public sealed class SecretsComponentTests
{
    private static readonly DateOnly Today = new(2026, 5, 14);

    [TestCase("dev")]
    [TestCase("prod")]
    public async Task EveryCatalogSecretRotates(string environment)
    {
        var view = ExampleCatalog.View(environment);
        var run = await StartAsync(view, rotationDate: Today);
        var later = await StartAsync(view, rotationDate: Today.AddDays(90));
        var nextEpoch = await StartAsync(view, epoch: 4, rotationDate: Today);

        foreach (var secret in view.Secrets)
        {
            var name = secret.Secret.Name;
            var stored = run.Single(SecretType, $"secrets-{name}");
            Assert.That(Text(stored, "name"), Is.EqualTo(secret.SecretName));
            if (secret.Secret.RotationLambdaArn is { } lambda)
            {
                var rotation = run.Single(SecretRotationType, $"secrets-{name}-rotation");
                var rules = (IEnumerable<KeyValuePair<string, object>>)rotation.Inputs["rotationRules"];
                Assert.Multiple(() =>
                {
                    Assert.That(Text(rotation, "secretId"), Is.EqualTo($"secrets-{name}-id"), "the rotation belongs to its own secret");
                    Assert.That(Text(rotation, "rotationLambdaArn"), Is.EqualTo(lambda));
                    Assert.That(Convert.ToInt32(rules.Single(r => r.Key == "automaticallyAfterDays").Value, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(secret.RotationDays));
                });
            }
            else
            {
                // Pulumi rotates it: a later period (the signing key: the next epoch) makes a different value,
                // written as the secret's version.
                var next = name == SecretPlanner.SigningKeySecretName ? nextEpoch : later;
                var now = Text(run.Single(SecretVersionType, $"secrets-{name}-version"), "secretString");
                var then = Text(next.Single(SecretVersionType, $"secrets-{name}-version"), "secretString");
                Assert.That(then, Is.Not.EqualTo(now), name);
                Assert.That(run.OfType(SecretRotationType).Select(r => r.Name), Does.Not.Contain($"secrets-{name}-rotation"));
            }
        }
    }

    [Test]
    public async Task ProdRotatesWithin90Days()
    {
        var catalog = ExampleCatalog.Load();
        var slow = catalog with { Secrets = catalog.Secrets.Select(s => s with { RotationDays = 365 }).ToList() };
        var prod = EnvironmentResolver.Resolve(slow, "prod").GetView();

        var run = await StartAsync(prod, rotationDate: Today);

        var scheduled = run.OfType(SecretRotationType)
            .Select(r => (IEnumerable<KeyValuePair<string, object>>)r.Inputs["rotationRules"])
            .Select(rules => Convert.ToInt32(rules.Single(p => p.Key == "automaticallyAfterDays").Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        var generated = run.OfType(RandomPasswordType)
            .Select(r => Map(r, "keepers"))
            .Where(k => k.ContainsKey("rotationDays"))
            .Select(k => int.Parse(k["rotationDays"], System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

        Assert.That(scheduled, Is.Not.Empty);
        Assert.That(generated, Is.Not.Empty);
        Assert.That(scheduled.Concat(generated), Has.All.InRange(1, 90));
    }

    [Test]
    public async Task MovingTheEpochShiftsKeys()
    {
        var view = ExampleCatalog.View("dev");
        var at5 = await StartAsync(view, epoch: 5, rotationDate: Today);
        var at6 = await StartAsync(view, epoch: 6, rotationDate: Today);

        var current5 = await ValueOf(at5.Component.SigningKeyCurrent);
        var previous5 = await ValueOf(at5.Component.SigningKeyPrevious);
        var current6 = await ValueOf(at6.Component.SigningKeyCurrent);
        var previous6 = await ValueOf(at6.Component.SigningKeyPrevious);

        Assert.Multiple(async () =>
        {
            Assert.That(previous6, Is.EqualTo(current5), "the old current key stays, as previous");
            Assert.That(current6, Is.Not.EqualTo(current5).And.Not.EqualTo(previous5), "a new key becomes current");
            Assert.That(await ValueOf(at6.Component.SigningKeyCurrentId), Is.EqualTo("k6"));
            Assert.That(await ValueOf(at6.Component.SigningKeyPreviousId), Is.EqualTo("k5"));
            Assert.That(current5, Has.Length.EqualTo(43).And.Match("^[A-Za-z0-9_-]+$"));

            // The slot that held k5 is registered with the same inputs at both epochs: Pulumi leaves it alone.
            var slot5Before = at5.Single(RandomBytesType, "secrets-signing-key-odd");
            var slot5After = at6.Single(RandomBytesType, "secrets-signing-key-odd");
            Assert.That(slot5After.Inputs, Is.EquivalentTo(slot5Before.Inputs));
            Assert.That(at6.Single(RandomBytesType, "secrets-signing-key-even").Inputs,
                Is.Not.EquivalentTo(at5.Single(RandomBytesType, "secrets-signing-key-even").Inputs));
        });
    }

    [Test]
    public async Task TheSigningKeySecretHoldsBothLiveKeysForTheVerifiers()
    {
        var run = await StartAsync(ExampleCatalog.View("dev"), epoch: 2, rotationDate: Today);
        var current = await ValueOf(run.Component.SigningKeyCurrent);
        var previous = await ValueOf(run.Component.SigningKeyPrevious);

        var stored = Text(run.Single(SecretVersionType, $"secrets-{SecretPlanner.SigningKeySecretName}-version"), "secretString");

        Assert.That(stored, Is.EqualTo(SigningKeyRotation.KeySetDocument(SigningKeyRotation.Plan(2), current, previous)));
        Assert.That(await ValueOf(run.Component.SigningKeySecretArn), Does.EndWith("/" + ResourceNames.SecretName("dev", SecretPlanner.SigningKeySecretName)));
    }

    [Test]
    public async Task NoLiteralSecretStringInProgramInputs()
    {
        var run = await StartAsync(ExampleCatalog.View("prod"), rotationDate: Today);
        var generated = run.Mocks.CloudResources
            .Where(r => r.Type!.StartsWith("random:", StringComparison.Ordinal))
            .ToDictionary(r => r.Name!, r => r);
        var randomValues = new List<string>();
        foreach (var random in generated.Values)
        {
            var (_, state) = await new FabricMocks().NewResourceAsync(random);
            var outputs = (IReadOnlyDictionary<string, object>)state;
            randomValues.AddRange(new[] { "result", "base64" }.Where(outputs.ContainsKey).Select(k => (string)outputs[k]));
        }

        var randomUrls = randomValues.Select(SigningKeyRotation.ToBase64Url).ToList();
        foreach (var version in run.OfType(SecretVersionType))
        {
            var value = Text(version, version.Inputs.ContainsKey("secretStringWo") ? "secretStringWo" : "secretString");
            Assert.That(randomValues.Concat(randomUrls).Any(value.Contains), Is.True, $"{version.Name} stores a value no Random resource made");
        }

        // No generated value leaks into any other input (names, descriptions, tags, rotation settings).
        foreach (var resource in run.Mocks.CloudResources.Where(r => r.Type != SecretVersionType))
        {
            var flat = string.Join("\n", Wire.Flatten(resource.Inputs));
            Assert.That(randomValues.Concat(randomUrls).Where(flat.Contains), Is.Empty, resource.Name);
        }

        // And every secret-bearing input was handed over as a Pulumi secret.
        var versions = run.Requested.Where(r => r.Type == SecretVersionType).ToList();
        Assert.That(versions, Is.Not.Empty);
        foreach (var version in versions)
        {
            var args = (Pulumi.Aws.SecretsManager.SecretVersionArgs)version.Args;
            var value = args.SecretString ?? args.SecretStringWo;
            Assert.That(await Output.IsSecretAsync(value!.ToOutput()), Is.True, version.Name);
        }
    }

    [Test]
    public async Task NoComponentOutputShowsAKeyInClear()
    {
        var run = await StartAsync(ExampleCatalog.View("dev"), rotationDate: Today);
        var current = await ValueOf(run.Component.SigningKeyCurrent);

        Assert.Multiple(async () =>
        {
            Assert.That(await Output.IsSecretAsync(run.Component.SigningKeyCurrent), Is.True);
            Assert.That(await Output.IsSecretAsync(run.Component.SigningKeyPrevious), Is.True);
            Assert.That(await Output.IsSecretAsync(run.Component.StsCacheKey), Is.True);
            Assert.That(await ValueOf(run.Component.StsCacheKey), Has.Length.EqualTo(43).And.Not.EqualTo(current));
            Assert.That(await ValueOf(run.Component.SigningKeyCurrentId), Does.Not.Contain(current));
            Assert.That(string.Concat((await ValueOf(run.Component.SecretArns)).Values), Does.Not.Contain(current));
        });
    }

    [Test]
    public async Task ProdProtectsSecrets()
    {
        var prod = await StartAsync(ExampleCatalog.View("prod"), rotationDate: Today);
        var dev = await StartAsync(ExampleCatalog.View("dev"), rotationDate: Today);

        Assert.Multiple(() =>
        {
            Assert.That(prod.Requested.Where(r => r.Type == SecretType).Select(r => r.Options.Protect), Has.All.True);
            Assert.That(dev.Requested.Where(r => r.Type == SecretType).Select(r => r.Options.Protect), Has.None.True);
            // Protecting a Random resource would block its replacement, and so the rotation.
            Assert.That(prod.Requested.Where(r => r.Type.StartsWith("random:", StringComparison.Ordinal)).Select(r => r.Options.Protect), Has.None.True);
        });
    }

    [Test]
    public async Task ALambdaRotatedSecretGetsItsFirstValueWriteOnlyAndOnce()
    {
        var view = ExampleCatalog.View("dev");
        var run = await StartAsync(view, rotationDate: Today);

        foreach (var secret in view.Secrets)
        {
            var name = secret.Secret.Name;
            var version = run.Single(SecretVersionType, $"secrets-{name}-version");
            var options = run.RequestOf($"secrets-{name}-version").Options;
            Assert.Multiple(() =>
            {
                if (secret.Secret.RotationLambdaArn is not null)
                {
                    // Write-only: the value never enters the version's state, and with a fixed version number
                    // the provider never writes it again over what the Lambda rotated in.
                    Assert.That(version.Inputs.ContainsKey("secretString"), Is.False, name);
                    Assert.That(version.Inputs.ContainsKey("secretStringWo"), Is.True, name);
                    Assert.That(Convert.ToInt32(version.Inputs["secretStringWoVersion"], System.Globalization.CultureInfo.InvariantCulture),
                        Is.EqualTo(SecretPlanner.FirstValueVersion), name);
                    Assert.That(options.IgnoreChanges, Does.Contain("versionStages"), $"{name}: the rotation moves the staging labels");
                }
                else
                {
                    Assert.That(version.Inputs.ContainsKey("secretStringWo"), Is.False, $"{name} is rotated by Pulumi itself");
                    Assert.That(version.Inputs.ContainsKey("secretString"), Is.True, name);
                    Assert.That(options.IgnoreChanges, Is.Empty, name);
                }
            });
        }
    }

    [Test]
    public async Task EveryRotationWaitsForTheFirstVersionOfItsSecret()
    {
        var view = ExampleCatalog.View("prod");
        var run = await StartAsync(view, rotationDate: Today);

        var rotated = view.Secrets.Where(s => s.Secret.RotationLambdaArn is not null).Select(s => s.Secret.Name).ToList();
        Assert.That(rotated, Is.Not.Empty);
        foreach (var name in rotated)
        {
            var dependsOn = run.RequestOf($"secrets-{name}-rotation").Options.DependsOn;
            var resources = new List<Resource>();
            await foreach (var input in dependsOn)
            {
                resources.Add(await ValueOf(input.ToOutput()));
            }

            Assert.That(resources.Select(r => r.GetResourceName()), Does.Contain($"secrets-{name}-version"), name);
        }
    }

    [Test]
    public async Task ALambdaRotatedSecretStartsInTheShapeItsRotationFunctionReads()
    {
        var catalog = ExampleCatalog.Load();
        var shaped = catalog with
        {
            Secrets = catalog.Secrets.Select(s => s.Name switch
            {
                "orders-db" => s with
                {
                    Fields = new Dictionary<string, string>
                    {
                        ["engine"] = "postgres", ["host"] = "orders.db.internal", ["username"] = "orders_app", ["port"] = "5432",
                    },
                },
                "payments-provider-key" => s with { Format = SecretFormat.Text },
                _ => s,
            }).ToList(),
        };
        var run = await StartAsync(EnvironmentResolver.Resolve(shaped, "dev").GetView(), rotationDate: Today);

        using var orders = System.Text.Json.JsonDocument.Parse(Text(run.Single(SecretVersionType, "secrets-orders-db-version"), "secretStringWo"));
        using var inventory = System.Text.Json.JsonDocument.Parse(Text(run.Single(SecretVersionType, "secrets-inventory-db-version"), "secretStringWo"));
        var providerKey = Text(run.Single(SecretVersionType, "secrets-payments-provider-key-version"), "secretStringWo");
        Assert.Multiple(() =>
        {
            Assert.That(orders.RootElement.EnumerateObject().Select(p => p.Name),
                Is.EqualTo(new[] { "engine", "host", "password", "port", "username" }));
            Assert.That(orders.RootElement.GetProperty("engine").GetString(), Is.EqualTo("postgres"));
            Assert.That(orders.RootElement.GetProperty("password").GetString(), Has.Length.EqualTo(SecretPlanner.PlaceholderLength));
            Assert.That(inventory.RootElement.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "password" }),
                "without fields, the first value is still the JSON object the rotation templates parse");
            Assert.That(providerKey, Has.Length.EqualTo(SecretPlanner.PlaceholderLength).And.Not.StartWith("{"), "format text is the string alone");
        });
    }

    [Test]
    public async Task EverySecretArnIsPublishedUnderItsCatalogName()
    {
        var view = ExampleCatalog.View("staging");
        var run = await StartAsync(view, rotationDate: Today);

        var arns = await ValueOf(run.Component.SecretArns);

        Assert.That(arns.Keys, Is.EquivalentTo(view.Secrets.Select(s => s.Secret.Name)));
        Assert.That(run.Component.SecretArnsByName.Keys, Is.EquivalentTo(arns.Keys));
        foreach (var secret in view.Secrets)
        {
            Assert.That(arns[secret.Secret.Name], Does.EndWith("/" + secret.SecretName));
            Assert.That(await ValueOf(run.Component.SecretArnsByName[secret.Secret.Name]), Is.EqualTo(arns[secret.Secret.Name]));
        }
    }

    [Test]
    public async Task ReorderingTheCatalogChangesNothing()
    {
        var catalog = ExampleCatalog.Load();
        var reversed = catalog with { Secrets = catalog.Secrets.Reverse().ToList() };

        var first = await StartAsync(EnvironmentResolver.Resolve(catalog, "prod").GetView(), rotationDate: Today);
        var second = await StartAsync(EnvironmentResolver.Resolve(reversed, "prod").GetView(), rotationDate: Today);

        Assert.That(Snapshot(second), Is.EqualTo(Snapshot(first)));
    }

    private static List<string> Snapshot(SecretsRun run) =>
        run.Mocks.CloudResources
            .Select(r => $"{r.Type} {r.Name} {string.Join(";", Wire.Flatten(r.Inputs))}")
            .Order(StringComparer.Ordinal)
            .ToList();
}
