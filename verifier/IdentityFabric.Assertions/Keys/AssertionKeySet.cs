using System.Text.Json;

namespace IdentityFabric.Assertions.Keys;

/// <summary>
/// The keys a verifier knows: the current one, optionally the previous one (during a rotation), and the ids of
/// retired keys, which are rejected by name (contracts/identity-assertion.md §5).
/// </summary>
public sealed class AssertionKeySet
{
    /// <summary>Creates a key set.</summary>
    /// <param name="current">The key the edge signs with now.</param>
    /// <param name="previous">The key the edge signed with before the last rotation, if any.</param>
    /// <param name="retiredIds">Ids of keys that are no longer accepted.</param>
    public AssertionKeySet(AssertionKey current, AssertionKey? previous = null, IEnumerable<string>? retiredIds = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        var retired = new HashSet<string>(retiredIds ?? [], StringComparer.Ordinal);
        if (previous is not null && previous.Id == current.Id)
        {
            throw new FormatException($"The current and previous keys share the id '{current.Id}'.");
        }

        if (retired.Contains(current.Id) || (previous is not null && retired.Contains(previous.Id)))
        {
            throw new FormatException("A live key id is also listed as retired.");
        }

        Current = current;
        Previous = previous;
        RetiredIds = retired;
    }

    /// <summary>The key the edge signs with now.</summary>
    public AssertionKey Current { get; }

    /// <summary>The key from before the last rotation, still accepted; null outside a rotation.</summary>
    public AssertionKey? Previous { get; }

    /// <summary>Ids of keys that are rejected as retired.</summary>
    public IReadOnlySet<string> RetiredIds { get; }

    /// <summary>The live key with this id, or null (§5: the id picks the key; no other key is tried).</summary>
    /// <param name="keyId">The id from <c>x-fabric-key-id</c>.</param>
    public AssertionKey? Find(string keyId)
    {
        if (string.Equals(keyId, Current.Id, StringComparison.Ordinal))
        {
            return Current;
        }

        return Previous is not null && string.Equals(keyId, Previous.Id, StringComparison.Ordinal) ? Previous : null;
    }

    /// <summary>
    /// Parses the key set document: <c>{"current": {"id", "secret"}, "previous": {...}?, "retired": [ids]?}</c>,
    /// secrets as base64url of 32 bytes without padding.
    /// </summary>
    /// <param name="json">The document.</param>
    /// <exception cref="FormatException">The document is not a valid key set; the message never contains a secret.</exception>
    public static AssertionKeySet Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("The key set must be a JSON object.");
            }

            AssertionKey? current = null;
            AssertionKey? previous = null;
            List<string> retired = [];
            foreach (var property in root.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "current":
                        current = ParseKey(property.Value, "current");
                        break;
                    case "previous":
                        previous = property.Value.ValueKind == JsonValueKind.Null ? null : ParseKey(property.Value, "previous");
                        break;
                    case "retired":
                        retired = ParseRetired(property.Value);
                        break;
                    default:
                        throw new FormatException($"Unknown key set property '{property.Name}'.");
                }
            }

            return new AssertionKeySet(current ?? throw new FormatException("The key set has no current key."), previous, retired);
        }
        catch (JsonException)
        {
            // The parser's message may quote the document, and the document holds secrets.
            throw new FormatException("The key set is not valid JSON.");
        }
    }

    private static AssertionKey ParseKey(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"The {name} key must be an object with 'id' and 'secret'.");
        }

        string? id = null;
        string? secret = null;
        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                throw new FormatException($"The {name} key's '{property.Name}' must be a string.");
            }

            switch (property.Name)
            {
                case "id":
                    id = property.Value.GetString();
                    break;
                case "secret":
                    secret = property.Value.GetString();
                    break;
                default:
                    throw new FormatException($"Unknown property '{property.Name}' in the {name} key.");
            }
        }

        if (id is null || secret is null)
        {
            throw new FormatException($"The {name} key needs both 'id' and 'secret'.");
        }

        return AssertionKey.FromBase64Url(id, secret);
    }

    private static List<string> ParseRetired(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("'retired' must be an array of key ids.");
        }

        List<string> ids = [];
        foreach (var item in element.EnumerateArray())
        {
            var id = item.ValueKind == JsonValueKind.String ? item.GetString()! : throw new FormatException("'retired' must hold strings.");
            if (!AssertionSyntax.IsKeyId(id))
            {
                throw new FormatException($"Retired key id '{id}' is not valid.");
            }

            ids.Add(id);
        }

        return ids;
    }
}
