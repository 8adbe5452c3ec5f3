namespace IdentityFabric.Catalog;

/// <summary>How an identity provider's tokens are issued.</summary>
public enum IdentityProviderKind
{
    /// <summary>A generic OpenID Connect issuer (<c>oidc</c>), e.g. Okta or Entra ID.</summary>
    Oidc,

    /// <summary>Cloudflare Access (<c>cloudflare-access</c>), whose JWT arrives in <c>Cf-Access-Jwt-Assertion</c>.</summary>
    CloudflareAccess,
}

/// <summary>The application protocol a service speaks on its port.</summary>
public enum ServiceProtocol
{
    /// <summary>HTTP/1.1 (<c>http</c>).</summary>
    Http,

    /// <summary>HTTP/2 (<c>http2</c>).</summary>
    Http2,

    /// <summary>gRPC (<c>grpc</c>).</summary>
    Grpc,
}

/// <summary>How an edge route's path pattern matches a request path.</summary>
public enum PathMatch
{
    /// <summary>The normalized request path equals the pattern (<c>exact</c>, the default).</summary>
    Exact,

    /// <summary>The normalized request path starts with the pattern, which ends in <c>/</c> (<c>prefix</c>).</summary>
    Prefix,
}

/// <summary>Which service mesh an environment deploys its services to.</summary>
public enum MeshBackend
{
    /// <summary>AWS App Mesh (<c>appmesh</c>), past its end of support; kept for estates still described in it.</summary>
    AppMesh,

    /// <summary>Amazon VPC Lattice (<c>lattice</c>).</summary>
    Lattice,

    /// <summary>Both side by side (<c>both</c>): migration mode, each service switched individually.</summary>
    Both,
}

/// <summary>How the verified identity travels from the edge into AWS.</summary>
public enum IdentityPropagation
{
    /// <summary>The Worker signs an identity assertion (HMAC headers) (<c>assertion</c>).</summary>
    Assertion,

    /// <summary>The Worker assumes the route's IAM role through STS and signs with SigV4 (<c>sts</c>).</summary>
    Sts,

    /// <summary>Both mechanisms are active (<c>both</c>).</summary>
    Both,
}

/// <summary>Where service mesh sidecars obtain their mTLS certificates.</summary>
public enum CertificateSource
{
    /// <summary>From an SDS provider such as SPIRE (<c>sds</c>).</summary>
    Sds,

    /// <summary>From files mounted into the sidecar (<c>file</c>).</summary>
    File,
}

/// <summary>A category of stateful resources that an environment protects from deletion.</summary>
public enum ProtectedResourceKind
{
    /// <summary>Secrets Manager secrets (<c>secrets</c>).</summary>
    Secrets,

    /// <summary>Workers KV namespaces (<c>kv</c>).</summary>
    Kv,

    /// <summary>The mesh or service network itself (<c>mesh</c>).</summary>
    Mesh,

    /// <summary>Zero Trust Access applications and service tokens (<c>access</c>).</summary>
    Access,

    /// <summary>IAM roles and identity providers (<c>iam</c>).</summary>
    Iam,
}

/// <summary>How serious a catalog problem is.</summary>
public enum ProblemSeverity
{
    /// <summary>The catalog cannot be used; nothing may be deployed from it.</summary>
    Error,

    /// <summary>The catalog is usable but something deserves a second look.</summary>
    Warning,
}
