
namespace Pulumi;

/// <summary>Untyped view of an <see cref="Input{T}"/>, used where the element type is not statically known.</summary>
internal interface IInput
{
    IOutput ToOutput();
}

/// <summary>
/// A resource property input: either a value available now or the output of another resource.
/// Internally every input is an <see cref="Output{T}"/>.
/// </summary>
public class Input<T> : IInput
{
    private protected Output<T> _outputValue;

    private protected Input(Output<T> outputValue)
        => _outputValue = outputValue ?? throw new ArgumentNullException(nameof(outputValue));

    public static implicit operator Input<T>(T value)
        => Output.Create(value);

    public static implicit operator Input<T>(Output<T> value)
        => new(value);

    public static implicit operator Output<T>(Input<T> input)
        => input._outputValue;

    IOutput IInput.ToOutput()
        => _outputValue;
}

public static class InputExtensions
{
    public static Output<TResult> Apply<T, TResult>(this Input<T>? input, Func<T, TResult> func)
        => input.ToOutput().Apply(func);

    public static Output<TResult> Apply<T, TResult>(this Input<T>? input, Func<T, Task<TResult>> func)
        => input.ToOutput().Apply(func);

    public static Output<TResult> Apply<T, TResult>(this Input<T>? input, Func<T, Input<TResult>?> func)
        => input.ToOutput().Apply(func);

    public static Output<TResult> Apply<T, TResult>(this Input<T>? input, Func<T, Output<TResult>?> func)
        => input.ToOutput().Apply(func);

    public static Output<T> ToOutput<T>(this Input<T>? input)
        => input ?? Output.Create(default(T)!);
}

public static class InputListExtensions
{
    public static void Add<T0, T1>(this InputList<Union<T0, T1>> list, Input<T0> value)
        => list.Add(value.ToOutput().Apply(v => (Union<T0, T1>)v));

    public static void Add<T0, T1>(this InputList<Union<T0, T1>> list, Input<T1> value)
        => list.Add(value.ToOutput().Apply(v => (Union<T0, T1>)v));
}

public static class InputMapExtensions
{
    public static void Add<T0, T1>(this InputMap<Union<T0, T1>> map, string key, Input<T0> value)
        => map.Add(key, value.ToOutput().Apply(v => (Union<T0, T1>)v));

    public static void Add<T0, T1>(this InputMap<Union<T0, T1>> map, string key, Input<T1> value)
        => map.Add(key, value.ToOutput().Apply(v => (Union<T0, T1>)v));
}
