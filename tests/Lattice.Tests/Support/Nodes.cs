using IdentityFabric.Catalog;
using IdentityFabric.Components.Topology;

namespace IdentityFabric.Lattice.Tests.Support;

/// <summary>Hand-built topology pieces for cases the example catalog does not hold.</summary>
internal static class Nodes
{
    public static HealthCheck Check(string? path = "/healthz", int intervalSeconds = 10, int timeoutSeconds = 2) => new()
    {
        Path = path,
        Interval = TimeSpan.FromSeconds(intervalSeconds),
        Timeout = TimeSpan.FromSeconds(timeoutSeconds),
        HealthyThreshold = 2,
        UnhealthyThreshold = 3,
        Location = SourceLocation.InCode,
    };

    public static ServiceNode Service(
        string name,
        IReadOnlyList<string>? calls = null,
        IReadOnlyList<string>? callers = null,
        string? roleName = null,
        ServiceProtocol protocol = ServiceProtocol.Http,
        HealthCheck? check = null) =>
        new(name, protocol, 8080, check ?? Check(), calls ?? [], callers ?? [], [], MeshBackend.Lattice, roleName ?? $"test-{name}-envoy", null, null);

    public static IngressRoute Route(string id, string service, string path, PathMatch match = PathMatch.Prefix, IReadOnlyList<string>? methods = null, IReadOnlyList<string>? roles = null) =>
        new(id, "api.test.example.com", path, match, methods ?? [], service, roles ?? [], roles is null or { Count: 0 });
}
