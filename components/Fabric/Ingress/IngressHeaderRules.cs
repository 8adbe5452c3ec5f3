using System.Text;
using System.Text.RegularExpressions;
using IdentityFabric.Assertions;
using IdentityFabric.Components.Topology;

namespace IdentityFabric.Components.Ingress;

/// <summary>
/// Which requests a mesh ingress may let through for one edge route, stated as header conditions that either
/// backend turns into its own match syntax. The ingress cannot check an HMAC; it only refuses requests that
/// could not have come from the edge for that route. The signature itself is checked by the service, with the
/// verifier library, against the keys it shares with the edge.
/// </summary>
/// <remarks>
/// What the edge sends (see <c>workers-js/src/index.js</c> and <c>contracts/identity-assertion.md</c>):
/// <list type="bullet">
/// <item>Every forwarded request carries <c>x-request-id</c>, <c>traceparent</c> and <c>x-forwarded-host</c>
/// (the edge hostname, since the edge forwards to one origin host and signs that host). Requiring them keeps
/// every admitted request traceable in the access logs.</item>
/// <item>A route with roles carries the signed assertion: all of its required headers must be present, and the
/// roles header (optional in the contract) must be present and list at least one role the route allows.</item>
/// <item>A public route carries no assertion: the contract has no anonymous subject, so the edge signs nothing.
/// Its ingress rule requires the signature and key id to be absent, which also keeps public and signed rules
/// disjoint where their paths overlap.</item>
/// </list>
/// </remarks>
public static partial class IngressHeaderRules
{
    /// <summary>The most header conditions an App Mesh gateway route accepts.</summary>
    public const int MaxHeaderConditions = 10;

    /// <summary>The header conditions of an edge route's ingress rule, in a fixed order.</summary>
    /// <param name="route">The edge route.</param>
    /// <exception cref="ArgumentException">A non-public route without roles, or a role name outside the catalog's syntax.</exception>
    public static IReadOnlyList<HeaderRequirement> For(IngressRoute route)
    {
        ArgumentNullException.ThrowIfNull(route);
        var requirements = new List<HeaderRequirement>
        {
            HeaderRequirement.Exact(FabricHeaders.ForwardedHost, route.Hostname.ToLowerInvariant()),
            HeaderRequirement.Present(FabricHeaders.RequestId),
            HeaderRequirement.Present(FabricHeaders.TraceParent),
        };

        if (route.IsPublic)
        {
            requirements.Add(HeaderRequirement.Absent(AssertionHeaders.Signature));
            requirements.Add(HeaderRequirement.Absent(AssertionHeaders.KeyId));
            return requirements;
        }

        if (route.AllowedRoles.Count == 0)
        {
            throw new ArgumentException($"route '{route.RouteId}' is neither public nor restricted to roles", nameof(route));
        }

        requirements.AddRange(AssertionHeaders.Required.Select(HeaderRequirement.Present));

        // The roles header is optional in the contract (absent for a caller without roles), but a route with roles
        // admits only callers holding one of them, so here it must be present and name one.
        requirements.Add(HeaderRequirement.Matching(AssertionHeaders.Roles, RolesPattern(route.AllowedRoles)));
        return requirements;
    }

    /// <summary>
    /// A pattern that matches a roles header (sorted, comma-joined, as in the contract §3) exactly when it lists
    /// at least one of <paramref name="allowedRoles"/> as a whole element: <c>customer</c> never matches
    /// <c>customers</c> or <c>x-customer</c>. Anchored at both ends, so it means the same under full-match and
    /// search semantics.
    /// </summary>
    /// <param name="allowedRoles">Role names; each must match the catalog's role syntax.</param>
    /// <exception cref="ArgumentException">No roles, or a name outside <c>[A-Za-z0-9][A-Za-z0-9._:-]{0,63}</c>.</exception>
    public static string RolesPattern(IEnumerable<string> allowedRoles)
    {
        ArgumentNullException.ThrowIfNull(allowedRoles);
        var roles = allowedRoles.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (roles.Count == 0)
        {
            throw new ArgumentException("at least one role is needed", nameof(allowedRoles));
        }

        var alternatives = new StringBuilder();
        foreach (var role in roles)
        {
            if (!RoleName().IsMatch(role))
            {
                throw new ArgumentException($"'{role}' is not a role name", nameof(allowedRoles));
            }

            if (alternatives.Length > 0)
            {
                alternatives.Append('|');
            }

            // '.' is the only character of the role syntax that means something in a pattern.
            alternatives.Append(role.Replace(".", @"\.", StringComparison.Ordinal));
        }

        return $"^(?:[^,]*,)*(?:{alternatives})(?:,[^,]*)*$";
    }

    /// <summary>
    /// Evaluates conditions against a request's headers, as the ingress does: names case-insensitive, patterns
    /// matched against the whole value. The reference semantics for both backends' tests.
    /// </summary>
    /// <param name="requirements">The conditions (all must hold).</param>
    /// <param name="headers">The request headers, by name.</param>
    public static bool Admits(IEnumerable<HeaderRequirement> requirements, IEnumerable<KeyValuePair<string, string>> headers)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        ArgumentNullException.ThrowIfNull(headers);
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers)
        {
            byName[name] = value;
        }

        foreach (var requirement in requirements)
        {
            var present = byName.TryGetValue(requirement.Name, out var value);
            var holds = requirement.Condition switch
            {
                HeaderCondition.Present => present,
                HeaderCondition.Absent => !present,
                HeaderCondition.Exact => present && string.Equals(value, requirement.Value, StringComparison.Ordinal),
                HeaderCondition.Regex => present && Regex.IsMatch(value!, requirement.Value!, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)),
                _ => false,
            };
            if (!holds)
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}\z", RegexOptions.CultureInvariant)]
    private static partial Regex RoleName();
}
