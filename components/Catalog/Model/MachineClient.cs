namespace IdentityFabric.Catalog;

/// <summary>A non-human caller holding a Cloudflare Access service token.</summary>
public sealed record MachineClient
{
    /// <summary>Catalog name.</summary>
    public required string Name { get; init; }

    /// <summary>The route ids (see <see cref="EdgeRoute.Id"/>) this client may call.</summary>
    public required IReadOnlyList<string> Routes { get; init; }

    /// <summary>Lifetime of the service token.</summary>
    public required TimeSpan TokenDuration { get; init; }

    /// <summary>Rotate the token this many days after issue; shorter than <see cref="TokenDuration"/>, so the old
    /// token is still valid while callers switch.</summary>
    public required int RotationDays { get; init; }

    /// <summary>Where the client was declared.</summary>
    public required SourceLocation Location { get; init; }
}
