namespace IdentityFabric.Catalog;

/// <summary>An issuer whose tokens the edge accepts: an OIDC provider or Cloudflare Access.</summary>
public sealed record IdentityProvider
{
    /// <summary>Catalog name, referenced by roles and edge entry points.</summary>
    public required string Name { get; init; }

    /// <summary>Whether this is a generic OIDC issuer or Cloudflare Access.</summary>
    public required IdentityProviderKind Kind { get; init; }

    /// <summary>The exact <c>iss</c> value tokens must carry (for Cloudflare Access, <c>https://</c> + team domain).</summary>
    public required string Issuer { get; init; }

    /// <summary>Accepted <c>aud</c> values; a token must carry at least one. May be empty for Cloudflare Access,
    /// whose audience tags are only known once the Access applications exist.</summary>
    public required IReadOnlyList<string> Audiences { get; init; }

    /// <summary>Where the issuer publishes its signing keys.</summary>
    public required string JwksUrl { get; init; }

    /// <summary>The JWS algorithms accepted for this issuer (never <c>none</c>, never HS*).</summary>
    public required IReadOnlyList<string> AllowedAlgorithms { get; init; }

    /// <summary>Tolerated clock difference when checking <c>exp</c>, <c>nbf</c> and <c>iat</c>.</summary>
    public required TimeSpan ClockSkew { get; init; }

    /// <summary>The oldest <c>iat</c> accepted, however far away <c>exp</c> is.</summary>
    public required TimeSpan MaxTokenAge { get; init; }

    /// <summary>Which claims carry the subject, the groups and the email.</summary>
    public required ClaimNames Claims { get; init; }

    /// <summary>The Cloudflare Access team domain (e.g. <c>example.cloudflareaccess.com</c>); null for OIDC.</summary>
    public string? TeamDomain { get; init; }

    /// <summary>Where the provider was declared.</summary>
    public required SourceLocation Location { get; init; }
}

/// <summary>The token claims that carry the caller's identity.</summary>
public sealed record ClaimNames
{
    /// <summary>The defaults: <c>sub</c>, <c>groups</c>, <c>email</c>.</summary>
    public static ClaimNames Default { get; } = new() { Subject = "sub", Groups = "groups", Email = "email" };

    /// <summary>The claim naming the subject.</summary>
    public required string Subject { get; init; }

    /// <summary>The claim listing the caller's IdP groups.</summary>
    public required string Groups { get; init; }

    /// <summary>The claim carrying the caller's email, where present.</summary>
    public required string Email { get; init; }
}
