namespace IdentityFabric.Catalog;

/// <summary>The whole identity catalog: every declaration from every loaded file, in file order.</summary>
public sealed record IdentityCatalog
{
    /// <summary>Identity providers whose tokens the edge accepts.</summary>
    public required IReadOnlyList<IdentityProvider> IdentityProviders { get; init; }

    /// <summary>Roles and their IdP groups.</summary>
    public required IReadOnlyList<Role> Roles { get; init; }

    /// <summary>Services in the mesh.</summary>
    public required IReadOnlyList<Service> Services { get; init; }

    /// <summary>Edge entry points and their routes.</summary>
    public required IReadOnlyList<EdgeEntryPoint> Edges { get; init; }

    /// <summary>Browser applications behind Cloudflare Access.</summary>
    public required IReadOnlyList<BrowserApp> BrowserApps { get; init; }

    /// <summary>Machine clients holding Access service tokens.</summary>
    public required IReadOnlyList<MachineClient> MachineClients { get; init; }

    /// <summary>Secrets and their rotation.</summary>
    public required IReadOnlyList<CatalogSecret> Secrets { get; init; }

    /// <summary>The environments the catalog deploys to.</summary>
    public required IReadOnlyList<DeploymentEnvironment> Environments { get; init; }

    /// <summary>Locations of every field read from YAML, for pointing at a precise <c>file:line:col</c>.</summary>
    public SourceMap Sources { get; init; } = SourceMap.Empty;

    /// <summary>Every route of every edge entry point.</summary>
    public IEnumerable<EdgeRoute> AllRoutes => Edges.SelectMany(e => e.Routes);
}
