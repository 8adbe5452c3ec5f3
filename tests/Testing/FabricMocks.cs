using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Pulumi.Testing;

namespace IdentityFabric.Testing;

/// <summary>
/// The project's one hand-written Pulumi mock. It echoes every input, adds the outputs the providers compute
/// (ids, ARNs, generated values) deterministically, records what was registered, and throws on any type token
/// outside the providers the fabric uses, so a resource nobody expected fails the test instead of passing silently.
/// </summary>
public sealed class FabricMocks : IMocks
{
    /// <summary>The fake AWS account every ARN is built in.</summary>
    public const string AccountId = "111122223333";

    /// <summary>The fake AWS region every ARN is built in.</summary>
    public const string Region = "eu-west-1";

    /// <summary>The type token prefix of provider resources (<c>pulumi:providers:aws</c>).</summary>
    public const string ProviderPrefix = "pulumi:providers:";

    private static readonly string[] KnownPrefixes =
    [
        "aws:appmesh/", "aws:iam/", "aws:secretsmanager/", "aws:vpclattice/", "aws:cloudwatch/", "aws:servicediscovery/", "aws:ssm/",
        "cloudflare:index/", "random:index/",

        // The stack's explicit AWS provider (bound to the environment's account): providers are resources too.
        ProviderPrefix + "aws",

        // The fabric's own component resources: the mock engine (like the real one) registers them too.
        "identity-fabric:",
    ];

    private readonly ConcurrentQueue<MockResourceArgs> _resources = new();
    private readonly ConcurrentQueue<MockCallArgs> _calls = new();
    private readonly ConcurrentBag<string> _generated = [];
    private readonly Dictionary<string, Func<MockResourceArgs, IDictionary<string, object>>> _extraOutputs = new(StringComparer.Ordinal);

    /// <summary>Every resource the program registered (components included), in registration order.</summary>
    public IReadOnlyList<MockResourceArgs> Resources => _resources.ToList();

    /// <summary>Every value the mock generated in place of a provider (random results, keys, client secrets), in
    /// each encoding it handed out: what must never show up anywhere in clear.</summary>
    public IReadOnlyCollection<string> GeneratedValues => _generated.ToList();

    /// <summary>Every provider function the program invoked.</summary>
    public IReadOnlyList<MockCallArgs> Calls => _calls.ToList();

    /// <summary>Adds outputs for one type token, on top of the echoed inputs and the generic computed ones.</summary>
    /// <param name="typeToken">The resource type token.</param>
    /// <param name="outputs">Computes extra outputs from the resource's inputs.</param>
    /// <returns>This mock, for chaining.</returns>
    public FabricMocks WithOutputs(string typeToken, Func<MockResourceArgs, IDictionary<string, object>> outputs)
    {
        _extraOutputs[typeToken] = outputs;
        return this;
    }

    /// <summary>The cloud resources (not the fabric's own components; providers included), in registration order.</summary>
    public IReadOnlyList<MockResourceArgs> CloudResources =>
        Resources.Where(r => !r.Type!.StartsWith("identity-fabric:", StringComparison.Ordinal)).ToList();

    /// <summary>The resources of one type token.</summary>
    /// <param name="typeToken">The type token.</param>
    public IReadOnlyList<MockResourceArgs> OfType(string typeToken) =>
        Resources.Where(r => string.Equals(r.Type, typeToken, StringComparison.Ordinal)).ToList();

    /// <inheritdoc />
    public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var type = args.Type ?? throw new InvalidOperationException("a resource without a type token");
        if (!KnownPrefixes.Any(p => type.StartsWith(p, StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"unexpected resource type '{type}' (resource '{args.Name}')");
        }

        _resources.Enqueue(args);
        var name = args.Name ?? "unnamed";
        var state = new Dictionary<string, object>(args.Inputs, StringComparer.Ordinal);
        if (type.StartsWith("identity-fabric:", StringComparison.Ordinal))
        {
            return Task.FromResult<(string?, object)>((null, state.ToImmutableDictionary(StringComparer.Ordinal)));
        }

        if (type.StartsWith(ProviderPrefix, StringComparison.Ordinal))
        {
            // The engine gives each provider instance a UUID; resources refer to it as "{urn}::{id}".
            return Task.FromResult<(string?, object)>((new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(type + "/" + name))[..16]).ToString(), state.ToImmutableDictionary(StringComparer.Ordinal)));
        }

        var id = type.StartsWith("aws:", StringComparison.Ordinal) ? $"{name}-id" : Hex(type + "/" + name, 32);

        if (type.StartsWith("aws:", StringComparison.Ordinal))
        {
            var service = type[4..type.IndexOf('/', StringComparison.Ordinal)];
            var resourceName = state.TryGetValue("name", out var n) && n is string s ? s : name;
            state.TryAdd("arn", $"arn:aws:{service}:{Region}:{AccountId}:{Kind(type)}/{resourceName}");
            state.TryAdd("name", resourceName);
            if (type == "aws:vpclattice/service:Service")
            {
                // Lattice names every service's DNS entry itself; the ingress configuration routes to it.
                state.TryAdd("dnsEntries", ImmutableArray.Create<object>(ImmutableDictionary<string, object>.Empty
                    .Add("domainName", $"{resourceName}-{Hex("dns/" + name, 17)}.{Hex("zone/" + name, 7)}.vpc-lattice-svcs.{Region}.on.aws")
                    .Add("hostedZoneId", "Z" + Hex("hz/" + name, 13).ToUpperInvariant())));
            }
        }
        else if (type.StartsWith("random:", StringComparison.Ordinal))
        {
            // Deterministic stand-ins for generated values: stable across runs, distinct per resource and keepers.
            var keepers = state.TryGetValue("keepers", out var k) ? Wire.Canonical(k) : "";
            var seed = name + "|" + keepers;
            var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(seed));
            state["result"] = Hex(seed, 32);
            state["base64"] = Convert.ToBase64String(bytes);
            state["hex"] = Convert.ToHexStringLower(bytes);
            state["b64Std"] = Convert.ToBase64String(bytes);
            state["b64Url"] = Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            foreach (var key in new[] { "result", "base64", "hex", "b64Url" })
            {
                _generated.Add((string)state[key]);
            }
        }
        else
        {
            state.TryAdd("accountId", "0123456789abcdef0123456789abcdef");

            // What Cloudflare computes for the resources the edge reads back.
            switch (type)
            {
                case "cloudflare:index/zeroTrustAccessServiceToken:ZeroTrustAccessServiceToken":
                    state.TryAdd("clientId", Hex("client/" + name, 32) + ".access");
                    state.TryAdd("clientSecret", Hex("secret/" + name, 64));
                    _generated.Add((string)state["clientSecret"]);
                    break;
                case "cloudflare:index/zeroTrustAccessApplication:ZeroTrustAccessApplication":
                    state.TryAdd("aud", Hex("aud/" + name, 64));
                    break;
                case "cloudflare:index/zeroTrustTunnelCloudflared:ZeroTrustTunnelCloudflared":
                    state.TryAdd("id", Hex("tunnel/" + name, 32));
                    break;
            }
        }

        if (_extraOutputs.TryGetValue(type, out var extra))
        {
            foreach (var (key, value) in extra(args))
            {
                state[key] = value;
            }
        }

        return Task.FromResult<(string?, object)>((id, state.ToImmutableDictionary(StringComparer.Ordinal)));
    }

    /// <inheritdoc />
    public Task<object> CallAsync(MockCallArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        _calls.Enqueue(args);
        throw new InvalidOperationException($"unexpected provider function '{args.Token}'");
    }

    private static string Kind(string type)
    {
        var module = type[(type.LastIndexOf(':') + 1)..];
        return char.ToLowerInvariant(module[0]) + module[1..];
    }

    private static string Hex(string seed, int length) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed)))[..length];

}
