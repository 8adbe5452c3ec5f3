using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using IdentityFabric.Cli.Planning.Access;

namespace IdentityFabric.Cli.Planning;

/// <summary>Which parts of a diff to print.</summary>
public enum DiffParts
{
    /// <summary>Who gains or loses access, then the resources.</summary>
    All,

    /// <summary>Who gains or loses access only.</summary>
    Access,

    /// <summary>The resources only.</summary>
    Resources,
}

/// <summary>Prints a <see cref="PlanDiff"/> as Markdown (for pull-request comments) or JSON (for tools): who gains or
/// loses access first, then the resources.</summary>
public static class DiffRendering
{
    /// <summary>Longest value shown in Markdown; longer ones are cut around the first difference, so the change always
    /// shows (the JSON form keeps them whole).</summary>
    public const int MaxValueLength = 160;

    /// <summary>Longest value shown whole in Markdown when the other side is absent (an entry added or removed:
    /// the whole value is the change); longer ones are cut with a note (the JSON form keeps them whole).</summary>
    public const int MaxWholeValueLength = 1000;

    /// <summary>Most resources listed per section in Markdown, so a comment stays under GitHub's size limit.</summary>
    public const int MaxListed = 150;

    // Characters kept on each side of the differing part of two long values.
    private const int Context = 40;

    private static readonly System.Text.Json.JsonSerializerOptions Compact = new() { Encoder = PlanJson.Options.Encoder };

    /// <summary>The diff as Markdown: the effective-access diff, then a summary line and the added, removed and
    /// changed resources.</summary>
    /// <param name="diff">The diff.</param>
    /// <param name="parts">Which parts to print.</param>
    public static string Markdown(PlanDiff diff, DiffParts parts = DiffParts.All)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var title = diff.OldStack == diff.NewStack ? $"`{diff.NewStack}`" : $"`{diff.OldStack}` → `{diff.NewStack}`";
        var text = new StringBuilder();
        if (parts != DiffParts.Resources)
        {
            text.Append(AccessRendering.Markdown(diff.Access, title));
        }

        if (parts == DiffParts.Access)
        {
            return text.ToString();
        }

        if (text.Length > 0)
        {
            text.Append('\n');
        }

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
                    var (old, @new) = Values(input.Old, input.New);
                    text.Append(CultureInfo.InvariantCulture, $"  - `{input.Path}`: {old} → {@new}\n");
                }
            }

            More(text, diff.Changed.Count);
        }

        if (diff.ComponentsAdded.Count > 0 || diff.ComponentsRemoved.Count > 0)
        {
            var components = diff.ComponentsAdded.Select(c => $"+ {c.Name} (`{c.Type}`)").Concat(diff.ComponentsRemoved.Select(c => $"- {c.Name} (`{c.Type}`)"));
            text.Append(CultureInfo.InvariantCulture, $"\nComponents (they group resources, and are not counted): {string.Join(", ", components)}\n");
        }

        return text.ToString();
    }

    /// <summary>The diff as JSON: the access diff, summary counts, then added, removed and changed resources with their
    /// paths, and the components that appear or go.</summary>
    /// <param name="diff">The diff.</param>
    /// <param name="parts">Which parts to print.</param>
    public static string Json(PlanDiff diff, DiffParts parts = DiffParts.All)
    {
        ArgumentNullException.ThrowIfNull(diff);
        if (parts == DiffParts.Access)
        {
            var access = new JsonObject { ["oldStack"] = diff.OldStack, ["newStack"] = diff.NewStack, ["access"] = AccessRendering.Json(diff.Access) };
            return access.ToJsonString(PlanJson.Options) + "\n";
        }

        static JsonObject Brief(PlannedResource r) => new() { ["urn"] = r.Urn, ["type"] = r.Type, ["name"] = r.Name };
        var root = new JsonObject
        {
            ["oldStack"] = diff.OldStack,
            ["newStack"] = diff.NewStack,
            ["access"] = AccessRendering.Json(diff.Access),
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
            ["componentsAdded"] = new JsonArray(diff.ComponentsAdded.Select(r => (JsonNode)Brief(r)).ToArray()),
            ["componentsRemoved"] = new JsonArray(diff.ComponentsRemoved.Select(r => (JsonNode)Brief(r)).ToArray()),
        };
        if (parts == DiffParts.Resources)
        {
            root.Remove("access");
        }

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

    // Both sides of a change. A value longer than MaxValueLength is cut, but around the first and last difference
    // between the two sides, never at a fixed length that could hide where they differ.
    private static (string Old, string New) Values(JsonNode? old, JsonNode? @new)
    {
        if (old is null || @new is null)
        {
            return (Value(old), Value(@new));
        }

        var a = old.ToJsonString(Compact);
        var b = @new.ToJsonString(Compact);
        if (a.Length <= MaxValueLength && b.Length <= MaxValueLength)
        {
            return (Code(a), Code(b));
        }

        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        return (Code(Window(a, prefix, suffix)), Code(Window(b, prefix, suffix)));
    }

    private static string Window(string text, int prefix, int suffix)
    {
        var start = Math.Max(0, prefix - Context);
        var end = Math.Min(text.Length, text.Length - suffix + Context);
        var middle = text[start..end];
        if (middle.Length > MaxValueLength + (2 * Context))
        {
            // A long differing part: its start and its end, which is where a reader looks for the change.
            middle = middle[..(MaxValueLength / 2 + Context)] + "…" + middle[^(MaxValueLength / 2 + Context)..];
        }

        return (start > 0 ? "…" : "") + middle + (end < text.Length ? "…" : "");
    }

    private static string Value(JsonNode? node)
    {
        if (node is null)
        {
            return "_(none)_";
        }

        var json = node.ToJsonString(Compact);
        var cut = json.Length > MaxWholeValueLength ? $" _(and {json.Length - MaxWholeValueLength} more characters: see the JSON diff)_" : "";
        return Code(cut.Length > 0 ? json[..MaxWholeValueLength] + "…" : json) + cut;
    }

    // Inline code cannot hold a backtick; a double-backtick span can, with spaces around it.
    private static string Code(string json) =>
        json.Contains('`', StringComparison.Ordinal) ? $"`` {json.Replace("``", "` `", StringComparison.Ordinal)} ``" : $"`{json}`";

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
