using System.Collections.Immutable;
using Pulumi.Serialization;

namespace Pulumi;

/// <summary>Untyped view of an <see cref="Output{T}"/>.</summary>
internal interface IOutput
{
    Task<ImmutableHashSet<Resource>> GetResourcesAsync();

    Task<OutputData<object?>> GetDataAsync();

    /// <summary>The same as <see cref="GetDataAsync"/>, without allocating when the value is already there.</summary>
    ValueTask<(ImmutableHashSet<Resource> Resources, object? Value, bool IsKnown, bool IsSecret)> GetUntypedDataAsync();
}

/// <summary>
/// Static helpers that create and combine <see cref="Output{T}"/> values.
/// </summary>
public static partial class Output
{
    public static Output<T> Create<T>(T value)
        => Create(Task.FromResult(value));

    public static Output<T> Create<T>(Task<T> value)
        => Output<T>.Create(value);

    public static Output<T> CreateSecret<T>(T value)
        => CreateSecret(Task.FromResult(value));

    public static Output<T> CreateSecret<T>(Task<T> value)
        => Output<T>.CreateSecret(value);

    public static Output<T> CreateSecret<T>(Output<T> value)
        => Output<T>.CreateSecret(value);

    /// <summary>A copy of <paramref name="output"/> that is no longer marked secret.</summary>
    public static Output<T> Unsecret<T>(Output<T> output)
        => output.WithIsSecret(false);

    /// <summary>Whether <paramref name="output"/> is marked secret.</summary>
    public static async Task<bool> IsSecretAsync<T>(Output<T> output)
    {
        var data = await output.DataTask.ConfigureAwait(false);
        return data.IsSecret;
    }

    public static Output<ImmutableArray<T>> All<T>(params Input<T>[] inputs)
        => Output<T>.All(ImmutableArray.CreateRange(inputs));

    public static Output<ImmutableArray<T>> All<T>(IEnumerable<Input<T>> inputs)
        => Output<T>.All(ImmutableArray.CreateRange(inputs));

    public static Output<ImmutableArray<T>> All<T>(params Output<T>[] outputs)
        => All(outputs.AsEnumerable());

    public static Output<ImmutableArray<T>> All<T>(IEnumerable<Output<T>> outputs)
        => Output<T>.All(ImmutableArray.CreateRange(outputs.Select(o => (Input<T>)o)));

    /// <summary>
    /// Formats an interpolated string whose holes may hold inputs or outputs; the result is unknown
    /// if any hole is unknown and secret if any hole is secret.
    /// </summary>
    public static Output<string> Format(FormattableString formattableString)
    {
        ArgumentNullException.ThrowIfNull(formattableString);
        var inputs = formattableString.GetArguments()
            .Select(argument => (Input<object?>)OutputHelpers.ToObjectOutput(argument))
            .ToArray();

        return All(inputs).Apply(values =>
            string.Format(System.Globalization.CultureInfo.CurrentCulture, formattableString.Format, values.ToArray()));
    }

    internal static Output<ImmutableArray<T>> Concat<T>(Output<ImmutableArray<T>> values1, Output<ImmutableArray<T>> values2)
        => Tuple(values1, values2).Apply(tuple => tuple.Item1.AddRange(tuple.Item2));
}

/// <summary>
/// An eventually available value together with the resources it depends on, whether it is known
/// and whether it is secret.
/// </summary>
public sealed class Output<T> : IOutput
{
    internal Task<OutputData<T>> DataTask { get; }

    internal Output(Task<OutputData<T>> dataTask)
    {
        DataTask = dataTask;

        // Every output of a running program is awaited before the run ends, so a failed Apply
        // surfaces as an error of the run.
        if (Deployment.TryGetInternalInstance(out var deployment))
        {
            deployment.Runner.RegisterTask(dataTask);
        }
    }

    internal async Task<T> GetValueAsync(T whenUnknown)
    {
        var data = await DataTask.ConfigureAwait(false);
        return data.IsKnown ? data.Value : whenUnknown;
    }

    async Task<ImmutableHashSet<Resource>> IOutput.GetResourcesAsync()
        => (await DataTask.ConfigureAwait(false)).Resources;

    async Task<OutputData<object?>> IOutput.GetDataAsync()
    {
        var data = await DataTask.ConfigureAwait(false);
        return new OutputData<object?>(data.Resources, data.Value, data.IsKnown, data.IsSecret);
    }

    ValueTask<(ImmutableHashSet<Resource> Resources, object? Value, bool IsKnown, bool IsSecret)> IOutput.GetUntypedDataAsync()
    {
        if (DataTask.IsCompletedSuccessfully)
        {
            var data = DataTask.Result;
            return new((data.Resources, data.Value, data.IsKnown, data.IsSecret));
        }

        return WaitAsync(DataTask);

        static async ValueTask<(ImmutableHashSet<Resource>, object?, bool, bool)> WaitAsync(Task<OutputData<T>> pending)
        {
            var data = await pending.ConfigureAwait(false);
            return (data.Resources, data.Value, data.IsKnown, data.IsSecret);
        }
    }

    public static Output<T> Create(Task<T> value)
        => Create(value, isSecret: false);

    internal static Output<T> CreateSecret(Task<T> value)
        => Create(value, isSecret: true);

    internal static Output<T> CreateSecret(Output<T> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.WithIsSecret(true);
    }

    internal Output<T> WithIsSecret(bool isSecret)
    {
        async Task<OutputData<T>> GetData()
        {
            var data = await DataTask.ConfigureAwait(false);
            return new OutputData<T>(data.Resources, data.Value, data.IsKnown, isSecret);
        }

        return new Output<T>(GetData());
    }

    private static Output<T> Create(Task<T> value, bool isSecret)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.IsCompletedSuccessfully)
        {
            // The common case (Output.Create(value), an input given a plain value): no state machine to wait with.
            return new Output<T>(Task.FromResult(new OutputData<T>(ImmutableHashSet<Resource>.Empty, value.Result, isKnown: true, isSecret)));
        }

        async Task<OutputData<T>> GetData()
            => new(ImmutableHashSet<Resource>.Empty, await value.ConfigureAwait(false), isKnown: true, isSecret);

        return new Output<T>(GetData());
    }

    internal static Output<T> CreateUnknown(T value)
        => new(Task.FromResult(new OutputData<T>(ImmutableHashSet<Resource>.Empty, value, isKnown: false, isSecret: false)));

    internal static Output<T> CreateUnknown(Func<Task<T>> valueFactory)
        => CreateUnknown(default(T)!).Apply(_ => valueFactory());

    public Output<U> Apply<U>(Func<T, U> func)
        => Apply(t => Output.Create(func(t)));

    public Output<U> Apply<U>(Func<T, Task<U>> func)
        => Apply(t => Output.Create(func(t)));

    public Output<U> Apply<U>(Func<T, Input<U>?> func)
        => Apply(t => func(t).ToOutput());

    /// <summary>
    /// Transforms the value of this output. During a preview the callback does not run when the
    /// value is unknown; the result keeps this output's dependencies and secrecy.
    /// </summary>
    public Output<U> Apply<U>(Func<T, Output<U>?> func)
        => new(ApplyHelperAsync(DataTask, func));

    private static async Task<OutputData<U>> ApplyHelperAsync<U>(Task<OutputData<T>> dataTask, Func<T, Output<U>?> func)
    {
        var data = await dataTask.ConfigureAwait(false);
        if (!data.IsKnown && Deployment.Instance.IsDryRun)
        {
            return new OutputData<U>(data.Resources, default!, isKnown: false, data.IsSecret);
        }

        var inner = func(data.Value);
        if (inner is null)
        {
            return new OutputData<U>(data.Resources, default!, data.IsKnown, data.IsSecret);
        }

        var innerData = await inner.DataTask.ConfigureAwait(false);
        return new OutputData<U>(
            data.Resources.Union(innerData.Resources),
            innerData.Value,
            data.IsKnown && innerData.IsKnown,
            data.IsSecret || innerData.IsSecret);
    }

    internal static Output<ImmutableArray<T>> All(ImmutableArray<Input<T>> inputs)
        => new(AllHelperAsync(inputs));

    private static async Task<OutputData<ImmutableArray<T>>> AllHelperAsync(ImmutableArray<Input<T>> inputs)
    {
        var resources = ImmutableHashSet.CreateBuilder<Resource>();
        var values = ImmutableArray.CreateBuilder<T>(inputs.Length);
        var isKnown = true;
        var isSecret = false;
        foreach (var input in inputs)
        {
            var data = await ((Output<T>)input).DataTask.ConfigureAwait(false);
            values.Add(data.Value);
            resources.UnionWith(data.Resources);
            (isKnown, isSecret) = OutputData.Combine(data, isKnown, isSecret);
        }

        return new OutputData<ImmutableArray<T>>(resources.ToImmutable(), values.MoveToImmutable(), isKnown, isSecret);
    }

    /// <summary>
    /// Not the value: inside a deployment, the message below, also logged as a warning; outside one, an
    /// <see cref="InvalidOperationException"/>, since the warning needs <see cref="Deployment.Instance"/>. Both as
    /// the real SDK does.
    /// </summary>
    public override string ToString()
    {
        var message = string.Join(Environment.NewLine,
            "Calling [ToString] on an [Output<T>] is not supported.",
            "",
            "To get the value of an Output<T> as an Output<string> consider:",
            "1. o.Apply(v => $\"prefix{v}suffix\")",
            "2. Output.Format($\"prefix{hostname}suffix\");",
            "",
            "See https://www.pulumi.com/docs/concepts/inputs-outputs for more details.",
            "This function may throw in a future version of Pulumi.");
        Log.Warn(message);
        return message;
    }
}

internal static class OutputHelpers
{
    /// <summary>Wraps any value (plain, input or output) as an untyped output.</summary>
    public static Output<object?> ToObjectOutput(object? value)
    {
        var output = value switch
        {
            IInput input => input.ToOutput(),
            IOutput o => o,
            _ => null,
        };

        return output is null
            ? Output.Create(value)
            : new Output<object?>(output.GetDataAsync());
    }
}
