using System.Collections.Immutable;

namespace OfflineSdk.Conformance.Comparison;

/// <summary>One row of <c>dotnet-types.tsv</c>: a member whose .NET type differs from its Node.js declaration on purpose.</summary>
/// <param name="Dotnet">The .NET shape (<c>int</c>, <c>list&lt;double&gt;</c>, <c>string</c>, <c>any</c>).</param>
/// <param name="Node">The Node.js shape it stands for (<c>number</c>, <c>enums.iam.X</c>, a union).</param>
/// <param name="Source">The real .NET source file the .NET shape was read from.</param>
internal sealed record DotnetTypeRow(string Dotnet, string Node, string Source);

/// <summary>
/// The members whose .NET type the Node.js declarations cannot tell or declare differently on purpose, recorded
/// from the real packages' generated .NET sources: <c>number</c> is <c>int</c> or <c>double</c> (the schema's
/// <c>integer</c>/<c>number</c> is lost in TypeScript); unions of more than two types are <c>object</c>; a few
/// members keep <c>string</c> where Node.js offers an enum or a resource. Rows are keyed
/// <c>package module.Type.wire</c> (<c>aws vpclattice.Listener.port</c>); a resource's args, state and outputs share
/// the resource's row, an input type and its output type share the type's row.
/// </summary>
internal sealed class DotnetTypes
{
    private DotnetTypes(ImmutableDictionary<string, DotnetTypeRow> rows) => Rows = rows;

    public ImmutableDictionary<string, DotnetTypeRow> Rows { get; }

    /// <summary>Reads the tab-separated table; every malformed or repeated row fails, with its line.</summary>
    public static DotnetTypes Load(string path)
    {
        var rows = ImmutableDictionary.CreateBuilder<string, DotnetTypeRow>(StringComparer.Ordinal);
        var problems = new List<string>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != 4 || cells.Any(c => c.Trim().Length == 0))
            {
                problems.Add($"{path}:{lineNumber}: expected 'key<TAB>.NET shape<TAB>Node shape<TAB>source'");
            }
            else if (!rows.TryAdd(cells[0], new DotnetTypeRow(cells[1], cells[2], cells[3])))
            {
                problems.Add($"{path}:{lineNumber}: '{cells[0]}' is listed twice");
            }
        }

        return problems.Count == 0
            ? new DotnetTypes(rows.ToImmutable())
            : throw new FormatException(string.Join(Environment.NewLine, problems));
    }

    /// <summary>A table of the given rows (tests).</summary>
    public static DotnetTypes Of(params (string Key, string Dotnet, string Node)[] rows)
        => new(rows.ToImmutableDictionary(r => r.Key, r => new DotnetTypeRow(r.Dotnet, r.Node, "test"), StringComparer.Ordinal));

    public DotnetTypeRow? Find(string key) => Rows.GetValueOrDefault(key);
}
