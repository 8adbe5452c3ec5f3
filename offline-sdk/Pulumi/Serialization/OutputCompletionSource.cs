using System.Collections.Concurrent;
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

    /// <summary>A source whose outputs depend on <paramref name="resources"/> (the resource itself, shared by all its outputs).</summary>
    public OutputCompletionSource(ImmutableHashSet<Resource> resources)
    {
        _resources = resources;
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
    // What a resource type's [Output] properties need, found by reflection once per type: wire name and a binder that
    // creates the pending output and assigns it to the property.
    private static readonly ConcurrentDictionary<Type, ImmutableArray<OutputBinding>> BindingsByType = new();

    /// <summary>
    /// Gives every [Output] property of <paramref name="resource"/> a pending output, keyed by its
    /// wire name, as the real SDK does before registering the resource.
    /// </summary>
    public static IReadOnlyDictionary<string, IOutputCompletionSource> InitializeOutputs(Resource resource)
    {
        // A resource's outputs depend on the resource itself: one set serves all of them.
        var self = ImmutableHashSet.Create(resource);
        var bindings = BindingsByType.GetOrAdd(resource.GetType(), DiscoverBindings);
        var result = new Dictionary<string, IOutputCompletionSource>(bindings.Length, StringComparer.Ordinal);
        foreach (var binding in bindings)
        {
            result[binding.WireName] = binding.Bind(resource, self);
        }

        return result;
    }

    // Throws for a malformed [Output] property every time the type is used (a failed discovery is not cached).
    private static ImmutableArray<OutputBinding> DiscoverBindings(Type type)
    {
        var bindings = ImmutableArray.CreateBuilder<OutputBinding>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance))
        {
            var attribute = property.GetCustomAttribute<OutputAttribute>();
            if (attribute is null)
            {
                continue;
            }

            // A stack's own outputs are what its constructor assigns, never engine placeholders: one it leaves
            // unassigned stays null, and the run fails on it as in the real SDK.
            if (typeof(Stack).IsAssignableFrom(type) && property.DeclaringType is { } declaring && declaring != typeof(Stack)
                && typeof(Stack).IsAssignableFrom(declaring))
            {
                continue;
            }

            var fullName = $"[Output] {type.FullName}.{property.Name}";
            var propertyType = property.PropertyType;
            if (!propertyType.IsConstructedGenericType || propertyType.GetGenericTypeDefinition() != typeof(Output<>))
            {
                throw new InvalidOperationException($"{fullName} was not an Output<T>");
            }

            var setter = property.DeclaringType!.GetMethod("set_" + property.Name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                ?? throw new InvalidOperationException($"{fullName} did not have a 'set' method");

            var bind = (Func<MethodInfo, Func<Resource, ImmutableHashSet<Resource>, IOutputCompletionSource>>)typeof(OutputCompletionSource)
                .GetMethod(nameof(Binder), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(property.DeclaringType, propertyType.GenericTypeArguments[0])
                .CreateDelegate(typeof(Func<MethodInfo, Func<Resource, ImmutableHashSet<Resource>, IOutputCompletionSource>>));
            bindings.Add(new OutputBinding(attribute.Name ?? property.Name, bind(setter)));
        }

        return bindings.ToImmutable();
    }

    private static Func<Resource, ImmutableHashSet<Resource>, IOutputCompletionSource> Binder<TResource, T>(MethodInfo setter)
        where TResource : Resource
    {
        var assign = setter.CreateDelegate<Action<TResource, Output<T>>>();
        return (resource, self) =>
        {
            var source = new OutputCompletionSource<T>(self);
            assign((TResource)resource, source.Output);
            return source;
        };
    }

    private sealed record OutputBinding(string WireName, Func<Resource, ImmutableHashSet<Resource>, IOutputCompletionSource> Bind);
}
