using IdentityFabric.Components.Audit;

namespace IdentityFabric.Components.Lattice;

/// <summary>
/// The Logs Insights query that follows one trace through an environment whose services run on VPC Lattice (and, while
/// migrating, partly on App Mesh). Lattice writes its own access record per request, with the caller's IAM principal,
/// the service, the auth decision and the X-Ray trace header as <c>traceId</c>; App Mesh records (see
/// <see cref="EnvoyAccessLogFormat"/>) carry the same <c>traceId</c> plus the W3C <c>traceparent</c>. The query reads
/// both shapes and matches either id against the edge log's trace id.
/// </summary>
public static class LatticeAuditQuery
{
    /// <summary>The backend segment of the audit names (<see cref="AuditLogNames"/>).</summary>
    public const string Backend = "lattice";

    /// <summary>The App Mesh backend's segment, for the joined view while migrating.</summary>
    public const string AppMeshBackend = "appmesh";

    /// <summary>The query text; replace <see cref="TraceQuery.Placeholder"/> with a 32-hex-digit trace id.</summary>
    public static string FollowOneTrace() => string.Join('\n',
        "fields @timestamp, coalesce(serviceArn, " + AuditLogFields.Hop + ") as hop, requestMethod, coalesce(hostHeader, "
            + AuditLogFields.ForwardedHost + ") as host, requestPath, responseCode, duration, coalesce(callerPrincipal, "
            + AuditLogFields.Subject + ") as caller, authDeniedReason, failureReason, " + AuditLogFields.TraceParent + ", " + AuditLogFields.TraceId,
        $"| parse {AuditLogFields.TraceParent} /^00-(?<w3cTraceId>[0-9a-f]{{32}})-/",
        $"| parse {AuditLogFields.TraceId} /Root=1-(?<xrayEpoch>[0-9a-f]{{8}})-(?<xrayRandom>[0-9a-f]{{24}})/",
        $"| filter w3cTraceId = \"{TraceQuery.Placeholder}\" or concat(xrayEpoch, xrayRandom) = \"{TraceQuery.Placeholder}\"",
        "| sort @timestamp asc",
        "| limit 1000");

    /// <summary>The log groups the query reads: Lattice's, plus App Mesh's while services remain there.</summary>
    /// <param name="environment">Environment name.</param>
    /// <param name="includeAppMesh">Whether some services of the environment still run on App Mesh.</param>
    public static IReadOnlyList<string> LogGroups(string environment, bool includeAppMesh) => includeAppMesh
        ? [AuditLogNames.AccessLogGroup(environment, Backend), AuditLogNames.AccessLogGroup(environment, AppMeshBackend)]
        : [AuditLogNames.AccessLogGroup(environment, Backend)];

    /// <summary>A retention CloudWatch accepts.</summary>
    /// <param name="days">The environment's retention.</param>
    /// <exception cref="ArgumentException">A value CloudWatch Logs rejects (or none: never-expire is not allowed here).</exception>
    public static int Retention(int days) => AuditLogNames.RetentionDays.Contains(days)
        ? days
        : throw new ArgumentException($"{days} is not a CloudWatch Logs retention period", nameof(days));
}
