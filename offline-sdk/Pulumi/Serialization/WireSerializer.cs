using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;

namespace Pulumi.Serialization;

/// <summary>
/// Turns program values (inputs, outputs, args classes, collections, resources) into wire values,
/// following the real serializer's rules, and collects the resources they depend on.
/// </summary>
internal sealed class WireSerializer
{
    public HashSet<Resource> DependentResources { get; } = new();

    public Task<object?> SerializeAsync(string context, object? value) => SerializeAsync(WireContext.Root(context), value).AsTask();

    // Values nearly always serialize without waiting (what they depend on is already known), so the recursion runs on
    // value tasks: no task is allocated per value unless it has to wait.
    public async ValueTask<object?> SerializeAsync(WireContext context, object? value)
    {
        if (IsLeaf(value, out var leaf))
        {
            return leaf;
        }

        switch (value)
        {
            case InputArgs args:
                return await SerializeDictionaryAsync(context, await args.ToDictionaryAsync().ConfigureAwait(false)).ConfigureAwait(false);
            case AssetOrArchive asset:
                return asset;
            case Task:
                throw new InvalidOperationException($"Tasks are not allowed inside ResourceArgs. Please wrap your Task in an Output:\n\t{context}");
            case IInput input:
                return await SerializeAsync(context, input.ToOutput()).ConfigureAwait(false);
            case IUnion union:
                return await SerializeAsync(context, union.Value).ConfigureAwait(false);
            case JsonElement element:
                return FromJson(element);
            case IOutput output:
                return await SerializeOutputAsync(context, output).ConfigureAwait(false);
            case CustomResource custom:
                DependentResources.Add(custom);
                await custom.Urn.DataTask.ConfigureAwait(false);
                await custom.Id.DataTask.ConfigureAwait(false);
                return new WireResource(custom);
            case ComponentResource component:
                DependentResources.UnionWith((await component.Urn.DataTask.ConfigureAwait(false)).Resources);
                return new WireResource(component);
            case ImmutableDictionary<string, object?> map when IsWireMap(map):
                // Already in wire form (what mocks return, echoing inputs): the same value, not a copy of it.
                return map;
            case ImmutableArray<object?> array when IsWireList(array):
                return array;
            case IDictionary dictionary:
                return await SerializeDictionaryAsync(context, dictionary).ConfigureAwait(false);
            case IList list:
                return await SerializeListAsync(context, list).ConfigureAwait(false);
            case Enum e when e.GetTypeCode() == TypeCode.Int32:
                return (double)(int)value;
            case ValueTuple:
                return null;
        }

        var type = value.GetType();
        if (type.IsValueType && type.GetCustomAttribute<EnumTypeAttribute>() is not null)
        {
            var conversion = type.GetMethod("op_Explicit", BindingFlags.Public | BindingFlags.Static, null, new[] { type }, null);
            if (conversion is null || (conversion.ReturnType != typeof(string) && conversion.ReturnType != typeof(double)))
            {
                throw new InvalidOperationException($"Expected {type.FullName} to have an explicit conversion operator to String or Double.\n\t{context}");
            }

            return conversion.Invoke(null, new[] { value });
        }

        if (type.GetCustomAttribute<OutputTypeAttribute>() is not null)
        {
            var builder = ImmutableDictionary.CreateBuilder<string, object?>();
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).Where(f => f.IsInitOnly))
            {
                var name = char.ToLowerInvariant(field.Name[0]) + field.Name[1..];
                builder[name] = await SerializeAsync(context.Field(name), field.GetValue(value)).ConfigureAwait(false);
            }

            return builder.ToImmutable();
        }

        throw new InvalidOperationException($"{type.FullName} is not a supported argument type.\n\t{context}");
    }

    /// <summary>Serializes each top-level property; null results are left out, as the engine never sees them.</summary>
    public async Task<ImmutableDictionary<string, object?>> SerializePropertiesAsync(string context, IEnumerable<KeyValuePair<string, object?>> properties)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, object?>();
        var root = WireContext.Root(context);
        foreach (var (key, value) in properties)
        {
            var wire = await SerializeAsync(root.Field(key), value).ConfigureAwait(false);
            if (wire is not null)
            {
                builder[key] = wire;
            }
        }

        return builder.ToImmutable();
    }

    private async ValueTask<object?> SerializeOutputAsync(WireContext context, IOutput output)
    {
        var data = await output.GetUntypedDataAsync().ConfigureAwait(false);
        if (data.Resources.Count > 0)
        {
            DependentResources.UnionWith(data.Resources);
        }

        if (!data.IsKnown)
        {
            return WireUnknown.Instance;
        }

        var value = await SerializeAsync(context, data.Value).ConfigureAwait(false);
        return data.IsSecret ? new WireSecret(value) : value;
    }

    private async ValueTask<ImmutableDictionary<string, object?>> SerializeDictionaryAsync(WireContext context, IDictionary dictionary)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, object?>();
        var entries = dictionary.GetEnumerator();
        while (entries.MoveNext())
        {
            if (entries.Key is not string stringKey)
            {
                throw new InvalidOperationException($"Dictionaries are only supported with string keys:\n\t{context}");
            }

            // Null values are left out, as in JSON.
            var value = IsLeaf(entries.Value, out var leaf) ? leaf : await SerializeAsync(context.Field(stringKey), entries.Value).ConfigureAwait(false);
            if (value is not null)
            {
                builder[stringKey] = value;
            }
        }

        return builder.ToImmutable();
    }

    private async ValueTask<ImmutableArray<object?>> SerializeListAsync(WireContext context, IList list)
    {
        if (DefaultOrEmptyTests.GetOrAdd(list.GetType(), DefaultOrEmptyTest) is { } isDefaultOrEmpty && isDefaultOrEmpty(list))
        {
            return ImmutableArray<object?>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<object?>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var item = list[i];
            builder.Add(IsLeaf(item, out var leaf) ? leaf : await SerializeAsync(context.Item(i), item).ConfigureAwait(false));
        }

        return builder.MoveToImmutable();
    }

    // Values that serialize as themselves (or as a double) and can report nothing: no context is built for them.
    private static bool IsLeaf([System.Diagnostics.CodeAnalysis.NotNullWhen(false)] object? value, out object? wire)
    {
        switch (value)
        {
            case null or bool or string or double:
                wire = value;
                return true;
            case int i:
                wire = (double)i;
                return true;
            default:
                wire = null;
                return false;
        }
    }

    // A default ImmutableArray<T> (boxed as IList) is serialized as an empty list: its own test, found once per type.
    private static readonly ConcurrentDictionary<Type, Func<IList, bool>?> DefaultOrEmptyTests = new();

    private static Func<IList, bool>? DefaultOrEmptyTest(Type type)
        => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>)
            ? typeof(WireSerializer).GetMethod(nameof(IsDefaultOrEmpty), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(type.GenericTypeArguments[0])
                .CreateDelegate<Func<IList, bool>>()
            : null;

    private static bool IsDefaultOrEmpty<T>(IList list) => ((ImmutableArray<T>)list).IsDefaultOrEmpty;

    private static object? FromJson(JsonElement element)
        => element.ValueKind switch
        {
            JsonValueKind.Undefined or JsonValueKind.Null => null,
            JsonValueKind.String => element.GetString(),
            JsonValueKind.Number => element.GetDouble(),
            JsonValueKind.True or JsonValueKind.False => element.GetBoolean(),
            JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToImmutableArray(),
            JsonValueKind.Object => element.EnumerateObject().ToImmutableDictionary(p => p.Name, p => FromJson(p.Value)),
            _ => throw new InvalidOperationException($"Unknown JsonValueKind {element.ValueKind}"),
        };

    // Wire form that serializing would copy unchanged: strings, booleans, doubles, and maps (without null values, which
    // serializing leaves out) and lists (nulls kept) of them.
    private static bool IsWireValue(object? value) => value switch
    {
        string or bool or double => true,
        ImmutableDictionary<string, object?> map => IsWireMap(map),
        ImmutableArray<object?> list => IsWireList(list),
        _ => false,
    };

    private static bool IsWireMap(ImmutableDictionary<string, object?> map)
    {
        foreach (var (_, value) in map)
        {
            if (value is null || !IsWireValue(value))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWireList(ImmutableArray<object?> list)
    {
        if (list.IsDefault)
        {
            return false;
        }

        foreach (var value in list)
        {
            if (value is not null && !IsWireValue(value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The value of an input marked <c>json: true</c>: its JSON text.</summary>
    public static Input<string>? ToJsonInput(string context, object? value)
    {
        if (value is null)
        {
            return null;
        }

        async Task<OutputData<string>> GetData()
        {
            var serializer = new WireSerializer();
            var wire = await serializer.SerializeAsync(context, value).ConfigureAwait(false);
            var (plain, isKnown, isSecret) = WireValues.ToPlain(wire);
            return new OutputData<string>(
                serializer.DependentResources.ToImmutableHashSet(), isKnown ? WireValues.ToProtobufJson(plain) : "", isKnown, isSecret);
        }

        return new Output<string>(GetData());
    }
}
