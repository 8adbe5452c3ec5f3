using System.Reflection;
using System.Text.RegularExpressions;

namespace IdentityFabric.Components.Preflight.Data;

/// <summary>One API input member and the constraints its model carries.</summary>
/// <param name="Member">The member path, e.g. <c>vpc-lattice:CreateRule.match.httpMatch.pathMatch.match.prefix</c>.</param>
/// <param name="Kind">The Smithy type: string, integer, long, boolean, structure, union, list, map, blob.</param>
/// <param name="Required">Whether the member is required in its parent.</param>
/// <param name="Min">The length (strings, lists, maps) or range (numbers) minimum.</param>
/// <param name="Max">The length or range maximum.</param>
/// <param name="Pattern">An unanchored ECMA regex the value must match somewhere, or null.</param>
/// <param name="Enum">The allowed values, or null.</param>
/// <param name="Sensitive">Whether the model marks the value sensitive.</param>
public sealed record ApiMember(string Member, string Kind, bool Required, decimal? Min, decimal? Max, string? Pattern, IReadOnlyList<string>? Enum, bool Sensitive)
{
    private Regex? _regex;

    /// <summary>The pattern compiled (ECMAScript semantics where .NET accepts them), with a match timeout.</summary>
    public Regex? Regex => Pattern is null ? null : _regex ??= Compile(Pattern);

    /// <summary>The operation part: <c>vpc-lattice:CreateRule</c>.</summary>
    public string Operation => Member[..Member.IndexOf('.', StringComparison.Ordinal)];

    private static Regex Compile(string pattern)
    {
        var timeout = TimeSpan.FromSeconds(1);
        try
        {
            // ECMAScript semantics (ASCII \d and \w) where the pattern allows them; \p{..} classes need the default.
            return new Regex(pattern, RegexOptions.ECMAScript, timeout);
        }
        catch (ArgumentException)
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, timeout);
        }
    }
}

/// <summary>
/// The generated table of AWS API constraints (<c>Data/aws-constraints.tsv</c>, made by
/// <c>scripts/generate-aws-constraints.py</c> from <c>../shared/cloud-models/aws</c>): members by path (segments
/// compared case-insensitively, as Pulumi's camelCase meets IAM's PascalCase) and every operation as an IAM action.
/// </summary>
public sealed class ConstraintTable
{
    private readonly Dictionary<string, ApiMember> _members;
    private readonly Dictionary<string, List<ApiMember>> _children;
    private readonly Dictionary<string, List<(ApiMember Member, string Name)>> _required;

    private ConstraintTable(Dictionary<string, ApiMember> members, HashSet<string> actions, string sourceLine)
    {
        _members = members;
        Actions = actions;
        SourceLine = sourceLine;
        _children = new Dictionary<string, List<ApiMember>>(StringComparer.OrdinalIgnoreCase);
        foreach (var member in members.Values)
        {
            var parent = ParentOf(member.Member);
            if (!_children.TryGetValue(parent, out var list))
            {
                _children[parent] = list = [];
            }

            list.Add(member);
        }

        _required = new Dictionary<string, List<(ApiMember, string)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (parent, children) in _children)
        {
            var required = children.Where(c => c.Required).Select(c => (c, c.Member[(parent.Length + 1)..])).ToList();
            if (required.Count > 0)
            {
                _required[parent] = required;
            }
        }
    }

    /// <summary>The table shipped with the project.</summary>
    public static ConstraintTable Shipped { get; } = Parse(EmbeddedText("aws-constraints.tsv"));

    /// <summary>Every API operation of the modelled services, as IAM action names (<c>secretsmanager:GetSecretValue</c>), case-insensitive.</summary>
    public IReadOnlySet<string> Actions { get; }

    /// <summary>The table's <c># source:</c> header line (the models' snapshot).</summary>
    public string SourceLine { get; }

    /// <summary>The member at a path, or null.</summary>
    /// <param name="path">A member path.</param>
    public ApiMember? Find(string path) => _members.GetValueOrDefault(path);

    /// <summary>The direct members of a structure (or the operation's input when given an operation).</summary>
    /// <param name="parent">The parent's path.</param>
    public IReadOnlyList<ApiMember> ChildrenOf(string parent) => _children.TryGetValue(parent, out var list) ? list : [];

    /// <summary>The required direct members of a structure, each with its name within the parent, in table order.</summary>
    /// <param name="parent">The parent's path.</param>
    public IReadOnlyList<(ApiMember Member, string Name)> RequiredChildrenOf(string parent)
        => _required.TryGetValue(parent, out var list) ? list : [];

    /// <summary>Reads a table in the generated format.</summary>
    /// <param name="text">The table's text.</param>
    public static ConstraintTable Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var members = new Dictionary<string, ApiMember>(StringComparer.OrdinalIgnoreCase);
        var actions = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var source = "";
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("# source:", StringComparison.Ordinal))
            {
                source = line[9..].Trim();
            }

            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells[0] == "action")
            {
                actions.Add(cells[1]);
                continue;
            }

            members[cells[0]] = new ApiMember(
                cells[0],
                cells[1],
                cells[2] == "required",
                Number(cells[3]),
                Number(cells[4]),
                cells[5].Length == 0 ? null : cells[5],
                cells[6].Length == 0 ? null : cells[6].Split('|'),
                cells.Length > 7 && cells[7] == "sensitive");
        }

        return new ConstraintTable(members, actions, source);
    }

    /// <summary>The parent path of a member path: the operation, a structure, a list item (<c>x[]</c>) or map part.</summary>
    /// <param name="path">A member path.</param>
    public static string ParentOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.EndsWith("[]", StringComparison.Ordinal))
        {
            return path[..^2];
        }

        if (path.EndsWith("{key}", StringComparison.Ordinal) || path.EndsWith("{value}", StringComparison.Ordinal))
        {
            return path[..path.LastIndexOf('{')];
        }

        var dot = path.LastIndexOf('.');
        return dot < 0 ? path : path[..dot];
    }

    internal static string EmbeddedText(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the preflight's data table '{name}' is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static decimal? Number(string cell) =>
        cell.Length == 0 ? null : decimal.Parse(cell, System.Globalization.CultureInfo.InvariantCulture);
}
