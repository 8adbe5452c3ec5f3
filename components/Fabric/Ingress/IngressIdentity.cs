using IdentityFabric.Catalog;

namespace IdentityFabric.Components.Ingress;

/// <summary>
/// Who the mesh ingress is, whatever the backend: the workload that runs cloudflared and the ingress proxy under one
/// IAM role. Its name is fixed here so every component that names the ingress (the ingress component that creates the
/// role, the Lattice auth policies that admit it) derives the same ARN.
/// </summary>
public static class IngressIdentity
{
    /// <summary>The ingress's workload name: its role key, ECS task family suffix and Kubernetes service account. A
    /// catalog service may not take it.</summary>
    public const string WorkloadName = ResourceNames.IngressWorkloadName;

    /// <summary>Where the ingress proxy listens inside the ingress task; cloudflared hands every tunnel request to it.</summary>
    public const string ProxyOrigin = "http://127.0.0.1:10000";

    /// <summary>The ingress role's name: <c>{env}-edge-ingress-envoy</c>.</summary>
    /// <param name="environment">Environment name.</param>
    public static string RoleName(string environment) => ResourceNames.ServiceRoleName(environment, WorkloadName);

    /// <summary>The ingress role's ARN.</summary>
    /// <param name="environment">The environment.</param>
    public static string RoleArn(DeploymentEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return $"arn:aws:iam::{environment.AwsAccountId}:role/{RoleName(environment.Name)}";
    }
}
