namespace IdentityFabric.Catalog;

/// <summary>A browser application fronted by a Cloudflare Access application and policy.</summary>
public sealed record BrowserApp
{
    /// <summary>Catalog name.</summary>
    public required string Name { get; init; }

    /// <summary>The application's hostname per environment name.</summary>
    public required IReadOnlyDictionary<string, string> Hostnames { get; init; }

    /// <summary>An optional path below the hostname that the Access application covers; null covers the host.</summary>
    public string? Path { get; init; }

    /// <summary>Roles whose members may sign in; at least one.</summary>
    public required IReadOnlyList<string> AllowedRoles { get; init; }

    /// <summary>How long an Access session lasts before the user signs in again.</summary>
    public required TimeSpan SessionDuration { get; init; }

    /// <summary>Where the app was declared.</summary>
    public required SourceLocation Location { get; init; }
}
