using System.Text.Json;
using IdentityFabric.Components.Iam;
using IdentityFabric.Components.Secrets;
using IdentityFabric.Testing;
using Pulumi;
using Pulumi.Aws.SecretsManager;
using Pulumi.Utilities;

namespace IdentityFabric.Secrets.Tests;

[TestFixture]
public sealed class MachineClientCredentialsTests
{
    private const string ClientId = "4f2c9e1a7b3d5f60718293a4b5c6d7e8.access";
    private const string CurrentSecret = "a91f0c7e3b5d2468ace13579bdf02468a91f0c7e3b5d2468ace13579bdf02468";

    private static Task<ComponentRun<MachineClientCredentials>> Deploy(string environment, int secretVersion = 1, string? previousExpiresAt = null)
    {
        var view = ExampleCatalog.View(environment);
        var env = view.Environment;
        var mocks = new FabricMocks().WithOutputs(SecretsRun.SecretType, args => new Dictionary<string, object>
        {
            ["arn"] = $"arn:aws:secretsmanager:{env.AwsRegion}:{env.AwsAccountId}:secret:{args.Inputs["name"]}-AbC123",
        });
        var tokens = view.MachineClients.ToDictionary(
            c => c.Name,
            _ => new MachineClientToken(secretVersion, previousExpiresAt, Output.Create(ClientId), Output.CreateSecret(CurrentSecret)),
            StringComparer.Ordinal);
        return ComponentRun<MachineClientCredentials>.DeployAsync(mocks, environment, options => new MachineClientCredentials(
            "machine-clients",
            new MachineClientCredentialsArgs { View = view, Tokens = tokens, Workload = WorkloadIdentity.Ecs },
            options));
    }

    [Test]
    public async Task EveryMachineClientGetsOneSecretNamedForIt()
    {
        var run = await Deploy("dev");
        var view = ExampleCatalog.View("dev");
        var names = run.OfType(SecretsRun.SecretType).Select(s => Wire.Text(s.Inputs, "name")).ToList();

        Assert.That(view.MachineClients, Is.Not.Empty);
        Assert.That(names, Is.EquivalentTo(view.MachineClients.Select(c => $"identity-fabric/dev/machine-clients/{c.Name}")));
        Assert.That((await OutputUtilities.GetValueAsync(run.Component.SecretArns)).Keys, Is.EquivalentTo(view.MachineClients.Select(c => c.Name)));
    }

    [Test]
    public async Task TheSecretHoldsTheTokensIdAndSecretAsASecretValue()
    {
        var run = await Deploy("dev");
        var version = run.OfType(SecretsRun.SecretVersionType).Single();
        using var document = JsonDocument.Parse(Wire.Text(version.Inputs, "secretString")!);

        Assert.That(document.RootElement.GetProperty("clientId").GetString(), Is.EqualTo(ClientId));
        Assert.That(document.RootElement.GetProperty("clientSecret").GetString(), Is.EqualTo(CurrentSecret));
        Assert.That(document.RootElement.GetProperty("secretVersion").GetInt32(), Is.EqualTo(1));
        Assert.That(document.RootElement.TryGetProperty("previousSecretExpiresAt", out _), Is.False, "no rotation yet, no overlap");

        var args = (SecretVersionArgs)run.Requested.Single(r => r.Type == SecretsRun.SecretVersionType).Args;
        Output<string> value = args.SecretString!;
        Assert.That(await Output.IsSecretAsync(value), Is.True);
    }

    [Test]
    public async Task ARotatedTokenIsWrittenWithItsOverlap()
    {
        // In the token's third rotation period the edge asks Cloudflare for secret version 3 and keeps the one before
        // accepted until the overlap ends; the delivered secret says both, so a client knows until when its old copy works.
        var run = await Deploy("dev", 3, "2026-07-20T00:00:00Z");
        using var document = JsonDocument.Parse(Wire.Text(run.OfType(SecretsRun.SecretVersionType).Single().Inputs, "secretString")!);

        Assert.That(document.RootElement.GetProperty("secretVersion").GetInt32(), Is.EqualTo(3));
        Assert.That(document.RootElement.GetProperty("previousSecretExpiresAt").GetString(), Is.EqualTo("2026-07-20T00:00:00Z"));
    }

    [Test]
    public async Task NothingButTheClientsOwnRoleCanReadIt()
    {
        var run = await Deploy("prod");
        var env = ExampleCatalog.View("prod").Environment;
        var secret = run.OfType(SecretsRun.SecretType).Single();
        var policy = Wire.Text(secret.Inputs, "policy");
        var arn = (await OutputUtilities.GetValueAsync(run.Component.SecretArns))["warehouse-sync"];
        var reader = $"arn:aws:iam::{env.AwsAccountId}:role/{Wire.Text(run.OfType("aws:iam/role:Role").Single().Inputs, "name")}";
        var readerPolicies = run.OfType("aws:iam/rolePolicy:RolePolicy").Select(p => Wire.Text(p.Inputs, "policy")!).ToList();

        Assert.That(reader, Does.EndWith(":role/prod-warehouse-sync-client"));
        Assert.That(SecretAccess.MayRead(reader, readerPolicies, policy, arn), Is.True);

        const string everything = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""";
        foreach (var other in new[]
        {
            $"arn:aws:iam::{env.AwsAccountId}:role/prod-edge-ingress-envoy",
            $"arn:aws:iam::{env.AwsAccountId}:role/prod-orders-envoy",
            $"arn:aws:iam::{env.AwsAccountId}:role/prod-finance-federated",
            $"arn:aws:iam::{env.AwsAccountId}:role/prod-warehouse-sync-client-2",
            $"arn:aws:iam::111111111111:role/prod-warehouse-sync-client",
        })
        {
            Assert.That(SecretAccess.MayRead(other, [everything], policy, arn), Is.False, other);
        }

        // The reader's own grant names this one secret and nothing else.
        Assert.That(readerPolicies.Single(), Does.Contain(arn).And.Not.Contain("\"*\""));
    }

    [Test]
    public void AMachineClientWithoutATokenIsRefused()
    {
        var view = ExampleCatalog.View("dev");
        Assert.That(async () => await ComponentRun<MachineClientCredentials>.DeployAsync(new FabricMocks(), "dev", options => new MachineClientCredentials(
            "machine-clients",
            new MachineClientCredentialsArgs { View = view, Tokens = new Dictionary<string, MachineClientToken>(), Workload = WorkloadIdentity.Ecs },
            options)), Throws.Exception);
    }
}
