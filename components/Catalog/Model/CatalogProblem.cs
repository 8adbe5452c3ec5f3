namespace IdentityFabric.Catalog;

/// <summary>
/// One thing wrong (or worth a second look) in the catalog, printed as
/// <c>FILE:LINE:COL: error: services[3].calls[1]: unknown service 'billing'</c>.
/// </summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="Location">Where: file, line, column and field path.</param>
/// <param name="Message">What, without the location or the path.</param>
public sealed record CatalogProblem(ProblemSeverity Severity, SourceLocation Location, string Message)
{
    /// <summary>Whether the problem is an error (and so blocks any deployment).</summary>
    public bool IsError => Severity == ProblemSeverity.Error;

    /// <summary>The field path inside the file (may be empty for problems about a whole file).</summary>
    public string Path => Location.Path;

    /// <summary>Creates an error.</summary>
    /// <param name="location">Where.</param>
    /// <param name="message">What.</param>
    public static CatalogProblem Error(SourceLocation location, string message) => new(ProblemSeverity.Error, location, message);

    /// <summary>Creates a warning.</summary>
    /// <param name="location">Where.</param>
    /// <param name="message">What.</param>
    public static CatalogProblem Warning(SourceLocation location, string message) => new(ProblemSeverity.Warning, location, message);

    /// <summary>Formats the problem as one line: <c>FILE:LINE:COL: error: PATH: MESSAGE</c>.</summary>
    public override string ToString()
    {
        var severity = IsError ? "error" : "warning";
        var line = Math.Max(Location.Line, 1);
        var column = Math.Max(Location.Column, 1);
        var path = Location.Path.Length == 0 ? "" : Location.Path + ": ";
        return $"{Location.File}:{line}:{column}: {severity}: {path}{Message}";
    }
}

/// <summary>The outcome of loading and validating a catalog.</summary>
public sealed record CatalogLoadResult
{
    /// <summary>The catalog, or null when a file could not be read or parsed at all. Present (for inspection)
    /// even when validation found errors: check <see cref="HasErrors"/> before using it.</summary>
    public IdentityCatalog? Catalog { get; init; }

    /// <summary>Every problem found, errors and warnings, ordered by file, line and column.</summary>
    public required IReadOnlyList<CatalogProblem> Problems { get; init; }

    /// <summary>The errors among <see cref="Problems"/>.</summary>
    public IEnumerable<CatalogProblem> Errors => Problems.Where(p => p.IsError);

    /// <summary>The warnings among <see cref="Problems"/>.</summary>
    public IEnumerable<CatalogProblem> Warnings => Problems.Where(p => !p.IsError);

    /// <summary>Whether any error was found (the catalog must not be deployed).</summary>
    public bool HasErrors => Problems.Any(p => p.IsError);

    /// <summary>The catalog, or an exception listing every error when there is none or it has errors.</summary>
    /// <exception cref="CatalogException">The catalog has errors.</exception>
    public IdentityCatalog GetValidCatalog() =>
        !HasErrors && Catalog is { } catalog ? catalog : throw new CatalogException(Errors.ToList());
}

/// <summary>Thrown by the helpers that refuse an invalid catalog; its message lists every error, one per line.</summary>
public sealed class CatalogException : Exception
{
    /// <summary>Creates the exception from the problems that caused it.</summary>
    /// <param name="problems">The errors (at least one).</param>
    public CatalogException(IReadOnlyList<CatalogProblem> problems)
        : base(Describe(problems)) => Problems = problems;

    /// <summary>The problems that made the catalog unusable.</summary>
    public IReadOnlyList<CatalogProblem> Problems { get; }

    private static string Describe(IReadOnlyList<CatalogProblem> problems) =>
        problems.Count == 0
            ? "the identity catalog is invalid"
            : "the identity catalog is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, problems);
}
