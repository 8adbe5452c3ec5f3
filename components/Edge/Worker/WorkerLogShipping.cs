namespace IdentityFabric.Components.Edge.Worker;

/// <summary>
/// How the edge Worker's logs leave Cloudflare: Workers observability (Workers Logs) for every Worker, and, where a
/// destination is configured, a Logpush job over the <c>workers_trace_events</c> dataset. The Worker's audit record
/// is its own structured <c>console</c> lines (request id, trace id, route, decision, reason code, subject or its
/// keyed hash), which travel in the <c>Logs</c> field.
/// </summary>
public static class WorkerLogShipping
{
    /// <summary>The Logpush dataset of Worker invocations.</summary>
    public const string Dataset = "workers_trace_events";

    /// <summary>The share of invocations Workers observability keeps: all of them, as an audit trail must.</summary>
    public const double HeadSamplingRate = 1.0;

    /// <summary>
    /// The <c>workers_trace_events</c> fields the job ships, in order. <c>Event</c> is left out on purpose: it
    /// describes the source request (URL with its query string, request details), where a caller's token can sit
    /// (<c>?access_token=</c>, an <c>Authorization</c> or <c>Cf-Access-Jwt-Assertion</c> header). The Worker's own
    /// log lines carry the normalized path and never a token.
    /// </summary>
    public static IReadOnlyList<string> Fields { get; } =
    [
        "EventTimestampMs",
        "EventType",
        "Outcome",
        "ScriptName",
        "ScriptVersion",
        "CPUTimeMs",
        "WallTimeMs",
        "Exceptions",
        "Logs",
    ];

    /// <summary>Fields of the dataset that can carry request content, so no job ships them.</summary>
    public static IReadOnlyList<string> RequestFields { get; } = ["Event"];

    /// <summary>Whether any route exposed in this environment targets a service that handles personal data, so
    /// the Worker needs <c>LOG_SUBJECT_KEY</c> to log its callers as keyed hashes.</summary>
    /// <param name="view">The environment view.</param>
    public static bool HasPersonalDataRoutes(IdentityFabric.Catalog.EnvironmentView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var personal = view.Services.Where(s => s.Service.HandlesPersonalData).Select(s => s.Service.Name).ToHashSet(StringComparer.Ordinal);
        return view.Routes.Any(r => personal.Contains(r.Route.Service));
    }
}
