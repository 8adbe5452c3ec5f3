using System.Globalization;
using IdentityFabric.Catalog;
using IdentityFabric.Components.Edge;
using IdentityFabric.Testing;
using Pulumi;
using Pulumi.Testing;
using Pulumi.Utilities;

namespace IdentityFabric.Edge.Tests;

/// <summary>One run of the edge component under the project's mocks, with a small fake Worker bundle.</summary>
internal sealed class EdgeRun : ComponentRun<EdgeComponent>
{
    public const string KvNamespaceType = "cloudflare:index/workersKvNamespace:WorkersKvNamespace";
    public const string KvType = "cloudflare:index/workersKv:WorkersKv";
    public const string ScriptType = "cloudflare:index/workersScript:WorkersScript";
    public const string DomainType = "cloudflare:index/workersCustomDomain:WorkersCustomDomain";
    public const string GroupType = "cloudflare:index/zeroTrustAccessGroup:ZeroTrustAccessGroup";
    public const string PolicyType = "cloudflare:index/zeroTrustAccessPolicy:ZeroTrustAccessPolicy";
    public const string AppType = "cloudflare:index/zeroTrustAccessApplication:ZeroTrustAccessApplication";
    public const string TokenType = "cloudflare:index/zeroTrustAccessServiceToken:ZeroTrustAccessServiceToken";
    public const string LogpushType = "cloudflare:index/logpushJob:LogpushJob";

    /// <summary>Stand-in signing keys: 43 characters of base64url, as the secrets component makes them.</summary>
    public const string CurrentKey = "Q3VycmVudEtleUN1cnJlbnRLZXlDdXJyZW50S2V5QzA";
    public const string PreviousKey = "UHJldmlvdXNLZXlQcmV2aW91c0tleVByZXZpb3VzSzE";

    public static readonly IReadOnlyDictionary<string, Input<string>> ProviderIds =
        new Dictionary<string, Input<string>>(StringComparer.Ordinal) { ["okta"] = "00000000-0000-4000-8000-0000000000aa" };

    private EdgeRun(ComponentRun<EdgeComponent> run)
        : base(run)
    {
    }

    /// <summary>Writes a fake ES module bundle to a temporary file, one folder per content (so reruns reuse it).</summary>
    public static string FakeBundle(string content = "export default { async fetch() { return new Response('edge'); } };\n", string fileName = "index.js")
    {
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(content)))[..16];
        var dir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "identity-fabric-edge-tests", hash));
        var path = Path.Combine(dir.FullName, fileName);
        if (!File.Exists(path) || File.ReadAllText(path) != content)
        {
            File.WriteAllText(path, content);
        }

        return path;
    }

    /// <summary>A fake federation Worker bundle, named as <c>npm run build</c> names it.</summary>
    public static string FakeFederationBundle(string content = "export default { async fetch() { return new Response(null, { status: 404 }); } };\n") =>
        FakeBundle(content, "federation-worker.js");

    public static async Task<EdgeRun> StartAsync(
        EnvironmentView view,
        string? bundle = null,
        DateOnly? rotationDate = null,
        (System.Collections.Immutable.ImmutableDictionary<string, string> RoleArns, string CacheKey)? federation = null,
        string? logSubjectKey = null,
        string? logpushDestination = null,
        string? federationBundle = null)
    {
        var mocks = new FabricMocks()
            .WithOutputs(TokenType, a => new Dictionary<string, object>
            {
                ["clientId"] = $"{a.Name}.access",
                ["clientSecret"] = $"client-secret-of-{a.Name}",
            })
            .WithOutputs(AppType, a => new Dictionary<string, object> { ["aud"] = $"aud-{a.Name}" });
        var bundlePath = bundle ?? FakeBundle();
        var federationBundlePath = federationBundle ?? FakeFederationBundle();
        var run = await DeployAsync(mocks, view.Name, options => new EdgeComponent(
            "edge",
            new EdgeArgs
            {
                View = view,
                WorkerBundlePath = bundlePath,
                FederationWorkerBundlePath = federationBundlePath,
                SigningKeyCurrent = Output.CreateSecret(CurrentKey),
                SigningKeyPrevious = Output.CreateSecret(PreviousKey),
                SigningKeyCurrentId = "k7",
                SigningKeyPreviousId = "k6",
                OriginUrl = $"https://{view.Environment.Cloudflare.IngressHostname}",
                AccessIdentityProviderIds = ProviderIds,
                RotationDate = rotationDate,
                FederationRoleArns = federation is { } f ? f.RoleArns : (Input<System.Collections.Immutable.ImmutableDictionary<string, string>>?)null,
                StsCacheKey = federation is { } g ? Output.CreateSecret(g.CacheKey) : (Input<string>?)null,
                LogSubjectKey = logSubjectKey is { } k ? Output.CreateSecret(k) : (Input<string>?)null,
                LogpushDestination = logpushDestination,
            },
            options));
        return new EdgeRun(run);
    }

    public MockResourceArgs Single(string type) => Mocks.OfType(type).Single();

    /// <summary>The edge Worker's script.</summary>
    public MockResourceArgs EdgeScript => Named("edge-worker");

    /// <summary>The federation Worker's script, where the edge federates.</summary>
    public MockResourceArgs FederationScript => Named("edge-federation-worker");

    public MockResourceArgs Named(string name) => Mocks.CloudResources.Single(r => r.Name == name);

    public static Task<T> ValueOf<T>(Output<T> output) => OutputUtilities.GetValueAsync(output);

    public static string Text(IReadOnlyDictionary<string, object> inputs, string key) =>
        inputs.TryGetValue(key, out var value) ? Convert.ToString(value, CultureInfo.InvariantCulture) ?? "" : "";

    public static IReadOnlyList<IReadOnlyDictionary<string, object>> Objects(IReadOnlyDictionary<string, object> inputs, string key) =>
        inputs.TryGetValue(key, out var value) && value is System.Collections.IEnumerable list
            ? list.Cast<IEnumerable<KeyValuePair<string, object>>>().Select(m => (IReadOnlyDictionary<string, object>)m.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal)).ToList()
            : [];

    public static IReadOnlyDictionary<string, object> Object(IReadOnlyDictionary<string, object> inputs, string key) =>
        ((IEnumerable<KeyValuePair<string, object>>)inputs[key]).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}
