using System.Collections;
using System.Globalization;
using System.Text.Json.Nodes;

namespace IdentityFabric.Cli.Planning;

/// <summary>
/// Turns the values the mock engine hands over (strings, doubles, booleans, maps, lists, resource references) into
/// JSON with object keys in ordinal order, so the same inputs always print the same way.
/// </summary>
public static class InputValues
{
    /// <summary>The inputs of a resource as a JSON object, keys sorted.</summary>
    /// <param name="inputs">Inputs by wire name.</param>
    public static JsonObject ToJson(IEnumerable<KeyValuePair<string, object>> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var sorted = inputs.ToArray();
        Array.Sort(sorted, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        // Built from a sized collection, the object's dictionary is allocated once at its final size.
        var properties = new KeyValuePair<string, JsonNode?>[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            properties[i] = KeyValuePair.Create(sorted[i].Key, ToNode(sorted[i].Value));
        }

        return new JsonObject(properties);
    }

    /// <summary>
    /// The inputs of a resource of <paramref name="type"/> as a JSON object, keys sorted. A provider's non-string
    /// settings arrive as JSON text, whose spacing and key order are the SDK's (the real one pads objects and lists
    /// with spaces and orders keys by hash), so that text is rewritten in one canonical form: compact, keys sorted.
    /// The plan is then the same byte for byte whichever SDK the program ran on.
    /// </summary>
    /// <param name="type">The resource's type token.</param>
    /// <param name="inputs">Inputs by wire name.</param>
    public static JsonObject ToJson(string type, IEnumerable<KeyValuePair<string, object>> inputs)
    {
        ArgumentNullException.ThrowIfNull(type);
        var result = ToJson(inputs);
        if (!type.StartsWith(RecordingMocks.ProviderPrefix, StringComparison.Ordinal))
        {
            return result;
        }

        foreach (var (key, value) in result.ToList())
        {
            if (value is JsonValue text && text.TryGetValue<string>(out var s) && CanonicalJsonText(s) is { } canonical)
            {
                result[key] = canonical;
            }
        }

        return result;
    }

    /// <summary>JSON text of an object or list in canonical form (compact, keys in ordinal order), or null for any
    /// other string.</summary>
    /// <param name="text">A string input.</param>
    public static string? CanonicalJsonText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.TrimStart();
        if (!trimmed.StartsWith('{') && !trimmed.StartsWith('['))
        {
            return null;
        }

        try
        {
            return Sorted(JsonNode.Parse(text))?.ToJsonString();
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray a => new JsonArray(a.Select(Sorted).ToArray()),
        null => null,
        _ => JsonNode.Parse(node.ToJsonString()),
    };

    /// <summary>One value as JSON; null stays null.</summary>
    /// <param name="value">A value as the mock engine delivers it.</param>
    public static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        double d when double.IsFinite(d) && d == Math.Floor(d) && Math.Abs(d) < 9e15 => JsonValue.Create((long)d),
        double d => JsonValue.Create(d),
        float f => ToNode((double)f),
        int or long or short or byte or uint or ulong or decimal => ToNode(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        Pulumi.Resource resource => JsonValue.Create($"resource:{resource.GetResourceType()}::{resource.GetResourceName()}"),
        IEnumerable<KeyValuePair<string, object>> map => ToJson(map),
        IEnumerable list => new JsonArray(list.Cast<object?>().Select(ToNode).ToArray()),
        _ => JsonValue.Create($"<{value.GetType().Name}>"),
    };
}
