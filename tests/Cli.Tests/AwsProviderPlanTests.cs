using System.Collections.Immutable;
using System.Text.Json;
using IdentityFabric.Testing;
using Pulumi.Testing;

namespace IdentityFabric.Cli.Tests;

/// <summary>
/// The plan shows the stack's AWS provider, bound to the environment's account, and refuses, as the real provider
/// does, a provider that allows only other accounts than the environment's.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class AwsProviderPlanTests
{
    private const string ProviderType = "pulumi:providers:aws";

    private static Task<(string? Id, object State)> RegisterProvider(RecordingMocks mocks, string name, params string[] allowedAccounts) =>
        mocks.NewResourceAsync(new MockResourceArgs
        {
            Type = ProviderType,
            Name = name,
            Inputs = ImmutableDictionary<string, object>.Empty
                .Add("region", "eu-west-1")
                .Add("allowedAccountIds", JsonSerializer.Serialize(allowedAccounts)),
            Id = "",
        });

    [TestCase("dev")]
    [TestCase("prod")]
    public async Task ThePlanShowsTheAwsProviderWithTheEnvironmentsAccountAndRegion(string stack)
    {
        var environment = ExampleCatalog.View(stack).Environment;

        var plan = await FabricPlans.PlanAsync(stack, FabricPlans.CopyCatalog());

        var provider = plan.Resources.Single(r => r.Type == ProviderType);
        var root = plan.Resources.Single(r => r.Parent is null);
        Assert.That(provider.Name, Is.EqualTo($"aws-{stack}"));
        Assert.That(provider.Parent, Is.EqualTo(root.Urn), "the provider belongs to the stack, not to a component");
        Assert.That(provider.Inputs["region"]!.GetValue<string>(), Is.EqualTo(environment.AwsRegion));
        Assert.That(JsonSerializer.Deserialize<string[]>(provider.Inputs["allowedAccountIds"]!.GetValue<string>()),
            Is.EqualTo(new[] { environment.AwsAccountId }));
    }

    [Test]
    public async Task AProviderOfTheEnvironmentsAccountGetsAStableId()
    {
        var (first, _) = await RegisterProvider(new RecordingMocks("111111111111", "eu-west-1"), "aws-dev", "111111111111");
        var (second, _) = await RegisterProvider(new RecordingMocks("111111111111", "eu-west-1"), "aws-dev", "111111111111");

        Assert.That(Guid.TryParse(first, out _), Is.True, "providers get a UUID, as the engine gives them");
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void AProviderThatAllowsOnlyAnotherAccountIsRefused()
    {
        var mocks = new RecordingMocks("333333333333", "eu-west-1");

        var failure = Assert.ThrowsAsync<InvalidOperationException>(() => RegisterProvider(mocks, "aws-prod", "111111111111"));

        Assert.That(failure!.Message, Does.Contain("aws-prod").And.Contain("111111111111").And.Contain("333333333333"));
    }

    [Test]
    public async Task AnEmptyAccountListRestrictsNothingAsInTheProvider()
    {
        var (id, _) = await RegisterProvider(new RecordingMocks("333333333333", "eu-west-1"), "aws-open");

        Assert.That(id, Is.Not.Empty);
    }
}
