namespace IdentityFabric.Catalog;

/// <summary>A role: the unit of authorization at the edge, mapped to IdP groups.</summary>
public sealed record Role
{
    /// <summary>Catalog name, referenced by routes, browser apps and IAM federation.</summary>
    public required string Name { get; init; }

    /// <summary>What holding the role means, for people reading the catalog.</summary>
    public required string Description { get; init; }

    /// <summary>IdP groups whose members hold the role; at least one.</summary>
    public required IReadOnlyList<string> IdpGroups { get; init; }

    /// <summary>The identity provider whose groups these are; null means every provider.</summary>
    public string? Provider { get; init; }

    /// <summary>Where the role was declared.</summary>
    public required SourceLocation Location { get; init; }
}
