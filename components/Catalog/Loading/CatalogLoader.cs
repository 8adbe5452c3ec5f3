using IdentityFabric.Catalog.Loading;
using IdentityFabric.Catalog.Validation;

namespace IdentityFabric.Catalog;

/// <summary>
/// Loads catalog YAML files (or every <c>*.yaml</c>/<c>*.yml</c> under given directories) into one
/// <see cref="IdentityCatalog"/> and validates it, collecting every problem instead of stopping at the first.
/// Bad input never throws: a missing file, an empty file or a YAML syntax error becomes one problem each.
/// </summary>
public static class CatalogLoader
{
    /// <summary>Loads and validates the catalog from files and directories.</summary>
    /// <param name="paths">Files, or directories searched recursively for <c>*.yaml</c> and <c>*.yml</c>.</param>
    public static CatalogLoadResult Load(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var problems = new ProblemCollector();
        var sources = new List<(string File, string Text)>();
        var unreadable = false;
        foreach (var file in ExpandPaths(paths, problems))
        {
            try
            {
                sources.Add((file, File.ReadAllText(file)));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problems.Add(CatalogProblem.Error(FileLevel(file), $"cannot read the file: {ex.Message}"));
                unreadable = true;
            }
        }

        return LoadSources(sources, problems, unreadable ? [.. problems.Sorted().Where(p => p.IsError).Select(p => p.Location.File)] : []);
    }

    /// <summary>Loads and validates the catalog from files and directories.</summary>
    /// <param name="paths">Files, or directories searched recursively for <c>*.yaml</c> and <c>*.yml</c>.</param>
    public static CatalogLoadResult Load(params string[] paths) => Load((IEnumerable<string>)paths);

    /// <summary>Loads and validates a catalog held in memory (one or more named texts), e.g. in tests.</summary>
    /// <param name="sources">Pairs of a file name (used in problem lines) and its YAML text.</param>
    public static CatalogLoadResult LoadText(IEnumerable<(string File, string Text)> sources) =>
        LoadSources(sources, new ProblemCollector(), []);

    /// <summary>Loads and validates one in-memory YAML text.</summary>
    /// <param name="file">The file name used in problem lines.</param>
    /// <param name="text">The YAML text.</param>
    public static CatalogLoadResult LoadText(string file, string text) => LoadText([(file, text)]);

    private static CatalogLoadResult LoadSources(IEnumerable<(string File, string Text)> sources, ProblemCollector problems, IReadOnlyList<string> unreadable)
    {
        // A file that could not be read or parsed leaves the catalog incomplete. Checks across files still run, so
        // every other problem is listed at once, but a warning says that references to what the unread file
        // declares show up as unknown.
        var unread = new List<string>(unreadable);
        string? firstFile = null;
        var locations = new Dictionary<(string File, string Path), SourceLocation>();
        var builder = new CatalogBuilder();
        var anyDocument = false;
        foreach (var (file, text) in sources)
        {
            firstFile ??= file;
            IReadOnlyList<YamlNode> documents;
            try
            {
                documents = YamlTree.Parse(text);
            }
            catch (YamlSyntaxException ex)
            {
                problems.Add(CatalogProblem.Error(
                    new SourceLocation(file, ex.Line, ex.Column, ""), $"YAML syntax error: {ex.Message}"));
                unread.Add(file);
                continue;
            }

            if (documents.Count == 0)
            {
                problems.Add(CatalogProblem.Error(FileLevel(file), "the file is empty (expected catalog sections such as 'services:')"));
                continue;
            }

            var reader = new NodeReader(file, problems, locations);
            var parser = new CatalogParser(reader);
            foreach (var document in documents)
            {
                parser.ReadDocument(document, builder);
            }

            anyDocument = true;
        }

        if (!anyDocument)
        {
            return new CatalogLoadResult { Catalog = null, Problems = problems.Sorted() };
        }

        var catalog = builder.Build(new SourceMap(locations));

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

    private static List<string> ExpandPaths(IEnumerable<string> paths, ProblemCollector problems)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var any = false;
        foreach (var path in paths)
        {
            any = true;
            if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) ||
                                f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0)
                {
                    problems.Add(CatalogProblem.Error(FileLevel(path), "the directory holds no catalog files (*.yaml, *.yml)"));
                }

                foreach (var file in found.Where(f => seen.Add(Path.GetFullPath(f))))
                {
                    files.Add(file);
                }
            }
            else if (File.Exists(path))
            {
                if (seen.Add(Path.GetFullPath(path)))
                {
                    files.Add(path);
                }
            }
            else
            {
                problems.Add(CatalogProblem.Error(FileLevel(path), "no such file or directory"));
            }
        }

        if (!any)
        {
            problems.Add(CatalogProblem.Error(FileLevel("<catalog>"), "no catalog path given"));
        }

        return files;
    }

    private static SourceLocation FileLevel(string file) => new(file, 1, 1, "");
}
