using IdentityFabric.Assertions;

namespace IdentityFabric.Components.Ingress;

/// <summary>
/// The request and trace headers the edge Worker always sets on what it forwards to the mesh. The signed identity
/// assertion's own headers (<c>contracts/identity-assertion.md</c> §1) are <see cref="AssertionHeaders"/>, from the
/// verifier library the services use. Names are lower case, as the edge writes them; matching is case-insensitive
/// on the wire.
/// </summary>
public static class FabricHeaders
{
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
