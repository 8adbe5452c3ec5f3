using IdentityFabric.Catalog;
using IdentityFabric.Components.Iam;
using IdentityFabric.Components.Topology;

namespace IdentityFabric.Components.Lattice;

/// <summary>The edge routes of one Lattice service that one catalog role's federated IAM role may invoke.</summary>
/// <param name="CatalogRole">The catalog role.</param>
/// <param name="RoleName">Its federated IAM role's name (<see cref="ResourceNames.FederatedRoleName"/>).</param>
/// <param name="RoleArn">Its federated IAM role's ARN, as the service's auth policy names it.</param>
/// <param name="Routes">The service's routes whose auth policy statement admits that role, ordered by route id.</param>
public sealed record FederatedInvokeGrant(string CatalogRole, string RoleName, string RoleArn, IReadOnlyList<IngressRoute> Routes);

/// <summary>
/// The identity side of Lattice authorization: IAM requires the caller's own policies to allow
/// <c>vpc-lattice-svcs:Invoke</c> as well as the service's auth policy. A service's role names each callee by its exact
/// service ARN; the ingress role and the federated roles, whose reach grows with the catalog's routes, get one grant
/// bounded by the environment's service network, and the auth policies decide their routes.
/// </summary>
public static class LatticeIdentityPolicies
{
    /// <summary>The inline policy that lets a caller invoke one callee, on every path.</summary>
    /// <param name="calleeArn">The callee's Lattice service ARN.</param>
    public static IamPolicyDocument InvokeCallee(string calleeArn) =>
        new IamPolicyDocument().Add(new IamStatement("InvokeCatalogCallee", [LatticeAuthPolicies.InvokeAction], [LatticeAuthPolicies.AllRequests(calleeArn)]));

    /// <summary>The condition key holding the service network a request travels through.</summary>
    public const string ServiceNetworkConditionKey = "vpc-lattice-svcs:ServiceNetworkArn";

    /// <summary>
    /// The one Lattice grant of the ingress role and of each federated role: invoke the Lattice services of the
    /// environment's account and region that sit in its service network(s). The exact routes, methods and paths the role
    /// may send are decided by each service's auth policy (<see cref="LatticeAuthPolicies.ServicePolicy"/>), and Lattice
    /// requires both the auth policy and the caller's identity policy to allow a request, so the role can reach exactly
    /// what the auth policies grant it. The document's size does not grow with the catalog: IAM caps all inline policies
    /// of one role at 10,240 characters, which one statement per route or service would pass at about ten services for
    /// the ingress and about 35 for a federated role.
    /// </summary>
    /// <param name="environment">The environment (account and region).</param>
    /// <param name="serviceNetworkArns">The environment's service network ARNs (one, or several when sharded).</param>
    /// <exception cref="ArgumentException">No network, or a network that is not an exact ARN (a wildcard would widen the
    /// grant to every network).</exception>
    public static IamPolicyDocument NetworkInvoke(DeploymentEnvironment environment, IReadOnlyCollection<string> serviceNetworkArns)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(serviceNetworkArns);
        var networks = serviceNetworkArns.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var inexact = networks.FirstOrDefault(n => string.IsNullOrEmpty(n) || !n.StartsWith("arn:", StringComparison.Ordinal) || n.IndexOfAny(['*', '?']) >= 0);
        if (networks.Count == 0 || inexact is not null)
        {
            throw new ArgumentException($"a Lattice grant may only invoke through the environment's own service networks, named by exact ARN, not '{inexact}'", nameof(serviceNetworkArns));
        }

        var services = $"arn:aws:vpc-lattice:{environment.AwsRegion}:{environment.AwsAccountId}:service/*";
        return new IamPolicyDocument().Add(new IamStatement("InvokeThroughEnvironmentNetwork", [LatticeAuthPolicies.InvokeAction], [services])
        {
            Conditions = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>(StringComparer.Ordinal)
            {
                ["StringEquals"] = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { [ServiceNetworkConditionKey] = networks },
            },
        });
    }

    /// <summary>The identity side of the federated roles a service's auth policy admits: per catalog role, the routes
    /// whose statement names its federated role, taken from the same <see cref="ServiceGrants"/> the auth policy is
    /// written from. Empty unless the environment propagates identity through STS (alone or with assertions).</summary>
    /// <param name="grants">The service's grants.</param>
    /// <param name="environment">The environment (account, identity propagation).</param>
    /// <remarks>The federated roles of all the grants get one network-bounded grant each (<see cref="NetworkInvoke"/>): a
    /// change to one route's roles touches the service's auth policy, and adds that grant only for a role that had
    /// none.</remarks>
    public static IReadOnlyList<FederatedInvokeGrant> FederatedGrants(ServiceGrants grants, DeploymentEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(grants);
        ArgumentNullException.ThrowIfNull(environment);
        if (environment.IdentityPropagation is not (IdentityPropagation.Sts or IdentityPropagation.Both))
        {
            return [];
        }

        var routesByRole = new SortedDictionary<string, List<IngressRoute>>(StringComparer.Ordinal);
        foreach (var grant in grants.Routes)
        {
            foreach (var role in grant.Route.AllowedRoles.Distinct(StringComparer.Ordinal))
            {
                // Only where the auth policy admits the role's federated role: the two sides come from one decision.
                if (!grant.FederatedRoleArns.Contains(LatticePrincipals.FederatedRoleArn(environment, role), StringComparer.Ordinal))
                {
                    continue;
                }

                if (!routesByRole.TryGetValue(role, out var routes))
                {
                    routes = [];
                    routesByRole[role] = routes;
                }

                routes.Add(grant.Route);
            }
        }

        return routesByRole
            .Select(pair => new FederatedInvokeGrant(
                pair.Key,
                ResourceNames.FederatedRoleName(environment.Name, pair.Key),
                LatticePrincipals.FederatedRoleArn(environment, pair.Key),
                pair.Value.OrderBy(r => r.RouteId, StringComparer.Ordinal).ToList()))
            .ToList();
    }
}
