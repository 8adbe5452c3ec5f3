namespace IdentityFabric.Assertions.AspNetCore;

/// <summary>
/// Claim types of the principal built from a verified assertion. Short JWT-style names, so
/// <c>User.Identity.Name</c> is the subject and <c>User.IsInRole</c> reads the roles.
/// </summary>
public static class FabricClaimTypes
{
    /// <summary>The authentication type of the principal's identity.</summary>
    public const string AuthenticationType = "FabricAssertion";

    /// <summary>The caller's subject; also the identity's name claim.</summary>
    public const string Subject = "sub";

    /// <summary>One claim per role; also the identity's role claim type.</summary>
    public const string Role = "role";

    /// <summary>The caller's email, when the edge had one.</summary>
    public const string Email = "email";

    /// <summary>The kind of caller: <c>user</c> or <c>machine</c>.</summary>
    public const string PrincipalKind = "fabric_principal";

    /// <summary>The identity provider that verified a user (absent for machine clients).</summary>
    public const string IdentityProvider = "fabric_idp";

    /// <summary>The id of the key that signed the assertion.</summary>
    public const string KeyId = "fabric_kid";
}
