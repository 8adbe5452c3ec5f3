using System.Collections.Concurrent;
using IdentityFabric.Catalog;
using IdentityFabric.Components.Secrets;
using IdentityFabric.Testing;
using Pulumi;
using Pulumi.Testing;
using Pulumi.Utilities;

namespace IdentityFabric.Secrets.Tests;

/// <summary>A resource as the component asked for it: its type, name, args and options.</summary>
internal sealed record Requested(string Type, string Name, ResourceArgs Args, ResourceOptions Options);

/// <summary>One run of the secrets component under the project's mocks.</summary>
internal sealed class SecretsRun
{
    public const string RandomBytesType = "random:index/randomBytes:RandomBytes";
    public const string RandomPasswordType = "random:index/randomPassword:RandomPassword";
    public const string SecretType = "aws:secretsmanager/secret:Secret";
    public const string SecretVersionType = "aws:secretsmanager/secretVersion:SecretVersion";
    public const string SecretRotationType = "aws:secretsmanager/secretRotation:SecretRotation";

    private SecretsRun(FabricMocks mocks, IReadOnlyList<Requested> requested, SecretsComponent component)
    {
        Mocks = mocks;
        Requested = requested;
        Component = component;
    }

    public FabricMocks Mocks { get; }

    public IReadOnlyList<Requested> Requested { get; }

    public SecretsComponent Component { get; }

    public static async Task<SecretsRun> StartAsync(EnvironmentView view, int epoch = 3, DateOnly? rotationDate = null)
    {
        var mocks = new FabricMocks();
        var requested = new ConcurrentQueue<Requested>();
        SecretsComponent? component = null;
        await Deployment.TestAsync(
            mocks,
            new TestOptions { IsPreview = false, StackName = view.Name, ProjectName = "identity-fabric" },
            () =>
            {
                component = new SecretsComponent(
                    "secrets",
                    new SecretsArgs { View = view, SigningKeyEpoch = epoch, RotationDate = rotationDate },
                    new ComponentResourceOptions
                    {
                        ResourceTransformations =
                        {
                            t =>
                            {
                                requested.Enqueue(new Requested(t.Resource.GetResourceType(), t.Resource.GetResourceName(), t.Args, t.Options));
                                return null;
                            },
                        },
                    });
            });
        return new SecretsRun(mocks, requested.ToList(), component!);
    }

    public IReadOnlyList<MockResourceArgs> OfType(string type) => Mocks.OfType(type);

    public MockResourceArgs Single(string type, string name) =>
        Mocks.OfType(type).Single(r => r.Name == name);

    public Requested RequestOf(string name) => Requested.Single(r => r.Name == name);

    public static Task<T> ValueOf<T>(Output<T> output) => OutputUtilities.GetValueAsync(output);

    public static string Text(MockResourceArgs resource, string input) =>
        resource.Inputs.TryGetValue(input, out var value) ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "" : "";

    public static IReadOnlyDictionary<string, string> Map(MockResourceArgs resource, string input) =>
        resource.Inputs.TryGetValue(input, out var value) && value is IEnumerable<KeyValuePair<string, object>> map
            ? map.ToDictionary(p => p.Key, p => Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "", StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
}
