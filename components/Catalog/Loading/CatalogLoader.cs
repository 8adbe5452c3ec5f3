using IdentityFabric.Catalog.Loading;
using IdentityFabric.Catalog.Validation;

namespace IdentityFabric.Catalog;

/// <summary>
/// Loads catalog YAML files (or every <c>*.yaml</c>/<c>*.yml</c> under given directories) into one
/// <see cref="IdentityCatalog"/> and validates it, collecting every problem instead of stopping at the first.
/// Bad input never throws: a missing file, an empty file, a special file, bytes that are not UTF-8 or a YAML syntax error
/// becomes a problem at its file and line. The catalog's size is bounded by <see cref="MaxCatalogBytes"/>.
/// </summary>
public static class CatalogLoader
{
    /// <summary>
    /// The most bytes a catalog may hold, all its files together (32 MiB: about 280,000 services written out in full).
    /// A larger catalog is refused with one error before it is parsed, instead of costing unbounded time and memory.
    /// </summary>
    public const long MaxCatalogBytes = 32L * 1024 * 1024;

    /// <summary>The most files one catalog may be spread over.</summary>
    public const int MaxFiles = 10_000;

    /// <summary>Loads and validates the catalog from files and directories.</summary>
    /// <param name="paths">Files, or directories searched recursively for <c>*.yaml</c> and <c>*.yml</c>.</param>
    public static CatalogLoadResult Load(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var problems = new ProblemCollector();
        var (read, unread, overLimit) = CatalogFiles.Load(paths, problems);
        if (overLimit)
        {
            // Nothing past the limit is parsed: the one error says why, instead of a flood of unknown references.
            return new CatalogLoadResult { Catalog = null, Problems = problems.Sorted() };
        }

        var sources = new List<(string File, string Text)>(read.Count);
        foreach (var (file, bytes) in read)
        {
            if (CatalogText.Decode(file, bytes, problems) is { } text)
            {
                sources.Add((file, text));
            }
            else
            {
                unread.Add(file);
            }
        }

        read.Clear();
        return LoadSources(sources, problems, unread, releaseTexts: true);
    }

    /// <summary>Loads and validates the catalog from files and directories.</summary>
    /// <param name="paths">Files, or directories searched recursively for <c>*.yaml</c> and <c>*.yml</c>.</param>
    public static CatalogLoadResult Load(params string[] paths) => Load((IEnumerable<string>)paths);

    /// <summary>Loads and validates a catalog held in memory (one or more named texts), e.g. in tests.</summary>
    /// <param name="sources">Pairs of a file name (used in problem lines) and its YAML text.</param>
    public static CatalogLoadResult LoadText(IEnumerable<(string File, string Text)> sources) =>
        LoadSources(sources.ToList(), new ProblemCollector(), [], releaseTexts: true);

    /// <summary>Loads and validates one in-memory YAML text.</summary>
    /// <param name="file">The file name used in problem lines.</param>
    /// <param name="text">The YAML text.</param>
    public static CatalogLoadResult LoadText(string file, string text) => LoadText([(file, text)]);

    private static CatalogLoadResult LoadSources(List<(string File, string Text)> files, ProblemCollector problems, IReadOnlyList<string> unreadable, bool releaseTexts)
    {
        // A file that could not be read or parsed leaves the catalog incomplete. Checks across files still run, so
        // every other problem is listed at once, but a warning says that references to what the unread file
        // declares show up as unknown.
        var unread = new List<string>(unreadable);
        string? firstFile = null;
        var locations = new SourceMap();
        // About one node per twelve characters of YAML in a dense catalog; reserve for one per ten.
        locations.Reserve((int)Math.Min(int.MaxValue / 2, files.Sum(f => (long)f.Text.Length) / 10));
        var builder = new CatalogBuilder();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var anyDocument = false;
        for (var i = 0; i < files.Count; i++)
        {
            var (file, raw) = files[i];
            if (releaseTexts)
            {
                files[i] = (file, ""); // not needed once parsed: a large catalog should not keep every text to the end
            }

            firstFile ??= file;
            if (CatalogText.Clean(file, raw, problems) is not { } text)
            {
                unread.Add(file);
                continue;
            }

            // The top-level lists are read one item at a time, so a large file never sits in memory as one tree.
            // A syntax error anywhere leaves the file unread: its records and problems so far are dropped.
            var checkpoint = problems.Checkpoint();
            var recorded = locations.Length;
            var fileRecords = new CatalogBuilder();
            var reader = new NodeReader(file, problems, locations, names);
            int documents;
            try
            {
                // Plain YAML is read directly; anything else (and every malformed file) by YamlDotNet, from the start.
                if (!YamlFastPath.TryParseTopLevel(text, new DocumentReader(reader, fileRecords), out documents))
                {
                    problems.RollbackTo(checkpoint);
                    locations.ForgetFile(file, recorded);
                    fileRecords = new CatalogBuilder();
                    documents = YamlTree.ParseTopLevel(text, new DocumentReader(reader, fileRecords));
                }
            }
            catch (YamlSyntaxException ex)
            {
                problems.RollbackTo(checkpoint);
                problems.Add(CatalogProblem.Error(
                    new SourceLocation(file, ex.Line, ex.Column, ""), $"YAML syntax error: {ex.Message}"));
                unread.Add(file);
                continue;
            }

            if (documents == 0)
            {
                problems.Add(CatalogProblem.Error(FileLevel(file), "the file is empty (expected catalog sections such as 'services:')"));
                continue;
            }

            builder.Add(fileRecords);
            anyDocument = true;
        }

        if (!anyDocument)
        {
            return new CatalogLoadResult { Catalog = null, Problems = problems.Sorted() };
        }

        var catalog = builder.Build(locations);

        // Problems about the catalog as a whole (no record to point at) are placed at the start of its first file.
        problems.AddValidation(CatalogValidator.Validate(catalog).Select(p =>
            p.Location.File == SourceLocation.InCode.File && firstFile is not null
                ? p with { Location = FileLevel(firstFile) with { Path = p.Location.Path } }
                : p));
        foreach (var file in unread.Distinct(StringComparer.Ordinal))
        {
            problems.Add(CatalogProblem.Warning(
                FileLevel(file),
                "this file could not be read, so the checks across files ran without it: what it declares is reported as unknown elsewhere"));
        }
        return new CatalogLoadResult { Catalog = catalog, Problems = problems.Sorted() };
    }

    private static SourceLocation FileLevel(string file) => new(file, 1, 1, "");
}
