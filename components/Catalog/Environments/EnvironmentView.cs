namespace IdentityFabric.Catalog;

/// <summary>
/// The catalog as one environment sees it: what the stack of that environment deploys. Hostnames are resolved,
/// edges and apps without a hostname here are left out, and secret rotation includes the environment's cap.
/// </summary>
public sealed record EnvironmentView
{
    /// <summary>The environment.</summary>
    public required DeploymentEnvironment Environment { get; init; }

    /// <summary>The whole catalog, for lookups.</summary>
    public required IdentityCatalog Catalog { get; init; }

    /// <summary>Environment name (shortcut for <c>Environment.Name</c>).</summary>
    public string Name => Environment.Name;

    /// <summary>Identity providers (all of them; they do not vary by environment).</summary>
    public IReadOnlyList<IdentityProvider> IdentityProviders => Catalog.IdentityProviders;

    /// <summary>Roles (all of them).</summary>
    public IReadOnlyList<Role> Roles => Catalog.Roles;

    /// <summary>Services with the mesh backend each one runs on here.</summary>
    public required IReadOnlyList<ServiceView> Services { get; init; }

    /// <summary>Edge entry points exposed in this environment, with their hostname here.</summary>
    public required IReadOnlyList<EdgeView> Edges { get; init; }

    /// <summary>Browser apps exposed in this environment, with their hostname here.</summary>
    public required IReadOnlyList<BrowserAppView> BrowserApps { get; init; }

    /// <summary>Machine clients whose routes exist in this environment (at least one of them).</summary>
    public required IReadOnlyList<MachineClient> MachineClients { get; init; }

    /// <summary>Secrets with their Secrets Manager name and effective rotation here.</summary>
    public required IReadOnlyList<SecretView> Secrets { get; init; }

    /// <summary>Every route exposed in this environment, with the hostname it is served on.</summary>
    public IEnumerable<(EdgeView Edge, EdgeRoute Route)> Routes => Edges.SelectMany(e => e.Edge.Routes.Select(r => (e, r)));
}

/// <summary>A service in one environment.</summary>
/// <param name="Service">The catalog service.</param>
/// <param name="Backend">The mesh backend it runs on here (never <see cref="MeshBackend.Both"/>).</param>
/// <param name="RoleName">Its IAM role name here.</param>
public sealed record ServiceView(Service Service, MeshBackend Backend, string RoleName);

/// <summary>An edge entry point in one environment.</summary>
/// <param name="Edge">The catalog entry point.</param>
/// <param name="Hostname">Its hostname here.</param>
public sealed record EdgeView(EdgeEntryPoint Edge, string Hostname);

/// <summary>A browser app in one environment.</summary>
/// <param name="App">The catalog app.</param>
/// <param name="Hostname">Its hostname here.</param>
public sealed record BrowserAppView(BrowserApp App, string Hostname)
{
    /// <summary>The Access application domain: hostname plus the app's path, if any.</summary>
    public string Domain => App.Path is { Length: > 0 } path ? Hostname + path : Hostname;
}

/// <summary>A secret in one environment.</summary>
/// <param name="Secret">The catalog secret.</param>
/// <param name="SecretName">Its Secrets Manager name here.</param>
/// <param name="RotationDays">Its rotation period here: the catalog's, capped by the environment's maximum.</param>
public sealed record SecretView(CatalogSecret Secret, string SecretName, int RotationDays);

/// <summary>The outcome of resolving an environment: the view, or the problems that prevented it.</summary>
public sealed record EnvironmentResolution
{
    /// <summary>The view; null when the environment is unknown.</summary>
    public EnvironmentView? View { get; init; }

    /// <summary>Problems found while resolving (an unknown environment is an error).</summary>
    public required IReadOnlyList<CatalogProblem> Problems { get; init; }

    /// <summary>Whether any error was found.</summary>
    public bool HasErrors => Problems.Any(p => p.IsError);

    /// <summary>The view, or an exception listing the errors.</summary>
    /// <exception cref="CatalogException">The environment could not be resolved.</exception>
    public EnvironmentView GetView() =>
        !HasErrors && View is { } view ? view : throw new CatalogException(Problems.Where(p => p.IsError).ToList());
}
