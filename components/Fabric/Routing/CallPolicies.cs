using IdentityFabric.Components.Topology;

namespace IdentityFabric.Components.Routing;

/// <summary>How calls to one service are bounded: its per-request timeout and its retries.</summary>
/// <param name="PerRequestTimeout">The whole request's timeout; null keeps the backend's default.</param>
/// <param name="Retries">The retry plan; null means no retries.</param>
public sealed record CallPolicy(TimeSpan? PerRequestTimeout, RetryPlan? Retries);

/// <summary>Retries on failed calls, with the failures that may be retried.</summary>
/// <param name="MaxRetries">Retries after the first attempt.</param>
/// <param name="PerTryTimeout">Timeout of each attempt.</param>
/// <param name="HttpEvents">HTTP failures retried (Envoy/App Mesh event names).</param>
/// <param name="TcpEvents">Connection failures retried.</param>
/// <param name="GrpcEvents">gRPC statuses retried (gRPC services only; empty otherwise).</param>
public sealed record RetryPlan(
    int MaxRetries,
    TimeSpan PerTryTimeout,
    IReadOnlyList<string> HttpEvents,
    IReadOnlyList<string> TcpEvents,
    IReadOnlyList<string> GrpcEvents);

/// <summary>
/// Turns a service's catalog timeout and retries into the call policy both backends apply to calls to it.
/// </summary>
/// <remarks>
/// Only failures where the request most likely never reached the application are retried: a gateway error
/// (502, 503, 504 from a proxy), a connection failure, or gRPC <c>unavailable</c>. A plain 500 is not retried,
/// because a non-idempotent call (a refund, an order) may already have taken effect.
/// </remarks>
public static class CallPolicies
{
    /// <summary>HTTP events retried.</summary>
    public static IReadOnlyList<string> RetriedHttpEvents { get; } = ["gateway-error"];

    /// <summary>TCP events retried.</summary>
    public static IReadOnlyList<string> RetriedTcpEvents { get; } = ["connection-error"];

    /// <summary>gRPC events retried.</summary>
    public static IReadOnlyList<string> RetriedGrpcEvents { get; } = ["unavailable"];

    /// <summary>The policy for calls to <paramref name="callee"/>.</summary>
    /// <param name="callee">The called service.</param>
    public static CallPolicy For(ServiceNode callee)
    {
        ArgumentNullException.ThrowIfNull(callee);
        RetryPlan? retries = null;
        if (callee.Retries is { } catalogRetries)
        {
            // An attempt can never outlast the whole request.
            var perTry = callee.RequestTimeout is { } whole && catalogRetries.PerTryTimeout > whole ? whole : catalogRetries.PerTryTimeout;
            retries = new RetryPlan(
                catalogRetries.MaxRetries,
                perTry,
                RetriedHttpEvents,
                RetriedTcpEvents,
                callee.Protocol == Catalog.ServiceProtocol.Grpc ? RetriedGrpcEvents : []);
        }

        return new CallPolicy(callee.RequestTimeout, retries);
    }

    /// <summary>A duration in whole milliseconds (rounded up, at least 1), the unit both backends accept.</summary>
    /// <param name="duration">A positive duration.</param>
    public static int Milliseconds(TimeSpan duration)
    {
        if (duration <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "a duration must be positive");
        }

        return (int)Math.Ceiling(duration.TotalMilliseconds);
    }
}
