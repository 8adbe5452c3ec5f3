using System.Text.Json;
using Pulumi.Aws;
using Pulumi.Aws.CloudWatch;
using Pulumi.OfflineSdk.Tests.Support;
using Pulumi.Random;

namespace Pulumi.OfflineSdk.Tests;

/// <summary>
/// The explicit AWS provider under the mock engine, as the real SDK and mock monitor treat it: registered like any
/// custom resource under its <c>pulumi:providers:aws</c> token, with its non-string settings sent as JSON text, and
/// handed from a component (<c>Providers</c>) to every AWS resource below it, through nested components too, as
/// <c>"{providerUrn}::{providerId}"</c>.
/// </summary>
public sealed class AwsProviderTests
{
    private const string ProviderUrn = "urn:pulumi:stack::project::pulumi:pulumi:Stack$pulumi:providers:aws::aws-eu";

    private static Aws.Provider EuProvider() => new("aws-eu", new Aws.ProviderArgs
    {
        Region = "eu-central-1",
        AllowedAccountIds = { "123456789012" },
    });

    [Test]
    public async Task TheAwsProviderRegistersUnderItsProviderTokenWithItsSettings()
    {
        var mocks = new RecordingMocks();
        await Harness.RunAsync(mocks, () => EuProvider(), preview: false);

        var provider = mocks.Single("aws-eu");
        Assert.That(provider.Type, Is.EqualTo("pulumi:providers:aws"));
        Assert.That(provider.Provider, Is.Empty, "a provider is not itself provided");
        Assert.That(provider.Inputs["region"], Is.EqualTo("eu-central-1"));
        Assert.That(provider.Inputs["allowedAccountIds"], Is.TypeOf<string>(), "a list setting travels as JSON text");
        Assert.That(JsonSerializer.Deserialize<string[]>((string)provider.Inputs["allowedAccountIds"]), Is.EqualTo(new[] { "123456789012" }));
        Assert.That(JsonSerializer.Deserialize<bool>((string)provider.Inputs["skipCredentialsValidation"]), Is.False, "credentials are validated");
        Assert.That(JsonSerializer.Deserialize<bool>((string)provider.Inputs["skipRegionValidation"]), Is.True);
    }

    [Test]
    public async Task AProviderWithoutAllowedAccountsSendsNoAccountList()
    {
        var mocks = new RecordingMocks();
        await Harness.RunAsync(mocks, () => new Aws.Provider("open", new Aws.ProviderArgs { Region = "eu-west-1" }), preview: false);

        Assert.That(mocks.Single("open").Inputs, Does.Not.ContainKey("allowedAccountIds"));
    }

    [Test]
    public async Task AComponentsAwsProviderReachesEveryAwsResourceBelowItAndNothingElse()
    {
        var mocks = new RecordingMocks();
        await Harness.RunAsync(mocks, () =>
        {
            var provider = EuProvider();
            _ = new Outer("outer", new ComponentResourceOptions { Providers = { provider } });
            _ = new LogGroup("outside", new LogGroupArgs());
        }, preview: false);

        var expected = ProviderUrn + "::aws-eu-id";
        Assert.That(mocks.Single("outer-logs").Provider, Is.EqualTo(expected), "a child of the component");
        Assert.That(mocks.Single("outer-inner-logs").Provider, Is.EqualTo(expected), "a child of a nested component");
        Assert.That(mocks.Single("outer-inner-bytes").Provider, Is.Empty, "another package's resource keeps its default provider");
        Assert.That(mocks.Single("outside").Provider, Is.Empty, "a resource outside the component keeps the default provider");
        Assert.That(mocks.Single("outer").Provider, Is.Empty, "components are not provided themselves");
    }

    [Test]
    public async Task ANestedComponentsOwnProviderWinsForItsChildren()
    {
        var mocks = new RecordingMocks();
        await Harness.RunAsync(mocks, () =>
        {
            var outer = EuProvider();
            var inner = new Aws.Provider("aws-us", new Aws.ProviderArgs { Region = "us-east-1" });
            _ = new Outer("outer", new ComponentResourceOptions { Providers = { outer } }, innerProvider: inner);
        }, preview: false);

        Assert.That(mocks.Single("outer-logs").Provider, Does.StartWith(ProviderUrn + "::"));
        Assert.That(mocks.Single("outer-inner-logs").Provider, Does.Contain("::pulumi:pulumi:Stack$pulumi:providers:aws::aws-us::"));
    }

    /// <summary>A component with one AWS resource and a nested component.</summary>
    private sealed class Outer : ComponentResource
    {
        public Outer(string name, ComponentResourceOptions options, Aws.Provider? innerProvider = null)
            : base("test:index:Outer", name, options)
        {
            _ = new LogGroup($"{name}-logs", new LogGroupArgs(), new CustomResourceOptions { Parent = this });
            var innerOptions = new ComponentResourceOptions { Parent = this };
            if (innerProvider is not null)
            {
                innerOptions.Providers.Add(innerProvider);
            }

            _ = new Inner($"{name}-inner", innerOptions);
            RegisterOutputs(new Dictionary<string, object?>());
        }
    }

    /// <summary>A nested component with an AWS resource and a resource of another package.</summary>
    private sealed class Inner : ComponentResource
    {
        public Inner(string name, ComponentResourceOptions options)
            : base("test:index:Inner", name, options)
        {
            _ = new LogGroup($"{name}-logs", new LogGroupArgs(), new CustomResourceOptions { Parent = this });
            _ = new RandomBytes($"{name}-bytes", new RandomBytesArgs { Length = 16 }, new CustomResourceOptions { Parent = this });
            RegisterOutputs(new Dictionary<string, object?>());
        }
    }
}
