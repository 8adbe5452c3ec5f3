using IdentityFabric.Catalog;
using IdentityFabric.Components.Iam;

namespace IdentityFabric.Components.Ingress;

/// <summary>The ingress role's own grants: read its tunnel token and its proxy configuration, nothing else. Fixed in
/// size whatever the catalog holds (the configuration is granted by its SSM path, not part by part).</summary>
public static class IngressPolicies
{
    /// <summary>The SSM actions that read the proxy configuration's parts.</summary>
    public static IReadOnlyList<string> ConfigActions { get; } = ["ssm:GetParameter", "ssm:GetParameters", "ssm:GetParametersByPath"];

    /// <summary>The ARN of the configuration path and of every parameter under it.</summary>
    /// <param name="environment">The environment (region and account).</param>
    /// <param name="plan">The ingress plan.</param>
    public static IReadOnlyList<string> ConfigResources(DeploymentEnvironment environment, IngressPlan plan)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(plan);
        var path = $"arn:aws:ssm:{environment.AwsRegion}:{environment.AwsAccountId}:parameter{plan.ConfigParameterPath}";
        return [path, path + "/*"];
    }

    /// <summary>The ingress role's inline policy: the tunnel token and the configuration.</summary>
    /// <param name="environment">The environment.</param>
    /// <param name="plan">The ingress plan.</param>
    /// <param name="tokenSecretArn">The token secret's ARN.</param>
    public static IamPolicyDocument ReadCredentials(DeploymentEnvironment environment, IngressPlan plan, string tokenSecretArn) =>
        new IamPolicyDocument()
            .Add(SecretReaderPolicy.ReadStatement("ReadTunnelToken", tokenSecretArn))
            .Add(new IamStatement("ReadProxyConfiguration", ConfigActions, ConfigResources(environment, plan)));
}
