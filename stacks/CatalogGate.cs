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
}
