using IdentityFabric.Catalog;
using IdentityFabric.Components.Iam;
using IdentityFabric.Components.Topology;

namespace IdentityFabric.Components.Identity;

/// <summary>One service's identity: its IAM role and the secrets that role may read, whatever mesh it runs on.</summary>
/// <param name="Service">The catalog service.</param>
/// <param name="RoleName">The role's IAM name (<see cref="ResourceNames.ServiceRoleName"/>).</param>
/// <param name="Description">The role's description.</param>
/// <param name="TrustPolicy">Who may assume the role (<see cref="ServiceIdentityPolicies.TrustPolicy"/>).</param>
/// <param name="Secrets">The catalog names of the secrets it reads, ordered; empty means no secrets policy.</param>
public sealed record ServiceIdentitySpec(
    string Service,
    string RoleName,
    string Description,
    string TrustPolicy,
    IReadOnlyList<string> Secrets);

/// <summary>
/// The mesh-neutral identities of an environment: one per catalog service, on either backend. A service's backend
/// does not enter here, so switching a service between App Mesh and Lattice leaves its identity as it was.
/// </summary>
public static class ServiceIdentityPlanner
{
    /// <summary>The IAM name of the inline policy that lets a role read its own secrets.</summary>
    public const string SecretsPolicyName = "read-own-secrets";

    /// <summary>The component label in the tags of the identities' resources.</summary>
    public const string TagComponent = "identity";

    /// <summary>The logical name of a service's role: <c>{component}-{service}-role</c>.</summary>
    /// <param name="component">The <see cref="ServiceIdentities"/> component's name.</param>
    /// <param name="service">The catalog service.</param>
    public static string RoleLogicalName(string component, string service) => $"{component}-{service}-role";

    /// <summary>The logical name of a service's secrets policy: <c>{component}-{service}-secrets</c>.</summary>
    /// <param name="component">The <see cref="ServiceIdentities"/> component's name.</param>
    /// <param name="service">The catalog service.</param>
    public static string SecretsLogicalName(string component, string service) => $"{component}-{service}-secrets";

    /// <summary>The identity of every service of the topology, ordered by service name.</summary>
    /// <param name="view">The environment view.</param>
    /// <param name="topology">The environment's topology (every catalog service, either backend).</param>
    /// <param name="workload">Where the services run, which decides the trust policy.</param>
    /// <exception cref="ArgumentException">A topology of another environment.</exception>
    public static IReadOnlyList<ServiceIdentitySpec> Plan(EnvironmentView view, MeshTopology topology, WorkloadIdentity workload)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(topology);
        ArgumentNullException.ThrowIfNull(workload);
        if (!string.Equals(view.Name, topology.Environment, StringComparison.Ordinal))
        {
            throw new ArgumentException($"the topology is of environment '{topology.Environment}', not '{view.Name}'", nameof(topology));
        }

        var environment = view.Environment;
        return topology.Services
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => new ServiceIdentitySpec(
                s.Name,
                ResourceNames.ServiceRoleName(environment.Name, s.Name),
                $"The identity of service '{s.Name}' in {environment.Name}: it reads its own secrets; its mesh backend grants what it may reach.",
                ServiceIdentityPolicies.TrustPolicy(workload, environment.AwsAccountId, s.Name),
                s.Secrets.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()))
            .ToList();
    }

    /// <summary>The inline policy that lets a role read exactly the given secrets; null when there are none.</summary>
    /// <param name="secretArns">The ARNs of the service's own secrets.</param>
    /// <exception cref="ArgumentException">A value that is not one ARN without a wildcard.</exception>
    public static string? ReadOwnSecretsDocument(IReadOnlyCollection<string> secretArns)
    {
        ArgumentNullException.ThrowIfNull(secretArns);
        foreach (var arn in secretArns)
        {
            IamArns.RequireSingle(arn, nameof(secretArns));
        }

        return ServiceIdentityPolicies.ReadOwnSecrets(secretArns) is { } statement
            ? new IamPolicyDocument().Add(statement).ToJson()
            : null;
    }
}
