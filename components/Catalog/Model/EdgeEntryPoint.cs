namespace IdentityFabric.Catalog;

/// <summary>A hostname served by the edge Worker, with the routes it exposes.</summary>
public sealed record EdgeEntryPoint
{
    /// <summary>Catalog name.</summary>
    public required string Name { get; init; }

    /// <summary>The hostname per environment name; an environment without an entry does not expose this edge.</summary>
    public required IReadOnlyDictionary<string, string> Hostnames { get; init; }

    /// <summary>Identity providers whose tokens this entry point accepts; empty means all of them.</summary>
    public required IReadOnlyList<string> Providers { get; init; }

    /// <summary>The routes, in catalog order (their <see cref="EdgeRoute.Id"/> is the stable key).</summary>
    public required IReadOnlyList<EdgeRoute> Routes { get; init; }

    /// <summary>Where the entry point was declared.</summary>
    public required SourceLocation Location { get; init; }
}

/// <summary>One path pattern of an edge entry point: who may use it and which service it reaches.</summary>
public sealed record EdgeRoute
{
    /// <summary>The stable identifier (the explicit <c>id</c>, else the name); unique across the catalog, so
    /// reordering the YAML changes nothing downstream.</summary>
    public required string Id { get; init; }

    /// <summary>Human-readable name.</summary>
    public required string Name { get; init; }

    /// <summary>The path pattern as written (starts with <c>/</c>; prefix patterns end with <c>/</c>).</summary>
    public required string Path { get; init; }

    /// <summary>Whether <see cref="Path"/> is an exact path or a prefix.</summary>
    public required PathMatch Match { get; init; }

    /// <summary>Upper-case HTTP methods the route allows; empty means every method.</summary>
    public required IReadOnlyList<string> Methods { get; init; }

    /// <summary>The service the route forwards to.</summary>
    public required string Service { get; init; }

    /// <summary>Roles allowed to use the route; empty only when <see cref="IsPublic"/>.</summary>
    public required IReadOnlyList<string> AllowedRoles { get; init; }

    /// <summary>Whether the route is explicitly open to anonymous callers (<c>public: true</c>).</summary>
    public required bool IsPublic { get; init; }

    /// <summary>Where the route was declared.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>Whether the route allows every HTTP method.</summary>
    public bool AllowsAnyMethod => Methods.Count == 0;
}
