using IdentityFabric.Catalog;
using IdentityFabric.Components.Secrets;
using IdentityFabric.Testing;
using Pulumi;
using Pulumi.Testing;
using Pulumi.Utilities;

namespace IdentityFabric.Secrets.Tests;

/// <summary>One run of the secrets component under the project's mocks.</summary>
internal sealed class SecretsRun : ComponentRun<SecretsComponent>
{
    public const string RandomBytesType = "random:index/randomBytes:RandomBytes";
    public const string RandomPasswordType = "random:index/randomPassword:RandomPassword";
    public const string SecretType = "aws:secretsmanager/secret:Secret";
    public const string SecretVersionType = "aws:secretsmanager/secretVersion:SecretVersion";
    public const string SecretRotationType = "aws:secretsmanager/secretRotation:SecretRotation";

    private SecretsRun(ComponentRun<SecretsComponent> run)
        : base(run)
    {
    }

    public static async Task<SecretsRun> StartAsync(EnvironmentView view, int epoch = 3, DateOnly? rotationDate = null) =>
        new(await DeployAsync(new FabricMocks(), view.Name, options => new SecretsComponent(
            "secrets",
            new SecretsArgs { View = view, SigningKeyEpoch = epoch, RotationDate = rotationDate },
            options)));

    public MockResourceArgs Single(string type, string name) =>
        Mocks.OfType(type).Single(r => r.Name == name);

    public static Task<T> ValueOf<T>(Output<T> output) => OutputUtilities.GetValueAsync(output);

    public static string Text(MockResourceArgs resource, string input) =>
        resource.Inputs.TryGetValue(input, out var value) ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "" : "";

    public static IReadOnlyDictionary<string, string> Map(MockResourceArgs resource, string input) =>
        resource.Inputs.TryGetValue(input, out var value) && value is IEnumerable<KeyValuePair<string, object>> map
            ? map.ToDictionary(p => p.Key, p => Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "", StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
}
