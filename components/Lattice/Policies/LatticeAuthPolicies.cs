using System.Text;
using IdentityFabric.Catalog;
using IdentityFabric.Components.Iam;
using IdentityFabric.Components.Topology;

namespace IdentityFabric.Components.Lattice;

/// <summary>Who may invoke one edge route of a Lattice service, and as which IAM principals.</summary>
/// <param name="Route">The edge route.</param>
/// <param name="IngressMaySign">Whether the ingress role may send it (signing on the edge's behalf).</param>
/// <param name="FederatedRoleArns">The federated roles of the catalog roles the route allows, ordered.</param>
public sealed record RouteGrant(IngressRoute Route, bool IngressMaySign, IReadOnlyList<string> FederatedRoleArns);

/// <summary>Everyone a Lattice service admits, derived from the catalog alone.</summary>
/// <param name="Service">The service.</param>
/// <param name="CallerRoleArns">The role ARNs of the services the catalog lets call it, ordered.</param>
/// <param name="IngressRoleArn">The ingress role's ARN.</param>
/// <param name="Routes">Its edge routes that admit at least one principal, ordered by route id.</param>
public sealed record ServiceGrants(string Service, IReadOnlyList<string> CallerRoleArns, string IngressRoleArn, IReadOnlyList<RouteGrant> Routes)
{
    /// <summary>Whether nobody may call the service (it then gets no auth policy, which Lattice treats as deny-all).</summary>
    public bool IsEmpty => CallerRoleArns.Count == 0 && Routes.Count == 0;

    /// <summary>Every principal any statement names, ordered.</summary>
    public IReadOnlyList<string> AllPrincipals => CallerRoleArns
        .Concat(Routes.Where(r => r.IngressMaySign).Select(_ => IngressRoleArn))
        .Concat(Routes.SelectMany(r => r.FederatedRoleArns))
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToList();
}

/// <summary>
/// The VPC Lattice auth policies: per service, exactly the catalog's callers on every path, and per edge route
/// the ingress and the federated roles on that route's path and methods only; for the service network, a coarse
/// gate that admits the environment's own account. Pure functions; the component only attaches the JSON.
/// </summary>
/// <remarks>
/// Lattice evaluates a request against the service network's policy and the service's policy, and IAM also
/// requires the caller's identity policy to allow <c>vpc-lattice-svcs:Invoke</c>. The exact decision lives in the
/// service policy; the network policy only keeps other accounts out. Paths are expressed in the resource ARN
/// (<c>{serviceArn}{path}</c>, with <c>*</c> after a prefix), methods in <see cref="MethodConditionKey"/>.
/// </remarks>
public static class LatticeAuthPolicies
{
    /// <summary>The one action a Lattice auth policy grants.</summary>
    public const string InvokeAction = "vpc-lattice-svcs:Invoke";

    /// <summary>The condition key holding the request's HTTP method.</summary>
    public const string MethodConditionKey = "vpc-lattice-svcs:RequestMethod";

    /// <summary>The statement admitting the catalog's callers.</summary>
    public const string CallersSid = "CatalogCallers";

    /// <summary>The statement of the service network's policy.</summary>
    public const string AccountSid = "EnvironmentAccount";

    /// <summary>Who may call <paramref name="service"/>.</summary>
    /// <param name="service">A Lattice service of the topology.</param>
    /// <param name="topology">The environment's topology (callers may run on either backend).</param>
    /// <param name="environment">The environment (account, identity propagation).</param>
    /// <remarks>
    /// The ingress may send a route's requests when the route is public (no user role exists to federate) or when
    /// the environment propagates identity with the signed assertion. Federated roles are admitted when the
    /// environment propagates identity through STS. With STS alone, a route with roles therefore admits only the
    /// federated roles of those roles: the caller's role, not a header, decides.
    /// </remarks>
    public static ServiceGrants Grants(ServiceNode service, MeshTopology topology, DeploymentEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(topology);
        ArgumentNullException.ThrowIfNull(environment);

        var callers = service.Callers
            .Select(caller => LatticePrincipals.ServiceRoleArn(environment, topology.Service(caller).IamRoleName))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

        var federate = environment.IdentityPropagation is IdentityPropagation.Sts or IdentityPropagation.Both;
        var routes = topology.RoutesTo(service.Name)
            .OrderBy(r => r.RouteId, StringComparer.Ordinal)
            .Select(route => new RouteGrant(
                route,
                route.IsPublic || environment.IdentityPropagation != IdentityPropagation.Sts,
                federate
                    ? route.AllowedRoles.Select(role => LatticePrincipals.FederatedRoleArn(environment, role))
                        .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()
                    : []))
            .Where(g => g.IngressMaySign || g.FederatedRoleArns.Count > 0)
            .ToList();

        return new ServiceGrants(service.Name, callers, LatticePrincipals.IngressRoleArn(environment), routes);
    }

    /// <summary>The auth policy of a service.</summary>
    /// <param name="grants">Who may call it (must not be empty).</param>
    /// <param name="serviceArn">The service's ARN.</param>
    /// <exception cref="ArgumentException">Empty grants, a malformed ARN, or a route path with an IAM wildcard.</exception>
    public static IamPolicyDocument ServicePolicy(ServiceGrants grants, string serviceArn)
    {
        ArgumentNullException.ThrowIfNull(grants);
        if (grants.IsEmpty)
        {
            throw new ArgumentException($"nobody may call '{grants.Service}'; it needs no auth policy", nameof(grants));
        }

        var document = new IamPolicyDocument();
        if (grants.CallerRoleArns.Count > 0)
        {
            document.Add(new IamStatement(CallersSid, [InvokeAction], [AllRequests(serviceArn)])
            {
                Principals = Aws(grants.CallerRoleArns),
            });
        }

        var sids = RouteSids(grants.Routes.Select(r => r.Route.RouteId));
        foreach (var grant in grants.Routes)
        {
            var principals = grant.FederatedRoleArns.ToList();
            if (grant.IngressMaySign)
            {
                principals.Add(grants.IngressRoleArn);
            }

            document.Add(RouteStatement(sids[grant.Route.RouteId], grant.Route, serviceArn) with { Principals = Aws(principals) });
        }

        return document;
    }

    /// <summary>The service network's auth policy: the environment's account may invoke the account's Lattice
    /// services in the environment's region. No principal outside the account, and no anonymous caller.</summary>
    /// <param name="environment">The environment.</param>
    public static IamPolicyDocument NetworkPolicy(DeploymentEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var services = $"arn:aws:vpc-lattice:{environment.AwsRegion}:{environment.AwsAccountId}:service/*";
        return new IamPolicyDocument().Add(new IamStatement(AccountSid, [InvokeAction], [services])
        {
            Principals = Aws([LatticePrincipals.AccountPrincipal(environment.AwsAccountId)]),
        });
    }

    /// <summary>A statement (without principals) allowing one route's path and methods on a service.</summary>
    /// <param name="sid">The statement id.</param>
    /// <param name="route">The edge route.</param>
    /// <param name="serviceArn">The service's ARN.</param>
    public static IamStatement RouteStatement(string sid, IngressRoute route, string serviceArn)
    {
        ArgumentNullException.ThrowIfNull(route);
        var statement = new IamStatement(sid, [InvokeAction], [RequestResource(serviceArn, route)]);
        return route.Methods.Count == 0
            ? statement
            : statement with
            {
                Conditions = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>(StringComparer.Ordinal)
                {
                    ["StringEquals"] = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { [MethodConditionKey] = route.Methods.ToList() },
                },
            };
    }

    /// <summary>Every request to a service: <c>{serviceArn}/*</c>.</summary>
    /// <param name="serviceArn">The service's ARN.</param>
    public static string AllRequests(string serviceArn) => RequireArn(serviceArn) + "/*";

    /// <summary>The requests of one route: <c>{serviceArn}{path}</c> for an exact path, <c>{serviceArn}{path}*</c> for
    /// a prefix.</summary>
    /// <param name="serviceArn">The service's ARN.</param>
    /// <param name="route">The edge route.</param>
    /// <exception cref="ArgumentException">A path that does not start with <c>/</c>, or that holds <c>*</c> or
    /// <c>?</c> (IAM would read them as wildcards and widen the grant), or a prefix without a trailing <c>/</c>.</exception>
    public static string RequestResource(string serviceArn, IngressRoute route)
    {
        ArgumentNullException.ThrowIfNull(route);
        var path = route.Path;
        if (string.IsNullOrEmpty(path) || path[0] != '/' || path.IndexOfAny(['*', '?']) >= 0)
        {
            throw new ArgumentException($"route '{route.RouteId}' has path '{path}', which cannot be granted exactly", nameof(route));
        }

        if (route.Match == PathMatch.Prefix && !path.EndsWith('/'))
        {
            throw new ArgumentException($"prefix route '{route.RouteId}' must end with '/' so it cannot match a longer segment", nameof(route));
        }

        return RequireArn(serviceArn) + path + (route.Match == PathMatch.Prefix ? "*" : "");
    }

    /// <summary>Statement ids for routes: <c>Route</c> plus the id in Pascal case (IAM allows only letters and
    /// digits); ids that fold to the same text get a numeric suffix in route-id order.</summary>
    /// <param name="routeIds">The route ids.</param>
    public static IReadOnlyDictionary<string, string> RouteSids(IEnumerable<string> routeIds)
    {
        ArgumentNullException.ThrowIfNull(routeIds);
        var sids = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in routeIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var sid = "Route" + Pascal(id);
            var candidate = sid;
            for (var n = 2; !taken.Add(candidate); n++)
            {
                candidate = sid + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            sids[id] = candidate;
        }

        return sids;
    }

    private static string Pascal(string id)
    {
        var text = new StringBuilder();
        var upper = true;
        foreach (var c in id)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                upper = true;
                continue;
            }

            text.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return text.ToString();
    }

    private static Dictionary<string, IReadOnlyList<string>> Aws(IEnumerable<string> principals)
    {
        var list = principals.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var wildcard = list.FirstOrDefault(p => !LatticePrincipals.IsExact(p));
        if (wildcard is not null)
        {
            throw new ArgumentException($"'{wildcard}' is not an exact principal", nameof(principals));
        }

        return new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { ["AWS"] = list };
    }

    private static string RequireArn(string serviceArn)
    {
        if (string.IsNullOrEmpty(serviceArn) || !serviceArn.StartsWith("arn:", StringComparison.Ordinal) || serviceArn.IndexOfAny(['*', '?']) >= 0)
        {
            throw new ArgumentException($"'{serviceArn}' is not a service ARN", nameof(serviceArn));
        }

        return serviceArn;
    }
}
