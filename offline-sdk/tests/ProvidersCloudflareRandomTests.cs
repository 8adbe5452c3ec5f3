using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Pulumi.Cloudflare;
using Pulumi.Cloudflare.Inputs;
using Pulumi.Random;
using Pulumi.Testing;
using Pulumi.Utilities;

namespace Pulumi.OfflineSdk.Tests;

/// <summary>
/// Pins the Pulumi.Cloudflare and Pulumi.Random stand-ins to the wire contract of the real packages:
/// the type tokens and the (nested) property names the engine, and so the mocks, receive.
/// </summary>
public sealed class ProvidersCloudflareRandomTests
{
    /// <summary>
    /// Knows the tokens of the two packages, echoes inputs, adds what the provider would compute
    /// (random results, service token credentials) and throws on any other type.
    /// </summary>
    private sealed class ProviderMocks : IMocks
    {
        private static readonly ImmutableHashSet<string> EchoedTypes = ImmutableHashSet.Create(
            "cloudflare:index/workersScript:WorkersScript",
            "cloudflare:index/workersKvNamespace:WorkersKvNamespace",
            "cloudflare:index/workersKv:WorkersKv",
            "cloudflare:index/workersRoute:WorkersRoute",
            "cloudflare:index/workersCustomDomain:WorkersCustomDomain",
            "cloudflare:index/zeroTrustAccessApplication:ZeroTrustAccessApplication",
            "cloudflare:index/zeroTrustAccessPolicy:ZeroTrustAccessPolicy",
            "cloudflare:index/zeroTrustAccessGroup:ZeroTrustAccessGroup",
            "cloudflare:index/zeroTrustAccessIdentityProvider:ZeroTrustAccessIdentityProvider",
            "cloudflare:index/zeroTrustTunnelCloudflared:ZeroTrustTunnelCloudflared",
            "cloudflare:index/zeroTrustTunnelCloudflaredConfig:ZeroTrustTunnelCloudflaredConfig",
            "cloudflare:index/logpushJob:LogpushJob");

        public ConcurrentQueue<MockResourceArgs> Registered { get; } = new();

        public MockResourceArgs Named(string name) => Registered.Single(r => r.Name == name);

        public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
        {
            Registered.Enqueue(args);
            var state = new Dictionary<string, object>(args.Inputs);
            switch (args.Type)
            {
                case "random:index/randomPassword:RandomPassword":
                case "random:index/randomString:RandomString":
                    state["result"] = new string('x', Convert.ToInt32(args.Inputs["length"], System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case "random:index/randomBytes:RandomBytes":
                    state["base64"] = "AAECAw==";
                    state["hex"] = "00010203";
                    break;
                case "random:index/randomId:RandomId":
                    state["hex"] = "0a0b";
                    state["b64Url"] = "Cgs";
                    break;
                case "cloudflare:index/zeroTrustAccessServiceToken:ZeroTrustAccessServiceToken":
                    state["clientId"] = $"{args.Name}.access";
                    state["clientSecret"] = $"{args.Name}-secret";
                    break;
                case var type when type is not null && EchoedTypes.Contains(type):
                    break;
                default:
                    throw new NotSupportedException($"no mock for resource type '{args.Type}'");
            }

            return Task.FromResult<(string?, object)>(($"{args.Name}-id", state));
        }

        public Task<object> CallAsync(MockCallArgs args)
            => throw new NotSupportedException($"no mock for function '{args.Token}'");
    }

    private static async Task<ProviderMocks> RunAsync(Action program)
    {
        var mocks = new ProviderMocks();
        await Deployment.TestAsync(mocks, new TestOptions { IsPreview = false }, program);
        return mocks;
    }

    [Test]
    public async Task AnExplicitRandomProviderRegistersUnderItsProviderToken()
    {
        var mocks = new RecordingProviderMocks();
        await Deployment.TestAsync(mocks, new TestOptions { IsPreview = false }, () => _ = new Pulumi.Random.Provider("rng"));

        Assert.That(mocks.Types, Is.EqualTo(new[] { "pulumi:providers:random" }));
    }

    private sealed class RecordingProviderMocks : IMocks
    {
        public ConcurrentQueue<string> Types { get; } = new();

        public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
        {
            Types.Enqueue(args.Type!);
            return Task.FromResult<(string?, object)>(($"{args.Name}-id", new Dictionary<string, object>()));
        }

        public Task<object> CallAsync(MockCallArgs args) => throw new NotSupportedException(args.Token);
    }

    /// <summary>Walks nested engine values: string keys index objects, integers index lists.</summary>
    private static object? At(object? root, params object[] path)
    {
        var current = root;
        foreach (var step in path)
        {
            current = (step, current) switch
            {
                (string key, IReadOnlyDictionary<string, object> map) => map.TryGetValue(key, out var value)
                    ? value
                    : throw new AssertionException($"no key '{key}' among [{string.Join(", ", map.Keys)}]"),
                (int index, IList list) => list[index],
                _ => throw new AssertionException($"cannot step '{step}' into {current?.GetType().Name ?? "null"}"),
            };
        }

        return current;
    }

    private static IEnumerable<string> KeysAt(object? root, params object[] path) => At(root, path) switch
    {
        IReadOnlyDictionary<string, object> map => map.Keys,
        var other => throw new AssertionException($"not an object: {other?.GetType().Name ?? "null"}"),
    };

    private static WorkersScriptArgs EdgeWorker() => new()
    {
        AccountId = "acc",
        ScriptName = "edge-auth",
        Content = "export default {}",
        MainModule = "worker.js",
        CompatibilityDate = "2025-01-01",
        CompatibilityFlags = { "nodejs_compat" },
        Bindings =
        {
            new WorkersScriptBindingArgs { Name = "ISSUER", Type = "plain_text", Text = "https://idp.example" },
            new WorkersScriptBindingArgs { Name = "JWKS_CACHE", Type = "kv_namespace", NamespaceId = "ns-1" },
            new WorkersScriptBindingArgs { Name = "SIGNING_KEY", Type = "secret_text", Text = "k3y" },
        },
    };

    [Test]
    public async Task AWorkerRegistersUnderTheV6TokenWithBindingsAsAListOfWireNamedMaps()
    {
        var mocks = await RunAsync(() => _ = new WorkersScript("edge", EdgeWorker()));

        var script = mocks.Named("edge");
        Assert.That(script.Type, Is.EqualTo("cloudflare:index/workersScript:WorkersScript"));
        Assert.That(script.Inputs.Keys, Is.SupersetOf(new[]
        {
            "accountId", "scriptName", "content", "mainModule", "compatibilityDate", "compatibilityFlags", "bindings",
        }));
        Assert.That((IList)At(script.Inputs, "bindings")!, Has.Count.EqualTo(3));
        Assert.That(At(script.Inputs, "bindings", 0, "name"), Is.EqualTo("ISSUER"));
        Assert.That(At(script.Inputs, "bindings", 0, "type"), Is.EqualTo("plain_text"));
        Assert.That(At(script.Inputs, "bindings", 0, "text"), Is.EqualTo("https://idp.example"));
        Assert.That(At(script.Inputs, "bindings", 1, "namespaceId"), Is.EqualTo("ns-1"));
        Assert.That(KeysAt(script.Inputs, "bindings", 1), Is.EquivalentTo(new[] { "name", "type", "namespaceId" }));
        Assert.That(At(script.Inputs, "compatibilityFlags", 0), Is.EqualTo("nodejs_compat"));
    }

    [Test]
    public async Task BindingTextIsMarkedSecretBeforeItLeavesTheProgram()
    {
        WorkersScriptBindingArgs binding = null!;
        await RunAsync(() => binding = new WorkersScriptBindingArgs { Name = "SIGNING_KEY", Type = "secret_text", Text = "k3y" });

        Output<string> text = binding.Text!;
        Assert.That(await Output.IsSecretAsync(text), Is.True);
        Assert.That(await OutputUtilities.GetValueAsync(text), Is.EqualTo("k3y"));
    }

    [Test]
    public async Task EchoedBindingsDeserializeIntoTheWorkerOutputType()
    {
        WorkersScript script = null!;
        await RunAsync(() => script = new WorkersScript("edge", EdgeWorker()));

        var bindings = await OutputUtilities.GetValueAsync(script.Bindings);
        Assert.That(bindings.Select(b => (b.Name, b.Type)), Is.EqualTo(new[]
        {
            ("ISSUER", "plain_text"), ("JWKS_CACHE", "kv_namespace"), ("SIGNING_KEY", "secret_text"),
        }));
        Assert.That(bindings[1].NamespaceId, Is.EqualTo("ns-1"));
    }

    [Test]
    public async Task KvRoutesAndCustomDomainsUseTheirV6TokensAndWireNames()
    {
        var mocks = await RunAsync(() =>
        {
            var ns = new WorkersKvNamespace("kv", new WorkersKvNamespaceArgs { AccountId = "acc", Title = "jwks" });
            _ = new WorkersKv("doc", new WorkersKvArgs { AccountId = "acc", NamespaceId = ns.Id, KeyName = "routes:v1", Value = "{}" });
            _ = new WorkersRoute("route", new WorkersRouteArgs { ZoneId = "zone", Pattern = "api.example.com/*", Script = "edge-auth" });
            _ = new WorkersCustomDomain("domain", new WorkersCustomDomainArgs
            {
                AccountId = "acc", ZoneId = "zone", Hostname = "auth.example.com", Service = "edge-auth", Environment = "production",
            });
        });

        Assert.That(mocks.Named("kv").Type, Is.EqualTo("cloudflare:index/workersKvNamespace:WorkersKvNamespace"));
        Assert.That(mocks.Named("doc").Type, Is.EqualTo("cloudflare:index/workersKv:WorkersKv"));
        Assert.That(mocks.Named("doc").Inputs, Does.ContainKey("keyName").And.ContainKey("namespaceId"));
        Assert.That(At(mocks.Named("doc").Inputs, "namespaceId"), Is.EqualTo("kv-id"));
        Assert.That(mocks.Named("route").Type, Is.EqualTo("cloudflare:index/workersRoute:WorkersRoute"));
        Assert.That(KeysAt(mocks.Named("route").Inputs), Is.EquivalentTo(new[] { "zoneId", "pattern", "script" }));
        Assert.That(mocks.Named("domain").Type, Is.EqualTo("cloudflare:index/workersCustomDomain:WorkersCustomDomain"));
    }

    [Test]
    public async Task AccessPolicyRulesSerializeAsOneWireNamedSelectorPerRule()
    {
        var mocks = await RunAsync(() => _ = new ZeroTrustAccessPolicy("admins", new ZeroTrustAccessPolicyArgs
        {
            AccountId = "acc",
            Name = "admins",
            Decision = "allow",
            SessionDuration = "8h",
            Includes =
            {
                new ZeroTrustAccessPolicyIncludeArgs { Group = new ZeroTrustAccessPolicyIncludeGroupArgs { Id = "grp-1" } },
                new ZeroTrustAccessPolicyIncludeArgs
                {
                    Oidc = new ZeroTrustAccessPolicyIncludeOidcArgs { ClaimName = "groups", ClaimValue = "admins", IdentityProviderId = "idp-1" },
                },
            },
            Requires = { new ZeroTrustAccessPolicyRequireArgs { ServiceToken = new ZeroTrustAccessPolicyRequireServiceTokenArgs { TokenId = "tok-1" } } },
            Excludes = { new ZeroTrustAccessPolicyExcludeArgs { AnyValidServiceToken = new ZeroTrustAccessPolicyExcludeAnyValidServiceTokenArgs() } },
        }));

        var policy = mocks.Named("admins");
        Assert.That(policy.Type, Is.EqualTo("cloudflare:index/zeroTrustAccessPolicy:ZeroTrustAccessPolicy"));
        Assert.That(At(policy.Inputs, "includes", 0, "group", "id"), Is.EqualTo("grp-1"));
        Assert.That(KeysAt(policy.Inputs, "includes", 0), Is.EquivalentTo(new[] { "group" }));
        Assert.That(At(policy.Inputs, "includes", 1, "oidc", "claimName"), Is.EqualTo("groups"));
        Assert.That(At(policy.Inputs, "includes", 1, "oidc", "claimValue"), Is.EqualTo("admins"));
        Assert.That(At(policy.Inputs, "includes", 1, "oidc", "identityProviderId"), Is.EqualTo("idp-1"));
        Assert.That(At(policy.Inputs, "requires", 0, "serviceToken", "tokenId"), Is.EqualTo("tok-1"));
        Assert.That(KeysAt(policy.Inputs, "excludes", 0, "anyValidServiceToken"), Is.Empty);
        Assert.That(At(policy.Inputs, "sessionDuration"), Is.EqualTo("8h"));
    }

    [Test]
    public async Task AccessApplicationsGroupsAndIdentityProvidersUseTheirV6Tokens()
    {
        var mocks = await RunAsync(() =>
        {
            _ = new ZeroTrustAccessGroup("ops", new ZeroTrustAccessGroupArgs
            {
                AccountId = "acc",
                Name = "ops",
                Includes = { new ZeroTrustAccessGroupIncludeArgs { Email = new ZeroTrustAccessGroupIncludeEmailArgs { Email = "ops@example.com" } } },
            });
            _ = new ZeroTrustAccessIdentityProvider("okta", new ZeroTrustAccessIdentityProviderArgs
            {
                AccountId = "acc",
                Name = "Okta",
                Type = "oidc",
                Config = new ZeroTrustAccessIdentityProviderConfigArgs
                {
                    IssuerUrl = "https://idp.example",
                    ClientId = "client",
                    ClientSecret = "shh",
                    Claims = { "groups" },
                    Scopes = { "openid", "email" },
                },
            });
            _ = new ZeroTrustAccessApplication("portal", new ZeroTrustAccessApplicationArgs
            {
                AccountId = "acc",
                Name = "portal",
                Type = "self_hosted",
                Domain = "portal.example.com",
                SessionDuration = "24h",
                AutoRedirectToIdentity = true,
                AllowedIdps = { "idp-1" },
                Destinations = { new ZeroTrustAccessApplicationDestinationArgs { Type = "public", Uri = "portal.example.com" } },
                Policies = { new ZeroTrustAccessApplicationPolicyArgs { Id = "pol-1", Precedence = 1 } },
            });
        });

        Assert.That(mocks.Named("ops").Type, Is.EqualTo("cloudflare:index/zeroTrustAccessGroup:ZeroTrustAccessGroup"));
        Assert.That(At(mocks.Named("ops").Inputs, "includes", 0, "email", "email"), Is.EqualTo("ops@example.com"));
        var idp = mocks.Named("okta");
        Assert.That(idp.Type, Is.EqualTo("cloudflare:index/zeroTrustAccessIdentityProvider:ZeroTrustAccessIdentityProvider"));
        Assert.That(At(idp.Inputs, "config", "issuerUrl"), Is.EqualTo("https://idp.example"));
        Assert.That(At(idp.Inputs, "config", "clientSecret"), Is.EqualTo("shh"));
        Assert.That(At(idp.Inputs, "config", "scopes", 1), Is.EqualTo("email"));
        var app = mocks.Named("portal");
        Assert.That(app.Type, Is.EqualTo("cloudflare:index/zeroTrustAccessApplication:ZeroTrustAccessApplication"));
        Assert.That(At(app.Inputs, "autoRedirectToIdentity"), Is.EqualTo(true));
        Assert.That(At(app.Inputs, "destinations", 0, "uri"), Is.EqualTo("portal.example.com"));
        Assert.That(At(app.Inputs, "policies", 0, "precedence"), Is.EqualTo(1d));
        Assert.That(At(app.Inputs, "allowedIdps", 0), Is.EqualTo("idp-1"));
    }

    [Test]
    public async Task AServiceTokenRegistersItsRotationInputsAndExposesTheCredentials()
    {
        ZeroTrustAccessServiceToken token = null!;
        var mocks = await RunAsync(() => token = new ZeroTrustAccessServiceToken("ci", new ZeroTrustAccessServiceTokenArgs
        {
            AccountId = "acc", Name = "ci", Duration = "8760h", ClientSecretVersion = 2, PreviousClientSecretExpiresAt = "2026-01-01T00:00:00Z",
        }));

        var registered = mocks.Named("ci");
        Assert.That(registered.Type, Is.EqualTo("cloudflare:index/zeroTrustAccessServiceToken:ZeroTrustAccessServiceToken"));
        Assert.That(KeysAt(registered.Inputs), Is.EquivalentTo(new[]
        {
            "accountId", "name", "duration", "clientSecretVersion", "previousClientSecretExpiresAt",
        }));
        Assert.That(await OutputUtilities.GetValueAsync(token.ClientId), Is.EqualTo("ci.access"));
        Assert.That(await OutputUtilities.GetValueAsync(token.ClientSecretVersion), Is.EqualTo(2d));
    }

    [Test]
    public async Task TunnelsAndTheirIngressRulesUseWireNames()
    {
        var mocks = await RunAsync(() =>
        {
            _ = new ZeroTrustTunnelCloudflared("tunnel", new ZeroTrustTunnelCloudflaredArgs { AccountId = "acc", Name = "mesh", ConfigSrc = "cloudflare" });
            _ = new ZeroTrustTunnelCloudflaredConfig("tunnel-config", new ZeroTrustTunnelCloudflaredConfigArgs
            {
                AccountId = "acc",
                TunnelId = "tunnel-id",
                Config = new ZeroTrustTunnelCloudflaredConfigConfigArgs
                {
                    Ingresses =
                    {
                        new ZeroTrustTunnelCloudflaredConfigConfigIngressArgs
                        {
                            Hostname = "mesh.example.com",
                            Service = "https://gateway.internal:443",
                            OriginRequest = new ZeroTrustTunnelCloudflaredConfigConfigIngressOriginRequestArgs { OriginServerName = "gateway.internal" },
                        },
                        new ZeroTrustTunnelCloudflaredConfigConfigIngressArgs { Service = "http_status:404" },
                    },
                },
            });
        });

        Assert.That(mocks.Named("tunnel").Type, Is.EqualTo("cloudflare:index/zeroTrustTunnelCloudflared:ZeroTrustTunnelCloudflared"));
        Assert.That(At(mocks.Named("tunnel").Inputs, "configSrc"), Is.EqualTo("cloudflare"));
        var config = mocks.Named("tunnel-config");
        Assert.That(config.Type, Is.EqualTo("cloudflare:index/zeroTrustTunnelCloudflaredConfig:ZeroTrustTunnelCloudflaredConfig"));
        Assert.That(At(config.Inputs, "config", "ingresses", 0, "hostname"), Is.EqualTo("mesh.example.com"));
        Assert.That(At(config.Inputs, "config", "ingresses", 0, "originRequest", "originServerName"), Is.EqualTo("gateway.internal"));
        Assert.That(At(config.Inputs, "config", "ingresses", 1, "service"), Is.EqualTo("http_status:404"));
    }

    [Test]
    public async Task LogpushJobsUseTheirTokenAndNestedOutputOptions()
    {
        var mocks = await RunAsync(() => _ = new LogpushJob("audit", new LogpushJobArgs
        {
            AccountId = "acc",
            Name = "access-requests",
            Dataset = "access_requests",
            DestinationConf = "s3://bucket/access?region=eu-west-1",
            Enabled = true,
            OutputOptions = new LogpushJobOutputOptionsArgs { FieldNames = { "RayID", "Email" }, OutputType = "ndjson" },
        }));

        var job = mocks.Named("audit");
        Assert.That(job.Type, Is.EqualTo("cloudflare:index/logpushJob:LogpushJob"));
        Assert.That(At(job.Inputs, "destinationConf"), Is.EqualTo("s3://bucket/access?region=eu-west-1"));
        Assert.That(At(job.Inputs, "outputOptions", "fieldNames", 1), Is.EqualTo("Email"));
        Assert.That(At(job.Inputs, "outputOptions", "outputType"), Is.EqualTo("ndjson"));
    }

    [Test]
    public async Task RandomResourcesUseTheirTokensAndSendKeepersAsAMap()
    {
        RandomPassword password = null!;
        RandomBytes bytes = null!;
        var mocks = await RunAsync(() =>
        {
            password = new RandomPassword("hmac", new RandomPasswordArgs
            {
                Length = 48, Special = false, Keepers = { { "rotation", "2026-01" } },
            });
            bytes = new RandomBytes("key", new RandomBytesArgs { Length = 32 });
            _ = new RandomString("suffix", new RandomStringArgs { Length = 6, Upper = false, Special = false });
            _ = new RandomId("id", new RandomIdArgs { ByteLength = 2, Prefix = "edge-" });
        });

        Assert.That(mocks.Named("hmac").Type, Is.EqualTo("random:index/randomPassword:RandomPassword"));
        Assert.That(At(mocks.Named("hmac").Inputs, "keepers", "rotation"), Is.EqualTo("2026-01"));
        Assert.That(At(mocks.Named("hmac").Inputs, "special"), Is.EqualTo(false));
        Assert.That(mocks.Named("key").Type, Is.EqualTo("random:index/randomBytes:RandomBytes"));
        Assert.That(mocks.Named("suffix").Type, Is.EqualTo("random:index/randomString:RandomString"));
        Assert.That(mocks.Named("id").Type, Is.EqualTo("random:index/randomId:RandomId"));
        Assert.That(At(mocks.Named("id").Inputs, "byteLength"), Is.EqualTo(2d));
        Assert.That(await OutputUtilities.GetValueAsync(password.Result), Has.Length.EqualTo(48));
        Assert.That(await OutputUtilities.GetValueAsync(password.Keepers), Does.ContainKey("rotation"));
        Assert.That(await OutputUtilities.GetValueAsync(bytes.Base64), Is.EqualTo("AAECAw=="));
    }

    [Test]
    public async Task AnAccessApplicationCanBeDeclaredWithoutArguments()
    {
        var mocks = await RunAsync(() => _ = new ZeroTrustAccessApplication("bare"));

        var app = mocks.Named("bare");
        Assert.That(app.Type, Is.EqualTo("cloudflare:index/zeroTrustAccessApplication:ZeroTrustAccessApplication"));
        Assert.That(app.Inputs, Is.Empty);
    }
}
