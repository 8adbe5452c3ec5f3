using IdentityFabric.Catalog;
using IdentityFabric.Components.Topology;

namespace IdentityFabric.Components.Lattice;

/// <summary>A Lattice target group for one service.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Type">The target type (<c>IP</c>).</param>
/// <param name="Port">The port targets listen on.</param>
/// <param name="Protocol">The protocol Lattice speaks to targets (<c>HTTP</c>).</param>
/// <param name="ProtocolVersion"><c>HTTP1</c>, <c>HTTP2</c> or <c>GRPC</c>.</param>
/// <param name="HealthCheck">The active health check, or null when Lattice cannot run the catalog's check.</param>
public sealed record TargetGroupSpec(string Name, string Type, int Port, string Protocol, string ProtocolVersion, HealthCheckSpec? HealthCheck);

/// <summary>A Lattice health check.</summary>
/// <param name="Path">The path probed.</param>
/// <param name="IntervalSeconds">Seconds between probes (5–300).</param>
/// <param name="TimeoutSeconds">Seconds a probe may take (1–120).</param>
/// <param name="HealthyThreshold">Successes before healthy (2–10).</param>
/// <param name="UnhealthyThreshold">Failures before unhealthy (2–10).</param>
/// <param name="ProtocolVersion"><c>HTTP1</c> or <c>HTTP2</c>.</param>
/// <param name="Matcher">The status codes counted as healthy.</param>
public sealed record HealthCheckSpec(string Path, int IntervalSeconds, int TimeoutSeconds, int HealthyThreshold, int UnhealthyThreshold, string ProtocolVersion, string Matcher);

/// <summary>
/// The target group of a Lattice service, from its catalog protocol, port and health check.
/// </summary>
/// <remarks>
/// <para>Type <c>IP</c>: the catalog's workloads are ECS tasks or EKS pods (see <c>envoyIdentity</c>), and both register
/// their task or pod addresses with a Lattice IP target group (ECS natively, EKS through the AWS Gateway API
/// controller). <c>INSTANCE</c> would bind a service to hosts, <c>ALB</c> would put a second load balancer in the path,
/// and <c>LAMBDA</c> does not fit long-running services.</para>
/// <para>Protocol <c>HTTP</c> to the targets: clients reach Lattice over HTTPS (the listener), Lattice reaches the
/// workload inside the VPC on the catalog's plain port, so workloads hold no certificate. The protocol version follows
/// the catalog: <c>http</c> → <c>HTTP1</c>, <c>http2</c> → <c>HTTP2</c>, <c>grpc</c> → <c>GRPC</c>.</para>
/// <para>Lattice health checks speak HTTP/1.1 or HTTP/2, not the gRPC health protocol, so a gRPC service (whose catalog
/// check has no path) gets none here; its platform health check (ECS container check or Kubernetes probe with the gRPC
/// health protocol) replaces failing tasks, which leave the target group.</para>
/// </remarks>
public static class LatticeTargetGroups
{
    /// <summary>The target type.</summary>
    public const string TargetType = "IP";

    /// <summary>The status codes a health check accepts.</summary>
    public const string HealthyCodes = "200-299";

    /// <summary>The target group of <paramref name="service"/>.</summary>
    /// <param name="service">A service.</param>
    /// <param name="environment">The environment name.</param>
    /// <exception cref="ArgumentException">A health check outside Lattice's ranges.</exception>
    public static TargetGroupSpec For(ServiceNode service, string environment)
    {
        ArgumentNullException.ThrowIfNull(service);
        var version = ProtocolVersion(service.Protocol);
        HealthCheckSpec? check = null;
        if (service.Protocol != ServiceProtocol.Grpc && service.HealthCheck.Path is { Length: > 0 } path)
        {
            var interval = WholeSeconds(service.HealthCheck.Interval);
            var timeout = WholeSeconds(service.HealthCheck.Timeout);
            if (interval is < 5 or > 300 || timeout is < 1 or > 120)
            {
                throw new ArgumentException($"service '{service.Name}': a Lattice health check needs an interval of 5-300 s and a timeout of 1-120 s", nameof(service));
            }

            check = new HealthCheckSpec(path, interval, timeout, service.HealthCheck.HealthyThreshold, service.HealthCheck.UnhealthyThreshold, version, HealthyCodes);
        }

        return new TargetGroupSpec(ResourceNames.LatticeTargetGroupName(service.Name, environment), TargetType, service.Port, "HTTP", version, check);
    }

    /// <summary>The Lattice protocol version of a catalog protocol.</summary>
    /// <param name="protocol">The catalog protocol.</param>
    public static string ProtocolVersion(ServiceProtocol protocol) => protocol switch
    {
        ServiceProtocol.Http => "HTTP1",
        ServiceProtocol.Http2 => "HTTP2",
        ServiceProtocol.Grpc => "GRPC",
        _ => throw new ArgumentOutOfRangeException(nameof(protocol), protocol, "unknown protocol"),
    };

    private static int WholeSeconds(TimeSpan duration) => (int)Math.Ceiling(duration.TotalSeconds);
}
