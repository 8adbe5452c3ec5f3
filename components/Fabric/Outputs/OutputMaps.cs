using System.Collections.Immutable;
using Pulumi;

namespace IdentityFabric.Components.Outputs;

/// <summary>Maps between plain dictionaries and Pulumi inputs and outputs, always ordered by key so the same
/// catalog always yields the same inputs and output values.</summary>
public static class OutputMaps
{
    /// <summary>One output holding every entry's value once they are all known, keyed as given.</summary>
    /// <param name="entries">Name to output; names must be unique.</param>
    public static Output<ImmutableDictionary<string, string>> Collect(IEnumerable<KeyValuePair<string, Output<string>>> entries)
    {
        var list = entries.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        return Output.All(list.Select(e => e.Value)).Apply(values =>
            list.Select((e, i) => KeyValuePair.Create(e.Key, values[i])).ToImmutableDictionary(StringComparer.Ordinal));
    }

    /// <summary>An input map (tags, keepers) with its entries added in key order.</summary>
    /// <param name="values">The plain values.</param>
    public static InputMap<string> ToInputMap(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var map = new InputMap<string>();
        foreach (var (key, value) in values.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            map.Add(key, value);
        }

        return map;
    }
}
