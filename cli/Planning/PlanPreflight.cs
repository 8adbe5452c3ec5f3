using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using IdentityFabric.Components.Preflight;

namespace IdentityFabric.Cli.Planning;

/// <summary>
/// Runs the cloud preflight over what the mocks recorded (the raw inputs, so sizes and lengths are those the clouds
/// will see) and renders its report: a <c>preflight</c> object in the plan's JSON, a section at the top of its
/// Markdown, and one line per finding for the terminal.
/// </summary>
public static class PlanPreflight
{
    /// <summary>Most findings listed in Markdown; the JSON keeps them all.</summary>
    public const int MaxListed = 100;

    /// <summary>Checks a plan made in this process (its unmasked inputs), or read back from a file (masked inputs:
    /// the lengths of secret values are then not known).</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="masker">Masks generated secrets in findings.</param>
    /// <param name="zoneName">The Cloudflare zone of the environment, or null.</param>
    public static PreflightReport Run(StackPlan plan, SecretMasker masker, string? zoneName)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(masker);
        var resources = plan.Resources
            .Where(r => !r.IsGrouping)
            .Select(r => new PreflightResource(r.Type, r.Name, r.Urn, r.UnmaskedInputs ?? r.Inputs))
            .ToList();
        return PreflightCheck.Run(resources, new PreflightContext
        {
            ZoneName = zoneName,
            IsSecret = (key, value) => SecretMasker.SecretWireNames.Contains(key) || value == SecretMasker.Mask || masker.IsSecret(value),
        });
    }

    /// <summary>The report as JSON: counts, findings, and the inputs no API member constraint checked.</summary>
    /// <param name="report">The report.</param>
    public static JsonObject ToJson(PreflightReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        static JsonObject Finding(PreflightFinding f)
        {
            var node = new JsonObject
            {
                ["severity"] = f.Severity == PreflightSeverity.Error ? "error" : "warning",
                ["rule"] = f.Rule,
                ["resource"] = f.Resource,
                ["type"] = f.ResourceType,
                ["path"] = f.Path,
                ["value"] = f.Value,
                ["message"] = f.Message,
                ["source"] = f.Source,
            };
            if (f.Count is { } count)
            {
                node["count"] = count;
                node["limit"] = f.Limit;
                node["raise"] = f.Raise;
            }

            return node;
        }

        return new JsonObject
        {
            ["errors"] = report.Errors.Count(),
            ["warnings"] = report.Warnings.Count(),
            ["checkedResources"] = report.CheckedResources,
            ["findings"] = new JsonArray(report.Findings.Select(f => (JsonNode)Finding(f)).ToArray()),
            ["unmappedInputs"] = new JsonArray(report.Unmapped.Select(u => (JsonNode)new JsonObject
            {
                ["type"] = u.Type,
                ["path"] = u.Path,
                ["reason"] = u.Reason,
            }).ToArray()),
        };
    }

    /// <summary>The report as the Markdown section that opens a plan.</summary>
    /// <param name="report">The report.</param>
    public static string Markdown(PreflightReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        var errors = report.Errors.Count();
        var warnings = report.Warnings.Count();
        text.Append(CultureInfo.InvariantCulture, $"### Preflight: {(errors > 0 ? "❌" : "✅")} {errors} error(s), {warnings} quota warning(s)\n\n");
        text.Append(CultureInfo.InvariantCulture,
            $"{report.CheckedResources} resources checked against the AWS API models, Cloudflare's provider rules, the clouds' limits and IAM policy semantics.\n");
        if (report.Findings.Count > 0)
        {
            text.Append("\n| | rule | resource | input | value | finding | source |\n|---|---|---|---|---|---|---|\n");
            foreach (var f in report.Findings.Take(MaxListed))
            {
                var detail = f.Count is { } count ? $"{f.Message}; {f.Raise}" : f.Message;
                text.Append(CultureInfo.InvariantCulture,
                    $"| {(f.Severity == PreflightSeverity.Error ? "error" : "warning")} | `{f.Rule}` | {Cell(ShortName(f.Resource))} | {Code(f.Path)} | {Code(f.Value)} | {Cell(detail)} | {Cell(f.Source)} |\n");
            }

            if (report.Findings.Count > MaxListed)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n…and {report.Findings.Count - MaxListed} more (see the JSON plan).\n");
            }
        }

        if (report.Unmapped.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n<details><summary>{report.Unmapped.Count} input(s) not mapped to an AWS API member (no API constraint checked them)</summary>\n\n");
            foreach (var u in report.Unmapped)
            {
                text.Append(CultureInfo.InvariantCulture, $"- `{u.Type}` `{u.Path}`: {Cell(u.Reason)}\n");
            }

            text.Append("\n</details>\n");
        }

        return text.ToString();
    }

    private static string ShortName(string? urn) => urn is null ? "(account)" : urn[(urn.LastIndexOf("::", StringComparison.Ordinal) + 2)..];

    private static string Code(string? text) => text is null ? "" : $"`{text.Replace("`", "'", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)}`";

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
