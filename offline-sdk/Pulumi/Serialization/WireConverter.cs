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
    public static (object? Value, bool IsKnown, bool IsSecret) Convert(string context, object? wire, Type targetType, Action<string> warn)
    {
        var (plain, isKnown, isSecret) = WireValues.ToPlain(wire);
        if (!isKnown)
        {
            return (DefaultOf(targetType), false, isSecret);
        }

        return (ConvertPlain(context, plain, targetType, warn), true, isSecret);
    }

    public static object? ConvertPlain(string context, object? value, Type targetType, Action<string> warn)
    {
        if (targetType == typeof(object))
        {
            return value;
        }

        if (Nullable.GetUnderlyingType(targetType) is { } underlying)
        {
            return value is null ? null : ConvertPlain(context, value, underlying, warn);
        }

        if (value is null)
        {
            return DefaultOf(targetType);
        }

        if (targetType.IsInstanceOfType(value) && !IsCollection(targetType))
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

        if (targetType.IsGenericType)
        {
            var definition = targetType.GetGenericTypeDefinition();
            var arguments = targetType.GetGenericArguments();
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

        if (targetType.IsValueType && targetType.GetCustomAttribute<EnumTypeAttribute>() is not null)
        {
            var constructor = targetType.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                .FirstOrDefault(c => c.GetParameters() is { Length: 1 } p && p[0].ParameterType.IsInstanceOfType(value));
            if (constructor is not null)
            {
                return constructor.Invoke(new[] { value });
            }
        }

        if (targetType.GetCustomAttribute<OutputTypeAttribute>() is not null && value is ImmutableDictionary<string, object?> fields)
        {
            return ConvertOutputType(context, fields, targetType, warn);
        }

        warn($"Expected target type {targetType.FullName} but got {value.GetType().FullName} for {context}");
        return DefaultOf(targetType);
    }

    private static bool IsCollection(Type type)
        => type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(ImmutableArray<>) || type.GetGenericTypeDefinition() == typeof(ImmutableDictionary<,>));

    private static object ConvertList(string context, ImmutableArray<object?> list, Type elementType, Action<string> warn)
    {
        var array = Array.CreateInstance(elementType, list.Length);
        for (var i = 0; i < list.Length; i++)
        {
            array.SetValue(ConvertPlain($"{context}[{i}]", list[i], elementType, warn), i);
        }

        var create = typeof(ImmutableArray).GetMethods()
            .Single(m => m.Name == nameof(ImmutableArray.Create) && m.GetParameters() is { Length: 1 } p && p[0].ParameterType.IsArray)
            .MakeGenericMethod(elementType);
        return create.Invoke(null, new object[] { array })!;
    }

    private static object ConvertMap(string context, ImmutableDictionary<string, object?> map, Type valueType, Action<string> warn)
    {
        var pairType = typeof(KeyValuePair<,>).MakeGenericType(typeof(string), valueType);
        var pairs = Array.CreateInstance(pairType, map.Count);
        var index = 0;
        foreach (var (key, element) in map)
        {
            pairs.SetValue(Activator.CreateInstance(pairType, key, ConvertPlain($"{context}.{key}", element, valueType, warn)), index++);
        }

        var createRange = typeof(ImmutableDictionary).GetMethods()
            .Single(m => m.Name == nameof(ImmutableDictionary.CreateRange) && m.GetParameters().Length == 1)
            .MakeGenericMethod(typeof(string), valueType);
        return createRange.Invoke(null, new object[] { pairs })!;
    }

    private static object? ConvertUnion(string context, object value, Type unionType, Type[] arguments, Action<string> warn)
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

    private static object ConvertOutputType(string context, ImmutableDictionary<string, object?> fields, Type targetType, Action<string> warn)
    {
        var constructor = targetType.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .SingleOrDefault(c => c.GetCustomAttribute<OutputConstructorAttribute>() is not null)
            ?? throw new InvalidOperationException($"{targetType.FullName} had [{nameof(OutputTypeAttribute)}], but did not contain a constructor marked with [{nameof(OutputConstructorAttribute)}].");

        var arguments = constructor.GetParameters()
            .Select(parameter => fields.TryGetValue(parameter.Name!, out var field)
                ? ConvertPlain($"{context}.{parameter.Name}", field, parameter.ParameterType, warn)
                : DefaultOf(parameter.ParameterType))
            .ToArray();
        return constructor.Invoke(arguments);
    }

    public static object? DefaultOf(Type type)
        => type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null;
}
