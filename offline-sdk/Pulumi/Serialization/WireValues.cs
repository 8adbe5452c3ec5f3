using System.Collections.Immutable;
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
