using IdentityFabric.Components.Iam;

namespace IdentityFabric.Components.Lattice;

/// <summary>
/// The identity side of Lattice authorization: IAM requires the caller's own policies to allow
/// <c>vpc-lattice-svcs:Invoke</c> as well as the service's auth policy. Each grant names exact service ARNs
/// and mirrors the auth policy statement it pairs with, so neither side is wider than the other.
/// </summary>
public static class LatticeIdentityPolicies
{
    /// <summary>The inline policy that lets a caller invoke one callee, on every path.</summary>
    /// <param name="calleeArn">The callee's Lattice service ARN.</param>
    public static IamPolicyDocument InvokeCallee(string calleeArn) =>
        new IamPolicyDocument().Add(new IamStatement("InvokeCatalogCallee", [LatticeAuthPolicies.InvokeAction], [LatticeAuthPolicies.AllRequests(calleeArn)]));

    /// <summary>The inline policy that lets the ingress invoke the edge routes of one service that it may sign for,
    /// each on its own path and methods; null when it may sign for none.</summary>
    /// <param name="grants">The service's grants.</param>
    /// <param name="serviceArn">The service's ARN.</param>
    public static IamPolicyDocument? IngressInvoke(ServiceGrants grants, string serviceArn)
    {
        ArgumentNullException.ThrowIfNull(grants);
        var routes = grants.Routes.Where(r => r.IngressMaySign).ToList();
        if (routes.Count == 0)
        {
            return null;
        }

        var sids = LatticeAuthPolicies.RouteSids(routes.Select(r => r.Route.RouteId));
        var document = new IamPolicyDocument();
        foreach (var grant in routes)
        {
            document.Add(LatticeAuthPolicies.RouteStatement(sids[grant.Route.RouteId], grant.Route, serviceArn));
        }

        return document;
    }
}
