using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Pulumi.Testing;

namespace IdentityFabric.Cli.Planning;

/// <summary>One resource as the mock engine received it.</summary>
/// <param name="Type">The type token.</param>
/// <param name="Name">The logical name.</param>
/// <param name="Inputs">Known, non-null inputs by wire name (secrets arrive unwrapped).</param>
public sealed record RecordedResource(string Type, string Name, ImmutableDictionary<string, object> Inputs);

/// <summary>
/// The engine stand-in behind <c>plan</c>: it records every resource the program registers and answers with what the
/// real providers compute and the program reads (ids, ARNs, generated values), deterministically, so two plans of the
/// same program and catalog are identical. Generated values are remembered so the plan can mask them wherever they
/// travel.
/// </summary>
public sealed class RecordingMocks : IMocks
{
    /// <summary>The type token prefix of provider resources (<c>pulumi:providers:aws</c>).</summary>
    public const string ProviderPrefix = "pulumi:providers:";

    private readonly ConcurrentQueue<RecordedResource> _resources = new();
    private readonly ConcurrentDictionary<string, byte> _generated = new(StringComparer.Ordinal);
    private readonly string _accountId;
    private readonly string _region;

    /// <summary>Creates the mocks for one AWS account and region (those of the environment being planned).</summary>
    /// <param name="awsAccountId">The account every ARN is built in.</param>
    /// <param name="awsRegion">The region every regional ARN is built in.</param>
    public RecordingMocks(string awsAccountId, string awsRegion)
    {
        ArgumentException.ThrowIfNullOrEmpty(awsAccountId);
        ArgumentException.ThrowIfNullOrEmpty(awsRegion);
        _accountId = awsAccountId;
        _region = awsRegion;
    }

    /// <summary>Every resource registered (components included, the stack excluded), in registration order.</summary>
    public IReadOnlyList<RecordedResource> Resources => _resources.ToList();

    /// <summary>Every resource registered, in registration order, handed over: the mocks keep no recording of them
    /// afterwards (a plan takes them once the program has run).</summary>
    public IReadOnlyList<RecordedResource> TakeResources()
    {
        var taken = new List<RecordedResource>(_resources.Count);
        while (_resources.TryDequeue(out var resource))
        {
            taken.Add(resource);
        }

        return taken;
    }

    /// <summary>Every value the mocks generated in place of a secret a provider would generate, in every encoding
    /// the program could pass on (including base64url).</summary>
    public IReadOnlyCollection<string> GeneratedSecrets => _generated.Keys.ToList();

    /// <inheritdoc />
    public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var type = args.Type ?? throw new InvalidOperationException("a resource without a type token");
        var name = args.Name ?? throw new InvalidOperationException($"a resource of type '{type}' without a name");
        var inputs = args.Inputs ?? ImmutableDictionary<string, object>.Empty;
        _resources.Enqueue(new RecordedResource(type, name, inputs));

        var state = new Dictionary<string, object>(inputs, StringComparer.Ordinal);
        string? id;
        if (type.StartsWith(ProviderPrefix, StringComparison.Ordinal))
        {
            id = ProviderId(type, name, inputs);
        }
        else if (type.StartsWith("aws:", StringComparison.Ordinal))
        {
            id = AddAwsOutputs(type, name, state);
        }
        else if (type.StartsWith("cloudflare:", StringComparison.Ordinal))
        {
            id = Hex(type + "/" + name, 32);
            AddCloudflareOutputs(type, name, state);
        }
        else if (type.StartsWith("random:", StringComparison.Ordinal))
        {
            id = AddRandomOutputs(type, name, state);
        }
        else
        {
            // Components: the real engine returns no id and echoes nothing a program could read.
            id = null;
        }

        // The state is the inputs echoed plus what the provider computes: built on the inputs' own dictionary, it shares
        // their nodes and holds just the computed values.
        var computed = state.Where(p => !inputs.TryGetValue(p.Key, out var echoed) || !Equals(echoed, p.Value)).ToList();
        return Task.FromResult<(string?, object)>((id, computed.Count == 0 ? inputs : inputs.SetItems(computed)));
    }

    /// <inheritdoc />
    public Task<object> CallAsync(MockCallArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        object result = args.Token switch
        {
            "aws:index/getCallerIdentity:getCallerIdentity" => new Dictionary<string, object>(StringComparer.Ordinal)
            {
                ["accountId"] = _accountId,
                ["arn"] = $"arn:aws:iam::{_accountId}:role/plan",
                ["id"] = _accountId,
                ["userId"] = "AROAPLAN:plan",
            },
            "aws:index/getRegion:getRegion" => new Dictionary<string, object>(StringComparer.Ordinal)
            {
                ["name"] = _region,
                ["region"] = _region,
                ["id"] = _region,
            },
            "aws:index/getPartition:getPartition" => new Dictionary<string, object>(StringComparer.Ordinal)
            {
                ["partition"] = "aws",
                ["dnsSuffix"] = "amazonaws.com",
                ["id"] = "aws",
            },
            _ => throw new InvalidOperationException(
                $"the plan cannot answer provider function '{args.Token}' without credentials; teach {nameof(RecordingMocks)} its result"),
        };
        return Task.FromResult(result);
    }

    /// <summary>
    /// A provider gets a UUID, as the engine gives every provider instance. An AWS provider that allows only other
    /// accounts than the one planned in refuses, as the real provider refuses credentials of an account its
    /// <c>allowedAccountIds</c> does not list.
    /// </summary>
    private string ProviderId(string type, string name, ImmutableDictionary<string, object> inputs)
    {
        if (type == ProviderPrefix + "aws" && inputs.TryGetValue("allowedAccountIds", out var allowed))
        {
            // Non-string provider settings travel as JSON text; a plain list is read as well.
            var accounts = allowed switch
            {
                string json => JsonSerializer.Deserialize<string[]>(json) ?? [],
                System.Collections.IEnumerable list => list.Cast<object?>().Select(a => Convert.ToString(a, CultureInfo.InvariantCulture) ?? "").ToArray(),
                _ => [],
            };

            // An empty list restricts nothing, as in the provider.
            if (accounts.Length > 0 && !accounts.Contains(_accountId, StringComparer.Ordinal))
            {
                throw new InvalidOperationException(
                    $"the AWS provider '{name}' allows account(s) {string.Join(", ", accounts)} only, but the environment's account is {_accountId}");
            }
        }

        return Guid(type + "/" + name);
    }

    private string AddAwsOutputs(string type, string name, Dictionary<string, object> state)
    {
        var module = type[4..type.IndexOf('/', StringComparison.Ordinal)];
        var kind = Kind(type);
        var resourceName = state.TryGetValue("name", out var n) && n is string s && s.Length > 0 ? s : name;
        if (kind != "authPolicy")
        {
            state.TryAdd("name", resourceName);
        }

        var (id, arn) = module switch
        {
            "iam" => IamIdentity(kind, resourceName, state),
            "secretsmanager" => SecretsManagerIdentity(kind, name, resourceName, state),
            "cloudwatch" when kind == "logGroup" => (resourceName, $"arn:aws:logs:{_region}:{_accountId}:log-group:{resourceName}"),
            "cloudwatch" => (Guid(type + "/" + name), null),
            "appmesh" => (Guid(type + "/" + name), $"arn:aws:appmesh:{_region}:{_accountId}:{AppMeshPath(kind, resourceName, state)}"),
            "vpclattice" => LatticeIdentity(kind, type + "/" + name, state),
            _ => ($"{name}-{Hex(type + "/" + name, 8)}", $"arn:aws:{module}:{_region}:{_accountId}:{kind}/{resourceName}"),
        };

        if (arn is not null)
        {
            state.TryAdd("arn", arn);
        }

        state.TryAdd("tagsAll", state.TryGetValue("tags", out var tags) ? tags : ImmutableDictionary<string, object>.Empty);
        if (module == "vpclattice" && kind == "service")
        {
            // The real shape: NAME-SERVICEIDHEX.RANDOM.vpc-lattice-svcs.REGION.on.aws
            state.TryAdd("dnsEntries", ImmutableArray.Create<object>(ImmutableDictionary<string, object>.Empty
                .Add("domainName", $"{resourceName}-{id[4..]}.{Hex(name, 7)}.vpc-lattice-svcs.{_region}.on.aws")
                .Add("hostedZoneId", "Z0" + Hex("zone/" + name, 19).ToUpperInvariant())));
        }

        return id;
    }

    /// <summary>IAM is global: no region in its ARNs. Roles and policies are addressed by name (managed policies by
    /// ARN); an OIDC provider's ARN carries its URL's host and path.</summary>
    private (string Id, string? Arn) IamIdentity(string kind, string resourceName, Dictionary<string, object> state)
    {
        switch (kind)
        {
            case "role":
                var path = state.TryGetValue("path", out var p) && p is string rolePath && rolePath.Length > 0 ? rolePath : "/";
                state.TryAdd("uniqueId", "AROA" + Hex("role-id/" + resourceName, 17).ToUpperInvariant());
                return (resourceName, $"arn:aws:iam::{_accountId}:role{path}{resourceName}");
            case "rolePolicy":
                return ($"{(state.TryGetValue("role", out var role) ? role : "")}:{resourceName}", null);
            case "rolePolicyAttachment":
                return ($"{(state.TryGetValue("role", out var attached) ? attached : "")}-{Hex("attachment/" + resourceName, 20)}", null);
            case "openIdConnectProvider":
                var url = state.TryGetValue("url", out var u) ? Convert.ToString(u, CultureInfo.InvariantCulture) ?? "" : "";
                var arn = $"arn:aws:iam::{_accountId}:oidc-provider/{url.Replace("https://", "", StringComparison.OrdinalIgnoreCase).TrimEnd('/')}";
                return (arn, arn);
            default:
                var policy = $"arn:aws:iam::{_accountId}:{kind}/{resourceName}";
                return (policy, policy);
        }
    }

    /// <summary>Secrets Manager appends six random characters to a secret's ARN, which is its id; a version is
    /// <c>ARN|VERSIONID</c>; a rotation is the secret's ARN.</summary>
    private (string Id, string? Arn) SecretsManagerIdentity(string kind, string name, string resourceName, Dictionary<string, object> state)
    {
        if (kind == "secret")
        {
            var arn = $"arn:aws:secretsmanager:{_region}:{_accountId}:secret:{resourceName}-{Characters("secret-suffix/" + name, 6)}";
            return (arn, arn);
        }

        var secretArn = state.TryGetValue("secretId", out var secretId) ? Convert.ToString(secretId, CultureInfo.InvariantCulture)! : "";
        if (kind == "secretVersion")
        {
            var version = Guid(name);
            state.TryAdd("versionId", version);
            return ($"{secretArn}|{version}", secretArn);
        }

        return (secretArn, null);
    }

    /// <summary>App Mesh ARNs carry the mesh and, for routes, their router or gateway.</summary>
    private static string AppMeshPath(string kind, string resourceName, Dictionary<string, object> state)
    {
        string Input(string key) => state.TryGetValue(key, out var value) ? Convert.ToString(value, CultureInfo.InvariantCulture) ?? "" : "";
        return kind switch
        {
            "mesh" => $"mesh/{resourceName}",
            "route" => $"mesh/{Input("meshName")}/virtualRouter/{Input("virtualRouterName")}/route/{resourceName}",
            "gatewayRoute" => $"mesh/{Input("meshName")}/virtualGateway/{Input("virtualGatewayName")}/gatewayRoute/{resourceName}",
            _ => $"mesh/{Input("meshName")}/{kind}/{resourceName}",
        };
    }

    /// <summary>Lattice ids are a prefix and 17 characters of [0-9a-z] (<c>svc-…</c>, <c>sn-…</c>, <c>tg-…</c>,
    /// <c>listener-…</c>, <c>rule-…</c>); ARNs nest listeners and rules under their service.</summary>
    private (string Id, string? Arn) LatticeIdentity(string kind, string seed, Dictionary<string, object> state)
    {
        var arnPrefix = $"arn:aws:vpc-lattice:{_region}:{_accountId}:";
        string Input(string key) => state.TryGetValue(key, out var value) ? Convert.ToString(value, CultureInfo.InvariantCulture) ?? "" : "";
        string ServiceId() => LastSegment(Input("serviceIdentifier") is { Length: > 0 } service ? service : Input("serviceArn"));
        string Short(string prefix) => $"{prefix}-{Hex(seed, 17)}";
        switch (kind)
        {
            case "service":
                var service = Short("svc");
                return (service, $"{arnPrefix}service/{service}");
            case "serviceNetwork":
                var network = Short("sn");
                return (network, $"{arnPrefix}servicenetwork/{network}");
            case "targetGroup":
                var group = Short("tg");
                return (group, $"{arnPrefix}targetgroup/{group}");
            case "listener":
                var listener = Short("listener");
                state.TryAdd("listenerId", listener);
                return ($"{ServiceId()}/{listener}", $"{arnPrefix}service/{ServiceId()}/listener/{listener}");
            case "listenerRule":
                var rule = Short("rule");
                state.TryAdd("ruleId", rule);
                var listenerId = LastSegment(Input("listenerIdentifier"));
                return ($"{ServiceId()}/{listenerId}/{rule}", $"{arnPrefix}service/{ServiceId()}/listener/{listenerId}/rule/{rule}");
            case "serviceNetworkServiceAssociation":
                var association = Short("snsa");
                return (association, $"{arnPrefix}servicenetworkserviceassociation/{association}");
            case "serviceNetworkVpcAssociation":
                var vpcAssociation = Short("snva");
                return (vpcAssociation, $"{arnPrefix}servicenetworkvpcassociation/{vpcAssociation}");
            case "accessLogSubscription":
                var subscription = Short("als");
                return (subscription, $"{arnPrefix}accesslogsubscription/{subscription}");
            case "authPolicy":
                return (Input("resourceIdentifier"), null);
            default:
                var other = Short(kind.ToLowerInvariant());
                return (other, $"{arnPrefix}{kind.ToLowerInvariant()}/{other}");
        }
    }

    private static string LastSegment(string identifier) => identifier[(identifier.LastIndexOf('/') + 1)..];

    private void AddCloudflareOutputs(string type, string name, Dictionary<string, object> state)
    {
        switch (Kind(type))
        {
            case "zeroTrustAccessApplication":
                state.TryAdd("aud", Hex("aud/" + name, 64));
                break;
            case "zeroTrustAccessServiceToken":
                state.TryAdd("clientId", Hex("client/" + name, 32) + ".access");
                state.TryAdd("clientSecret", Remember(Hex("client-secret/" + name, 64)));
                break;
            case "zeroTrustTunnelCloudflared":
                state.TryAdd("cname", Hex("tunnel/" + name, 32) + ".cfargotunnel.com");
                break;
            case "workersKvNamespace":
                state.TryAdd("supportsUrlEncoding", true);
                break;
            default:
                break;
        }
    }

    private string AddRandomOutputs(string type, string name, Dictionary<string, object> state)
    {
        // Stable across runs, distinct per resource and keepers, so a keeper change shows as a new value.
        var keepers = state.TryGetValue("keepers", out var k) ? Canonical(k) : "";
        var seed = name + "|" + keepers;
        switch (Kind(type))
        {
            case "randomBytes":
            {
                var bytes = Bytes(seed, IntInput(state, "length", 32));
                state["base64"] = Remember(Convert.ToBase64String(bytes));
                state["hex"] = Remember(Convert.ToHexStringLower(bytes));
                RememberBase64Url(bytes);
                break;
            }

            case "randomId":
            {
                var bytes = Bytes(seed, IntInput(state, "byteLength", 8));
                var prefix = state.TryGetValue("prefix", out var p) ? Convert.ToString(p, CultureInfo.InvariantCulture) : "";
                state["hex"] = Remember(prefix + Convert.ToHexStringLower(bytes));
                state["b64Std"] = Remember(prefix + Convert.ToBase64String(bytes));
                state["b64Url"] = Remember(prefix + Base64Url(bytes));
                state["dec"] = Remember(prefix + new System.Numerics.BigInteger(bytes, isUnsigned: true, isBigEndian: true).ToString(CultureInfo.InvariantCulture));
                return state["b64Url"].ToString()!;
            }

            case "randomPassword":
            case "randomString":
            {
                var result = Remember(Characters(seed, IntInput(state, "length", 16)));
                state["result"] = result;
                if (Kind(type) == "randomPassword")
                {
                    state["bcryptHash"] = Remember("$2a$10$" + Base64Url(Bytes("bcrypt/" + seed, 40))[..53]);
                }

                break;
            }

            default:
            {
                // Any other generated value: a result string, treated as secret.
                state["result"] = Remember(Hex(seed, 32));
                break;
            }
        }

        return Hex(type + "/" + name, 16);
    }

    private string Remember(string value)
    {
        _generated.TryAdd(value, 0);
        return value;
    }

    private void RememberBase64Url(byte[] bytes) => Remember(Base64Url(bytes));

    private static int IntInput(Dictionary<string, object> state, string key, int fallback) =>
        state.TryGetValue(key, out var value) && value is IConvertible convertible
            ? Math.Clamp(convertible.ToInt32(CultureInfo.InvariantCulture), 1, 4096)
            : fallback;

    /// <summary>The resource kind of a type token: <c>aws:iam/role:Role</c> → <c>role</c>.</summary>
    internal static string Kind(string type)
    {
        var member = type[(type.LastIndexOf(':') + 1)..];
        return member.Length == 0 ? member : char.ToLowerInvariant(member[0]) + member[1..];
    }

    private static byte[] Bytes(string seed, int length)
    {
        // The seed's hash, then the hash of each block for the next one, as far as the length needs (no block beyond).
        var result = new byte[length];
        Span<byte> block = stackalloc byte[SHA256.HashSizeInBytes];
        Span<byte> next = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(seed), block);
        for (var offset = 0; ; offset += block.Length)
        {
            var take = Math.Min(block.Length, length - offset);
            block[..take].CopyTo(result.AsSpan(offset));
            if (offset + take >= length)
            {
                return result;
            }

            SHA256.HashData(block, next);
            next.CopyTo(block);
        }
    }

    private static string Characters(string seed, int length)
    {
        const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        var bytes = Bytes(seed, length);
        return string.Concat(bytes.Select(b => Alphabet[b % Alphabet.Length]));
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Hex(string seed, int length) => Convert.ToHexStringLower(Bytes(seed, (length + 1) / 2))[..length];

    private static string Guid(string seed) => new Guid(Bytes("guid/" + seed, 16)).ToString();

    private static string Canonical(object? value) => value switch
    {
        null => "",
        string s => s,
        IEnumerable<KeyValuePair<string, object>> map => string.Join(",", map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + Canonical(p.Value))),
        System.Collections.IEnumerable list => "[" + string.Join(",", list.Cast<object?>().Select(Canonical)) + "]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
