using System.Collections;
using System.Collections.Immutable;

namespace Pulumi;

/// <summary>
/// A list input whose elements are themselves inputs. Built with collection initializers or
/// converted from arrays, lists and outputs of lists.
/// </summary>
public sealed class InputList<T> : Input<ImmutableArray<T>>, IEnumerable, IAsyncEnumerable<Input<T>>
{
    public InputList() : this(Output.Create(ImmutableArray<T>.Empty))
    {
    }

    private InputList(Output<ImmutableArray<T>> values)
        : base(values)
    {
    }

    internal Output<ImmutableArray<T>> Value => _outputValue;

    public void Add(params Input<T>[] inputs)
        => _outputValue = Output.Concat(_outputValue, Output.All(inputs));

    public void Add(InputList<T> inputs)
        => AddRange(inputs);

    public void AddRange(InputList<T> inputs)
        => _outputValue = Output.Concat(_outputValue, inputs._outputValue);

    public InputList<T> Concat(InputList<T> other)
        => Output.Concat(_outputValue, other._outputValue);

    internal InputList<T> Clone()
        => new(_outputValue);

    public static implicit operator InputList<T>(T value)
        => ImmutableArray.Create<Input<T>>(value);

    public static implicit operator InputList<T>(Output<T> value)
        => ImmutableArray.Create<Input<T>>(value);

    public static implicit operator InputList<T>(Input<T> value)
        => ImmutableArray.Create(value);

    public static implicit operator InputList<T>(T[] values)
        => ImmutableArray.CreateRange(values.Select(v => (Input<T>)v));

    public static implicit operator InputList<T>(Output<T>[] values)
        => ImmutableArray.CreateRange(values.Select(v => (Input<T>)v));

    public static implicit operator InputList<T>(Input<T>[] values)
        => ImmutableArray.CreateRange(values);

    public static implicit operator InputList<T>(List<T> values)
        => ImmutableArray.CreateRange(values.Select(v => (Input<T>)v));

    public static implicit operator InputList<T>(List<Output<T>> values)
        => ImmutableArray.CreateRange(values.Select(v => (Input<T>)v));

    public static implicit operator InputList<T>(List<Input<T>> values)
        => ImmutableArray.CreateRange(values);

    public static implicit operator InputList<T>(ImmutableArray<T> values)
        => values.Select(v => (Input<T>)v).ToImmutableArray();

    public static implicit operator InputList<T>(ImmutableArray<Output<T>> values)
        => values.Select(v => (Input<T>)v).ToImmutableArray();

    public static implicit operator InputList<T>(ImmutableArray<Input<T>> values)
        => new(Output.All(values));

    public static implicit operator InputList<T>(Output<T[]> values)
        => values.Apply(ImmutableArray.CreateRange);

    public static implicit operator InputList<T>(Output<List<T>> values)
        => values.Apply(ImmutableArray.CreateRange);

    public static implicit operator InputList<T>(Output<IEnumerable<T>> values)
        => values.Apply(ImmutableArray.CreateRange);

    public static implicit operator InputList<T>(Output<ImmutableArray<T>> values)
        => new(values);

    IEnumerator IEnumerable.GetEnumerator()
        => throw new NotSupportedException($"A {GetType().FullName} cannot be synchronously enumerated. Use {nameof(GetAsyncEnumerator)} instead.");

    public async IAsyncEnumerator<Input<T>> GetAsyncEnumerator(CancellationToken cancellationToken)
    {
        var values = await _outputValue.GetValueAsync(whenUnknown: ImmutableArray<T>.Empty).ConfigureAwait(false);
        foreach (var value in values)
        {
            yield return value;
        }
    }
}
