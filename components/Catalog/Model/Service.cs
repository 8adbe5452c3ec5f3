namespace IdentityFabric.Catalog;

/// <summary>A workload inside the mesh, with the services it may call and the secrets it may read.</summary>
public sealed record Service
{
    /// <summary>Catalog name; cloud object names are derived from it (see <see cref="ResourceNames"/>).</summary>
    public required string Name { get; init; }

    /// <summary>The protocol on <see cref="Port"/>.</summary>
    public required ServiceProtocol Protocol { get; init; }

    /// <summary>The listener port, 1–65535.</summary>
    public required int Port { get; init; }

    /// <summary>How the mesh decides the service is healthy.</summary>
    public required HealthCheck HealthCheck { get; init; }

    /// <summary>Names of the services this one may call; everything else is denied.</summary>
    public required IReadOnlyList<string> Calls { get; init; }

    /// <summary>Names of the catalog secrets this service may read.</summary>
    public required IReadOnlyList<string> Secrets { get; init; }

    /// <summary>Per-request timeout for calls to this service; null uses the backend's default.</summary>
    public TimeSpan? RequestTimeout { get; init; }

    /// <summary>Retry policy for calls to this service; null means no retries.</summary>
    public RetryPolicy? Retries { get; init; }

    /// <summary>Whether the service handles personal data (routes to it deserve care).</summary>
    public bool HandlesPersonalData { get; init; }

    /// <summary>Where the service was declared.</summary>
    public required SourceLocation Location { get; init; }
}

/// <summary>An active health check against a service's listener.</summary>
public sealed record HealthCheck
{
    /// <summary>The HTTP path probed; null for gRPC services, which use the gRPC health protocol.</summary>
    public string? Path { get; init; }

    /// <summary>Time between probes (App Mesh accepts 5 s to 300 s).</summary>
    public required TimeSpan Interval { get; init; }

    /// <summary>Time a probe may take (App Mesh accepts 2 s to 60 s); shorter than the interval.</summary>
    public required TimeSpan Timeout { get; init; }

    /// <summary>Consecutive successes before the target is healthy (2–10).</summary>
    public required int HealthyThreshold { get; init; }

    /// <summary>Consecutive failures before the target is unhealthy (2–10).</summary>
    public required int UnhealthyThreshold { get; init; }

    /// <summary>Where the health check was declared.</summary>
    public required SourceLocation Location { get; init; }
}

/// <summary>Retries on failed calls to a service.</summary>
public sealed record RetryPolicy
{
    /// <summary>Maximum retries after the first attempt (1–10).</summary>
    public required int MaxRetries { get; init; }

    /// <summary>Timeout of each attempt.</summary>
    public required TimeSpan PerTryTimeout { get; init; }

    /// <summary>Where the retry policy was declared.</summary>
    public required SourceLocation Location { get; init; }
}
