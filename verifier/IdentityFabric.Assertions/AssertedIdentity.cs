namespace IdentityFabric.Assertions;

/// <summary>
/// The caller identity that a valid assertion carries.
/// </summary>
/// <param name="Subject">The caller's subject.</param>
/// <param name="Roles">The caller's roles, in canonical (ordinal) order.</param>
/// <param name="Email">The caller's email, when the edge had one.</param>
/// <param name="KeyId">The id of the key that signed the assertion.</param>
/// <param name="IssuedAt">When the edge signed the assertion.</param>
public sealed record AssertedIdentity(
    string Subject,
    IReadOnlyList<string> Roles,
    string? Email,
    string KeyId,
    DateTimeOffset IssuedAt);
