using System.Collections.Immutable;
using OfflineSdk.Conformance.Comparison;

namespace OfflineSdk.Conformance.Declarations;

/// <summary>A property of a declared interface or class: its name, whether it may be left out, and its shape.</summary>
/// <param name="Name">The property name, which is the wire name in Pulumi's generated declarations.</param>
/// <param name="Optional">Marked <c>?</c> or typed <c>... | undefined</c>.</param>
/// <param name="Shape">The value type without <c>pulumi.Input</c>/<c>pulumi.Output</c> wrappers.</param>
/// <param name="Line">The line of the declaration, for messages.</param>
internal sealed record TsProperty(string Name, bool Optional, Shape Shape, int Line);

/// <summary>A declared interface or class with its properties by name.</summary>
internal sealed record TsDeclaration(string Name, bool IsClass, ImmutableDictionary<string, TsProperty> Properties);

/// <summary>The interfaces and classes of one declaration file, keyed <c>namespace.Name</c> (or <c>Name</c> at the top).</summary>
internal sealed class TsFile
{
    public TsFile(string path, ImmutableDictionary<string, TsDeclaration> declarations)
    {
        Path = path;
        Declarations = declarations;
    }

    public string Path { get; }

    public ImmutableDictionary<string, TsDeclaration> Declarations { get; }

    public TsDeclaration? Find(string module, string name)
        => Declarations.GetValueOrDefault(module.Length == 0 ? name : $"{module}.{name}");
}
