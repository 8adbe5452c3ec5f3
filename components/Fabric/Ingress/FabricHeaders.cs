namespace IdentityFabric.Components.Ingress;

/// <summary>
/// The header names that cross the edge-to-mesh boundary: the signed identity assertion of
/// <c>contracts/identity-assertion.md</c> (§1) and the request and trace headers the edge Worker always sets.
/// Names are lower case, as the signer writes them; matching is case-insensitive on the wire.
/// </summary>
public static class FabricHeaders
{
    /// <summary>The assertion version (<c>1</c>).</summary>
    public const string Version = "x-fabric-version";

    /// <summary>The verified caller's subject.</summary>
    public const string Subject = "x-fabric-subject";

    /// <summary>The verified caller's catalog roles: sorted, comma-joined, no spaces; absent when the caller has none.</summary>
    public const string Roles = "x-fabric-roles";

    /// <summary>The caller's email, only when the token carried one (personal data: never logged).</summary>
    public const string Email = "x-fabric-email";

    /// <summary>The signing time, unix seconds.</summary>
    public const string Timestamp = "x-fabric-timestamp";

    /// <summary>The id of the key that made the signature.</summary>
    public const string KeyId = "x-fabric-key-id";

    /// <summary>The HMAC over the canonical string (never logged).</summary>
    public const string Signature = "x-fabric-signature";

    /// <summary>The headers every signed request carries (roles and email are optional, so they are not listed).</summary>
    public static IReadOnlyList<string> RequiredAssertion { get; } = [Version, Subject, Timestamp, KeyId, Signature];

    /// <summary>The optional headers of a signed request.</summary>
    public static IReadOnlyList<string> OptionalAssertion { get; } = [Roles, Email];

    /// <summary>The W3C trace context the edge keeps or creates for every request it forwards.</summary>
    public const string TraceParent = "traceparent";

    /// <summary>The X-Ray trace header the edge derives from <see cref="TraceParent"/> (same trace id).</summary>
    public const string AmznTraceId = "x-amzn-trace-id";

    /// <summary>The request id the edge assigns to every request it forwards.</summary>
    public const string RequestId = "x-request-id";

    /// <summary>The hostname the client asked the edge for. The edge forwards every request to one origin
    /// host (the mesh ingress), and signs that host, so the edge hostname travels in this header.</summary>
    public const string ForwardedHost = "x-forwarded-host";
}
