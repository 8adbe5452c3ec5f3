using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;

namespace Pulumi.Serialization;

/// <summary>
/// Converts wire values returned by the engine into the CLR types of output properties:
/// primitives, lists, maps, unions, enums and <see cref="OutputTypeAttribute"/> classes built
/// through their <see cref="OutputConstructorAttribute"/> constructor (parameter name = wire name).
/// A value of the wrong shape is reported as a warning and becomes the default value.
/// </summary>
internal static class WireConverter
{
    // Reflection answers per target type, found once: every resource of a type converts the same output types.
    private static readonly ConcurrentDictionary<Type, TypeShape> Shapes = new();
    private static readonly ConcurrentDictionary<Type, Func<Array, object>> ListFactories = new();
    private static readonly ConcurrentDictionary<Type, Func<Array, object>> MapFactories = new();

    public static (object? Value, bool IsKnown, bool IsSecret) Convert(string context, object? wire, Type targetType, Action<string> warn)
        => Convert(WireContext.Root(context), null, wire, targetType, warn);

    /// <summary>Converts the member <paramref name="field"/> of <paramref name="parent"/> (or, without a field, the value
    /// at <paramref name="parent"/> itself); a member's context is built only for a value that needs converting (one of
    /// the target type as it is can report nothing).</summary>
    public static (object? Value, bool IsKnown, bool IsSecret) Convert(WireContext parent, string? field, object? wire, Type targetType, Action<string> warn)
    {
        var (plain, isKnown, isSecret) = WireValues.ToPlain(wire);
        if (!isKnown)
        {
            return (DefaultOf(targetType), false, isSecret);
        }

        var value = field is null ? ConvertPlain(parent, plain, targetType, warn) : ConvertPlain(parent, field, plain, targetType, warn);
        return (value, true, isSecret);
    }

    // A member's value: returned as it is when it already has the target type (the usual case of strings, numbers and
    // booleans), converted in the member's own context otherwise.
    private static object? ConvertPlain(WireContext parent, string field, object? value, Type targetType, Action<string> warn)
        => IsAsItIs(value, targetType) ? value : ConvertPlain(parent.Field(field), value, targetType, warn);

    // The same for an item of a list.
    private static object? ConvertPlain(WireContext parent, int index, object? value, Type targetType, Action<string> warn)
        => IsAsItIs(value, targetType) ? value : ConvertPlain(parent.Item(index), value, targetType, warn);

    // Whether ConvertPlain would return the value itself, with nothing to report: a leaf of exactly the target type.
    private static bool IsAsItIs(object? value, Type targetType)
        => targetType == typeof(object)
           || (value is string && targetType == typeof(string))
           || (value is bool && targetType == typeof(bool))
           || (value is double && targetType == typeof(double));

    public static object? ConvertPlain(WireContext context, object? value, Type targetType, Action<string> warn)
    {
        if (targetType == typeof(object))
        {
            return value;
        }

        // What the target type is, found once per type: conversions of every resource's outputs ask the same questions.
        var shape = Shapes.GetOrAdd(targetType, TypeShape.Of);
        if (shape.NullableOf is { } underlying)
        {
            return value is null ? null : ConvertPlain(context, value, underlying, warn);
        }

        if (value is null)
        {
            return DefaultOf(targetType);
        }

        if (!shape.IsCollection && targetType.IsInstanceOfType(value))
        {
            return value;
        }

        if (targetType == typeof(int) && value is double d)
        {
            return (int)d;
        }

        if (targetType == typeof(double) && value is int i)
        {
            return (double)i;
        }

        if (targetType.IsEnum && value is double enumNumber)
        {
            return Enum.ToObject(targetType, (int)enumNumber);
        }

        if (targetType == typeof(JsonElement))
        {
            using var document = JsonDocument.Parse(WireValues.ToJson(value));
            return document.RootElement.Clone();
        }

        if (shape.GenericDefinition is { } definition)
        {
            var arguments = shape.GenericArguments;
            if (definition == typeof(ImmutableArray<>) && value is ImmutableArray<object?> list)
            {
                return ConvertList(context, list, arguments[0], warn);
            }

            if (definition == typeof(ImmutableDictionary<,>) && arguments[0] == typeof(string) && value is ImmutableDictionary<string, object?> map)
            {
                return ConvertMap(context, map, arguments[1], warn);
            }

            if (definition == typeof(Union<,>))
            {
                return ConvertUnion(context, value, targetType, arguments, warn);
            }
        }

        if (shape.IsEnumType)
        {
            var constructor = shape.OneArgumentConstructors.FirstOrDefault(c => c.Parameter.ParameterType.IsInstanceOfType(value)).Constructor;
            if (constructor is not null)
            {
                return constructor.Invoke(new[] { value });
            }
        }

        if (shape.IsOutputType && value is ImmutableDictionary<string, object?> fields)
        {
            return ConvertOutputType(context, fields, targetType, warn);
        }

        warn($"Expected target type {targetType.FullName} but got {value.GetType().FullName} for {context}");
        return DefaultOf(targetType);
    }

    private static bool IsCollection(Type type)
        => type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(ImmutableArray<>) || type.GetGenericTypeDefinition() == typeof(ImmutableDictionary<,>));

    private static object ConvertList(WireContext context, ImmutableArray<object?> list, Type elementType, Action<string> warn)
    {
        var array = Array.CreateInstance(elementType, list.Length);
        for (var i = 0; i < list.Length; i++)
        {
            array.SetValue(ConvertPlain(context, i, list[i], elementType, warn), i);
        }

        return ListFactories.GetOrAdd(elementType, static type => Factory(nameof(ListOf), type))(array);
    }

    private static object ConvertMap(WireContext context, ImmutableDictionary<string, object?> map, Type valueType, Action<string> warn)
    {
        var pairs = new KeyValuePair<string, object?>[map.Count];
        var index = 0;
        foreach (var (key, element) in map)
        {
            pairs[index++] = new KeyValuePair<string, object?>(key, ConvertPlain(context, key, element, valueType, warn));
        }

        return MapFactories.GetOrAdd(valueType, static type => Factory(nameof(MapOf), type))(pairs);
    }

    private static Func<Array, object> Factory(string name, Type type)
        => typeof(WireConverter).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(type)
            .CreateDelegate<Func<Array, object>>();

    private static object ListOf<T>(Array elements) => ImmutableArray.Create((T[])elements);

    private static object MapOf<TValue>(Array pairs)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, TValue>();
        foreach (var (key, value) in (KeyValuePair<string, object?>[])pairs)
        {
            builder.Add(key, (TValue)value!);
        }

        return builder.ToImmutable();
    }

    private static object? ConvertUnion(WireContext context, object value, Type unionType, Type[] arguments, Action<string> warn)
    {
        for (var index = 0; index < 2; index++)
        {
            var failed = false;
            var converted = ConvertPlain(context, value, arguments[index], _ => failed = true);
            if (!failed)
            {
                return unionType.GetMethod(index == 0 ? "FromT0" : "FromT1")!.Invoke(null, new[] { converted });
            }
        }

        warn($"Expected target type {unionType.FullName} but got {value.GetType().FullName} for {context}");
        return DefaultOf(unionType);
    }

    private static object ConvertOutputType(WireContext context, ImmutableDictionary<string, object?> fields, Type targetType, Action<string> warn)
    {
        var (constructor, parameters) = Shapes.GetOrAdd(targetType, TypeShape.Of).OutputConstructor.Value;
        var arguments = new object?[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = parameters[i];
            arguments[i] = fields.TryGetValue(parameter.Name!, out var field)
                ? ConvertPlain(context, parameter.Name!, field, parameter.ParameterType, warn)
                : DefaultOf(parameter.ParameterType);
        }

        return constructor.Invoke(arguments);
    }

    public static object? DefaultOf(Type type)
        => type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null;

    /// <summary>What conversion asks of a target type's attributes and constructors.</summary>
    private sealed class TypeShape
    {
        private TypeShape(Type type)
        {
            NullableOf = Nullable.GetUnderlyingType(type);
            IsCollection = WireConverter.IsCollection(type);
            GenericDefinition = type.IsGenericType ? type.GetGenericTypeDefinition() : null;
            GenericArguments = type.IsGenericType ? type.GetGenericArguments() : Type.EmptyTypes;
            IsEnumType = type.IsValueType && type.GetCustomAttribute<EnumTypeAttribute>() is not null;
            OneArgumentConstructors = IsEnumType
                ? type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                    .Select(c => (Constructor: c, Parameters: c.GetParameters()))
                    .Where(c => c.Parameters.Length == 1)
                    .Select(c => (c.Constructor, c.Parameters[0]))
                    .ToImmutableArray()
                : ImmutableArray<(ConstructorInfo, ParameterInfo)>.Empty;
            IsOutputType = type.GetCustomAttribute<OutputTypeAttribute>() is not null;

            // Looked up when first needed, and the error (a type without its constructor) repeats on every use.
            OutputConstructor = new Lazy<(ConstructorInfo, ParameterInfo[])>(() =>
            {
                var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                    .SingleOrDefault(c => c.GetCustomAttribute<OutputConstructorAttribute>() is not null)
                    ?? throw new InvalidOperationException($"{type.FullName} had [{nameof(OutputTypeAttribute)}], but did not contain a constructor marked with [{nameof(OutputConstructorAttribute)}].");
                return (constructor, constructor.GetParameters());
            }, LazyThreadSafetyMode.PublicationOnly);
        }

        public Type? NullableOf { get; }

        public bool IsCollection { get; }

        public Type? GenericDefinition { get; }

        public Type[] GenericArguments { get; }

        public bool IsEnumType { get; }

        public ImmutableArray<(ConstructorInfo Constructor, ParameterInfo Parameter)> OneArgumentConstructors { get; }

        public bool IsOutputType { get; }

        public Lazy<(ConstructorInfo Constructor, ParameterInfo[] Parameters)> OutputConstructor { get; }

        public static TypeShape Of(Type type) => new(type);
    }
}
