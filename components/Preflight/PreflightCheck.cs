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
        context ??= new PreflightContext();
        var sink = new FindingSink(context);
        var table = ConstraintTable.Shipped;
        var limits = CloudLimits.Shipped;

        // Each resource's own checks read that resource, the shipped tables, and caches that are safe to share (the
        // joined names, the required members per mapping, a member's compiled pattern). So a large plan's resources are
        // checked in two halves at once, each half into a sink of its own. The second half's findings are appended
        // after the first's: the same findings in the same order as one pass over the resources.
        int checkedCount;
        if (resources.Count >= ParallelFrom && Environment.ProcessorCount > 1)
        {
            var half = resources.Count / 2;
            var secondSink = new FindingSink(context);
            var second = Task.Run(() => CheckEach(resources, half, resources.Count, table, limits, secondSink));
            try
            {
                checkedCount = CheckEach(resources, 0, half, table, limits, sink);
            }
            catch
            {
                // The second half is not left running behind a failure of the first, and the first's failure is the one
                // reported, as in one pass.
                try
                {
                    second.Wait();
                }
                catch (AggregateException)
                {
                    // Superseded by the first half's failure.
                }

                throw;
            }

            checkedCount += second.GetAwaiter().GetResult();
            sink.Append(secondSink);
        }
        else
        {
            checkedCount = CheckEach(resources, 0, resources.Count, table, limits, sink);
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

    // From this many resources the per-resource checks are split in two (a plan of a few hundred resources takes
    // milliseconds, less than handing half of it to another thread would save).
    private const int ParallelFrom = 2048;

    // The per-resource checks of resources[from..to]; returns how many resources had a check to run.
    private static int CheckEach(IReadOnlyList<PreflightResource> resources, int from, int to, ConstraintTable table, CloudLimits limits, FindingSink sink)
    {
        var checkedCount = 0;
        for (var i = from; i < to; i++)
        {
            var resource = resources[i];
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

        return checkedCount;
    }
}
