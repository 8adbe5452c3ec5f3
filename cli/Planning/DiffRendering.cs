using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace IdentityFabric.Cli.Planning;

/// <summary>Prints a <see cref="PlanDiff"/> as Markdown (for pull-request comments) or JSON (for tools).</summary>
public static class DiffRendering
{
    /// <summary>Longest value shown in Markdown; longer ones are cut (the JSON form keeps them whole).</summary>
    public const int MaxValueLength = 160;

    /// <summary>Most resources listed per section in Markdown, so a comment stays under GitHub's size limit.</summary>
    public const int MaxListed = 150;

    private static readonly System.Text.Json.JsonSerializerOptions Compact = new() { Encoder = PlanJson.Options.Encoder };

    /// <summary>The diff as Markdown: a summary line, then added, removed and changed resources.</summary>
    /// <param name="diff">The diff.</param>
    public static string Markdown(PlanDiff diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var text = new StringBuilder();
        var title = diff.OldStack == diff.NewStack ? $"`{diff.NewStack}`" : $"`{diff.OldStack}` → `{diff.NewStack}`";
        text.Append(CultureInfo.InvariantCulture, $"### Plan diff of stack {title}\n\n**{diff.Summary}**\n");
        if (diff.IsEmpty)
        {
            return text.ToString();
        }

        Section(text, "Added", "+", diff.Added);
        Section(text, "Removed", "-", diff.Removed);
        if (diff.Changed.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n#### Changed ({diff.Changed.Count})\n\n");
            foreach (var change in diff.Changed.Take(MaxListed))
            {
                text.Append(CultureInfo.InvariantCulture, $"- ~ `{change.Resource.Type}` **{Cell(change.Resource.Name)}**\n");
                foreach (var input in change.Changes)
                {
                    text.Append(CultureInfo.InvariantCulture, $"  - `{input.Path}`: {Value(input.Old)} → {Value(input.New)}\n");
                }
            }

            More(text, diff.Changed.Count);
        }

        return text.ToString();
    }

    /// <summary>The diff as JSON: summary counts, then added, removed and changed resources with their paths.</summary>
    /// <param name="diff">The diff.</param>
    public static string Json(PlanDiff diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        static JsonObject Brief(PlannedResource r) => new() { ["urn"] = r.Urn, ["type"] = r.Type, ["name"] = r.Name };
        var root = new JsonObject
        {
            ["oldStack"] = diff.OldStack,
            ["newStack"] = diff.NewStack,
            ["summary"] = diff.Summary,
            ["counts"] = new JsonObject
            {
                ["add"] = diff.Added.Count,
                ["change"] = diff.Changed.Count,
                ["remove"] = diff.Removed.Count,
                ["unchanged"] = diff.Unchanged,
            },
            ["added"] = new JsonArray(diff.Added.Select(r => (JsonNode)Brief(r)).ToArray()),
            ["removed"] = new JsonArray(diff.Removed.Select(r => (JsonNode)Brief(r)).ToArray()),
            ["changed"] = new JsonArray(diff.Changed.Select(c =>
            {
                var entry = Brief(c.Resource);
                entry["changes"] = new JsonArray(c.Changes.Select(i => (JsonNode)new JsonObject
                {
                    ["path"] = i.Path,
                    ["old"] = i.Old?.DeepClone(),
                    ["new"] = i.New?.DeepClone(),
                }).ToArray());
                return (JsonNode)entry;
            }).ToArray()),
        };
        return root.ToJsonString(PlanJson.Options) + "\n";
    }

    private static void Section(StringBuilder text, string title, string sign, IReadOnlyList<PlannedResource> resources)
    {
        if (resources.Count == 0)
        {
            return;
        }

        text.Append(CultureInfo.InvariantCulture, $"\n#### {title} ({resources.Count})\n\n| | type | name |\n|---|---|---|\n");
        foreach (var resource in resources.Take(MaxListed))
        {
            text.Append(CultureInfo.InvariantCulture, $"| {sign} | `{resource.Type}` | {Cell(resource.Name)} |\n");
        }

        More(text, resources.Count);
    }

    private static void More(StringBuilder text, int count)
    {
        if (count > MaxListed)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n…and {count - MaxListed} more (see the JSON diff).\n");
        }
    }

    private static string Value(JsonNode? node)
    {
        if (node is null)
        {
            return "_(none)_";
        }

        var json = node.ToJsonString(Compact);
        if (json.Length > MaxValueLength)
        {
            json = json[..MaxValueLength] + "…";
        }

        // Inline code cannot hold a backtick; a double-backtick span can, with spaces around it.
        return json.Contains('`', StringComparison.Ordinal) ? $"`` {json.Replace("``", "` `", StringComparison.Ordinal)} ``" : $"`{json}`";
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
