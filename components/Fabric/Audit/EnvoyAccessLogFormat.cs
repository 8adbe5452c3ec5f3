using IdentityFabric.Assertions;
using IdentityFabric.Components.Ingress;

namespace IdentityFabric.Components.Audit;

/// <summary>
/// The JSON access-log format of an Envoy proxy (App Mesh virtual nodes and gateways): each audit field mapped to
/// an Envoy command operator. Envoy writes one JSON object per request; missing headers come out as null.
/// </summary>
public static class EnvoyAccessLogFormat
{
    /// <summary>Where Envoy writes the records: its standard output, which the container's log driver ships
    /// to the environment's access log group.</summary>
    public const string Path = "/dev/stdout";

    /// <summary>The format for one hop, as ordered (key, Envoy operator or literal) pairs.</summary>
    /// <param name="hop">The name of the node or gateway writing the records (written as a literal).</param>
    /// <exception cref="ArgumentException">A hop name with characters that Envoy would read as an operator.</exception>
    public static IReadOnlyList<KeyValuePair<string, string>> Json(string hop)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hop);
        if (hop.Contains('%', StringComparison.Ordinal))
        {
            throw new ArgumentException($"hop name '{hop}' contains '%'", nameof(hop));
        }

        var operators = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [AuditLogFields.StartTime] = "%START_TIME%",
            [AuditLogFields.Hop] = hop,
            [AuditLogFields.RequestMethod] = "%REQ(:METHOD)%",
            [AuditLogFields.RequestHost] = "%REQ(:AUTHORITY)%",
            [AuditLogFields.RequestPath] = "%REQ_WITHOUT_QUERY(X-ENVOY-ORIGINAL-PATH?:PATH)%",
            [AuditLogFields.RequestProtocol] = "%PROTOCOL%",
            [AuditLogFields.ResponseCode] = "%RESPONSE_CODE%",
            [AuditLogFields.ResponseFlags] = "%RESPONSE_FLAGS%",
            [AuditLogFields.Duration] = "%DURATION%",
            [AuditLogFields.BytesReceived] = "%BYTES_RECEIVED%",
            [AuditLogFields.BytesSent] = "%BYTES_SENT%",
            [AuditLogFields.UpstreamHost] = "%UPSTREAM_HOST%",
            [AuditLogFields.CallerCertificateUri] = "%DOWNSTREAM_PEER_URI_SAN%",
            [AuditLogFields.CallerCertificateSubject] = "%DOWNSTREAM_PEER_SUBJECT%",
            [AuditLogFields.RequestId] = Header(FabricHeaders.RequestId),
            [AuditLogFields.TraceParent] = Header(FabricHeaders.TraceParent),
            [AuditLogFields.TraceId] = Header(FabricHeaders.AmznTraceId),
            [AuditLogFields.ForwardedHost] = Header(FabricHeaders.ForwardedHost),
            [AuditLogFields.Subject] = Header(AssertionHeaders.Subject),
            [AuditLogFields.Roles] = Header(AssertionHeaders.Roles),
            [AuditLogFields.KeyId] = Header(AssertionHeaders.KeyId),
            [AuditLogFields.AssertionTimestamp] = Header(AssertionHeaders.Timestamp),
            [AuditLogFields.UserAgent] = Header("user-agent"),
        };

        return AuditLogFields.All.Select(f => KeyValuePair.Create(f.Key, operators[f.Key])).ToList();
    }

    private static string Header(string name) => $"%REQ({name.ToUpperInvariant()})%";
}
