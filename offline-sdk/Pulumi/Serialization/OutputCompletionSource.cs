using System.Collections.Immutable;
using System.Reflection;

namespace Pulumi.Serialization;

/// <summary>The pending value behind one [Output] property of a resource.</summary>
internal interface IOutputCompletionSource
{
    Type TargetType { get; }

    void TrySetException(Exception exception);

    void TrySetDefaultResult(bool isKnown);

    void SetStringValue(string value, bool isKnown);

    void SetValue(object? value, bool isKnown, bool isSecret);
}

internal sealed class OutputCompletionSource<T> : IOutputCompletionSource
{
    private readonly TaskCompletionSource<OutputData<T>> _source = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ImmutableHashSet<Resource> _resources;

    public OutputCompletionSource(Resource resource)
    {
        // A resource's outputs depend on the resource itself.
        _resources = ImmutableHashSet.Create(resource);
        Output = new Output<T>(_source.Task);
    }

    public Output<T> Output { get; }

    public Type TargetType => typeof(T);

    public void TrySetException(Exception exception) => _source.TrySetException(exception);

    public void TrySetDefaultResult(bool isKnown)
        => _source.TrySetResult(new OutputData<T>(_resources, default!, isKnown, isSecret: false));

    public void SetStringValue(string value, bool isKnown)
        => _source.TrySetResult(new OutputData<T>(_resources, (T)(object)value, isKnown, isSecret: false));

    public void SetValue(object? value, bool isKnown, bool isSecret)
        => _source.TrySetResult(new OutputData<T>(_resources, value is null ? default! : (T)value, isKnown, isSecret));
}

internal static class OutputCompletionSource
{
    /// <summary>
    /// Gives every [Output] property of <paramref name="resource"/> a pending output, keyed by its
    /// wire name, as the real SDK does before registering the resource.
    /// </summary>
    public static ImmutableDictionary<string, IOutputCompletionSource> InitializeOutputs(Resource resource)
    {
        var result = ImmutableDictionary.CreateBuilder<string, IOutputCompletionSource>();
        foreach (var property in resource.GetType().GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance))
        {
            var attribute = property.GetCustomAttribute<OutputAttribute>();
            if (attribute is null)
            {
                continue;
            }

            // A stack's own outputs are what its constructor assigns, never engine placeholders: one it leaves
            // unassigned stays null, and the run fails on it as in the real SDK.
            if (resource is Stack && property.DeclaringType is { } declaring && declaring != typeof(Stack)
                && typeof(Stack).IsAssignableFrom(declaring))
            {
                continue;
            }

            var fullName = $"[Output] {resource.GetType().FullName}.{property.Name}";
            var propertyType = property.PropertyType;
            if (!propertyType.IsConstructedGenericType || propertyType.GetGenericTypeDefinition() != typeof(Output<>))
            {
                throw new InvalidOperationException($"{fullName} was not an Output<T>");
            }

            var setter = property.DeclaringType!.GetMethod("set_" + property.Name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                ?? throw new InvalidOperationException($"{fullName} did not have a 'set' method");

            var sourceType = typeof(OutputCompletionSource<>).MakeGenericType(propertyType.GenericTypeArguments[0]);
            var source = (IOutputCompletionSource)Activator.CreateInstance(sourceType, resource)!;
            setter.Invoke(resource, new[] { sourceType.GetProperty("Output")!.GetValue(source) });
            result[attribute.Name ?? property.Name] = source;
        }

        return result.ToImmutable();
    }
}
