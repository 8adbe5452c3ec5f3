using System.Collections.Immutable;
using System.Reflection;
using OfflineSdk.Conformance.Comparison;
using Pulumi;

namespace OfflineSdk.Conformance.StandIn;

/// <summary>
/// Reads stand-in provider types by reflection: resource classes with their outputs, type token and secret
/// outputs; args, state and input types with their <c>[Input]</c> members (required, json, secret setter); output
/// types through their <c>[OutputConstructor]</c>. Attributes are read as data, so a copy of a type compiled
/// elsewhere (a test's deliberately broken copy) is read the same way.
/// </summary>
internal static class StandInReader
{
    private static readonly NullabilityInfoContext Nullability = new();

    /// <summary>Reads every public type of <paramref name="types"/> under <paramref name="rootNamespace"/>.</summary>
    /// <returns>The comparable types, and the public types that are none of them (helpers, config, enums).</returns>
    public static (ImmutableArray<StandInType> Types, ImmutableArray<string> Others) Read(
        IEnumerable<Type> types, string rootNamespace)
    {
        var read = ImmutableArray.CreateBuilder<StandInType>();
        var others = ImmutableArray.CreateBuilder<string>();
        var publicTypes = types.Where(t => t.IsPublic && t.Namespace is { } ns
                                           && (ns == rootNamespace || ns.StartsWith(rootNamespace + ".", StringComparison.Ordinal)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();
        var tokens = publicTypes
            .Select(t => (Type: t, Token: TokenOf(t)))
            .Where(p => p.Token is not null)
            .ToDictionary(p => (p.Type.Namespace!, p.Type.Name), p => p.Token!);

        foreach (var type in publicTypes)
        {
            var module = ModuleOf(type.Namespace!, rootNamespace);
            var namespaceTail = type.Namespace!.Split('.')[^1];
            if (TokenOf(type) is { } token && typeof(Resource).IsAssignableFrom(type))
            {
                read.Add(ReadResource(type, module, token, rootNamespace));
            }
            else if (typeof(ResourceArgs).IsAssignableFrom(type) && namespaceTail == "Inputs")
            {
                var name = type.Name.EndsWith("GetArgs", StringComparison.Ordinal) ? type.Name[..^7]
                    : type.Name.EndsWith("Args", StringComparison.Ordinal) ? type.Name[..^4]
                    : type.Name;
                read.Add(ReadArgs(type, StandInKind.InputType, module, name, null, rootNamespace));
            }
            else if (typeof(ResourceArgs).IsAssignableFrom(type)
                     && TryResourceOf(type.Name, out var resourceName, out var kind)
                     && tokens.TryGetValue((type.Namespace!, resourceName), out var resourceToken))
            {
                read.Add(ReadArgs(type, kind, module, type.Name, resourceToken, rootNamespace));
            }
            else if (type is { Name: "Config", IsAbstract: true, IsSealed: true } && type.Namespace == rootNamespace)
            {
                read.Add(ReadConfig(type, rootNamespace));
            }
            else if (type.GetCustomAttributesData().Any(a => a.AttributeType.FullName == "Pulumi.OutputTypeAttribute"))
            {
                read.Add(ReadOutputType(type, module, rootNamespace));
            }
            else
            {
                others.Add(type.FullName!);
            }
        }

        return (read.ToImmutable(), others.ToImmutable());
    }

    /// <summary>The Node.js module of a .NET namespace: <c>Pulumi.Aws.VpcLattice.Inputs</c> is <c>vpclattice</c>.</summary>
    public static string ModuleOf(string ns, string rootNamespace)
    {
        var tail = ns.Length > rootNamespace.Length ? ns[(rootNamespace.Length + 1)..] : "";
        var parts = tail.Split('.', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => p is not ("Inputs" or "Outputs" or "Enums"))
            .Select(p => p.ToLowerInvariant());
        return string.Join('.', parts);
    }

    private static bool TryResourceOf(string argsName, out string resource, out StandInKind kind)
    {
        (resource, kind) = argsName switch
        {
            _ when argsName.EndsWith("Args", StringComparison.Ordinal) => (argsName[..^4], StandInKind.ResourceArgs),
            _ when argsName.EndsWith("State", StringComparison.Ordinal) => (argsName[..^5], StandInKind.ResourceState),
            _ => ("", StandInKind.ResourceArgs),
        };
        return resource.Length > 0;
    }

    private static string? TokenOf(Type type)
    {
        var attribute = type.GetCustomAttributesData()
            .FirstOrDefault(a => typeof(ResourceTypeAttribute).IsAssignableFrom(a.AttributeType)
                                 || a.AttributeType.BaseType?.FullName == "Pulumi.ResourceTypeAttribute");
        return attribute?.ConstructorArguments[0].Value as string;
    }

    private static StandInType ReadResource(Type type, string module, string token, string rootNamespace)
    {
        var members = ImmutableArray.CreateBuilder<StandInMember>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        {
            var output = property.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType == typeof(Pulumi.OutputAttribute));
            if (output is null)
            {
                continue;
            }

            var wire = output.ConstructorArguments.Count > 0 && output.ConstructorArguments[0].Value is string w ? w : property.Name;
            if (!property.PropertyType.IsGenericType || property.PropertyType.GetGenericTypeDefinition() != typeof(Output<>))
            {
                throw new NotSupportedException($"{type.FullName}.{property.Name}: an [Output] that is not Output<T>");
            }

            var inner = Nullability.Create(property).GenericTypeArguments[0];
            var valueType = property.PropertyType.GetGenericArguments()[0];
            var (shape, nullable) = ShapeOfValue(valueType, inner, rootNamespace);
            var knowable = !IsImmutableArray(Nullable.GetUnderlyingType(valueType) ?? valueType);
            members.Add(new StandInMember(property.Name, wire, !nullable, knowable, shape, Secret: false, Json: false));
        }

        return new StandInType(StandInKind.Resource, type.FullName!, module, type.Name, token,
            members.ToImmutable(), DefaultSecretOutputs(type));
    }

    private static ImmutableHashSet<string> DefaultSecretOutputs(Type type)
    {
        var make = type.GetMethod("MakeResourceOptions", BindingFlags.NonPublic | BindingFlags.Static);
        if (make is null)
        {
            return [];
        }

        var arguments = make.GetParameters().Select(p => (object?)null).ToArray();
        if (arguments.Length > 1)
        {
            arguments[1] = (Input<string>)"";
        }

        var options = (ResourceOptions)make.Invoke(null, arguments)!;
        return [.. ((CustomResourceOptions)options).AdditionalSecretOutputs];
    }

    private static StandInType ReadArgs(Type type, StandInKind kind, string module, string name, string? token, string rootNamespace)
    {
        var members = ImmutableArray.CreateBuilder<StandInMember>();
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        var annotated = type.GetFields(all).Cast<MemberInfo>().Concat(type.GetProperties(all));
        foreach (var member in annotated)
        {
            var input = member.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType == typeof(Pulumi.InputAttribute));
            if (input is null)
            {
                continue;
            }

            var arguments = input.ConstructorArguments;
            var wire = (string)arguments[0].Value!;
            var required = arguments.Count > 1 && (bool)arguments[1].Value!;
            var json = arguments.Count > 2 && (bool)arguments[2].Value!;
            var property = member as PropertyInfo
                ?? type.GetProperty(Pascal(wire), BindingFlags.Public | BindingFlags.Instance)
                ?? type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .FirstOrDefault(p => string.Equals(p.Name, member.Name.TrimStart('_'), StringComparison.OrdinalIgnoreCase))
                ?? throw new NotSupportedException($"{type.FullName}: [Input(\"{wire}\")] on {member.Name} has no public property");
            var shape = ShapeOfInput(property.PropertyType, rootNamespace);
            members.Add(new StandInMember(property.Name, wire, required, true, shape, IsSecretSetter(type, property), json));
        }

        return new StandInType(kind, type.FullName!, module, name, token, members.ToImmutable(), []);
    }

    private static StandInType ReadOutputType(Type type, string module, string rootNamespace)
    {
        var constructor = type.GetConstructors(BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Instance)
            .SingleOrDefault(c => c.GetCustomAttributesData().Any(a => a.AttributeType.FullName == "Pulumi.OutputConstructorAttribute"))
            ?? throw new NotSupportedException($"{type.FullName}: an [OutputType] without one [OutputConstructor]");
        var members = ImmutableArray.CreateBuilder<StandInMember>();
        foreach (var parameter in constructor.GetParameters())
        {
            var wire = parameter.Name!;
            var (shape, nullable) = ShapeOfValue(parameter.ParameterType, Nullability.Create(parameter), rootNamespace);
            var field = (MemberInfo?)type.GetField(Pascal(wire)) ?? type.GetProperty(Pascal(wire));
            var knowable = !IsImmutableArray(parameter.ParameterType);
            members.Add(new StandInMember(field?.Name ?? "(no public field)", wire, !nullable, knowable, shape, false, false));
        }

        return new StandInType(StandInKind.OutputType, type.FullName!, module, type.Name, null, members.ToImmutable(), []);
    }

    /// <summary>The settings of a package's static <c>Config</c> class: one member per public static property, named
    /// as the setting (<c>ApiToken</c> is <c>apiToken</c>).</summary>
    private static StandInType ReadConfig(Type type, string rootNamespace)
    {
        var members = ImmutableArray.CreateBuilder<StandInMember>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Static))
        {
            var (shape, nullable) = ShapeOfValue(property.PropertyType, Nullability.Create(property), rootNamespace);
            var wire = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
            members.Add(new StandInMember(property.Name, wire, !nullable, true, shape, false, false));
        }

        return new StandInType(StandInKind.Config, type.FullName!, "", "Config", null, members.ToImmutable(), []);
    }

    /// <summary>The shape of an args property: <c>Input&lt;T&gt;</c>, <c>InputList&lt;T&gt;</c>, <c>InputMap&lt;T&gt;</c>, <c>InputUnion&lt;A, B&gt;</c>.</summary>
    private static Shape ShapeOfInput(Type type, string rootNamespace)
    {
        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            var arguments = type.GetGenericArguments();
            if (definition == typeof(Input<>))
            {
                return ShapeOfInput(arguments[0], rootNamespace);
            }

            if (definition == typeof(InputList<>))
            {
                return new ListShape(ShapeOfInput(arguments[0], rootNamespace));
            }

            if (definition == typeof(InputMap<>))
            {
                return new MapShape(ShapeOfInput(arguments[0], rootNamespace));
            }

            if (definition == typeof(InputUnion<,>) || definition == typeof(Union<,>))
            {
                return UnionShape.Of(arguments.Select(a => ShapeOfInput(a, rootNamespace)));
            }
        }

        return ShapeOfValue(type, null, rootNamespace).Shape;
    }

    /// <summary>The shape of a plain value type (an output's <c>T</c>, a constructor parameter, an input's element).</summary>
    private static (Shape Shape, bool Nullable) ShapeOfValue(Type type, NullabilityInfo? nullability, string rootNamespace)
    {
        var nullable = nullability?.ReadState == NullabilityState.Nullable;
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            type = underlying;
            nullable = true;
        }

        if (type == typeof(string))
        {
            return (Shape.String, nullable);
        }

        if (type == typeof(bool))
        {
            return (Shape.Bool, nullable);
        }

        if (type == typeof(int))
        {
            return (Shape.Int, nullable);
        }

        if (type == typeof(double))
        {
            return (Shape.Double, nullable);
        }

        if (type == typeof(object) || type == typeof(System.Text.Json.JsonElement))
        {
            return (Shape.Any, nullable);
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            var arguments = type.GetGenericArguments();
            var argumentNullability = nullability?.GenericTypeArguments;
            NullabilityInfo? Argument(int i) => argumentNullability is { Length: > 0 } a && i < a.Length ? a[i] : null;
            if (definition == typeof(ImmutableArray<>))
            {
                return (new ListShape(ShapeOfValue(arguments[0], Argument(0), rootNamespace).Shape), nullable);
            }

            if (definition == typeof(ImmutableDictionary<,>) && arguments[0] == typeof(string))
            {
                return (new MapShape(ShapeOfValue(arguments[1], Argument(1), rootNamespace).Shape), nullable);
            }

            if (definition == typeof(Union<,>))
            {
                return (UnionShape.Of(arguments.Select((a, i) => ShapeOfValue(a, Argument(i), rootNamespace).Shape)), nullable);
            }

            if (definition == typeof(Input<>) || definition == typeof(InputList<>) || definition == typeof(InputMap<>))
            {
                return (ShapeOfInput(type, rootNamespace), nullable);
            }
        }

        var tail = type.Namespace?.Split('.')[^1];
        var ownModule = ModuleOf(type.Namespace ?? rootNamespace, RootOf(type.Namespace ?? rootNamespace, rootNamespace));
        return tail switch
        {
            "Inputs" => (new RefShape(RefKind.Input, ownModule, type.Name.EndsWith("Args", StringComparison.Ordinal) ? type.Name[..^4] : type.Name), nullable),
            "Outputs" => (new RefShape(RefKind.Output, ownModule, type.Name), nullable),
            _ when type.IsValueType => (new RefShape(RefKind.Enum, ownModule, type.Name), nullable),
            _ => (new ScalarShape(type.FullName ?? type.Name), nullable),
        };
    }

    /// <summary>
    /// The provider root of a namespace: <paramref name="rootNamespace"/> for the types being read, and
    /// <c>Pulumi.X</c> for a stand-in type that a copy read from elsewhere refers to.
    /// </summary>
    private static string RootOf(string ns, string rootNamespace)
    {
        if (ns == rootNamespace || ns.StartsWith(rootNamespace + ".", StringComparison.Ordinal))
        {
            return rootNamespace;
        }

        var parts = ns.Split('.');
        return parts.Length >= 2 && parts[0] == "Pulumi" ? $"{parts[0]}.{parts[1]}" : rootNamespace;
    }

    private static bool IsImmutableArray(Type type)
        => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>);

    private static string Pascal(string wire) => char.ToUpperInvariant(wire[0]) + wire[1..];

    /// <summary>Sets a plain value through the public setter and reports whether the stored input came back secret.</summary>
    private static bool IsSecretSetter(Type owner, PropertyInfo property)
    {
        if (property.SetMethod is not { IsPublic: true })
        {
            return false;
        }

        var instance = Activator.CreateInstance(owner)!;
        var plain = PlainValueFor(property.PropertyType);
        if (plain is null)
        {
            return false;
        }

        property.SetValue(instance, plain);
        var stored = property.GetValue(instance);
        if (stored is null)
        {
            return false;
        }

        var inputType = stored.GetType();
        while (inputType is not null && !(inputType.IsGenericType && inputType.GetGenericTypeDefinition() == typeof(Input<>)))
        {
            inputType = inputType.BaseType;
        }

        var valueType = inputType!.GetGenericArguments()[0];
        var toOutput = typeof(InputExtensions).GetMethod(nameof(InputExtensions.ToOutput))!.MakeGenericMethod(valueType);
        var output = toOutput.Invoke(null, [stored]);
        var isSecret = typeof(Output).GetMethod(nameof(Output.IsSecretAsync))!.MakeGenericMethod(valueType);
        return ((Task<bool>)isSecret.Invoke(null, [output])!).GetAwaiter().GetResult();
    }

    /// <summary>An empty value of <paramref name="type"/>: "" for strings, empty collections, default otherwise.</summary>
    private static object? EmptyValue(Type type)
    {
        if (type == typeof(string))
        {
            return "";
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            return type.GetField(nameof(ImmutableArray<int>.Empty))!.GetValue(null);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableDictionary<,>))
        {
            return type.GetField(nameof(ImmutableDictionary<int, int>.Empty))!.GetValue(null);
        }

        return type.IsValueType ? Activator.CreateInstance(type) : null;
    }

    /// <summary>A plain (not secret) value the property accepts, made from an <c>Output</c> through its implicit conversion.</summary>
    private static object? PlainValueFor(Type propertyType)
    {
        var held = propertyType;
        while (held is not null && !(held.IsGenericType && held.GetGenericTypeDefinition() == typeof(Input<>)))
        {
            held = held.BaseType;
        }

        // Prefer the conversion from an output of the very value the input holds (a whole list, a whole map).
        var conversions = propertyType.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name == "op_Implicit" && m.ReturnType == propertyType
                        && m.GetParameters()[0].ParameterType is { IsGenericType: true } p
                        && p.GetGenericTypeDefinition() == typeof(Output<>))
            .ToList();
        var conversion = conversions.FirstOrDefault(m => held is not null
                                                         && m.GetParameters()[0].ParameterType.GetGenericArguments()[0] == held.GetGenericArguments()[0])
                         ?? conversions.FirstOrDefault();
        if (conversion is null)
        {
            return null;
        }

        var valueType = conversion.GetParameters()[0].ParameterType.GetGenericArguments()[0];
        var defaultValue = EmptyValue(valueType);
        var create = typeof(Output).GetMethods()
            .First(m => m.Name == nameof(Output.Create) && m.GetParameters()[0].ParameterType.IsGenericParameter)
            .MakeGenericMethod(valueType);
        return conversion.Invoke(null, [create.Invoke(null, [defaultValue])]);
    }
}
