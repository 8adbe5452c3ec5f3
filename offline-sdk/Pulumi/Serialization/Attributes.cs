namespace Pulumi;

/// <summary>Marks an output property of a resource, component or stack.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OutputAttribute : Attribute
{
    public OutputAttribute(string? name = null)
    {
        Name = name;
    }

    public string? Name { get; }
}

/// <summary>Marks an input field or property of an args class with its wire name.</summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
public sealed class InputAttribute : Attribute
{
    public InputAttribute(string name, bool required = false, bool json = false)
    {
        Name = name;
        IsRequired = required;
        Json = json;
    }

    internal string Name { get; }

    internal bool IsRequired { get; }

    internal bool Json { get; }
}

/// <summary>Marks a complex type used as (part of) a resource output.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class OutputTypeAttribute : Attribute
{
}

/// <summary>Marks the constructor the runtime uses to build an output type; its parameter names are wire names.</summary>
[AttributeUsage(AttributeTargets.Constructor)]
public sealed class OutputConstructorAttribute : Attribute
{
}

/// <summary>Marks a struct-based enum whose underlying value is a string or a double.</summary>
[AttributeUsage(AttributeTargets.Struct)]
public sealed class EnumTypeAttribute : Attribute
{
}

/// <summary>Names the type token and package version of a resource class.</summary>
[AttributeUsage(AttributeTargets.Class)]
public class ResourceTypeAttribute : Attribute
{
    public ResourceTypeAttribute(string type, string? version)
    {
        Type = type;
        Version = version;
    }

    public string Type { get; }

    public string? Version { get; }
}
