namespace IdentityFabric.Assertions;

/// <summary>
/// Header names of the identity assertion (contracts/identity-assertion.md §1 and §7).
/// </summary>
public static class AssertionHeaders
{
    /// <summary>Every header whose name starts with this prefix belongs to the assertion contract.</summary>
    public const string Prefix = "x-fabric-";

    /// <summary>The format version; version 2 is the only one this library understands.</summary>
    public const string Version = "x-fabric-version";

    /// <summary>The caller's subject: <c>user:PROVIDER:SUBJECT</c> or <c>machine:NAME</c> (§1).</summary>
    public const string Subject = "x-fabric-subject";

    /// <summary>The caller's roles, sorted and comma-joined; optional (absent when the caller has none).</summary>
    public const string Roles = "x-fabric-roles";

    /// <summary>The caller's email; optional.</summary>
    public const string Email = "x-fabric-email";

    /// <summary>Signing time in unix seconds.</summary>
    public const string Timestamp = "x-fabric-timestamp";

    /// <summary>Id of the key that made the signature.</summary>
    public const string KeyId = "x-fabric-key-id";

    /// <summary>The HMAC-SHA256 signature, base64url without padding.</summary>
    public const string Signature = "x-fabric-signature";

    /// <summary>The headers every signed request carries (§1).</summary>
    public static IReadOnlyList<string> Required { get; } = [Version, Subject, Timestamp, KeyId, Signature];

    /// <summary>The headers a signed request carries only when they have a value (§1).</summary>
    public static IReadOnlyList<string> Optional { get; } = [Roles, Email];

    /// <summary>The only version value this library accepts.</summary>
    public const string CurrentVersion = "2";

    private static readonly string[] SpoofablePrefixes =
    [
        "x-amzn-oidc-",
        "x-auth-request-",
        "x-ms-client-principal",
        "x-goog-authenticated-user-",
        "x-identity-",
    ];

    private static readonly HashSet<string> SpoofableNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "x-forwarded-user", "x-forwarded-email", "x-forwarded-preferred-username", "x-forwarded-groups",
        "x-remote-user", "remote-user", "x-remote-group", "x-remote-groups",
        "x-authenticated-user", "x-authenticated-userid", "x-authenticated-email", "x-authenticated-groups",
        "x-user", "x-user-id", "x-user-email", "x-email", "x-auth-user", "x-webauth-user", "x-userinfo",
        "x-consumer-username", "x-consumer-id", "x-credential-identifier", "x-goog-iap-jwt-assertion",
        "cf-access-authenticated-user-email",
    };

    /// <summary>
    /// True for a header that some proxy or framework would take as a caller identity but that no one signed
    /// (§7). Names compare folded: in any letter case, and with <c>_</c> read as <c>-</c>, since servers that fold
    /// names hand <c>x_forwarded_user</c> to applications as <c>X-Forwarded-User</c>. The assertion's own
    /// <c>x-fabric-*</c> headers are not included, but an underscore spelling of one is: a signer never writes it.
    /// </summary>
    /// <param name="name">A header name, in any letter case.</param>
    public static bool IsForeignIdentityHeader(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = FoldName(name);
        if (SpoofableNames.Contains(folded))
        {
            return true;
        }

        if (!ReferenceEquals(folded, name) && IsFabricHeader(folded))
        {
            return true;
        }

        foreach (var prefix in SpoofablePrefixes)
        {
            if (folded.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A header name as servers that fold names read it: <c>_</c> as <c>-</c> (letter case is compared
    /// ignoring case anyway). The same instance when there is nothing to fold.</summary>
    /// <param name="name">A header name.</param>
    public static string FoldName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Contains('_', StringComparison.Ordinal) ? name.Replace('_', '-') : name;
    }

    /// <summary>True for a name that starts with <see cref="Prefix"/>, in any letter case.</summary>
    /// <param name="name">A header name.</param>
    public static bool IsFabricHeader(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);
    }
}
