using IdentityFabric.Catalog;
using IdentityFabric.Components.Ingress;
using IdentityFabric.Components.Routing;
using IdentityFabric.Components.Topology;

namespace IdentityFabric.AppMesh.Planning;

/// <summary>How the App Mesh backend finds service instances.</summary>
public enum MeshServiceDiscovery
{
    /// <summary>DNS (the default): each node resolves <c>{service}.{env}.mesh.local</c>; works unchanged with ECS
    /// service discovery and with Kubernetes DNS, and needs no namespace in this component.</summary>
    Dns,

    /// <summary>AWS Cloud Map: namespace <c>{env}.mesh.local</c>, service named after the catalog service.</summary>
    CloudMap,
}

/// <summary>The choices of an App Mesh deployment that the catalog does not make.</summary>
/// <param name="CertificateSource">Where sidecars get their certificates.</param>
/// <param name="TrustDomain">The SPIFFE trust domain.</param>
/// <param name="Discovery">DNS or Cloud Map.</param>
/// <param name="GatewayPort">The ingress gateway's listener port.</param>
/// <param name="EdgeClientSans">SANs the edge's client certificate must carry at the gateway; empty trusts any
/// certificate from the edge CA.</param>
public sealed record AppMeshSettings(
    CertificateSource CertificateSource,
    string TrustDomain,
    MeshServiceDiscovery Discovery,
    int GatewayPort,
    IReadOnlyList<string> EdgeClientSans);

/// <summary>Everything the App Mesh backend creates for one environment, as plain values.</summary>
/// <param name="Environment">The environment name.</param>
/// <param name="MeshName">The mesh.</param>
/// <param name="Certificates">Certificate locations and SANs.</param>
/// <param name="Nodes">One per App Mesh service, ordered by name.</param>
/// <param name="Gateway">The ingress gateway and its routes.</param>
/// <param name="LogGroupName">The environment's access log group.</param>
/// <param name="TraceQueryName">The saved trace query.</param>
public sealed record AppMeshPlan(
    string Environment,
    string MeshName,
    MeshCertificates Certificates,
    IReadOnlyList<NodePlan> Nodes,
    GatewayPlan Gateway,
    string LogGroupName,
    string TraceQueryName);

/// <summary>One service's node, router, route and virtual service.</summary>
/// <param name="Service">The service.</param>
/// <param name="NodeName">Virtual node name.</param>
/// <param name="RouterName">Virtual router name.</param>
/// <param name="RouteName">Route name.</param>
/// <param name="VirtualServiceName">Virtual service name (also its DNS name).</param>
/// <param name="Identity">The SAN of its certificate.</param>
/// <param name="Backends">Exactly the callees on App Mesh, ordered.</param>
/// <param name="AllowedClientSans">The SANs its listener accepts: its App Mesh callers, plus the gateway when an
/// edge route reaches it; only its own SAN when nobody may call it.</param>
/// <param name="LatticeCallees">Callees that run on Lattice (not App Mesh backends; reached through Lattice).</param>
/// <param name="Calls">Timeout and retries of calls to this service.</param>
/// <param name="Discovery">How its instances are found.</param>
public sealed record NodePlan(
    ServiceNode Service,
    string NodeName,
    string RouterName,
    string RouteName,
    string VirtualServiceName,
    string Identity,
    IReadOnlyList<BackendPlan> Backends,
    IReadOnlyList<string> AllowedClientSans,
    IReadOnlyList<string> LatticeCallees,
    CallPolicy Calls,
    DiscoveryPlan Discovery);

/// <summary>One backend of a node: a callee's virtual service and the SAN its certificate must carry.</summary>
/// <param name="Service">The callee.</param>
/// <param name="VirtualServiceName">Its virtual service.</param>
/// <param name="Identity">Its SAN.</param>
public sealed record BackendPlan(string Service, string VirtualServiceName, string Identity);

/// <summary>How a node's instances are found: a DNS hostname, or a Cloud Map namespace and service.</summary>
/// <param name="DnsHostname">The hostname (DNS discovery).</param>
/// <param name="CloudMapNamespace">The namespace (Cloud Map discovery).</param>
/// <param name="CloudMapService">The service (Cloud Map discovery).</param>
public sealed record DiscoveryPlan(string? DnsHostname, string? CloudMapNamespace, string? CloudMapService);

/// <summary>The ingress gateway.</summary>
/// <param name="Name">Virtual gateway name.</param>
/// <param name="RoleName">Its Envoy's IAM role.</param>
/// <param name="Port">Its listener port.</param>
/// <param name="Identity">The SAN of its certificate (the mesh's view of it).</param>
/// <param name="BackendSans">The SANs it accepts from the services it forwards to.</param>
/// <param name="Routes">One per edge route whose service runs on App Mesh, most specific first. Pulumi.Aws 7.x
/// has no gateway route priority; App Mesh orders gateway routes by the length of their match, longest first,
/// which is this same order.</param>
public sealed record GatewayPlan(
    string Name,
    string RoleName,
    int Port,
    string Identity,
    IReadOnlyList<string> BackendSans,
    IReadOnlyList<GatewayRoutePlan> Routes);

/// <summary>One gateway route.</summary>
/// <param name="Route">The edge route.</param>
/// <param name="Name">Gateway route name.</param>
/// <param name="TargetVirtualServiceName">The target service's virtual service.</param>
/// <param name="Headers">The header conditions a request must meet.</param>
public sealed record GatewayRoutePlan(
    IngressRoute Route,
    string Name,
    string TargetVirtualServiceName,
    IReadOnlyList<HeaderRequirement> Headers);
