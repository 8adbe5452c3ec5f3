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
        var result = new JsonObject();
        foreach (var (key, value) in inputs.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            result[key] = ToNode(value);
        }

        return result;
    }

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
