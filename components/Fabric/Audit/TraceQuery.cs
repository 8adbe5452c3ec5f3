namespace IdentityFabric.Components.Audit;

/// <summary>
/// The CloudWatch Logs Insights query that follows one trace through the mesh: every access record whose W3C
/// trace id, or whose X-Ray trace id with its hyphen removed, equals the edge log's <c>traceId</c>, oldest first.
/// Saved as a query definition; whoever runs it replaces <see cref="Placeholder"/> with the trace id.
/// </summary>
/// <remarks>
/// Both ids are read because a hop may carry only one of them: the edge sends both, Envoy's X-Ray tracer keeps the
/// X-Ray root, and an application may or may not pass <c>traceparent</c> on. The edge derives the X-Ray root from
/// the W3C trace id (<c>Root=1-{first 8 hex}-{last 24 hex}</c>), so the two compare equal after the split is undone.
/// </remarks>
public static class TraceQuery
{
    /// <summary>The text to replace with a 32-hex-digit trace id before running the query.</summary>
    public const string Placeholder = "REPLACE_WITH_TRACE_ID";

    /// <summary>The query text.</summary>
    public static string FollowOneTrace() => string.Join('\n',
        $"fields @timestamp, {AuditLogFields.Hop}, {AuditLogFields.RequestMethod}, {AuditLogFields.ForwardedHost}, {AuditLogFields.RequestPath}, "
            + $"{AuditLogFields.ResponseCode}, {AuditLogFields.ResponseFlags}, {AuditLogFields.Duration}, {AuditLogFields.Subject}, {AuditLogFields.Roles}, "
            + $"{AuditLogFields.KeyId}, {AuditLogFields.CallerCertificateUri}, {AuditLogFields.RequestId}, {AuditLogFields.TraceParent}, {AuditLogFields.TraceId}",
        $"| parse {AuditLogFields.TraceParent} /^00-(?<w3cTraceId>[0-9a-f]{{32}})-/",
        $"| parse {AuditLogFields.TraceId} /Root=1-(?<xrayEpoch>[0-9a-f]{{8}})-(?<xrayRandom>[0-9a-f]{{24}})/",
        $"| filter w3cTraceId = \"{Placeholder}\" or concat(xrayEpoch, xrayRandom) = \"{Placeholder}\"",
        "| sort @timestamp asc",
        "| limit 1000");
}
