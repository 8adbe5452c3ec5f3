using System.Collections.Immutable;

namespace OfflineSdk.Conformance.Comparison;

/// <summary>
/// A member's value type with the language wrappers taken off (<c>Input</c>, <c>Output</c>, <c>InputList</c>,
/// <c>pulumi.Input</c>, nullability), so that a .NET member and a TypeScript declaration can be compared.
/// </summary>
internal abstract record Shape
{
    public static readonly Shape String = new ScalarShape("string");
    public static readonly Shape Bool = new ScalarShape("bool");
    public static readonly Shape Int = new ScalarShape("int");
    public static readonly Shape Double = new ScalarShape("double");
    /// <summary>TypeScript's <c>number</c>: .NET's <c>int</c> or <c>double</c>, which the declarations cannot tell apart.</summary>
    public static readonly Shape Number = new ScalarShape("number");
    /// <summary>TypeScript's <c>any</c> and .NET's <c>object</c> (untyped JSON values).</summary>
    public static readonly Shape Any = new ScalarShape("any");

    /// <summary>Whether the shape holds a TypeScript <c>number</c> or a .NET number anywhere.</summary>
    public abstract bool HasNumber { get; }
}

/// <summary>string, bool, int, double, number or any.</summary>
internal sealed record ScalarShape(string Name) : Shape
{
    public override bool HasNumber => Name is "number" or "int" or "double";

    public override string ToString() => Name;
}

/// <summary>A list of <paramref name="Element"/>.</summary>
internal sealed record ListShape(Shape Element) : Shape
{
    public override bool HasNumber => Element.HasNumber;

    public override string ToString() => $"list<{Element}>";
}

/// <summary>A string-keyed map of <paramref name="Value"/>.</summary>
internal sealed record MapShape(Shape Value) : Shape
{
    public override bool HasNumber => Value.HasNumber;

    public override string ToString() => $"map<{Value}>";
}

/// <summary>Which family of declared types a <see cref="RefShape"/> names.</summary>
internal enum RefKind
{
    /// <summary>An input type (.NET <c>Inputs.XArgs</c>, TypeScript <c>inputs.module.X</c>).</summary>
    Input,
    /// <summary>An output type (.NET <c>Outputs.X</c>, TypeScript <c>outputs.module.X</c>).</summary>
    Output,
    /// <summary>An enum (.NET struct enum, TypeScript <c>enums.module.X</c>).</summary>
    Enum,
    /// <summary>A resource (TypeScript class, .NET resource class).</summary>
    Resource,
}

/// <summary>A declared type, named by its module (<c>""</c> for the package's index module) and name.</summary>
internal sealed record RefShape(RefKind Kind, string Module, string Name) : Shape
{
    public override bool HasNumber => false;

    public override string ToString()
    {
        var family = Kind switch
        {
            RefKind.Input => "inputs",
            RefKind.Output => "outputs",
            RefKind.Enum => "enums",
            _ => "resources",
        };
        return Module.Length == 0 ? $"{family}.{Name}" : $"{family}.{Module}.{Name}";
    }
}

/// <summary>One of several shapes; the options are kept in a canonical order.</summary>
internal sealed record UnionShape(ImmutableArray<Shape> Options) : Shape
{
    public override bool HasNumber => Options.Any(o => o.HasNumber);

    public bool Equals(UnionShape? other) => other is not null && Options.SequenceEqual(other.Options);

    public override int GetHashCode() => Options.Aggregate(17, (h, o) => (h * 31) + o.GetHashCode());

    public override string ToString() => string.Join(" | ", Options);

    /// <summary>A union of <paramref name="options"/>, flattened and sorted; a single option stands alone.</summary>
    public static Shape Of(IEnumerable<Shape> options)
    {
        var flat = options
            .SelectMany(o => o is UnionShape u ? u.Options.AsEnumerable() : [o])
            .Distinct()
            .OrderBy(o => o.ToString(), StringComparer.Ordinal)
            .ToImmutableArray();
        return flat.Length == 1 ? flat[0] : new UnionShape(flat);
    }
}
