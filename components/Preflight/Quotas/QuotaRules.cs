using System.Globalization;
using System.Text.Json.Nodes;
using IdentityFabric.Components.Preflight.Data;
using IdentityFabric.Components.Preflight.Iam;

namespace IdentityFabric.Components.Preflight.Quotas;

/// <summary>
/// Counts what the plan creates against the default quotas of each account and Region (warnings: the deployment
/// fails unless the quota is raised first) and checks the hard limits the API models do not carry (errors).
/// The counts are this stack's alone: other stacks in the same account add to them.
/// </summary>
internal static class QuotaRules
{
    private static readonly (string Type, string Limit, string What)[] PerAccount =
    [
        ("aws:iam/role:Role", "iam.account.roles", "IAM roles in the account"),
        ("aws:vpclattice/serviceNetwork:ServiceNetwork", "lattice.region.serviceNetworks", "Lattice service networks in the Region"),
        ("aws:vpclattice/service:Service", "lattice.region.services", "Lattice services in the Region"),
        ("aws:vpclattice/targetGroup:TargetGroup", "lattice.region.targetGroups", "Lattice target groups in the Region"),
        ("cloudflare:index/zeroTrustAccessApplication:ZeroTrustAccessApplication", "cloudflare.account.accessApplications", "Access applications in the Cloudflare account"),
        ("cloudflare:index/zeroTrustAccessGroup:ZeroTrustAccessGroup", "cloudflare.account.accessGroups", "Access groups in the Cloudflare account"),
        ("cloudflare:index/zeroTrustAccessPolicy:ZeroTrustAccessPolicy", "cloudflare.account.accessPolicies", "reusable Access policies in the Cloudflare account"),
        ("cloudflare:index/zeroTrustAccessServiceToken:ZeroTrustAccessServiceToken", "cloudflare.account.serviceTokens", "Access service tokens in the Cloudflare account"),
        ("cloudflare:index/zeroTrustTunnelCloudflared:ZeroTrustTunnelCloudflared", "cloudflare.account.tunnels", "tunnels in the Cloudflare account"),
    ];

    public static void Check(IReadOnlyList<PreflightResource> resources, CloudLimits limits, FindingSink sink)
    {
        var byType = resources.ToLookup(r => r.Type, StringComparer.Ordinal);
        foreach (var (type, id, what) in PerAccount)
        {
            var count = byType[type].Count();
            Over(null, null, count, limits[id], $"{what}: this plan creates {count}", sink);
        }

        Grouped(byType["aws:vpclattice/serviceNetworkServiceAssociation:ServiceNetworkServiceAssociation"], "serviceNetworkIdentifier",
            limits["lattice.serviceNetwork.services"], "services associated with the service network {0}", "service networks", sink);
        Grouped(byType["aws:vpclattice/listener:Listener"], "serviceIdentifier", limits["lattice.service.listeners"], "listeners on the service {0}", "services", sink);
        Grouped(byType["aws:vpclattice/listenerRule:ListenerRule"], "listenerIdentifier", limits["lattice.listener.rules"], "rules on the listener {0}", "listeners", sink);

        var attachments = byType["aws:iam/rolePolicyAttachment:RolePolicyAttachment"]
            .Select(r => (Role: IamPolicyRules.Text(r.Inputs["role"]) ?? "", Resource: r))
            .Concat(byType["aws:iam/role:Role"].SelectMany(r => IamPolicyRules.Strings(r.Inputs["managedPolicyArns"]).Select(_ => (Role: IamPolicyRules.Text(r.Inputs["name"]) ?? r.Name, Resource: r))))
            .GroupBy(a => a.Role, StringComparer.Ordinal);
        var managed = limits["iam.role.managedPolicies"];
        foreach (var role in attachments)
        {
            var count = role.Count();
            if (count > managed.RaisableTo)
            {
                sink.Error(role.First().Resource, "managedPolicyArns", null, "quota.iam.role.managedPolicies", managed.Source,
                    $"{count} managed policies on role '{role.Key}': at most {managed.RaisableTo} even with a raised quota");
            }
            else
            {
                Over(role.First().Resource, null, count, managed, $"managed policies attached to role '{role.Key}': {count}", sink);
            }
        }

        foreach (var resource in resources)
        {
            HardLimits(resource, limits, sink);
        }
    }

    /// <summary>Counts per group (per service network, service, listener); one warning names the fullest group and
    /// how many groups are over, so a thousand listeners over the quota read as one finding, not a thousand.</summary>
    private static void Grouped(IEnumerable<PreflightResource> resources, string key, CloudLimit limit, string what, string groups, FindingSink sink)
    {
        var over = resources
            .GroupBy(r => IamPolicyRules.Text(r.Inputs[key]) ?? "(not set)", StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Count: g.Count(), Last: g.Last()))
            .Where(g => g.Count > limit.Value)
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        if (over.Count == 0)
        {
            return;
        }

        var fullest = over[0];
        var others = over.Count > 1 ? $" ({over.Count} {groups} are over the quota; the fullest is shown)" : "";
        Over(fullest.Last, key, fullest.Count, limit, string.Format(CultureInfo.InvariantCulture, what, fullest.Key) + $": {fullest.Count}{others}", sink);
    }

    private static void Over(PreflightResource? resource, string? path, long count, CloudLimit limit, string message, FindingSink sink)
    {
        if (count <= limit.Value)
        {
            return;
        }

        sink.Quota(resource, path, count, limit.Value, "quota." + limit.Id, limit.Source,
            $"{message}, over the default quota of {limit.Value.ToString("N0", CultureInfo.InvariantCulture)} ({limit.Unit})", limit.RaiseText);
    }

    private static void HardLimits(PreflightResource resource, CloudLimits limits, FindingSink sink)
    {
        var inputs = resource.Inputs;
        switch (resource.Type)
        {
            case "aws:secretsmanager/secret:Secret" when inputs["recoveryWindowInDays"] is JsonValue window && Number(window) is { } days:
                var min = limits["secretsmanager.recoveryWindow.minDays"];
                var max = limits["secretsmanager.recoveryWindow.maxDays"];

                // 0 asks the provider to delete without recovery, which the API takes as a separate flag.
                if (days != 0 && (days < min.Value || days > max.Value))
                {
                    sink.Error(resource, "recoveryWindowInDays", window, "secretsmanager.recovery-window", min.Source,
                        $"the recovery window is {min.Value} to {max.Value} days (or 0 to delete without recovery)");
                }

                break;
            case "aws:cloudwatch/logGroup:LogGroup" when inputs["retentionInDays"] is JsonValue retention && Number(retention) is { } kept:
                var allowed = limits["logs.retention.days"];
                if (kept != 0 && !allowed.Values.Contains((long)kept))
                {
                    sink.Error(resource, "retentionInDays", retention, "logs.retention", allowed.Source,
                        $"retention is one of {string.Join(", ", allowed.Values)} days (or 0: never expire)");
                }

                break;
            case "aws:iam/openIdConnectProvider:OpenIdConnectProvider":
                const string OidcSource = "IAM User Guide, OIDC identity providers";
                if (IamPolicyRules.Text(inputs["url"]) is { } url &&
                    (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || !uri.IsDefaultPort || uri.Query.Length > 0 || uri.Fragment.Length > 0))
                {
                    sink.Error(resource, "url", inputs["url"], "iam.oidc-url", OidcSource, "the provider URL is https, without a port, a query or a fragment");
                }

                Count(resource, "clientIdLists", limits["iam.oidc.clientIds"], sink);
                Count(resource, "thumbprintLists", limits["iam.oidc.thumbprints"], sink);
                break;
            default:
                break;
        }
    }

    private static double? Number(JsonValue value) =>
        value.TryGetValue<double>(out var d) ? d
        : value.TryGetValue<long>(out var l) ? l
        : value.TryGetValue<int>(out var i) ? i
        : value.TryGetValue<decimal>(out var m) ? (double)m
        : null;

    private static void Count(PreflightResource resource, string input, CloudLimit limit, FindingSink sink)
    {
        if (resource.Inputs[input] is JsonArray list && list.Count > limit.Value)
        {
            sink.Error(resource, input, null, "iam.oidc-lists", limit.Source, $"{list.Count} entries; at most {limit.Value} {limit.Unit}");
        }
    }
}
