namespace IdentityFabric.Assertions;

/// <summary>
/// The caller identity that a valid assertion carries.
/// </summary>
/// <param name="Subject">The caller's subject as signed: <c>user:PROVIDER:SUBJECT</c> or <c>machine:NAME</c>, so
/// callers of different identity providers and machine clients never share one. Key on it whole.</param>
/// <param name="Roles">The caller's roles, in canonical (ordinal) order.</param>
/// <param name="Email">The caller's email, when the edge had one.</param>
/// <param name="KeyId">The id of the key that signed the assertion.</param>
/// <param name="IssuedAt">When the edge signed the assertion.</param>
public sealed record AssertedIdentity(
    string Subject,
    IReadOnlyList<string> Roles,
    string? Email,
    string KeyId,
    DateTimeOffset IssuedAt)
{
    /// <summary>The subject's parts: who the caller is, and which identity provider vouched for a user.</summary>
    public required AssertedPrincipal Principal { get; init; }
}

/// <summary>What kind of caller an assertion names.</summary>
public enum PrincipalKind
{
    /// <summary>A person (or a token holder) verified by one of the edge's identity providers.</summary>
    User,

    /// <summary>A machine client of the catalog, by its catalog name (a Cloudflare Access service token).</summary>
    Machine,
}

/// <summary>The parts of an assertion's subject (contracts/identity-assertion.md §1).</summary>
/// <param name="Kind">User or machine.</param>
/// <param name="Provider">The identity provider's catalog name, for users; null for machine clients.</param>
/// <param name="Name">The provider's own subject for a user; the catalog name of a machine client.</param>
public sealed record AssertedPrincipal(PrincipalKind Kind, string? Provider, string Name);
