using IdentityFabric.Catalog;
using IdentityFabric.Components.Federation;

namespace IdentityFabric.Cli.Commands;

/// <summary>
/// <c>validate PATH...</c>: loads the catalog from files and directories and prints every problem as
/// <c>PATH:LINE:COL: error: MESSAGE</c> (or <c>warning:</c>). Exit code 1 on any error, 0 otherwise.
/// </summary>
public sealed class ValidateCommand : ICliCommand
{
    private readonly Func<IReadOnlyList<string>, CatalogLoadResult> _load;

    /// <summary>Validates with <see cref="CatalogLoader"/>.</summary>
    public ValidateCommand()
        : this(paths => CatalogLoader.Load(paths))
    {
    }

    /// <summary>Validates with the given loader (tests use one that fails).</summary>
    internal ValidateCommand(Func<IReadOnlyList<string>, CatalogLoadResult> load) => _load = load;

    /// <inheritdoc />
    public string Name => "validate";

    /// <inheritdoc />
    public string Synopsis => "PATH...";

    /// <inheritdoc />
    public string Summary => "check catalog files or directories; exit 1 on any error";

    /// <inheritdoc />
    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Count == 0)
        {
            error.WriteLine("usage: identity-fabric validate PATH...  (catalog files or directories)");
            return CommandDispatcher.UsageExitCode;
        }

        if (TryLoad(args, error) is not { } result)
        {
            return 1;
        }

        foreach (var problem in result.Problems)
        {
            (problem.IsError ? error : output).WriteLine(problem);
        }

        var environmentErrors = result.Errors.Any() || result.Catalog is not { } loaded ? [] : EnvironmentProblems(loaded);
        foreach (var problem in environmentErrors)
        {
            error.WriteLine(problem);
        }

        var errors = result.Errors.Count() + environmentErrors.Count;
        var warnings = result.Warnings.Count();
        if (errors == 0 && result.Catalog is { } catalog)
        {
            output.WriteLine(
                $"catalog ok: {catalog.Services.Count} services, {catalog.AllRoutes.Count()} routes, " +
                $"{catalog.Roles.Count} roles, {catalog.Secrets.Count} secrets, {catalog.Environments.Count} environments" +
                (warnings > 0 ? $", {warnings} warning(s)" : ""));
            return 0;
        }

        error.WriteLine($"catalog invalid: {errors} error(s), {warnings} warning(s)");
        return 1;
    }

    /// <summary>
    /// What the catalog's environments refuse beyond the catalog's own rules, found by the same planning the program
    /// runs before it creates anything: STS federation (a role's provider and audience, IdP groups that must travel as
    /// session tags). Each problem is reported once, at its catalog line, however many environments share it.
    /// </summary>
    private static List<CatalogProblem> EnvironmentProblems(IdentityCatalog catalog)
    {
        var problems = new List<CatalogProblem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var environment in catalog.Environments)
        {
            var resolution = EnvironmentResolver.Resolve(catalog, environment.Name);
            if (resolution.HasErrors || resolution.View is not { } view)
            {
                continue;
            }

            try
            {
                _ = FederationPlanner.Plan(view, []);
            }
            catch (CatalogException refused)
            {
                problems.AddRange(refused.Problems.Where(p => seen.Add(p.ToString())));
            }
        }

        return problems;
    }

    /// <summary>
    /// The loader turns bad input into problems and is not meant to throw; should a fault in it (or in the YAML
    /// library under it) throw anyway, the user still gets one line per path at fault, never a stack trace.
    /// Each path is retried alone to name the one that fails.
    /// </summary>
    private CatalogLoadResult? TryLoad(IReadOnlyList<string> paths, TextWriter error)
    {
        try
        {
            return _load(paths);
        }
        catch (Exception ex) when (IsRecoverable(ex))
        {
            var culprits = paths.Where(path => Fails(path)).ToList();
            foreach (var path in culprits.Count > 0 ? culprits : paths)
            {
                error.WriteLine($"{path}:1:1: error: the catalog could not be read: {ex.Message}");
            }

            error.WriteLine("catalog invalid: the loader failed (please report it with the file that causes it)");
            return null;
        }
    }

    private bool Fails(string path)
    {
        try
        {
            _load([path]);
            return false;
        }
        catch (Exception ex) when (IsRecoverable(ex))
        {
            return true;
        }
    }

    private static bool IsRecoverable(Exception ex) =>
        ex is not (OutOfMemoryException or StackOverflowException or AccessViolationException);
}
