using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace IdentityFabric.Cli.Planning;

/// <summary>One input that differs between two plans of a resource.</summary>
/// <param name="Path">Where: <c>tags.Owner</c>, <c>spec.listeners[0].tls.mode</c>, <c>bindings[name=KEYS].text</c>.</param>
/// <param name="Old">The old value (null when the input was absent), secrets masked.</param>
/// <param name="New">The new value (null when the input is gone), secrets masked.</param>
public sealed record InputChange(string Path, JsonNode? Old, JsonNode? New);

/// <summary>A resource present in both plans whose inputs (or parent) differ.</summary>
/// <param name="Resource">The resource as in the new plan.</param>
/// <param name="Changes">The changed inputs, in path order.</param>
public sealed record ChangedResource(PlannedResource Resource, IReadOnlyList<InputChange> Changes);

/// <summary>What changes from one plan to another, resources identified by URN.</summary>
/// <param name="OldStack">The old plan's stack.</param>
/// <param name="NewStack">The new plan's stack.</param>
/// <param name="Added">Resources only in the new plan, by URN.</param>
/// <param name="Removed">Resources only in the old plan, by URN.</param>
/// <param name="Changed">Resources in both whose inputs differ, by URN.</param>
/// <param name="Unchanged">How many resources are identical.</param>
public sealed partial record PlanDiff(
    string OldStack,
    string NewStack,
    IReadOnlyList<PlannedResource> Added,
    IReadOnlyList<PlannedResource> Removed,
    IReadOnlyList<ChangedResource> Changed,
    int Unchanged)
{
    /// <summary>True when the plans manage the same resources with the same inputs.</summary>
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0;

    /// <summary>Every URN the diff touches (added, removed or changed).</summary>
    public IEnumerable<string> TouchedUrns => Added.Concat(Removed).Select(r => r.Urn).Concat(Changed.Select(c => c.Resource.Urn));

    /// <summary>One line: "no changes", or the counts.</summary>
    public string Summary => IsEmpty
        ? $"no changes ({Unchanged} resources unchanged)"
        : $"{Added.Count} to add, {Changed.Count} to change, {Removed.Count} to remove, {Unchanged} unchanged";

    /// <summary>Compares two plans. Secret values are masked on both sides before comparing.</summary>
    /// <param name="old">The plan before.</param>
    /// <param name="new">The plan after.</param>
    public static PlanDiff Between(StackPlan old, StackPlan @new)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(@new);
        var before = ByUrn(old);
        var after = ByUrn(@new);
        var added = after.Values.Where(r => !before.ContainsKey(r.Urn)).OrderBy(r => r.Urn, StringComparer.Ordinal).ToList();
        var removed = before.Values.Where(r => !after.ContainsKey(r.Urn)).OrderBy(r => r.Urn, StringComparer.Ordinal).ToList();
        var changed = new List<ChangedResource>();
        var unchanged = 0;
        foreach (var resource in after.Values.Where(r => before.ContainsKey(r.Urn)).OrderBy(r => r.Urn, StringComparer.Ordinal))
        {
            var previous = before[resource.Urn];
            var changes = new List<InputChange>();
            if (!string.Equals(previous.Parent, resource.Parent, StringComparison.Ordinal))
            {
                changes.Add(new InputChange("(parent)", JsonValue.Create(previous.Parent), JsonValue.Create(resource.Parent)));
            }

            Compare(
                SecretMasker.ByWireNameOnly.MaskInputs(previous.Inputs),
                SecretMasker.ByWireNameOnly.MaskInputs(resource.Inputs),
                "",
                changes);
            if (changes.Count == 0)
            {
                unchanged++;
            }
            else
            {
                changed.Add(new ChangedResource(resource, changes));
            }
        }

        return new PlanDiff(old.Stack, @new.Stack, added, removed, changed, unchanged);
    }

    private static Dictionary<string, PlannedResource> ByUrn(StackPlan plan)
    {
        var result = new Dictionary<string, PlannedResource>(StringComparer.Ordinal);
        foreach (var resource in plan.Resources)
        {
            result[resource.Urn] = resource;
        }

        return result;
    }

    private static void Compare(JsonNode? old, JsonNode? @new, string path, List<InputChange> changes)
    {
        switch (old, @new)
        {
            case (null, null):
                return;
            case (JsonObject a, JsonObject b):
                foreach (var key in a.Select(p => p.Key).Union(b.Select(p => p.Key)).Order(StringComparer.Ordinal))
                {
                    Compare(a[key], b[key], Member(path, key), changes);
                }

                return;
            case (JsonArray a, JsonArray b) when NamesOf(a) is { } oldNames && NamesOf(b) is { } newNames:
                // Lists of named things (bindings, listeners, rules) are matched by name, so an insertion shows as
                // one added entry instead of every later entry changing.
                foreach (var name in oldNames.Keys.Union(newNames.Keys).Order(StringComparer.Ordinal))
                {
                    Compare(oldNames.GetValueOrDefault(name), newNames.GetValueOrDefault(name), $"{path}[name={name}]", changes);
                }

                return;
            case (JsonArray a, JsonArray b):
                for (var i = 0; i < Math.Max(a.Count, b.Count); i++)
                {
                    Compare(i < a.Count ? a[i] : null, i < b.Count ? b[i] : null, $"{path}[{i}]", changes);
                }

                return;
            default:
                if (!string.Equals(old?.ToJsonString(), @new?.ToJsonString(), StringComparison.Ordinal))
                {
                    changes.Add(new InputChange(path, old?.DeepClone(), @new?.DeepClone()));
                }

                return;
        }
    }

    private static Dictionary<string, JsonNode>? NamesOf(JsonArray array)
    {
        if (array.Count == 0)
        {
            return null;
        }

        var names = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (var item in array)
        {
            if (item is not JsonObject obj || obj["name"] is not JsonValue value || !value.TryGetValue<string>(out var name) || !names.TryAdd(name, obj))
            {
                return null;
            }
        }

        return names;
    }

    private static string Member(string path, string key) =>
        PlainKey().IsMatch(key)
            ? (path.Length == 0 ? key : $"{path}.{key}")
            : $"{path}[\"{key.Replace("\"", "\\\"", StringComparison.Ordinal)}\"]";

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_-]*$")]
    private static partial Regex PlainKey();
}
