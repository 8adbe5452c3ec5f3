using System.Collections.Immutable;
using OfflineSdk.Conformance.Declarations;
using OfflineSdk.Conformance.StandIn;

namespace OfflineSdk.Conformance.Comparison;

/// <summary>The outcome of comparing one provider's stand-in with the real declarations.</summary>
/// <param name="Types">Stand-in types compared.</param>
/// <param name="Members">Stand-in members compared.</param>
/// <param name="Differences">Every difference found.</param>
/// <param name="TableMembers">Members whose .NET type came from <c>dotnet-types.tsv</c> (numbers, unions, enums).</param>
/// <param name="NodeOnlyRequired">Output-type members that only Node.js declares required (kept nullable in .NET).</param>
internal sealed record ComparisonResult(
    int Types,
    int Members,
    ImmutableArray<Difference> Differences,
    int TableMembers,
    int NodeOnlyRequired);

/// <summary>
/// Compares stand-in types with the real package's declarations: type tokens, member (wire) names, .NET property
/// names, requiredness, shapes (scalar, list, map, union, referenced type), secret inputs and outputs, JSON inputs.
/// What differs between the languages on purpose is allowed exactly where it is known to differ:
/// <list type="bullet">
/// <item><c>number</c> is <c>int</c> or <c>double</c> in .NET, unions of more than two types are <c>object</c>, and a
/// few enums and resource references are plain strings, as <c>dotnet-types.tsv</c> records from the .NET sources;</item>
/// <item>an output type's member may be required in Node.js only (the schema's <c>requiredOutputs</c>), never when the
/// same type's input form requires it;</item>
/// <item>an <c>ImmutableArray</c> output cannot be null in .NET, so its requiredness is not compared;</item>
/// <item>secret members of nested input types are marked by .NET setters only, which Node.js does not declare.</item>
/// </list>
/// </summary>
internal sealed class Comparer
{
    private readonly RealPackage _package;
    private readonly DotnetTypes _table;
    private readonly string _packageKey;
    private readonly List<Difference> _differences = [];
    private int _members;
    private int _fromTable;
    private int _nodeOnlyRequired;

    private Comparer(RealPackage package, DotnetTypes numbers)
    {
        _package = package;
        _table = numbers;
        _packageKey = package.Name[(package.Name.IndexOf('/', StringComparison.Ordinal) + 1)..];
    }

    public static ComparisonResult Compare(IReadOnlyCollection<StandInType> types, RealPackage package, DotnetTypes numbers)
    {
        var comparer = new Comparer(package, numbers);
        foreach (var type in types)
        {
            comparer.CompareType(type);
        }

        return new ComparisonResult(types.Count, comparer._members, [.. comparer._differences],
            comparer._fromTable, comparer._nodeOnlyRequired);
    }

    private void CompareType(StandInType type)
    {
        switch (type.Kind)
        {
            case StandInKind.Resource:
                CompareResource(type);
                break;
            case StandInKind.ResourceArgs or StandInKind.ResourceState:
                CompareResourceInputs(type);
                break;
            case StandInKind.InputType:
                CompareDeclared(type, _package.Inputs.Find(type.Module, type.Name), $"{_package.Inputs.Path} inputs.{Qualified(type)}",
                    TableKey(type.Module, type.Name), isOutputType: false);
                break;
            case StandInKind.Config:
                CompareDeclared(type, _package.Config?.Find("", "Config"), $"{_package.Name}/config/vars.d.ts", TableKey("", "Config"), isOutputType: false);
                break;
            case StandInKind.OutputType:
                CompareDeclared(type, _package.Outputs.Find(type.Module, type.Name), $"{_package.Outputs.Path} outputs.{Qualified(type)}",
                    TableKey(type.Module, type.Name), isOutputType: true);
                break;
        }
    }

    private void CompareResource(StandInType type)
    {
        var token = type.Token!;
        var module = _package.ResourceModule(token);
        var file = _package.ResourceDeclarations(token);
        if (module is null || file is null)
        {
            Add(type.DisplayName, "type", "type token", token, $"no module {RealPackage.ModulePathOf(token)} in {_package.Name}@{_package.Version}");
            return;
        }

        if (module.Token != token)
        {
            Add(type.DisplayName, "type", "token", token, module.Token);
        }

        var className = token.StartsWith("pulumi:providers:", StringComparison.Ordinal) ? "Provider" : token[(token.LastIndexOf(':') + 1)..];
        if (type.Name != className)
        {
            Add(type.DisplayName, "type", "class name", type.Name, className);
        }

        var declaration = file.Find("", className);
        if (declaration is null)
        {
            Add(type.DisplayName, "type", "declaration", "class " + className, $"absent from {file.Path}");
            return;
        }

        var key = TableKey(type.Module, type.Name);
        foreach (var member in type.Members)
        {
            if (!CompareMember(type, member, declaration, file.Path, key, requiredRule: RequiredRule.Exact))
            {
                continue;
            }

            CompareFlag(type, member, "secret", type.SecretOutputs.Contains(member.Wire), module.SecretOutputs.Contains(member.Wire),
                "additionalSecretOutputs");
        }

        var ours = string.Join(", ", type.SecretOutputs.Order(StringComparer.Ordinal));
        var theirs = string.Join(", ", module.SecretOutputs.Order(StringComparer.Ordinal));
        if (ours != theirs)
        {
            Add($"{type.DisplayName}.(options)", "secret", "additionalSecretOutputs", $"[{ours}]", $"[{theirs}] in {JsPath(file.Path)}");
        }
    }

    private void CompareResourceInputs(StandInType type)
    {
        var token = type.Token!;
        var file = _package.ResourceDeclarations(token);
        var module = _package.ResourceModule(token);
        var interfaceName = type.Kind == StandInKind.ResourceState
            ? (token.StartsWith("pulumi:providers:", StringComparison.Ordinal) ? "ProviderState" : token[(token.LastIndexOf(':') + 1)..] + "State")
            : (token.StartsWith("pulumi:providers:", StringComparison.Ordinal) ? "ProviderArgs" : token[(token.LastIndexOf(':') + 1)..] + "Args");
        var declaration = file?.Find("", interfaceName);
        if (file is null || module is null || declaration is null)
        {
            Add(type.DisplayName, "type", "declaration", "interface " + interfaceName,
                $"absent for {token} in {_package.Name}@{_package.Version}");
            return;
        }

        var resourceName = type.Name[..^(type.Kind == StandInKind.ResourceState ? 5 : 4)];
        var key = TableKey(type.Module, resourceName);
        foreach (var member in type.Members)
        {
            if (!CompareMember(type, member, declaration, file.Path, key, RequiredRule.Exact))
            {
                continue;
            }

            if (type.Kind == StandInKind.ResourceArgs)
            {
                var js = JsPath(file.Path);
                CompareFlag(type, member, "secret", member.Secret, module.SecretInputs.Contains(member.Wire), $"pulumi.secret in {js}");
                CompareFlag(type, member, "json", member.Json, module.JsonInputs.Contains(member.Wire), $"JSON.stringify in {js}");
            }
        }
    }

    private void CompareDeclared(StandInType type, TsDeclaration? declaration, string where, string key, bool isOutputType)
    {
        if (declaration is null)
        {
            Add(type.DisplayName, "type", "declaration", (type.Kind == StandInKind.Config ? "settings " : isOutputType ? "outputs." : "inputs.") + Qualified(type), $"absent from {where}");
            return;
        }

        foreach (var member in type.Members)
        {
            CompareMember(type, member, declaration, where, key, isOutputType ? RequiredRule.OutputType : RequiredRule.Exact);
        }
    }

    private enum RequiredRule
    {
        Exact,
        OutputType,
    }

    /// <returns>Whether the member exists in the declaration (so further aspects can be compared).</returns>
    private bool CompareMember(StandInType type, StandInMember member, TsDeclaration declaration, string where, string tableKey, RequiredRule requiredRule)
    {
        _members++;
        var name = $"{type.DisplayName}.{member.Wire}";
        if (!declaration.Properties.TryGetValue(member.Wire, out var theirs))
        {
            Add(name, "member", "wire name", member.Wire, $"absent from {declaration.Name} in {where}");
            return false;
        }

        var at = $"{where}:{theirs.Line}";
        var expectedProperty = char.ToUpperInvariant(member.Wire[0]) + member.Wire[1..];
        if (member.Property != expectedProperty)
        {
            Add(name, "name", ".NET property", member.Property, expectedProperty + " (the generator's name for " + member.Wire + ")");
        }

        if (member.RequirednessKnown)
        {
            var theirsRequired = !theirs.Optional;
            if (requiredRule == RequiredRule.OutputType && theirsRequired && !member.Required)
            {
                // Node.js also marks the schema's requiredOutputs required; .NET keeps them nullable. That is only
                // wrong where the same type's input form requires the member too.
                var inputTwin = _package.Inputs.Find(type.Module, type.Name);
                if (inputTwin?.Properties.TryGetValue(member.Wire, out var input) == true && !input.Optional)
                {
                    Add(name, "required", "required", "optional", $"required (and required in inputs.{Qualified(type)}) at {at}");
                }
                else
                {
                    _nodeOnlyRequired++;
                }
            }
            else if (theirsRequired != member.Required)
            {
                Add(name, "required", "required", member.Required ? "required" : "optional", $"{(theirsRequired ? "required" : "optional")} at {at}");
            }
        }

        CompareShape(name, member.Shape, theirs.Shape, $"{tableKey}.{member.Wire}", at);
        return true;
    }

    private void CompareShape(string name, Shape ours, Shape theirs, string key, string at)
    {
        if (ours == theirs)
        {
            return;
        }

        var tableKey = $"{_packageKey} {key}";
        if (_table.Find(tableKey) is { } row)
        {
            if (row.Dotnet == ours.ToString() && row.Node == theirs.ToString())
            {
                _fromTable++;
                return;
            }

            Add(name, "shape", "type", ours.ToString(), $"{theirs} at {at} (dotnet-types.tsv '{tableKey}': {row.Dotnet} for {row.Node})");
            return;
        }

        var hint = theirs.HasNumber ? $" (a number: record its .NET type in dotnet-types.tsv as '{tableKey}')" : "";
        Add(name, "shape", "type", ours.ToString(), $"{theirs} at {at}{hint}");
    }

    private void CompareFlag(StandInType type, StandInMember member, string aspect, bool ours, bool theirs, string source)
    {
        if (ours != theirs)
        {
            Add($"{type.DisplayName}.{member.Wire}", aspect, aspect, ours ? aspect : "not " + aspect, (theirs ? aspect : "not " + aspect) + $" ({source})");
        }
    }

    private void Add(string member, string aspect, string what, string ours, string theirs)
        => _differences.Add(new Difference(member, aspect, $"{what} {ours}".Trim(), theirs));

    private static string JsPath(string declarationPath) => declarationPath[..^".d.ts".Length] + ".js";

    private static string Qualified(StandInType type) => type.Module.Length == 0 ? type.Name : $"{type.Module}.{type.Name}";

    private static string TableKey(string module, string name) => module.Length == 0 ? name : $"{module}.{name}";
}
