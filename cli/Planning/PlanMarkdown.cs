using System.Globalization;
using System.Text;
using IdentityFabric.Cli.Planning.Access;
using IdentityFabric.Components.Topology;

namespace IdentityFabric.Cli.Planning;

/// <summary>
/// The plan for people: resources grouped by cloud, then by component and type, with counts; the effective access
/// (who may reach what) as compact tables; then the trust chain as a Mermaid flowchart.
/// </summary>
public static class PlanMarkdown
{
    /// <summary>Renders a plan.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="topology">The environment's topology, for the trust chain; null leaves the diagram out.</param>
    /// <param name="preflight">The preflight's report, shown first; null leaves it out.</param>
    public static string Render(StackPlan plan, MeshTopology? topology, IdentityFabric.Components.Preflight.PreflightReport? preflight = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var components = plan.TopComponents();
        var managed = plan.ManagedResources;
        var clouds = managed.GroupBy(r => r.Package, StringComparer.Ordinal).OrderBy(g => CloudOrder(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        var topLevel = plan.Resources.Where(r => r.IsGrouping && r.Parent is not null && components.TryGetValue(r.Urn, out var top) && top.Urn == r.Urn).ToList();

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"## Plan of stack `{plan.Stack}`\n\n");
        text.Append(CultureInfo.InvariantCulture, $"**{managed.Count} resources** in {topLevel.Count} components: ");
        text.Append(string.Join(", ", clouds.Select(c => $"{CloudName(c.Key)} {c.Count()}")));
        text.Append(".\n");
        if (preflight is not null)
        {
            text.Append('\n').Append(PlanPreflight.Markdown(preflight));
        }

        foreach (var cloud in clouds)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n### {CloudName(cloud.Key)} ({cloud.Count()})\n\n");
            text.Append("| component | type | count |\n|---|---|---:|\n");
            var rows = cloud
                .GroupBy(r => (Component: ComponentLabel(components, r), r.Type))
                .OrderBy(g => g.Key.Component, StringComparer.Ordinal)
                .ThenBy(g => g.Key.Type, StringComparer.Ordinal);
            foreach (var row in rows)
            {
                text.Append(CultureInfo.InvariantCulture, $"| {row.Key.Component} | `{row.Key.Type}` | {row.Count()} |\n");
            }
        }

        if (topLevel.Count > 0)
        {
            text.Append("\n### Components\n\n| component | type | resources |\n|---|---|---:|\n");
            foreach (var component in topLevel.OrderBy(c => c.Name, StringComparer.Ordinal))
            {
                var count = managed.Count(r => components.TryGetValue(r.Urn, out var top) && top.Urn == component.Urn);
                text.Append(CultureInfo.InvariantCulture, $"| {component.Name} | `{component.Type}` | {count} |\n");
            }
        }

        if (plan.Access is { } access)
        {
            AccessRendering.AppendTables(text, access);
        }

        if (topology is not null)
        {
            text.Append("\n### Trust chain\n\n```mermaid\n");
            text.Append(TrustChainDiagram.Render(topology));
            text.Append("```\n");
        }

        return text.ToString();
    }

    /// <summary>A readable name of a package.</summary>
    /// <param name="package">The first segment of a type token.</param>
    public static string CloudName(string package) => package switch
    {
        "aws" => "AWS",
        "cloudflare" => "Cloudflare",
        "random" => "Generated values (random)",
        _ => package,
    };

    private static int CloudOrder(string package) => package switch
    {
        "cloudflare" => 0,
        "aws" => 1,
        "random" => 2,
        _ => 3,
    };

    private static string ComponentLabel(IReadOnlyDictionary<string, PlannedResource> components, PlannedResource resource) =>
        components.TryGetValue(resource.Urn, out var top) ? top.Name : "(stack)";
}
