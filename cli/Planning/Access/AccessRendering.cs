using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace IdentityFabric.Cli.Planning.Access;

/// <summary>The effective-access model as compact Markdown tables (for <c>plan</c>), and the access diff as Markdown
/// (first in every plan diff and pull-request comment) or JSON.</summary>
public static class AccessRendering
{
    /// <summary>Most rows per table, and most lines of an access diff, in Markdown; the JSON keeps everything.</summary>
    public const int MaxRows = 200;

    /// <summary>The heading of the access diff of a stack.</summary>
    /// <param name="stackTitle">The stack, already formatted (<c>`dev`</c>).</param>
    public static string DiffHeading(string stackTitle) => $"### Effective access in stack {stackTitle}";

    /// <summary>The access diff as Markdown: a heading, a summary, any route opened to anyone as a caution, then one
    /// line per change in a <c>diff</c> block.</summary>
    /// <param name="diff">The access diff.</param>
    /// <param name="stackTitle">The stack, already formatted (<c>`dev`</c>).</param>
    public static string Markdown(AccessDiff diff, string stackTitle)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var text = new StringBuilder();
        text.Append(DiffHeading(stackTitle)).Append("\n\n");
        if (!diff.Compared)
        {
            text.Append(CultureInfo.InvariantCulture, $"_{diff.Summary}._\n");
            return text.ToString();
        }

        text.Append(CultureInfo.InvariantCulture, $"**{diff.Summary}**\n");
        if (diff.IsEmpty)
        {
            return text.ToString();
        }

        var loud = diff.Changes.Where(c => c.IsLoud).ToList();
        if (loud.Count > 0)
        {
            text.Append("\n> [!CAUTION]\n> **Opened to anyone, no sign-in needed:**\n");
            foreach (var change in loud)
            {
                text.Append(CultureInfo.InvariantCulture, $"> - {Plain(change.Description)}\n");
            }
        }

        text.Append("\n```diff\n");
        foreach (var change in diff.Changes.Take(MaxRows))
        {
            text.Append(Plain(change.Line)).Append('\n');
            foreach (var also in change.AlsoThrough)
            {
                text.Append("    ").Append(Plain(also)).Append('\n');
            }
        }

        text.Append("```\n");
        if (diff.Changes.Count > MaxRows)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n…and {diff.Changes.Count - MaxRows} more access changes (see the JSON diff).\n");
        }

        return text.ToString();
    }

    /// <summary>The access diff as JSON: whether it was compared, the summary, and each change with its parts.</summary>
    /// <param name="diff">The access diff.</param>
    public static JsonObject Json(AccessDiff diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var root = new JsonObject
        {
            ["compared"] = diff.Compared,
            ["summary"] = diff.Summary,
        };
        if (!diff.Compared)
        {
            root["notComparedBecause"] = diff.NotComparedBecause;
        }

        root["changes"] = new JsonArray(diff.Changes.Select(c =>
        {
            var entry = new JsonObject
            {
                ["line"] = c.Line,
                ["sign"] = c.Sign,
                ["kind"] = c.Kind.ToString().ToLowerInvariant(),
                ["category"] = Camel(c.Category.ToString()),
                ["subject"] = c.Subject,
                ["description"] = c.Description,
                ["openedToAnyone"] = c.IsLoud,
            };
            if (c.RouteId is not null)
            {
                entry["route"] = c.RouteId;
            }

            if (c.AlsoThrough.Count > 0)
            {
                entry["alsoThrough"] = new JsonArray(c.AlsoThrough.Select(a => (JsonNode?)JsonValue.Create(a)).ToArray());
            }

            return (JsonNode?)entry;
        }).ToArray());
        return root;
    }

    /// <summary>Appends the model as compact tables: routes and who may use them, browser apps, mesh calls, federated
    /// roles and what they may invoke on Lattice, and who holds each role.</summary>
    /// <param name="text">Where to append.</param>
    /// <param name="access">The model.</param>
    public static void AppendTables(StringBuilder text, EffectiveAccess access)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(access);
        var open = access.Routes.Count(r => r.IsPublic);
        text.Append(CultureInfo.InvariantCulture, $"\n### Effective access\n\n{access.Routes.Count} edge routes ({open} open to anyone), {access.Apps.Count} browser apps, {access.Calls.Count} mesh calls, {access.Federated.Count} federated roles.\n");

        Table(text, "Edge routes", "| route | host | path | methods | service | who |", access.Routes, r =>
            $"| {r.RouteId} | {r.Host} | `{r.Scope.Display}` | {r.Methods.Display} | {r.Service} | {Who(r)} |");
        Table(text, "Browser apps (Cloudflare Access)", "| app | domain | roles |", access.Apps, a =>
            $"| {a.App} | {a.Domain} | {string.Join(", ", a.Roles)} |");
        var callers = access.Calls.GroupBy(c => c.Caller, StringComparer.Ordinal).ToList();
        Table(text, "Mesh calls", "| caller | may call |", callers, g =>
            $"| {g.Key} | {string.Join(", ", g.Select(c => c.Callee))} |");
        Table(text, "Federated roles (STS → VPC Lattice)", "| role | IAM role | may invoke on Lattice |", access.Federated, f =>
            $"| {f.Role} | {f.IamRole} | {(f.Invokes.Count == 0 ? "nothing" : string.Join("; ", f.Invokes.Select(i => $"{i.Methods.Display} `{i.Scope.Display}` on {i.Service}")))} |");
        Table(text, "Roles", "| role | IdP groups | provider |", access.Roles, r =>
            $"| {r.Role} | {string.Join(", ", r.IdpGroups)} | {r.Provider ?? "any"} |");
    }

    private static void Table<T>(StringBuilder text, string title, string header, IReadOnlyList<T> rows, Func<T, string> row)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var columns = header.Count(c => c == '|') - 1;
        text.Append(CultureInfo.InvariantCulture, $"\n#### {title}\n\n{header}\n|{string.Concat(Enumerable.Repeat("---|", columns))}\n");
        foreach (var item in rows.Take(MaxRows))
        {
            text.Append(row(item)).Append('\n');
        }

        if (rows.Count > MaxRows)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n…and {rows.Count - MaxRows} more (see the JSON plan).\n");
        }
    }

    private static string Who(RouteAccess route)
    {
        if (route.IsPublic)
        {
            return "**anyone (public)**" + (route.MachineClients.Count > 0 ? ", " + string.Join(", ", route.MachineClients.Select(c => $"machine client {c}")) : "");
        }

        return string.Join(", ", route.Roles.Concat(route.MachineClients.Select(c => $"machine client {c}")));
    }

    // Catalog names cannot hold backticks or pipes, but a diff block must never be closed early by one.
    private static string Plain(string line) => line.Replace('`', '\'');

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
