using System.Collections;
using System.Collections.Immutable;
using System.Globalization;

namespace IdentityFabric.Testing;

/// <summary>
/// Reads the wire-shaped inputs that <see cref="FabricMocks"/> records: maps by wire name, lists, strings, and
/// numbers as the engine serializes them.
/// </summary>
public static class Wire
{
    /// <summary>The value at a path of map keys and list indexes; null when any step is missing.</summary>
    /// <param name="root">A recorded input map, or a value inside one.</param>
    /// <param name="path">Map keys (strings) and list indexes (ints), outermost first.</param>
    public static object? At(object? root, params object[] path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var current = root;
        foreach (var step in path)
        {
            current = (current, step) switch
            {
                (IReadOnlyDictionary<string, object?> map, string key) => map.TryGetValue(key, out var v) ? v : null,
                (IEnumerable list, int index) when current is not string => list.Cast<object?>().ElementAtOrDefault(index),
                _ => null,
            };
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>The string at a path; null when missing or not a string.</summary>
    /// <param name="root">A recorded input map, or a value inside one.</param>
    /// <param name="path">Map keys and list indexes.</param>
    public static string? Text(object? root, params object[] path) => At(root, path) as string;

    /// <summary>The list at a path; empty when missing or not a list.</summary>
    /// <param name="root">A recorded input map, or a value inside one.</param>
    /// <param name="path">Map keys and list indexes.</param>
    public static IReadOnlyList<object?> List(object? root, params object[] path) =>
        At(root, path) is IEnumerable list and not string ? list.Cast<object?>().ToList() : [];

    /// <summary>The strings of the list at a path (other items left out).</summary>
    /// <param name="root">A recorded input map, or a value inside one.</param>
    /// <param name="path">Map keys and list indexes.</param>
    public static IReadOnlyList<string> Strings(object? root, params object[] path) => List(root, path).OfType<string>().ToList();

    /// <summary>The number at a path, as a double; null when missing or not a number.</summary>
    /// <param name="root">A recorded input map, or a value inside one.</param>
    /// <param name="path">Map keys and list indexes.</param>
    public static double? Number(object? root, params object[] path) => At(root, path) switch
    {
        double d => d,
        int i => i,
        long l => l,
        _ => null,
    };

    /// <summary>The boolean at a path; null when missing or not a boolean.</summary>
    /// <param name="root">A recorded input map, or a value inside one.</param>
    /// <param name="path">Map keys and list indexes.</param>
    public static bool? Flag(object? root, params object[] path) => At(root, path) as bool?;

    /// <summary>The map at a path; empty when missing or not a map.</summary>
    /// <param name="root">A recorded input map, or a value inside one.</param>
    /// <param name="path">Map keys and list indexes.</param>
    public static IReadOnlyDictionary<string, object?> Map(object? root, params object[] path) => At(root, path) switch
    {
        IReadOnlyDictionary<string, object?> map => map,
        _ => ImmutableDictionary<string, object?>.Empty,
    };

    /// <summary>A recorded value as JSON with map keys in ordinal order: equal inputs give equal text.</summary>
    /// <param name="value">A recorded input map, or a value inside one.</param>
    public static string Canonical(object? value) => System.Text.Json.JsonSerializer.Serialize(Sorted(value));

    private static object? Sorted(object? value) => value switch
    {
        null => null,
        string s => s,
        IEnumerable<KeyValuePair<string, object>> map =>
            new SortedDictionary<string, object?>(map.ToDictionary(p => p.Key, p => Sorted(p.Value)), StringComparer.Ordinal),
        IEnumerable list => list.Cast<object?>().Select(Sorted).ToList(),
        _ => value,
    };

    /// <summary>Every value under <paramref name="value"/> as a <c>path=value</c> line, map keys in ordinal order:
    /// what the engine would diff.</summary>
    /// <param name="value">A recorded input map, or a value inside one.</param>
    /// <param name="path">The path of <paramref name="value"/> itself.</param>
    public static IEnumerable<string> Flatten(object? value, string path = "")
    {
        switch (value)
        {
            case null:
                yield break;
            case string s:
                yield return $"{path}={s}";
                break;
            case IEnumerable<KeyValuePair<string, object>> map:
                foreach (var (key, item) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    foreach (var line in Flatten(item, $"{path}.{key}"))
                    {
                        yield return line;
                    }
                }

                break;
            case IEnumerable list:
                var i = 0;
                foreach (var item in list)
                {
                    foreach (var line in Flatten(item, $"{path}[{i++}]"))
                    {
                        yield return line;
                    }
                }

                break;
            default:
                yield return $"{path}={Convert.ToString(value, CultureInfo.InvariantCulture)}";
                break;
        }
    }
}
