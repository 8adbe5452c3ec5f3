using IdentityFabric.Components.Preflight.Aws;
using IdentityFabric.Components.Preflight.Cloudflare;
using IdentityFabric.Components.Preflight.Data;
using IdentityFabric.Components.Preflight.Iam;
using IdentityFabric.Components.Preflight.Quotas;

namespace IdentityFabric.Components.Preflight;

/// <summary>
/// The cloud preflight of a plan: each planned resource's inputs against the AWS API models (the generated
/// constraints table), Cloudflare's provider rules and the clouds' limits (the limits table), and IAM policy semantics;
/// then the counts against the default quotas. What only the cloud knows at create time (ids, whether a name is taken,
/// the account's raised quotas, other stacks' resources) is outside its reach.
/// </summary>
public static class PreflightCheck
{
    /// <summary>Checks planned resources.</summary>
    /// <param name="resources">Every planned resource (components and providers are passed over).</param>
    /// <param name="context">What else is known; null for defaults.</param>
    /// <returns>The findings, errors first, and the inputs no API constraint could check.</returns>
    public static PreflightReport Run(IReadOnlyList<PreflightResource> resources, PreflightContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(resources);
        var sink = new FindingSink(context ?? new PreflightContext());
        var table = ConstraintTable.Shipped;
        var limits = CloudLimits.Shipped;
        var checkedCount = 0;
        foreach (var resource in resources)
        {
            if (ApiMappings.For(resource.Type) is { } mapping)
            {
                ApiConstraintRule.Check(resource, mapping, table, sink);
                checkedCount++;
            }
            else if (resource.Type.StartsWith("cloudflare:", StringComparison.Ordinal))
            {
                CloudflareRules.Check(resource, limits, sink);
                checkedCount++;
            }
            else if (resource.Type.StartsWith("aws:", StringComparison.Ordinal))
            {
                sink.NotMapped(resource.Type, "*", "the preflight has no mapping of this resource type to an AWS API operation");
            }
        }

        IamPolicyRules.Check(resources, table, limits, sink);
        QuotaRules.Check(resources, limits, sink);

        var findings = sink.Findings
            .OrderBy(f => f.Severity)
            .ThenBy(f => f.Resource ?? "", StringComparer.Ordinal)
            .ThenBy(f => f.Path ?? "", StringComparer.Ordinal)
            .ThenBy(f => f.Rule, StringComparer.Ordinal)
            .ToList();
        return new PreflightReport(findings, sink.Unmapped, checkedCount);
    }
}
