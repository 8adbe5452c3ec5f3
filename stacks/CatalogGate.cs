using IdentityFabric.Catalog;
using Pulumi;

namespace IdentityFabric.Stacks;

/// <summary>
/// Loads and validates the catalog before any resource exists. A catalog with errors stops the program with
/// every problem listed (file:line:col), so preview and up fail without creating or changing anything. The refusal is
/// a <see cref="RunException"/>, which the engine prints as its message alone: a person sees the problem lines, never
/// a stack trace.
/// </summary>
public static class CatalogGate
{
    /// <summary>The validated view of the stack's environment.</summary>
    /// <param name="paths">Catalog files or folders.</param>
    /// <param name="environment">The environment name.</param>
    /// <exception cref="RunException">The catalog, or the environment, has errors; the message lists each.</exception>
    public static EnvironmentView Open(IReadOnlyList<string> paths, string environment)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (Reused.Value is { } reused && reused.Environment == environment && reused.Paths.SequenceEqual(paths, StringComparer.Ordinal))
        {
            foreach (var warning in reused.Warnings)
            {
                Log.Warn(warning);
            }

            return reused.View;
        }

        var loaded = CatalogLoader.Load(paths);
        foreach (var warning in loaded.Warnings)
        {
            Log.Warn(warning.ToString());
        }

        try
        {
            var catalog = loaded.GetValidCatalog();
            return EnvironmentResolver.Resolve(catalog, environment).GetView();
        }
        catch (CatalogException invalid)
        {
            throw new RunException(invalid.Message, invalid);
        }
    }

    private static readonly AsyncLocal<ReusedCatalog?> Reused = new();

    /// <summary>
    /// For the program run that follows within the returned scope (on the same async flow), <see cref="Open"/> hands
    /// out a view its caller has just loaded and validated from the same paths, with its warnings, instead of reading
    /// and validating the same files a second time. <c>plan</c> uses it: it opens the catalog itself first, to report
    /// problems before anything runs.
    /// </summary>
    /// <param name="paths">The catalog paths, absolute, as the program will name them.</param>
    /// <param name="environment">The environment.</param>
    /// <param name="warnings">The warnings loading gave.</param>
    /// <param name="view">The validated view.</param>
    /// <returns>Ends the scope.</returns>
    public static IDisposable Reusing(IReadOnlyList<string> paths, string environment, IReadOnlyList<string> warnings, EnvironmentView view)
    {
        var previous = Reused.Value;
        Reused.Value = new ReusedCatalog(paths.ToList(), environment, warnings.ToList(), view);
        return new Scope(() => Reused.Value = previous);
    }

    private sealed record ReusedCatalog(IReadOnlyList<string> Paths, string Environment, IReadOnlyList<string> Warnings, EnvironmentView View);

    private sealed class Scope(Action end) : IDisposable
    {
        public void Dispose() => end();
    }
}
