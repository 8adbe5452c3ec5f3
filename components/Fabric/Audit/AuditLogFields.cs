namespace IdentityFabric.Components.Audit;

/// <summary>One field of an access record.</summary>
/// <param name="Key">The JSON key.</param>
/// <param name="Meaning">What the value is.</param>
public sealed record AuditField(string Key, string Meaning);

/// <summary>
/// The fields every mesh access record carries, whichever backend writes it: who called (the asserted identity and
/// the caller's certificate), what (method, host, path without query), the outcome, and the ids that join the
/// record to the edge's log line and to every other hop (request id, W3C trace context, X-Ray trace id).
/// </summary>
/// <remarks>
/// Deliberately absent: the assertion's signature, any token or cookie, the query string (it can carry
/// credentials), and the caller's email (personal data; the subject identifies the caller). The trace id key is
/// <c>traceId</c> holding the X-Ray form, the name VPC Lattice uses in its own access logs, so one Logs Insights
/// query reads both backends.
/// </remarks>
public static class AuditLogFields
{
    /// <summary>When the request started.</summary>
    public const string StartTime = "startTime";

    /// <summary>The mesh object that wrote the record (a virtual node or the ingress gateway).</summary>
    public const string Hop = "hop";

    /// <summary>The HTTP method.</summary>
    public const string RequestMethod = "requestMethod";

    /// <summary>The Host (authority) the hop received.</summary>
    public const string RequestHost = "requestHost";

    /// <summary>The path, without the query string.</summary>
    public const string RequestPath = "requestPath";

    /// <summary>The HTTP protocol version.</summary>
    public const string RequestProtocol = "requestProtocol";

    /// <summary>The response status.</summary>
    public const string ResponseCode = "responseCode";

    /// <summary>Proxy-level reasons for a failure (e.g. no healthy upstream, timeout).</summary>
    public const string ResponseFlags = "responseFlags";

    /// <summary>Total duration in milliseconds.</summary>
    public const string Duration = "duration";

    /// <summary>Request body bytes received.</summary>
    public const string BytesReceived = "bytesReceived";

    /// <summary>Response body bytes sent.</summary>
    public const string BytesSent = "bytesSent";

    /// <summary>The upstream the request was sent to.</summary>
    public const string UpstreamHost = "upstreamHost";

    /// <summary>The URI SAN of the caller's mTLS certificate (its SPIFFE id with SDS certificates).</summary>
    public const string CallerCertificateUri = "callerCertificateUri";

    /// <summary>The subject of the caller's mTLS certificate.</summary>
    public const string CallerCertificateSubject = "callerCertificateSubject";

    /// <summary>The edge's request id.</summary>
    public const string RequestId = "requestId";

    /// <summary>The W3C traceparent (its trace id is the edge log's <c>traceId</c>).</summary>
    public const string TraceParent = "traceparent";

    /// <summary>The X-Ray trace header (Root=1-8hex-24hex, the same trace id split).</summary>
    public const string TraceId = "traceId";

    /// <summary>The hostname the client asked the edge for.</summary>
    public const string ForwardedHost = "forwardedHost";

    /// <summary>The asserted subject (verified by the service; a forged one is rejected there and shows as 401).</summary>
    public const string Subject = "fabricSubject";

    /// <summary>The asserted roles.</summary>
    public const string Roles = "fabricRoles";

    /// <summary>The id of the key that signed the assertion (not the key, not the signature).</summary>
    public const string KeyId = "fabricKeyId";

    /// <summary>The assertion's signing time.</summary>
    public const string AssertionTimestamp = "fabricTimestamp";

    /// <summary>The client's user agent.</summary>
    public const string UserAgent = "userAgent";

    /// <summary>Every field, in record order.</summary>
    public static IReadOnlyList<AuditField> All { get; } =
    [
        new(StartTime, "request start time"),
        new(Hop, "the mesh object that wrote the record"),
        new(RequestMethod, "HTTP method"),
        new(RequestHost, "Host received"),
        new(RequestPath, "path without query"),
        new(RequestProtocol, "HTTP protocol"),
        new(ResponseCode, "response status"),
        new(ResponseFlags, "proxy failure reasons"),
        new(Duration, "duration, ms"),
        new(BytesReceived, "request bytes"),
        new(BytesSent, "response bytes"),
        new(UpstreamHost, "upstream address"),
        new(CallerCertificateUri, "caller certificate URI SAN"),
        new(CallerCertificateSubject, "caller certificate subject"),
        new(RequestId, "edge request id"),
        new(TraceParent, "W3C traceparent"),
        new(TraceId, "X-Ray trace header"),
        new(ForwardedHost, "edge hostname"),
        new(Subject, "asserted subject"),
        new(Roles, "asserted roles"),
        new(KeyId, "assertion key id"),
        new(AssertionTimestamp, "assertion signing time"),
        new(UserAgent, "client user agent"),
    ];
}
