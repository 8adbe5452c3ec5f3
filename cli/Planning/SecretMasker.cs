using System.Text.Json.Nodes;

namespace IdentityFabric.Cli.Planning;

/// <summary>
/// Masks secret values in a plan. The mock engine hands secrets over as plain values, so secrets are recognised by
/// what is known about them: the wire names that carry secrets in the providers the fabric uses, the text of
/// <c>secret_text</c> Worker bindings, and any string that equals or embeds a value generated in place of a secret.
/// </summary>
public sealed class SecretMasker
{
    /// <summary>What a masked value prints as.</summary>
    public const string Mask = "[secret]";

    /// <summary>Input wire names whose values are secret wherever they appear.</summary>
    public static IReadOnlySet<string> SecretWireNames { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "secretString", "secretStringWo", "secretBinary", "clientSecret", "tunnelSecret", "ownershipChallenge", "password",
        "privateKey", "result", "bcryptHash", "base64", "hex", "b64Std", "b64Url", "dec", "secret",
    };

    // Embedded secrets are found through their first characters, so masking stays linear in the text's length.
    private const int PrefixLength = 8;

    private readonly HashSet<string> _exact;
    private readonly Dictionary<string, List<string>>.AlternateLookup<ReadOnlySpan<char>> _byPrefix;

    /// <summary>Creates a masker for a set of generated secret values.</summary>
    /// <param name="generatedSecrets">Values that must never print (every encoding of them).</param>
    public SecretMasker(IEnumerable<string> generatedSecrets)
    {
        ArgumentNullException.ThrowIfNull(generatedSecrets);
        _exact = new HashSet<string>(generatedSecrets.Where(s => s.Length > 0), StringComparer.Ordinal);
        var byPrefix = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var secret in _exact.Where(s => s.Length >= PrefixLength))
        {
            var prefix = secret[..PrefixLength];
            if (!byPrefix.TryGetValue(prefix, out var list))
            {
                byPrefix[prefix] = list = [];
            }

            list.Add(secret);
        }

        _byPrefix = byPrefix.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>A masker that knows only the secret wire names (for plans read back from files).</summary>
    public static SecretMasker ByWireNameOnly { get; } = new([]);

    /// <summary>A copy of <paramref name="inputs"/> with every secret value replaced by <see cref="Mask"/>.</summary>
    /// <param name="inputs">A resource's inputs.</param>
    public JsonObject MaskInputs(JsonObject inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return (JsonObject)MaskNode(inputs)!;
    }

    /// <summary>
    /// <paramref name="inputs"/> itself when nothing in it is secret, else a masked copy (<see cref="MaskInputs"/>): a
    /// plan keeps one tree, not two, for the many resources that hold no secret. The caller must treat the result as
    /// read-only, since it may be the tree it passed in.
    /// </summary>
    /// <param name="inputs">A resource's inputs.</param>
    public JsonObject MaskedOrSame(JsonObject inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return HoldsSecret(inputs) ? MaskInputs(inputs) : inputs;
    }

    /// <summary>Whether a string is, or embeds, a generated secret.</summary>
    /// <param name="text">Any string.</param>
    public bool IsSecret(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_exact.Contains(text))
        {
            return true;
        }

        var span = text.AsSpan();
        for (var i = 0; i + PrefixLength <= span.Length; i++)
        {
            if (_byPrefix.TryGetValue(span.Slice(i, PrefixLength), out var candidates))
            {
                foreach (var candidate in candidates)
                {
                    if (span[i..].StartsWith(candidate, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>Whether the value under <paramref name="key"/> of <paramref name="owner"/> is secret by name.</summary>
    /// <param name="owner">The object holding the value.</param>
    /// <param name="key">Its wire name.</param>
    public static bool IsSecretByName(JsonObject owner, string key)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(key);
        if (SecretWireNames.Contains(key))
        {
            return true;
        }

        // Worker bindings: the text of a secret_text binding is the secret; plain_text stays readable.
        return key == "text" && owner["type"] is JsonValue type && type.TryGetValue<string>(out var kind) && kind == "secret_text";
    }

    private bool HoldsSecret(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                for (var at = 0; at < obj.Count; at++)
                {
                    var (key, value) = obj.GetAt(at);
                    if (value is not null && (IsSecretByName(obj, key) || HoldsSecret(value)))
                    {
                        return true;
                    }
                }

                return false;
            case JsonArray array:
                foreach (var item in array)
                {
                    if (HoldsSecret(item))
                    {
                        return true;
                    }
                }

                return false;
            case JsonValue value when value.TryGetValue<string>(out var text):
                return IsSecret(text);
            default:
                return false;
        }
    }

    private JsonNode? MaskNode(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
            {
                var result = new JsonObject();
                for (var at = 0; at < obj.Count; at++)
                {
                    var (key, value) = obj.GetAt(at);
                    result[key] = value is not null && IsSecretByName(obj, key) ? JsonValue.Create(Mask) : MaskNode(value);
                }

                return result;
            }

            case JsonArray array:
                return new JsonArray(array.Select(MaskNode).ToArray());
            case JsonValue value when value.TryGetValue<string>(out var text):
                return JsonValue.Create(IsSecret(text) ? Mask : text);
            default:
                return node?.DeepClone();
        }
    }
}
