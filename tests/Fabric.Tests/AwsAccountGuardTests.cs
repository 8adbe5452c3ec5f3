using System.Text.Json;
using IdentityFabric.Catalog;
using IdentityFabric.Stacks;
using IdentityFabric.Testing;
using NUnit.Framework;
using Pulumi.Testing;
using Pulumi.Utilities;
using AwsProvider = Pulumi.Aws.Provider;

namespace IdentityFabric.Tests;

/// <summary>
/// A stack deploys its environment's AWS resources into the account and region the catalog names, and only there:
/// every AWS resource goes through one explicit provider that allows that account alone.
/// </summary>
[TestFixture]
public sealed class AwsAccountGuardTests
{
    private const string ProviderType = "pulumi:providers:aws";

    private static readonly string[] Environments = ["dev", "staging", "prod"];

    private static DeploymentEnvironment EnvironmentOf(string stack) => ExampleCatalog.View(stack).Environment;

    private static MockResourceArgs ProviderOf(FabricMocks mocks) => mocks.OfType(ProviderType).Single();

    private static string[] AllowedAccounts(MockResourceArgs provider) =>
        JsonSerializer.Deserialize<string[]>((string)provider.Inputs["allowedAccountIds"])!;

    [TestCaseSource(nameof(Environments))]
    public async Task EveryAwsResourceUsesTheEnvironmentsAccountGuardedProvider(string stack)
    {
        var (resources, mocks) = await StackHarness.RunAsync(stack);
        var provider = resources.OfType<AwsProvider>().Single();
        var reference = $"{await OutputUtilities.GetValueAsync(provider.Urn)}::{await OutputUtilities.GetValueAsync(provider.Id)}";
        var aws = mocks.Resources.Where(r => r.Type!.StartsWith("aws:", StringComparison.Ordinal)).ToList();

        Assert.That(provider.GetResourceName(), Is.EqualTo($"aws-{stack}"));
        Assert.That(aws, Has.Count.GreaterThan(10), "the stack creates AWS resources, so the check has something to look at");
        Assert.That(aws.Where(r => r.Provider != reference).Select(r => $"{r.Type} {r.Name} -> '{r.Provider}'"), Is.Empty,
            $"every AWS resource goes through {reference}, none through the default provider");
    }

    [TestCaseSource(nameof(Environments))]
    public async Task TheProviderAllowsOnlyTheEnvironmentsAccount(string stack)
    {
        var (_, mocks) = await StackHarness.RunAsync(stack);
        var provider = ProviderOf(mocks);
        var environment = EnvironmentOf(stack);

        Assert.That(provider.Name, Is.EqualTo($"aws-{stack}"));
        Assert.That(AllowedAccounts(provider), Is.EqualTo(new[] { environment.AwsAccountId }));
        Assert.That(provider.Inputs["region"], Is.EqualTo(environment.AwsRegion));
        Assert.That(mocks.OfType(ProviderType), Has.Count.EqualTo(1), "one AWS provider per stack");
    }

    [Test]
    public async Task NoEnvironmentsProviderAcceptsAnotherEnvironmentsAccount()
    {
        foreach (var stack in Environments)
        {
            var (_, mocks) = await StackHarness.RunAsync(stack);
            var allowed = AllowedAccounts(ProviderOf(mocks));
            foreach (var other in Environments.Where(e => e != stack))
            {
                Assert.That(allowed, Does.Not.Contain(EnvironmentOf(other).AwsAccountId),
                    $"{other}'s credentials are refused by the {stack} stack");
            }
        }
    }

    [Test]
    public void AMismatchedRegionFailsBeforeAnyResource()
    {
        var mocks = new FabricMocks();
        var catalogRegion = EnvironmentOf("prod").AwsRegion;
        Assume.That(catalogRegion, Is.Not.EqualTo("us-east-1"));

        var failure = Assert.CatchAsync(async () =>
            await StackHarness.RunAsync("prod", new Dictionary<string, string> { ["aws:region"] = "us-east-1" }, mocks));

        Assert.That(failure!.ToString(), Does.Contain("aws:region is 'us-east-1'").And.Contain($"region '{catalogRegion}'"),
            "the message names both regions");
        Assert.That(mocks.Resources, Is.Empty, "nothing, not even the provider, is created");
    }

    [Test]
    public async Task WithoutAwsRegionInTheStackConfigTheCatalogsRegionIsUsed()
    {
        var (_, mocks) = await StackHarness.RunAsync("staging", new Dictionary<string, string> { ["aws:region"] = "" });

        Assert.That(ProviderOf(mocks).Inputs["region"], Is.EqualTo(EnvironmentOf("staging").AwsRegion));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("eu-west-1")]
    public void ARegionThatAgreesWithTheCatalogOrIsUnsetIsAccepted(string? configured)
    {
        var environment = EnvironmentOf("dev") with { AwsRegion = "eu-west-1" };

        Assert.DoesNotThrow(() => AwsAccountGuard.CheckConfiguredRegion(configured, environment));
    }

    [TestCase("us-east-1")]
    [TestCase("EU-WEST-1")]
    [TestCase("eu-west-1 ")]
    public void ARegionThatDiffersFromTheCatalogIsRefusedNamingBoth(string configured)
    {
        var environment = EnvironmentOf("dev") with { AwsRegion = "eu-west-1" };

        var failure = Assert.Throws<Pulumi.RunException>(() => AwsAccountGuard.CheckConfiguredRegion(configured, environment));

        Assert.That(failure!.Message, Does.Contain($"'{configured}'").And.Contain("'eu-west-1'").And.Contain("'dev'"));
    }
}
