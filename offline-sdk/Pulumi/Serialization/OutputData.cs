using System.Collections.Immutable;

namespace Pulumi.Serialization;

/// <summary>
/// The resolved state of an <see cref="Output{T}"/>: its value, the resources it depends on,
/// whether the value is known (it is not during a preview for values a provider computes) and
/// whether it is a secret.
/// </summary>
internal sealed class OutputData<T>
{
    public OutputData(ImmutableHashSet<Resource> resources, T value, bool isKnown, bool isSecret)
    {
        Resources = resources;
        Value = value;
        IsKnown = isKnown;
        IsSecret = isSecret;
    }

    public ImmutableHashSet<Resource> Resources { get; }

    public T Value { get; }

    public bool IsKnown { get; }

    public bool IsSecret { get; }
}

internal static class OutputData
{
    public static OutputData<T> Create<T>(ImmutableHashSet<Resource> resources, T value, bool isKnown, bool isSecret)
        => new(resources, value, isKnown, isSecret);

    /// <summary>Unknown-ness wins over known-ness and secrecy is contagious.</summary>
    public static (bool IsKnown, bool IsSecret) Combine<T>(OutputData<T> data, bool isKnown, bool isSecret)
        => (isKnown && data.IsKnown, isSecret || data.IsSecret);
}
