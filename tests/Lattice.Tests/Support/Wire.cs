using System.Collections;

namespace IdentityFabric.Lattice.Tests.Support;

/// <summary>Reads the wire-shaped inputs the mocks record: maps by wire name, lists, strings, numbers.</summary>
internal static class Wire
{
    public static object? At(object? root, params object[] path)
    {
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

    public static string? Text(object? root, params object[] path) => At(root, path) as string;

    public static IReadOnlyList<object?> List(object? root, params object[] path) =>
        At(root, path) is IEnumerable list and not string ? list.Cast<object?>().ToList() : [];

    public static IReadOnlyList<string> Strings(object? root, params object[] path) => List(root, path).OfType<string>().ToList();

    public static double? Number(object? root, params object[] path) => At(root, path) switch
    {
        double d => d,
        int i => i,
        long l => l,
        _ => null,
    };

    public static bool? Flag(object? root, params object[] path) => At(root, path) as bool?;
}
