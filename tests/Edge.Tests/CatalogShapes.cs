using IdentityFabric.Catalog;
using IdentityFabric.Testing;

namespace IdentityFabric.Edge.Tests;

/// <summary>Variations of the example catalog: generated route counts and shuffled declarations.</summary>
internal static class CatalogShapes
{
    /// <summary>The dev view of the example catalog with one generated entry point of <paramref name="count"/> routes.</summary>
    public static EnvironmentView WithRoutes(int count)
    {
        var catalog = ExampleCatalog.Load();
        var routes = Enumerable.Range(0, count).Select(i => new EdgeRoute
        {
            Id = $"bulk-{i:D5}",
            Name = $"bulk-{i:D5}",
            Path = $"/bulk/{i}/",
            Match = PathMatch.Prefix,
            Methods = ["GET"],
            Service = "gateway",
            AllowedRoles = [i % 2 == 0 ? "admin" : "support"],
            IsPublic = false,
            Location = SourceLocation.InCode,
        }).ToList();
        var edge = new EdgeEntryPoint
        {
            Name = "bulk",
            Hostnames = new Dictionary<string, string>(StringComparer.Ordinal) { ["dev"] = "bulk.dev.example.com" },
            Providers = [],
            Routes = routes,
            Location = SourceLocation.InCode,
        };
        return EnvironmentResolver.Resolve(catalog with { Edges = [edge], MachineClients = [] }, "dev").GetView();
    }

    /// <summary>The same catalog with every list of records (and every list inside them) in another order.</summary>
    public static IdentityCatalog Shuffled(IdentityCatalog catalog, int seed)
    {
        var random = new Random(seed);
        List<T> Mix<T>(IEnumerable<T> items) => items.OrderBy(_ => random.Next()).ToList();
        return catalog with
        {
            IdentityProviders = Mix(catalog.IdentityProviders.Select(p => p with { Audiences = Mix(p.Audiences), AllowedAlgorithms = Mix(p.AllowedAlgorithms) })),
            Roles = Mix(catalog.Roles.Select(r => r with { IdpGroups = Mix(r.IdpGroups) })),
            Edges = Mix(catalog.Edges.Select(e => e with
            {
                Routes = Mix(e.Routes.Select(r => r with { Methods = Mix(r.Methods), AllowedRoles = Mix(r.AllowedRoles) })),
                Providers = Mix(e.Providers),
            })),
            BrowserApps = Mix(catalog.BrowserApps.Select(a => a with { AllowedRoles = Mix(a.AllowedRoles) })),
            MachineClients = Mix(catalog.MachineClients.Select(c => c with { Routes = Mix(c.Routes) })),
            Secrets = Mix(catalog.Secrets),
            Services = Mix(catalog.Services),
        };
    }
}
