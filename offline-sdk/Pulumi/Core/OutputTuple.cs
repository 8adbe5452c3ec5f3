using System.Collections.Immutable;
using Pulumi.Serialization;

namespace Pulumi;

public static partial class Output
{
    public static Output<(T1, T2)> Tuple<T1, T2>(Input<T1> item1, Input<T2> item2)
        => TupleSupport.Combine(new[] { TupleSupport.Untyped(item1), TupleSupport.Untyped(item2) }).Apply(values => (TupleSupport.Get<T1>(values[0]), TupleSupport.Get<T2>(values[1])));
    public static Output<(T1, T2, T3)> Tuple<T1, T2, T3>(Input<T1> item1, Input<T2> item2, Input<T3> item3)
        => TupleSupport.Combine(new[] { TupleSupport.Untyped(item1), TupleSupport.Untyped(item2), TupleSupport.Untyped(item3) }).Apply(values => (TupleSupport.Get<T1>(values[0]), TupleSupport.Get<T2>(values[1]), TupleSupport.Get<T3>(values[2])));
    public static Output<(T1, T2, T3, T4)> Tuple<T1, T2, T3, T4>(Input<T1> item1, Input<T2> item2, Input<T3> item3, Input<T4> item4)
        => TupleSupport.Combine(new[] { TupleSupport.Untyped(item1), TupleSupport.Untyped(item2), TupleSupport.Untyped(item3), TupleSupport.Untyped(item4) }).Apply(values => (TupleSupport.Get<T1>(values[0]), TupleSupport.Get<T2>(values[1]), TupleSupport.Get<T3>(values[2]), TupleSupport.Get<T4>(values[3])));
    public static Output<(T1, T2, T3, T4, T5)> Tuple<T1, T2, T3, T4, T5>(Input<T1> item1, Input<T2> item2, Input<T3> item3, Input<T4> item4, Input<T5> item5)
        => TupleSupport.Combine(new[] { TupleSupport.Untyped(item1), TupleSupport.Untyped(item2), TupleSupport.Untyped(item3), TupleSupport.Untyped(item4), TupleSupport.Untyped(item5) }).Apply(values => (TupleSupport.Get<T1>(values[0]), TupleSupport.Get<T2>(values[1]), TupleSupport.Get<T3>(values[2]), TupleSupport.Get<T4>(values[3]), TupleSupport.Get<T5>(values[4])));
    public static Output<(T1, T2, T3, T4, T5, T6)> Tuple<T1, T2, T3, T4, T5, T6>(Input<T1> item1, Input<T2> item2, Input<T3> item3, Input<T4> item4, Input<T5> item5, Input<T6> item6)
        => TupleSupport.Combine(new[] { TupleSupport.Untyped(item1), TupleSupport.Untyped(item2), TupleSupport.Untyped(item3), TupleSupport.Untyped(item4), TupleSupport.Untyped(item5), TupleSupport.Untyped(item6) }).Apply(values => (TupleSupport.Get<T1>(values[0]), TupleSupport.Get<T2>(values[1]), TupleSupport.Get<T3>(values[2]), TupleSupport.Get<T4>(values[3]), TupleSupport.Get<T5>(values[4]), TupleSupport.Get<T6>(values[5])));
    public static Output<(T1, T2, T3, T4, T5, T6, T7)> Tuple<T1, T2, T3, T4, T5, T6, T7>(Input<T1> item1, Input<T2> item2, Input<T3> item3, Input<T4> item4, Input<T5> item5, Input<T6> item6, Input<T7> item7)
        => TupleSupport.Combine(new[] { TupleSupport.Untyped(item1), TupleSupport.Untyped(item2), TupleSupport.Untyped(item3), TupleSupport.Untyped(item4), TupleSupport.Untyped(item5), TupleSupport.Untyped(item6), TupleSupport.Untyped(item7) }).Apply(values => (TupleSupport.Get<T1>(values[0]), TupleSupport.Get<T2>(values[1]), TupleSupport.Get<T3>(values[2]), TupleSupport.Get<T4>(values[3]), TupleSupport.Get<T5>(values[4]), TupleSupport.Get<T6>(values[5]), TupleSupport.Get<T7>(values[6])));
    public static Output<(T1, T2, T3, T4, T5, T6, T7, T8)> Tuple<T1, T2, T3, T4, T5, T6, T7, T8>(Input<T1> item1, Input<T2> item2, Input<T3> item3, Input<T4> item4, Input<T5> item5, Input<T6> item6, Input<T7> item7, Input<T8> item8)
        => TupleSupport.Combine(new[] { TupleSupport.Untyped(item1), TupleSupport.Untyped(item2), TupleSupport.Untyped(item3), TupleSupport.Untyped(item4), TupleSupport.Untyped(item5), TupleSupport.Untyped(item6), TupleSupport.Untyped(item7), TupleSupport.Untyped(item8) }).Apply(values => (TupleSupport.Get<T1>(values[0]), TupleSupport.Get<T2>(values[1]), TupleSupport.Get<T3>(values[2]), TupleSupport.Get<T4>(values[3]), TupleSupport.Get<T5>(values[4]), TupleSupport.Get<T6>(values[5]), TupleSupport.Get<T7>(values[6]), TupleSupport.Get<T8>(values[7])));
    public static Output<(T1, T2)> Tuple<T1, T2>(Output<T1> item1, Output<T2> item2)
        => TupleSupport.Combine(new[] { TupleSupport.Untyped(item1), TupleSupport.Untyped(item2) }).Apply(values => (TupleSupport.Get<T1>(values[0]), TupleSupport.Get<T2>(values[1])));
    public static Output<(T1, T2, T3)> Tuple<T1, T2, T3>(Output<T1> item1, Output<T2> item2, Output<T3> item3)
        => TupleSupport.Combine(new[] { TupleSupport.Untyped(item1), TupleSupport.Untyped(item2), TupleSupport.Untyped(item3) }).Apply(values => (TupleSupport.Get<T1>(values[0]), TupleSupport.Get<T2>(values[1]), TupleSupport.Get<T3>(values[2])));
    public static Output<(T1, T2, T3, T4)> Tuple<T1, T2, T3, T4>(Output<T1> item1, Output<T2> item2, Output<T3> item3, Output<T4> item4)
        => TupleSupport.Combine(new[] { TupleSupport.Untyped(item1), TupleSupport.Untyped(item2), TupleSupport.Untyped(item3), TupleSupport.Untyped(item4) }).Apply(values => (TupleSupport.Get<T1>(values[0]), TupleSupport.Get<T2>(values[1]), TupleSupport.Get<T3>(values[2]), TupleSupport.Get<T4>(values[3])));
    public static Output<(T1, T2, T3, T4, T5)> Tuple<T1, T2, T3, T4, T5>(Output<T1> item1, Output<T2> item2, Output<T3> item3, Output<T4> item4, Output<T5> item5)
        => TupleSupport.Combine(new[] { TupleSupport.Untyped(item1), TupleSupport.Untyped(item2), TupleSupport.Untyped(item3), TupleSupport.Untyped(item4), TupleSupport.Untyped(item5) }).Apply(values => (TupleSupport.Get<T1>(values[0]), TupleSupport.Get<T2>(values[1]), TupleSupport.Get<T3>(values[2]), TupleSupport.Get<T4>(values[3]), TupleSupport.Get<T5>(values[4])));
    public static Output<(T1, T2, T3, T4, T5, T6)> Tuple<T1, T2, T3, T4, T5, T6>(Output<T1> item1, Output<T2> item2, Output<T3> item3, Output<T4> item4, Output<T5> item5, Output<T6> item6)
        => TupleSupport.Combine(new[] { TupleSupport.Untyped(item1), TupleSupport.Untyped(item2), TupleSupport.Untyped(item3), TupleSupport.Untyped(item4), TupleSupport.Untyped(item5), TupleSupport.Untyped(item6) }).Apply(values => (TupleSupport.Get<T1>(values[0]), TupleSupport.Get<T2>(values[1]), TupleSupport.Get<T3>(values[2]), TupleSupport.Get<T4>(values[3]), TupleSupport.Get<T5>(values[4]), TupleSupport.Get<T6>(values[5])));
    public static Output<(T1, T2, T3, T4, T5, T6, T7)> Tuple<T1, T2, T3, T4, T5, T6, T7>(Output<T1> item1, Output<T2> item2, Output<T3> item3, Output<T4> item4, Output<T5> item5, Output<T6> item6, Output<T7> item7)
        => TupleSupport.Combine(new[] { TupleSupport.Untyped(item1), TupleSupport.Untyped(item2), TupleSupport.Untyped(item3), TupleSupport.Untyped(item4), TupleSupport.Untyped(item5), TupleSupport.Untyped(item6), TupleSupport.Untyped(item7) }).Apply(values => (TupleSupport.Get<T1>(values[0]), TupleSupport.Get<T2>(values[1]), TupleSupport.Get<T3>(values[2]), TupleSupport.Get<T4>(values[3]), TupleSupport.Get<T5>(values[4]), TupleSupport.Get<T6>(values[5]), TupleSupport.Get<T7>(values[6])));
    public static Output<(T1, T2, T3, T4, T5, T6, T7, T8)> Tuple<T1, T2, T3, T4, T5, T6, T7, T8>(Output<T1> item1, Output<T2> item2, Output<T3> item3, Output<T4> item4, Output<T5> item5, Output<T6> item6, Output<T7> item7, Output<T8> item8)
        => TupleSupport.Combine(new[] { TupleSupport.Untyped(item1), TupleSupport.Untyped(item2), TupleSupport.Untyped(item3), TupleSupport.Untyped(item4), TupleSupport.Untyped(item5), TupleSupport.Untyped(item6), TupleSupport.Untyped(item7), TupleSupport.Untyped(item8) }).Apply(values => (TupleSupport.Get<T1>(values[0]), TupleSupport.Get<T2>(values[1]), TupleSupport.Get<T3>(values[2]), TupleSupport.Get<T4>(values[3]), TupleSupport.Get<T5>(values[4]), TupleSupport.Get<T6>(values[5]), TupleSupport.Get<T7>(values[6]), TupleSupport.Get<T8>(values[7])));
}

internal static class TupleSupport
{
    public static IOutput Untyped<T>(Input<T> input) => (Output<T>)input;

    public static IOutput Untyped<T>(Output<T> output) => output;

    public static T Get<T>(object? value) => value is null ? default! : (T)value;

    /// <summary>Awaits every item, combining dependencies, known-ness and secrecy.</summary>
    public static Output<ImmutableArray<object?>> Combine(IOutput[] items)
    {
        async Task<OutputData<ImmutableArray<object?>>> GetData()
        {
            var resources = ImmutableHashSet.CreateBuilder<Resource>();
            var values = ImmutableArray.CreateBuilder<object?>(items.Length);
            var isKnown = true;
            var isSecret = false;
            foreach (var item in items)
            {
                var data = await item.GetDataAsync().ConfigureAwait(false);
                values.Add(data.Value);
                resources.UnionWith(data.Resources);
                (isKnown, isSecret) = OutputData.Combine(data, isKnown, isSecret);
            }

            return new OutputData<ImmutableArray<object?>>(resources.ToImmutable(), values.MoveToImmutable(), isKnown, isSecret);
        }

        return new Output<ImmutableArray<object?>>(GetData());
    }
}
