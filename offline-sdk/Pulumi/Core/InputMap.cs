using System.Collections;
using System.Collections.Immutable;

namespace Pulumi;

/// <summary>
/// A string-keyed map input whose values are themselves inputs. Built with collection
/// initializers or converted from dictionaries and outputs of dictionaries.
/// </summary>
public sealed class InputMap<V> : Input<ImmutableDictionary<string, V>>, IEnumerable, IAsyncEnumerable<Input<KeyValuePair<string, V>>>
{
    public InputMap() : this(Output.Create(ImmutableDictionary<string, V>.Empty))
    {
    }

    private InputMap(Output<ImmutableDictionary<string, V>> values)
        : base(values)
    {
    }

    internal Output<ImmutableDictionary<string, V>> Value => _outputValue;

    public void Add(string key, Input<V> value)
        => _outputValue = Output.Tuple((Input<ImmutableDictionary<string, V>>)_outputValue, value)
            .Apply(x => x.Item1.Add(key, x.Item2));

    public void Add(InputMap<V> values)
        => AddRange(values);

    public void AddRange(InputMap<V> values)
        => _outputValue = Output.Tuple((Input<ImmutableDictionary<string, V>>)_outputValue, values)
            .Apply(x => x.Item1.AddRange(x.Item2));

    public Input<V> this[string key]
    {
        set => Add(key, value);
    }

    /// <summary>A new map holding both maps' entries; on a key clash the second map wins.</summary>
    public static InputMap<V> Merge(InputMap<V> first, InputMap<V> second)
        => Output.Tuple(first._outputValue, second._outputValue)
            .Apply(maps => maps.Item1.SetItems(maps.Item2));

    public static implicit operator InputMap<V>(Dictionary<string, V> values)
        => Output.Create(values);

    public static implicit operator InputMap<V>(ImmutableDictionary<string, V> values)
        => Output.Create(values);

    public static implicit operator InputMap<V>(Output<Dictionary<string, V>> values)
        => values.Apply(ImmutableDictionary.CreateRange);

    public static implicit operator InputMap<V>(Output<IDictionary<string, V>> values)
        => values.Apply(ImmutableDictionary.CreateRange);

    public static implicit operator InputMap<V>(Output<ImmutableDictionary<string, V>> values)
        => new(values);

    IEnumerator IEnumerable.GetEnumerator()
        => throw new NotSupportedException($"A {GetType().FullName} cannot be synchronously enumerated. Use {nameof(GetAsyncEnumerator)} instead.");

    public async IAsyncEnumerator<Input<KeyValuePair<string, V>>> GetAsyncEnumerator(CancellationToken cancellationToken)
    {
        var values = await _outputValue.GetValueAsync(whenUnknown: ImmutableDictionary<string, V>.Empty).ConfigureAwait(false);
        foreach (var pair in values)
        {
            yield return pair;
        }
    }
}
