using System.Text.RegularExpressions;

namespace IdentityFabric.Catalog.Validation;

/// <summary>
/// The semantic rules of the catalog: names, references, ranges, route ambiguity, hostnames and the limits of the
/// cloud objects that catalog names become. Works on records (loaded or built in code) and returns every problem.
/// </summary>
public static partial class CatalogValidator
{
    /// <summary>Validates <paramref name="catalog"/> and returns every problem found, errors and warnings.</summary>
    /// <param name="catalog">The catalog to check.</param>
    public static IReadOnlyList<CatalogProblem> Validate(IdentityCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var context = new ValidationContext(catalog);
        CheckUniqueNames(context);
        CheckIdentityProviders(context);
        CheckRoles(context);
        CheckServices(context);
        CheckEdges(context);
        CheckRouteAmbiguity(context);
        CheckHostnameOwners(context);
        CheckBrowserApps(context);
        CheckMachineClients(context);
        CheckSecrets(context);
        CheckEnvironments(context);
        CheckDerivedNames(context);
        return context.Problems;
    }

    /// <summary>Catalog names: lower-case letters, digits and single inner hyphens, starting with a letter.</summary>
    /// <param name="name">The candidate.</param>
    public static bool IsValidName(string name) => NamePattern().IsMatch(name);

    private static void CheckName(ValidationContext c, SourceLocation owner, string name, string what)
    {
        if (name.Length == 0)
        {
            c.Error(c.At(owner, "name"), $"{what} name must not be empty");
        }
        else if (!IsValidName(name))
        {
            c.Error(c.At(owner, "name"),
                $"{what} name '{name}' must use lower-case letters, digits and single hyphens, start with a letter and not end with a hyphen");
        }
    }

    private static void CheckUniqueNames(ValidationContext c)
    {
        // Kinds the context looks up by name had their duplicates found while those tables were built: a large catalog
        // needs no second table of its names. The others are collected here. One reporter spells every message.
        Report(c, c.ProviderDuplicates, p => p.Name, p => p.Location, "identity provider");
        Report(c, c.RoleDuplicates, r => r.Name, r => r.Location, "role");
        Report(c, c.ServiceDuplicates, s => s.Name, s => s.Location, "service");
        Report(c, Duplicates(c.Catalog.Edges, e => e.Name), e => e.Name, e => e.Location, "edge entry point");
        Report(c, Duplicates(c.Catalog.BrowserApps, a => a.Name), a => a.Name, a => a.Location, "browser app");
        Report(c, Duplicates(c.Catalog.MachineClients, m => m.Name), m => m.Name, m => m.Location, "machine client");
        Report(c, c.SecretDuplicates, s => s.Name, s => s.Location, "secret");
        Report(c, c.EnvironmentDuplicates, e => e.Name, e => e.Location, "environment");

        var routes = new Dictionary<string, EdgeRoute>(StringComparer.Ordinal);
        foreach (var route in c.Catalog.AllRoutes)
        {
            if (route.Id.Length == 0)
            {
                continue;
            }

            if (!routes.TryAdd(route.Id, route))
            {
                var first = routes[route.Id].Location;
                c.Error(c.At(route.Location, route.Id == route.Name ? "name" : "id"),
                    $"duplicate route id '{route.Id}' (first declared at {first}); give one of them an explicit 'id'");
            }
        }

        if (c.Catalog.Environments.Count == 0)
        {
            var section = c.Catalog.Sources.FirstSection("environments");
            c.Error(section ?? c.DocumentStart(), section is null
                ? "the catalog declares no environments (no file has an 'environments:' section)"
                : "the catalog declares no environments");
        }
    }

    private static List<(T Item, T First)> Duplicates<T>(IReadOnlyList<T> items, Func<T, string> name)
    {
        var duplicates = new List<(T Item, T First)>();
        ValidationContext.ByName(items, name, duplicates);
        return duplicates;
    }

    // Each item whose (non-empty) name an earlier one has, at its own name, naming where the first was declared.
    private static void Report<T>(ValidationContext c, List<(T Item, T First)> duplicates, Func<T, string> name, Func<T, SourceLocation> location, string what)
    {
        foreach (var (item, first) in duplicates)
        {
            c.Error(c.At(location(item), "name"), $"duplicate {what} name '{name(item)}' (first declared at {location(first)})");
        }
    }

    [GeneratedRegex(@"^[a-z][a-z0-9]*(-[a-z0-9]+)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}

/// <summary>The catalog under validation, its lookups, and the problems found so far.</summary>
internal sealed class ValidationContext
{
    public ValidationContext(IdentityCatalog catalog)
    {
        Catalog = catalog;
        Services = ByName(catalog.Services, s => s.Name, ServiceDuplicates);
        Roles = ByName(catalog.Roles, r => r.Name, RoleDuplicates);
        Providers = ByName(catalog.IdentityProviders, p => p.Name, ProviderDuplicates);
        Secrets = ByName(catalog.Secrets, s => s.Name, SecretDuplicates);
        Environments = ByName(catalog.Environments, e => e.Name, EnvironmentDuplicates);
        Routes = new Dictionary<string, EdgeRoute>(StringComparer.Ordinal);
        foreach (var route in catalog.AllRoutes)
        {
            Routes.TryAdd(route.Id, route);
        }
    }

    public IdentityCatalog Catalog { get; }

    public Dictionary<string, Service> Services { get; }

    /// <summary>Each service whose (non-empty) name an earlier service has, with that earlier one, in catalog order.</summary>
    public List<(Service Service, Service First)> ServiceDuplicates { get; } = [];

    /// <summary>Each role whose (non-empty) name an earlier role has, with that earlier one, in catalog order.</summary>
    public List<(Role Role, Role First)> RoleDuplicates { get; } = [];

    /// <summary>The same for identity providers.</summary>
    public List<(IdentityProvider Provider, IdentityProvider First)> ProviderDuplicates { get; } = [];

    /// <summary>The same for secrets.</summary>
    public List<(CatalogSecret Secret, CatalogSecret First)> SecretDuplicates { get; } = [];

    /// <summary>The same for environments.</summary>
    public List<(DeploymentEnvironment Environment, DeploymentEnvironment First)> EnvironmentDuplicates { get; } = [];

    public Dictionary<string, Role> Roles { get; }

    public Dictionary<string, IdentityProvider> Providers { get; }

    public Dictionary<string, CatalogSecret> Secrets { get; }

    public Dictionary<string, DeploymentEnvironment> Environments { get; }

    public Dictionary<string, EdgeRoute> Routes { get; }

    /// <summary>The first environment that federates catalog roles into IAM (STS), whose documents then carry catalog
    /// text; null when none does.</summary>
    public DeploymentEnvironment? Federating =>
        Catalog.Environments.FirstOrDefault(e => e.IdentityPropagation != IdentityPropagation.Assertion);

    public List<CatalogProblem> Problems { get; } = [];

    public SourceLocation At(SourceLocation owner, string field, int? index = null) =>
        Catalog.Sources.Field(owner, field, index);

    public SourceLocation AtPath(SourceLocation owner, string path) => Catalog.Sources.Locate(owner, path);

    public SourceLocation DocumentStart()
    {
        var first = Catalog.IdentityProviders.Select(p => p.Location)
            .Concat(Catalog.Services.Select(s => s.Location))
            .Concat(Catalog.Roles.Select(r => r.Location))
            .FirstOrDefault(l => l.IsInFile);
        return first is null ? SourceLocation.InCode : new SourceLocation(first.File, 1, 1, "");
    }

    public void Error(SourceLocation at, string message) => Problems.Add(CatalogProblem.Error(at, message));

    public void Warning(SourceLocation at, string message) => Problems.Add(CatalogProblem.Warning(at, message));

    /// <summary>Items by name (the first of each name), adding each later item of a non-empty name, with the first, to
    /// <paramref name="duplicates"/>.</summary>
    internal static Dictionary<string, T> ByName<T>(IReadOnlyList<T> items, Func<T, string> name, List<(T Item, T First)> duplicates)
    {
        var map = new Dictionary<string, T>(items.Count, StringComparer.Ordinal);
        foreach (var item in items)
        {
            var key = name(item);
            if (!map.TryAdd(key, item) && key.Length > 0)
            {
                duplicates.Add((item, map[key]));
            }
        }

        return map;
    }
}
