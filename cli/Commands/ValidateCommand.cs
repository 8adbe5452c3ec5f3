using IdentityFabric.Catalog;

namespace IdentityFabric.Cli.Commands;

/// <summary>
/// <c>validate PATH...</c>: loads the catalog from files and directories and prints every problem as
/// <c>PATH:LINE:COL: error: MESSAGE</c> (or <c>warning:</c>). Exit code 1 on any error, 0 otherwise.
/// </summary>
public sealed class ValidateCommand : ICliCommand
{
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

        var result = CatalogLoader.Load(args);
        foreach (var problem in result.Problems)
        {
            (problem.IsError ? error : output).WriteLine(problem);
        }

        var errors = result.Errors.Count();
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
}
