using IdentityFabric.Catalog;

namespace IdentityFabric.AppMesh.Planning;

/// <summary>
/// The few App Mesh names that <see cref="ResourceNames"/> does not derive, built the same way and checked against
/// the same limits.
/// </summary>
public static class AppMeshNames
{
    /// <summary>The workload name of the ingress gateway: its role key, SPIFFE path and service account.</summary>
    public const string GatewayWorkload = ResourceNames.AppMeshGatewayWorkloadName;

    /// <summary>The backend label in audit log names.</summary>
    public const string Backend = "appmesh";

    /// <summary>The inline policy every Envoy role carries.</summary>
    public const string RolePolicyName = "envoy-mesh-access";

    /// <summary>The catch-all route of a service's virtual router: <c>{service}-route-{env}</c>.</summary>
    /// <param name="service">Service name.</param>
    /// <param name="environment">Environment name.</param>
    public static string RouteName(string service, string environment) => $"{service}-route-{environment}";

    /// <summary>The IAM role of the ingress gateway's Envoy: <c>{env}-ingress-gateway-envoy</c>.</summary>
    /// <param name="environment">Environment name.</param>
    public static string GatewayRoleName(string environment) => ResourceNames.ServiceRoleName(environment, GatewayWorkload);

    /// <summary>The URL the ingress proxy reaches the virtual gateway at: <c>https://ingress-gateway.{env}.mesh.local:{port}</c>,
    /// the name the gateway's Envoy tasks register under (the same DNS scheme as the services' virtual nodes). The
    /// gateway's listener requires mTLS with the edge's client certificate, which the ingress task presents.</summary>
    /// <param name="environment">Environment name.</param>
    /// <param name="port">The gateway's listener port.</param>
    public static string GatewayUrl(string environment, int port) =>
        $"https://{GatewayWorkload}.{environment}.mesh.local:{port.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>Whether a virtual service name fits App Mesh: 1–255 characters of a DNS-style name.</summary>
    /// <param name="name">The candidate.</param>
    public static bool IsValidVirtualServiceName(string name) =>
        name.Length is >= 1 and <= ResourceNames.AppMeshNameMax
        && name.Split('.').All(label => label.Length is >= 1 and <= 63
            && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            && label[0] != '-' && label[^1] != '-');
}
