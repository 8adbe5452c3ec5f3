namespace IdentityFabric.Components.Iam;

/// <summary>Where the services' workloads (and their Envoy sidecars) run, which decides who may assume their roles.</summary>
public enum WorkloadPlatform
{
    /// <summary>ECS tasks: the role trusts <c>ecs-tasks.amazonaws.com</c>, scoped to the environment's account.</summary>
    Ecs,

    /// <summary>EKS pods: the role trusts the cluster's OIDC provider for one service account per service.</summary>
    Eks,
}

/// <summary>How services prove who they are to IAM.</summary>
/// <param name="Platform">ECS or EKS.</param>
/// <param name="EksOidcProviderArn">The EKS cluster's IAM OIDC provider ARN (EKS only).</param>
/// <param name="EksNamespace">The Kubernetes namespace the services' service accounts live in (EKS only).</param>
public sealed record WorkloadIdentity(WorkloadPlatform Platform, string? EksOidcProviderArn = null, string EksNamespace = "identity-fabric")
{
    /// <summary>ECS tasks.</summary>
    public static WorkloadIdentity Ecs { get; } = new(WorkloadPlatform.Ecs);

    /// <summary>Parses the stack setting (<c>ecs</c> or <c>eks</c>).</summary>
    /// <param name="platform">The setting's value.</param>
    /// <param name="eksOidcProviderArn">The EKS OIDC provider ARN, required for <c>eks</c>.</param>
    /// <exception cref="ArgumentException">An unknown platform, or <c>eks</c> without a provider ARN.</exception>
    public static WorkloadIdentity Parse(string platform, string? eksOidcProviderArn) => platform switch
    {
        "ecs" => Ecs,
        "eks" when !string.IsNullOrWhiteSpace(eksOidcProviderArn) => new(WorkloadPlatform.Eks, eksOidcProviderArn),
        "eks" => throw new ArgumentException("envoyIdentity 'eks' needs eksOidcProviderArn (the cluster's IAM OIDC provider ARN)", nameof(eksOidcProviderArn)),
        _ => throw new ArgumentException($"envoyIdentity must be 'ecs' or 'eks', not '{platform}'", nameof(platform)),
    };
}
