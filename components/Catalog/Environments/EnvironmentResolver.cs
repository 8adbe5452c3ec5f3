namespace IdentityFabric.Catalog;

/// <summary>Turns a catalog and an environment name into the <see cref="EnvironmentView"/> a stack deploys.</summary>
public static class EnvironmentResolver
{
    /// <summary>Resolves <paramref name="environment"/>; an unknown name is an error that lists the known ones.</summary>
    /// <param name="catalog">A validated catalog.</param>
    /// <param name="environment">The environment name, e.g. the stack name.</param>
    public static EnvironmentResolution Resolve(IdentityCatalog catalog, string environment)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var env = catalog.Environments.FirstOrDefault(e => string.Equals(e.Name, environment, StringComparison.Ordinal));
        if (env is null)
        {
            var known = catalog.Environments.Count == 0
                ? "the catalog declares no environments"
                : "known: " + string.Join(", ", catalog.Environments.Select(e => e.Name));
            var where = catalog.Environments.FirstOrDefault()?.Location is { } first
                ? catalog.Sources.Locate(first, "environments")
                : SourceLocation.InCode with { File = "<catalog>", Path = "environments" };
            return new EnvironmentResolution
            {
                Problems = [CatalogProblem.Error(where, $"unknown environment '{environment}' ({known})")],
            };
        }

        var services = catalog.Services
            .Select(s => new ServiceView(s, env.Mesh.BackendFor(s.Name), ResourceNames.ServiceRoleName(env.Name, s.Name)))
            .ToList();
        var edges = catalog.Edges
            .Where(e => e.Hostnames.ContainsKey(env.Name))
            .Select(e => new EdgeView(e, e.Hostnames[env.Name]))
            .ToList();
        var apps = catalog.BrowserApps
            .Where(a => a.Hostnames.ContainsKey(env.Name))
            .Select(a => new BrowserAppView(a, a.Hostnames[env.Name]))
            .ToList();
        var exposedRoutes = edges.SelectMany(e => e.Edge.Routes).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var clients = catalog.MachineClients.Where(c => c.Routes.Any(exposedRoutes.Contains)).ToList();
        var secrets = catalog.Secrets
            .Select(s => new SecretView(s, ResourceNames.SecretName(env.Name, s.Name), EffectiveRotationDays(s, env)))
            .ToList();

        return new EnvironmentResolution
        {
            View = new EnvironmentView
            {
                Environment = env,
                Catalog = catalog,
                Services = services,
                Edges = edges,
                BrowserApps = apps,
                MachineClients = clients,
                Secrets = secrets,
            },
            Problems = [],
        };
    }

    /// <summary>A secret's rotation period in an environment: its own, capped by the environment's maximum.</summary>
    /// <param name="secret">The secret.</param>
    /// <param name="environment">The environment.</param>
    public static int EffectiveRotationDays(CatalogSecret secret, DeploymentEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(environment);
        return environment.MaxRotationDays is { } cap ? Math.Min(secret.RotationDays, cap) : secret.RotationDays;
    }
}
