using System.Collections.Immutable;

namespace Pulumi.Utilities;

/// <summary>
/// Test and debugging helpers that look inside an <see cref="Output{T}"/>.
/// </summary>
public static class OutputUtilities
{
    public static Output<T> CreateUnknown<T>(T value)
        => Output<T>.CreateUnknown(value);

    public static Output<T> CreateUnknown<T>(Func<Task<T>> valueFactory)
        => Output<T>.CreateUnknown(valueFactory);

    public static async Task<bool> GetIsKnownAsync<T>(Output<T> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var data = await output.DataTask.ConfigureAwait(false);
        return data.IsKnown;
    }

    /// <summary>The value of <paramref name="output"/>, or the default value when it is unknown.</summary>
    public static Task<T> GetValueAsync<T>(Output<T> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return output.GetValueAsync(whenUnknown: default!);
    }

    public static Task<ImmutableHashSet<Resource>> GetDependenciesAsync<T>(Output<T> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return ((IOutput)output).GetResourcesAsync();
    }
}
