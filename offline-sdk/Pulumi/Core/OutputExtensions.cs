using System.Collections.Immutable;

namespace Pulumi;

public static class OutputExtensions
{
    public static Output<T> GetAt<T>(this Output<ImmutableArray<T>> array, Input<int> index)
        => Output.Tuple((Input<ImmutableArray<T>>)array, index).Apply(v => v.Item1[v.Item2]);

    public static Output<T> First<T>(this Output<ImmutableArray<T>> array)
        => array.GetAt(0);

    public static Output<int> Length<T>(this Output<ImmutableArray<T>> array)
        => array.Apply(xs => xs.Length);

    public static Output<bool> IsT0<T0, T1>(this Output<Union<T0, T1>> output) => output.Apply(v => v.IsT0);

    public static Output<bool> IsT1<T0, T1>(this Output<Union<T0, T1>> output) => output.Apply(v => v.IsT1);

    public static Output<T0> AsT0<T0, T1>(this Output<Union<T0, T1>> output) => output.Apply(v => v.AsT0);

    public static Output<T1> AsT1<T0, T1>(this Output<Union<T0, T1>> output) => output.Apply(v => v.AsT1);

    public static Output<object> Value<T0, T1>(this Output<Union<T0, T1>> output) => output.Apply(v => v.Value);
}
