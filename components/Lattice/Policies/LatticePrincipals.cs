using System.Text.RegularExpressions;
using IdentityFabric.Catalog;
using IdentityFabric.Components.Ingress;

namespace IdentityFabric.Components.Lattice;

/// <summary>
/// The IAM principals that VPC Lattice auth policies name. Every one is an exact role ARN computed from the
/// catalog (or, for the service network's coarse gate, the environment's account), never a wildcard, so a
/// policy can only ever admit identities the catalog knows.
/// </summary>
public static partial class LatticePrincipals
{
    /// <summary>The pseudo-service name the ingress runs under (<see cref="IngressIdentity.WorkloadName"/>, the same
    /// for both backends); its role is <see cref="ResourceNames.ServiceRoleName"/> of this name, so it can never collide
    /// with the App Mesh gateway's or a catalog service's role unless a service takes this name (which is refused).</summary>
    public const string IngressName = IngressIdentity.WorkloadName;

    /// <summary>The role the ingress (cloudflared and its SigV4-signing proxy) runs as; created by the mesh-neutral
    /// ingress component.</summary>
    /// <param name="environment">Environment name.</param>
    public static string IngressRoleName(string environment) => IngressIdentity.RoleName(environment);

    /// <summary>The ARN of a role in an account: <c>arn:aws:iam::{account}:role/{name}</c>.</summary>
    /// <param name="accountId">A 12-digit AWS account id.</param>
    /// <param name="roleName">A valid IAM role name (no wildcard can pass its character set).</param>
    /// <exception cref="ArgumentException">An account id that is not 12 digits, or an invalid role name.</exception>
    public static string RoleArn(string accountId, string roleName)
    {
        RequireAccount(accountId);
        if (roleName is null || !ResourceNames.IsValidIamRoleName(roleName))
        {
            throw new ArgumentException($"'{roleName}' is not an IAM role name", nameof(roleName));
        }

        return $"arn:aws:iam::{accountId}:role/{roleName}";
    }

    /// <summary>The role ARN of a catalog service (whichever backend it runs on).</summary>
    /// <param name="environment">The environment.</param>
    /// <param name="roleName">The service's role name from the topology.</param>
    public static string ServiceRoleArn(DeploymentEnvironment environment, string roleName)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return RoleArn(environment.AwsAccountId, roleName);
    }

    /// <summary>The role ARN of the ingress.</summary>
    /// <param name="environment">The environment.</param>
    public static string IngressRoleArn(DeploymentEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return RoleArn(environment.AwsAccountId, IngressRoleName(environment.Name));
    }

    /// <summary>The role ARN the edge assumes through STS for a catalog role.</summary>
    /// <param name="environment">The environment.</param>
    /// <param name="catalogRole">The catalog role name.</param>
    public static string FederatedRoleArn(DeploymentEnvironment environment, string catalogRole)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return RoleArn(environment.AwsAccountId, ResourceNames.FederatedRoleName(environment.Name, catalogRole));
    }

    /// <summary>The environment's account as a principal (<c>arn:aws:iam::{account}:root</c>): every IAM
    /// identity of that account whose own policies also allow the call, and nobody outside it.</summary>
    /// <param name="accountId">A 12-digit AWS account id.</param>
    public static string AccountPrincipal(string accountId)
    {
        RequireAccount(accountId);
        return $"arn:aws:iam::{accountId}:root";
    }

    /// <summary>Whether a principal is one these functions produce: an exact role ARN or an account root.</summary>
    /// <param name="principal">The candidate.</param>
    public static bool IsExact(string principal) => principal is not null && ExactPrincipal().IsMatch(principal);

    private static void RequireAccount(string accountId)
    {
        if (accountId is null || !AccountId().IsMatch(accountId))
        {
            throw new ArgumentException($"'{accountId}' is not a 12-digit AWS account id", nameof(accountId));
        }
    }

    [GeneratedRegex(@"^[0-9]{12}\z", RegexOptions.CultureInvariant)]
    private static partial Regex AccountId();

    [GeneratedRegex(@"^arn:aws:iam::[0-9]{12}:(root|role/[A-Za-z0-9+=,.@_-]{1,64})\z", RegexOptions.CultureInvariant)]
    private static partial Regex ExactPrincipal();
}
