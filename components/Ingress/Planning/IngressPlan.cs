using IdentityFabric.Catalog;

namespace IdentityFabric.Components.Ingress;

/// <summary>Where the ingress proxy sends one edge route.</summary>
public enum ProxyBackend
{
    /// <summary>The App Mesh virtual gateway (mTLS with the edge's client certificate; the gateway routes match the
    /// same header rules again).</summary>
    AppMesh,

    /// <summary>The route's VPC Lattice service, over HTTPS to its Lattice DNS name, signed with SigV4.</summary>
    Lattice,
}

/// <summary>Who signs a request the proxy sends to Lattice.</summary>
public enum LatticeSigner
{
    /// <summary>Not a Lattice route.</summary>
    None,

    /// <summary>The proxy signs with the ingress role (a public route, or the assertion carries the identity).</summary>
    Ingress,

    /// <summary>The proxy signs with the ingress role unless the edge already signed with the caller's federated role
    /// (<c>identityPropagation: both</c>): an edge signature is forwarded as is.</summary>
    IngressUnlessEdgeSigned,

    /// <summary>The edge signed with the caller's federated role (<c>identityPropagation: sts</c>); the proxy forwards
    /// that signature and never signs.</summary>
    Edge,
}

/// <summary>One route of the ingress proxy: an edge route, the header rules a request must meet, and where it goes.</summary>
/// <param name="RouteId">The edge route's id.</param>
/// <param name="Hostname">The edge hostname it is served on (the request's <c>x-forwarded-host</c>).</param>
/// <param name="Path">The path pattern.</param>
/// <param name="Match">Exact or prefix.</param>
/// <param name="Methods">Allowed methods, ordered; empty allows every method.</param>
/// <param name="Service">The target service.</param>
/// <param name="Backend">The mesh backend the service runs on.</param>
/// <param name="Signer">Who signs a Lattice request.</param>
/// <param name="Headers">The header conditions (all must hold), as the gateway routes state them.</param>
public sealed record ProxyRoute(
    string RouteId,
    string Hostname,
    string Path,
    PathMatch Match,
    IReadOnlyList<string> Methods,
    string Service,
    ProxyBackend Backend,
    LatticeSigner Signer,
    IReadOnlyList<HeaderRequirement> Headers);

/// <summary>What the ingress of one environment is made of, as plain values.</summary>
/// <param name="Environment">The environment name.</param>
/// <param name="Hostname">The ingress hostname inside the zone (the Worker's origin host).</param>
/// <param name="TunnelName">The Cloudflare Tunnel's name.</param>
/// <param name="RoleName">The ingress role's name.</param>
/// <param name="TokenSecretName">The Secrets Manager secret holding the tunnel token.</param>
/// <param name="ConfigParameterPath">The SSM path under which the proxy configuration's parts are stored.</param>
/// <param name="Routes">The proxy routes, most specific first: every edge route of the environment, nothing else.</param>
public sealed record IngressPlan(
    string Environment,
    string Hostname,
    string TunnelName,
    string RoleName,
    string TokenSecretName,
    string ConfigParameterPath,
    IReadOnlyList<ProxyRoute> Routes)
{
    /// <summary>The origin the Worker forwards to: <c>https://{hostname}</c>.</summary>
    public string OriginUrl => "https://" + Hostname;

    /// <summary>The DNS record's target: the tunnel's own name under <c>cfargotunnel.com</c>.</summary>
    /// <param name="tunnelId">The tunnel's id.</param>
    public static string TunnelTarget(string tunnelId) => $"{tunnelId}.cfargotunnel.com";
}
