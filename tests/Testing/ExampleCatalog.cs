using IdentityFabric.Catalog;

namespace IdentityFabric.Testing;

/// <summary>The repository's example catalog, loaded once and resolved per environment.</summary>
public static class ExampleCatalog
{
    private static readonly Lazy<IdentityCatalog> Catalog = new(() =>
        CatalogLoader.Load([RepositoryPaths.Combine("catalog")]).GetValidCatalog());

    /// <summary>The whole catalog (validated).</summary>
    public static IdentityCatalog Load() => Catalog.Value;

    /// <summary>The view of one environment of the example catalog.</summary>
    /// <param name="environment">dev, staging or prod.</param>
    public static EnvironmentView View(string environment) =>
        EnvironmentResolver.Resolve(Catalog.Value, environment).GetView();
}
