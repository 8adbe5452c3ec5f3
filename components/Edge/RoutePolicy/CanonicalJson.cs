using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IdentityFabric.Components.Edge.RoutePolicy;

/// <summary>
/// The canonical JSON of contracts/route-policy.md §4: object keys in ordinal order at every level, no whitespace,
/// strings with JSON's minimal escaping (as JavaScript's <c>JSON.stringify</c> writes them), integers as plain
/// decimals. The Worker's tests compute the same bytes, so the document's version agrees on both sides.
/// </summary>
public static class CanonicalJson
{
    /// <summary>Writes a JSON tree in canonical form.</summary>
    /// <param name="node">The tree (objects, arrays, strings, booleans, integers, null).</param>
    public static string Write(JsonNode? node)
    {
        var builder = new StringBuilder();
        Append(builder, node);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, JsonNode? node)
    {
        switch (node)
        {
            case null:
                builder.Append("null");
                break;
            case JsonObject obj:
                builder.Append('{');
                var first = true;
                var members = obj.ToArray();
                Array.Sort(members, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
                foreach (var (key, value) in members)
                {
                    if (!first)
                    {
                        builder.Append(',');
                    }

                    first = false;
                    AppendString(builder, key);
                    builder.Append(':');
                    Append(builder, value);
                }

                builder.Append('}');
                break;
            case JsonArray array:
                builder.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    Append(builder, array[i]);
                }

                builder.Append(']');
                break;
            case JsonValue value:
                AppendValue(builder, value);
                break;
            default:
                throw new ArgumentException($"unsupported JSON node {node.GetType().Name}", nameof(node));
        }
    }

    private static void AppendValue(StringBuilder builder, JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                AppendString(builder, value.GetValue<string>());
                break;
            case JsonValueKind.True:
                builder.Append("true");
                break;
            case JsonValueKind.False:
                builder.Append("false");
                break;
            case JsonValueKind.Number when value.TryGetValue<long>(out var integer) || TryInteger(value, out integer):
                builder.Append(integer.ToString(CultureInfo.InvariantCulture));
                break;
            case JsonValueKind.Null:
                builder.Append("null");
                break;
            default:
                throw new ArgumentException($"canonical JSON holds strings, booleans, integers and null only, not {value}", nameof(value));
        }
    }

    private static bool TryInteger(JsonValue value, out long integer)
    {
        if (value.TryGetValue<int>(out var i))
        {
            integer = i;
            return true;
        }

        if (value.TryGetValue<double>(out var d) && Math.Floor(d) == d && Math.Abs(d) < 9007199254740992d)
        {
            integer = (long)d;
            return true;
        }

        integer = 0;
        return false;
    }

    // What a string may hold that is not copied as it is: the quote, the backslash, control characters, and
    // surrogates (a lone one is escaped; a pair is copied, but only the loop below tells the two apart).
    private static readonly System.Buffers.SearchValues<char> NeedsCare = System.Buffers.SearchValues.Create(
        "\"\\" + new string(Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0xD800, 0x800)).Select(i => (char)i).ToArray()));

    private static void AppendString(StringBuilder builder, string text)
    {
        builder.Append('"');

        // Most strings (names, paths, hosts) hold nothing to escape: everything before the first character that may
        // need it is copied at once.
        var start = text.AsSpan().IndexOfAny(NeedsCare);
        if (start < 0)
        {
            builder.Append(text).Append('"');
            return;
        }

        builder.Append(text, 0, start);
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    var lone = (char.IsHighSurrogate(c) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])))
                        || (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1])));
                    if (c < 0x20 || lone)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
