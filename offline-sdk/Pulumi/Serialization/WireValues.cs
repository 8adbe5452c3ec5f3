using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Pulumi.Serialization;

/// <summary>
/// The engine's view of a value. Serialized values are only: null, bool, double, string,
/// <see cref="ImmutableArray{T}"/> of values, <see cref="ImmutableDictionary{TKey, TValue}"/> of values,
/// assets and archives, or one of the markers below.
/// </summary>
internal static class WireValues
{
    /// <summary>
    /// Unwraps secrets and resolves markers into plain values, the way the mock monitor
    /// deserializes what it receives: any unknown inside makes the whole value unknown.
    /// </summary>
    public static (object? Value, bool IsKnown, bool IsSecret) ToPlain(object? wire)
    {
        // Most values hold no marker at all: they are their own plain form, and are not copied.
        if (IsPlain(wire))
        {
            return (wire, true, false);
        }

        switch (wire)
        {
            case WireUnknown:
                return (null, false, false);
            case WireSecret secret:
                var inner = ToPlain(secret.Value);
                return (inner.Value, inner.IsKnown, true);
            case WireResource reference:
                return (reference.Resource, true, false);
            case ImmutableArray<object?> list:
                {
                    var builder = ImmutableArray.CreateBuilder<object?>(list.Length);
                    var isKnown = true;
                    var isSecret = false;
                    foreach (var element in list)
                    {
                        var converted = ToPlain(element);
                        builder.Add(converted.Value);
                        isKnown &= converted.IsKnown;
                        isSecret |= converted.IsSecret;
                    }

                    return (builder.MoveToImmutable(), isKnown, isSecret);
                }

            case ImmutableDictionary<string, object?> map:
                {
                    var builder = ImmutableDictionary.CreateBuilder<string, object?>();
                    var isKnown = true;
                    var isSecret = false;
                    foreach (var (key, element) in map)
                    {
                        var converted = ToPlain(element);
                        builder.Add(key, converted.Value);
                        isKnown &= converted.IsKnown;
                        isSecret |= converted.IsSecret;
                    }

                    return (builder.ToImmutable(), isKnown, isSecret);
                }

            default:
                return (wire, true, false);
        }
    }

    /// <summary>
    /// The inputs a mock sees: known, non-null top-level properties as plain values (secrets
    /// unwrapped, numbers as doubles).
    /// </summary>
    public static ImmutableDictionary<string, object> ToMockDictionary(ImmutableDictionary<string, object?> properties)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, object>();
        foreach (var (key, wire) in properties)
        {
            var (value, isKnown, _) = ToPlain(wire);
            if (isKnown && value is not null)
            {
                builder.Add(key, value);
            }
        }

        return builder.ToImmutable();
    }

    private static bool IsPlain(object? wire)
    {
        switch (wire)
        {
            case WireUnknown or WireSecret or WireResource:
                return false;
            case ImmutableArray<object?> list:
                foreach (var element in list)
                {
                    if (!IsPlain(element))
                    {
                        return false;
                    }
                }

                return true;
            case ImmutableDictionary<string, object?> map:
                foreach (var (_, element) in map)
                {
                    if (!IsPlain(element))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return true;
        }
    }

    public static bool ContainsUnknowns(object? wire)
        => wire switch
        {
            WireUnknown => true,
            WireSecret secret => ContainsUnknowns(secret.Value),
            ImmutableArray<object?> list => list.Any(ContainsUnknowns),
            ImmutableDictionary<string, object?> map => map.Values.Any(ContainsUnknowns),
            _ => false,
        };

    /// <summary>Writes a plain value as JSON text.</summary>
    public static string ToJson(object? plain)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            Write(writer, plain);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>
    /// Writes a plain value as the real SDK writes a <c>json: true</c> input: the value becomes a protobuf
    /// <c>Value</c> that <c>Google.Protobuf.JsonFormatter.Default</c> formats, so objects and lists are padded with
    /// spaces (<c>{ "Count": 2, "Name": "a" }</c>, <c>[ 1, 2 ]</c>, empty ones <c>{ }</c> and <c>[ ]</c>), numbers
    /// are doubles in round-trip form, and strings escape <c>"</c>, <c>\</c>, control characters, <c>&lt;</c>,
    /// <c>&gt;</c> and the invisible characters JavaScript treats specially. The real SDK lists object keys in
    /// its dictionary's order, which varies between processes; here they are in ordinal order.
    /// </summary>
    public static string ToProtobufJson(object? plain)
    {
        var text = new StringBuilder();
        WriteProtobuf(text, plain);
        return text.ToString();
    }

    private static void WriteProtobuf(StringBuilder text, object? plain)
    {
        switch (plain)
        {
            case null:
                text.Append("null");
                break;
            case bool b:
                text.Append(b ? "true" : "false");
                break;
            case double d:
                WriteProtobufNumber(text, d);
                break;
            case int i:
                WriteProtobufNumber(text, i);
                break;
            case string s:
                WriteProtobufString(text, s);
                break;
            case ImmutableArray<object?> list:
                text.Append("[ ");
                for (var i = 0; i < list.Length; i++)
                {
                    text.Append(i == 0 ? "" : ", ");
                    WriteProtobuf(text, list[i]);
                }

                text.Append(list.Length == 0 ? "]" : " ]");
                break;
            case ImmutableDictionary<string, object?> map:
                text.Append("{ ");
                var first = true;
                foreach (var (key, element) in map.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                {
                    text.Append(first ? "" : ", ");
                    WriteProtobufString(text, key);
                    text.Append(": ");
                    WriteProtobuf(text, element);
                    first = false;
                }

                text.Append(first ? "}" : " }");
                break;
            default:
                throw new InvalidOperationException($"{plain.GetType().FullName} cannot be written as JSON.");
        }
    }

    private static void WriteProtobufNumber(StringBuilder text, double d)
        => text.Append(double.IsNaN(d) ? "\"NaN\""
            : double.IsPositiveInfinity(d) ? "\"Infinity\""
            : double.IsNegativeInfinity(d) ? "\"-Infinity\""
            : d.ToString("r", CultureInfo.InvariantCulture));

    private static void WriteProtobufString(StringBuilder text, string value)
    {
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                case '\b':
                    text.Append("\\b");
                    break;
                case '\t':
                    text.Append("\\t");
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\f':
                    text.Append("\\f");
                    break;
                case '\r':
                    text.Append("\\r");
                    break;
                default:
                    if (c < 0x20 || c is '<' or '>' || (c >= 0x7f && c < 0xa0) || IsJavaScriptSensitive(c))
                    {
                        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        text.Append('"');
    }

    // Characters JsonFormatter escapes although JSON allows them: invisible ones that JavaScript parsers treat
    // specially. Surrogate pairs are written as two escapes as well.
    private static bool IsJavaScriptSensitive(char c)
        => c is '\u00ad' or '\u06dd' or '\u070f' or '\u17b4' or '\u17b5' or '\ufeff' or (>= '\ufff9' and <= '\ufffb')
            or (>= '\u0600' and <= '\u0603') or (>= '\u200b' and <= '\u200f') or (>= '\u2028' and <= '\u202e')
            or (>= '\u2060' and <= '\u2064') or (>= '\u206a' and <= '\u206f') || char.IsSurrogate(c);

    private static void Write(Utf8JsonWriter writer, object? plain)
    {
        switch (plain)
        {
            case null:
                writer.WriteNullValue();
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case double d:
                writer.WriteNumberValue(d);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case ImmutableArray<object?> list:
                writer.WriteStartArray();
                foreach (var element in list)
                {
                    Write(writer, element);
                }

                writer.WriteEndArray();
                break;
            case ImmutableDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (key, element) in map.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(key);
                    Write(writer, element);
                }

                writer.WriteEndObject();
                break;
            default:
                throw new InvalidOperationException($"{plain.GetType().FullName} cannot be written as JSON.");
        }
    }
}

/// <summary>A value that is not known yet (during a preview).</summary>
internal sealed class WireUnknown
{
    public static readonly WireUnknown Instance = new();

    private WireUnknown()
    {
    }
}

/// <summary>A secret value.</summary>
internal sealed record WireSecret(object? Value);

/// <summary>A reference to a resource.</summary>
internal sealed record WireResource(Resource Resource);
