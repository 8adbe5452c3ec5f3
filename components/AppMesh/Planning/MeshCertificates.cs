using IdentityFabric.Catalog;

namespace IdentityFabric.AppMesh.Planning;

/// <summary>
/// Where each Envoy finds its mTLS certificate, the trust it validates peers against, and the subject alternative
/// name (SAN) each workload's certificate carries.
/// </summary>
/// <remarks>
/// <para><b>SDS</b> (SPIRE): certificates are SPIFFE SVIDs named <c>spiffe://{trust domain}/{workload}</c>, the trust
/// bundle is the trust domain's (<c>spiffe://{trust domain}</c>), and peers are validated by their SPIFFE id (a URI
/// SAN): the identity SPIRE attests, not a name anyone can put in DNS.</para>
/// <para><b>File</b>: each sidecar mounts its own certificate and key and the mesh CA under
/// <see cref="CertificateDirectory"/>; peers are validated by DNS SAN, the workload's virtual service name
/// (<c>{workload}.{env}.mesh.local</c>), so whoever issues the files must put exactly that name in them.</para>
/// <para>The ingress gateway is the workload <see cref="AppMeshNames.GatewayWorkload"/>. Its listener faces the edge
/// (not the mesh), so it trusts the edge's client CA from <see cref="EdgeClientTrustFile"/> in both modes.</para>
/// </remarks>
/// <param name="Source">SDS or files.</param>
/// <param name="TrustDomain">The SPIFFE trust domain (SDS).</param>
/// <param name="Environment">The environment name (file SANs).</param>
public sealed record MeshCertificates(CertificateSource Source, string TrustDomain, string Environment)
{
    /// <summary>The folder the certificate files are mounted in.</summary>
    public const string CertificateDirectory = "/etc/mesh/certs";

    /// <summary>The sidecar's certificate chain (file mode).</summary>
    public const string CertificateChainFile = CertificateDirectory + "/cert.pem";

    /// <summary>The sidecar's private key (file mode).</summary>
    public const string PrivateKeyFile = CertificateDirectory + "/key.pem";

    /// <summary>The mesh CA that signs every workload's certificate (file mode).</summary>
    public const string MeshTrustFile = CertificateDirectory + "/ca.pem";

    /// <summary>The CA of the client certificate the edge presents to the ingress gateway.</summary>
    public const string EdgeClientTrustFile = CertificateDirectory + "/edge-ca.pem";

    /// <summary>The SDS secret of a workload's own certificate (SDS mode).</summary>
    /// <param name="workload">A service name or <see cref="AppMeshNames.GatewayWorkload"/>.</param>
    public string SdsCertificate(string workload) => $"spiffe://{TrustDomain}/{workload}";

    /// <summary>The SDS secret of the trust bundle (SDS mode).</summary>
    public string SdsTrustBundle => $"spiffe://{TrustDomain}";

    /// <summary>The SAN a workload's certificate carries, which its peers validate.</summary>
    /// <param name="workload">A service name or <see cref="AppMeshNames.GatewayWorkload"/>.</param>
    public string SubjectAlternativeName(string workload) => Source == CertificateSource.Sds
        ? SdsCertificate(workload)
        : ResourceNames.VirtualServiceName(workload, Environment);

    /// <summary>The default trust domain of an environment: <c>{env}.identity-fabric.internal</c>.</summary>
    /// <param name="environment">Environment name.</param>
    public static string DefaultTrustDomain(string environment) => $"{environment}.{ResourceNames.Prefix}.internal";
}
