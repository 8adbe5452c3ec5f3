using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using IdentityFabric.Cli.Planning.Access;

namespace IdentityFabric.Cli.Planning;

/// <summary>One input that differs between two plans of a resource.</summary>
/// <param name="Path">Where: <c>tags.Owner</c>, <c>spec.listeners[0].tls.mode</c>, <c>bindings[name=KEYS].text</c>; inside
/// a JSON-valued string after <c>#</c>: <c>policy#Statement[Sid=RouteOrdersRead].Principal.AWS[]</c> (<c>[]</c>: an
/// element of a list of plain values, added or removed).</param>
/// <param name="Old">The old value (null when the input was absent), secrets masked.</param>
/// <param name="New">The new value (null when the input is gone), secrets masked.</param>
public sealed record InputChange(string Path, JsonNode? Old, JsonNode? New);

/// <summary>A resource present in both plans whose inputs (or parent) differ.</summary>
/// <param name="Resource">The resource as in the new plan.</param>
/// <param name="Changes">The changed inputs, in path order.</param>
public sealed record ChangedResource(PlannedResource Resource, IReadOnlyList<InputChange> Changes);

/// <summary>What changes from one plan to another, resources identified by URN. Only managed resources are counted
/// (<see cref="StackPlan.ManagedResources"/>, as <c>plan</c> counts them); components that appear or go are listed
/// apart. Who gains or loses access comes first, in <see cref="Access"/>.</summary>
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
    // Lists of objects are matched entry by entry on the first of these keys that names every entry once: bindings
    // and listeners by name, route policy routes by id, IAM statements by Sid.
    private static readonly string[] EntryKeys = ["name", "id", "Sid", "hostname"];

    // Stands for the one entry of a keyed list that has no key (a NUL, which no name the fabric writes holds).
    private const string Unkeyed = "\0";

    /// <summary>Who gains or loses access (from the plans' effective-access models).</summary>
    public AccessDiff Access { get; init; } = AccessDiff.Between(null, null);

    /// <summary>Components (which group resources and manage nothing) only in the new plan, by URN.</summary>
    public IReadOnlyList<PlannedResource> ComponentsAdded { get; init; } = [];

    /// <summary>Components only in the old plan, by URN.</summary>
    public IReadOnlyList<PlannedResource> ComponentsRemoved { get; init; } = [];

    /// <summary>True when the plans manage the same resources with the same inputs.</summary>
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0 && ComponentsAdded.Count == 0 && ComponentsRemoved.Count == 0;

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
        var before = ByUrn(old.ManagedResources);
        var after = ByUrn(@new.ManagedResources);
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

        var oldGroups = old.Resources.Where(r => r.IsGrouping).Select(r => r.Urn).ToHashSet(StringComparer.Ordinal);
        var newGroups = @new.Resources.Where(r => r.IsGrouping).Select(r => r.Urn).ToHashSet(StringComparer.Ordinal);
        return new PlanDiff(old.Stack, @new.Stack, added, removed, changed, unchanged)
        {
            Access = AccessDiff.Between(old.Access, @new.Access),
            ComponentsAdded = @new.Resources.Where(r => r.IsGrouping && !oldGroups.Contains(r.Urn)).OrderBy(r => r.Urn, StringComparer.Ordinal).ToList(),
            ComponentsRemoved = old.Resources.Where(r => r.IsGrouping && !newGroups.Contains(r.Urn)).OrderBy(r => r.Urn, StringComparer.Ordinal).ToList(),
        };
    }

    private static Dictionary<string, PlannedResource> ByUrn(IEnumerable<PlannedResource> resources)
    {
        var result = new Dictionary<string, PlannedResource>(StringComparer.Ordinal);
        foreach (var resource in resources)
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
            case (JsonArray a, JsonArray b) when Keyed(a, b) is { } key:
                // Lists of named things (bindings, listeners, routes, statements) are matched by their key, so an
                // insertion shows as one added entry instead of every later entry changing.
                var oldEntries = EntriesBy(a, key)!;
                var newEntries = EntriesBy(b, key)!;
                foreach (var name in oldEntries.Keys.Union(newEntries.Keys).OrderBy(n => n == Unkeyed).ThenBy(n => n, StringComparer.Ordinal))
                {
                    var entry = name == Unkeyed ? $"{path}[no {key}]" : $"{path}[{key}={name}]";
                    Compare(oldEntries.GetValueOrDefault(name), newEntries.GetValueOrDefault(name), entry, changes);
                }

                return;
            case (JsonArray a, JsonArray b) when DistinctPlainValues(a) is { } oldValues && DistinctPlainValues(b) is { } newValues:
                ComparePlainLists(a, b, oldValues, newValues, path, changes);
                return;
            case (JsonArray a, JsonArray b):
                for (var i = 0; i < Math.Max(a.Count, b.Count); i++)
                {
                    Compare(i < a.Count ? a[i] : null, i < b.Count ? b[i] : null, $"{path}[{i}]", changes);
                }

                return;
            case (JsonValue a, JsonValue b) when EmbeddedJson(a) is { } oldDocument && EmbeddedJson(b) is { } newDocument:
                // A JSON document held in a string (a route policy, an IAM or auth policy, a tunnel configuration) is
                // compared as the structure it is, so the change shows at its own path instead of as two long strings.
                if (!string.Equals(a.ToJsonString(), b.ToJsonString(), StringComparison.Ordinal))
                {
                    var before = changes.Count;
                    Compare(oldDocument, newDocument, path + "#", changes);
                    if (changes.Count == before)
                    {
                        // Only spacing or key order differ: still a change of the string the provider receives.
                        changes.Add(new InputChange(path, a.DeepClone(), b.DeepClone()));
                    }
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

    // Plain values are compared as members: an added or removed value is one change (path "x[]"), wherever it sits;
    // a list that only changed order, or whose kept values moved, also reports the order as one change of the list.
    private static void ComparePlainLists(JsonArray a, JsonArray b, List<string> oldValues, List<string> newValues, string path, List<InputChange> changes)
    {
        var oldSet = oldValues.ToHashSet(StringComparer.Ordinal);
        var newSet = newValues.ToHashSet(StringComparer.Ordinal);
        var element = path + "[]";
        for (var i = 0; i < a.Count; i++)
        {
            if (!newSet.Contains(oldValues[i]))
            {
                changes.Add(new InputChange(element, a[i]?.DeepClone(), null));
            }
        }

        for (var i = 0; i < b.Count; i++)
        {
            if (!oldSet.Contains(newValues[i]))
            {
                changes.Add(new InputChange(element, null, b[i]?.DeepClone()));
            }
        }

        var keptBefore = oldValues.Where(newSet.Contains);
        var keptAfter = newValues.Where(oldSet.Contains);
        if (!keptBefore.SequenceEqual(keptAfter, StringComparer.Ordinal))
        {
            changes.Add(new InputChange(path + "(order)", a.DeepClone(), b.DeepClone()));
        }
    }

    private static List<string>? DistinctPlainValues(JsonArray array)
    {
        var values = new List<string>(array.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in array)
        {
            if (item is not JsonValue value)
            {
                return null;
            }

            var json = value.ToJsonString();
            if (!seen.Add(json))
            {
                return null;
            }

            values.Add(json);
        }

        return values;
    }

    // The key both lists can be matched on, or null: every entry an object with a distinct string under the key, but
    // for at most one entry without it (a tunnel's catch-all rule has no hostname), and at least one entry with it.
    private static string? Keyed(JsonArray a, JsonArray b) =>
        EntryKeys.FirstOrDefault(key => EntriesBy(a, key) is { } before && EntriesBy(b, key) is { } after
            && before.Keys.Concat(after.Keys).Any(name => name != Unkeyed));

    private static Dictionary<string, JsonNode>? EntriesBy(JsonArray array, string key)
    {
        var entries = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (var item in array)
        {
            if (item is not JsonObject obj)
            {
                return null;
            }

            var name = obj[key] switch
            {
                null => Unkeyed,
                JsonValue value when value.TryGetValue<string>(out var text) => text,
                _ => null,
            };
            if (name is null || !entries.TryAdd(name, obj))
            {
                return null;
            }
        }

        return entries;
    }

    // A string holding a JSON object or list, parsed and masked like inputs; null for any other value.
    private static JsonNode? EmbeddedJson(JsonValue value)
    {
        if (!value.TryGetValue<string>(out var text))
        {
            return null;
        }

        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length < 2 || !((trimmed[0] == '{' && trimmed[^1] == '}') || (trimmed[0] == '[' && trimmed[^1] == ']')))
        {
            return null;
        }

        try
        {
            var parsed = JsonNode.Parse(text);
            return parsed is JsonObject or JsonArray
                ? SecretMasker.ByWireNameOnly.MaskInputs(new JsonObject { ["document"] = parsed })["document"]
                : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static string Member(string path, string key) =>
        PlainKey().IsMatch(key)
            ? (path.Length == 0 || path.EndsWith('#') ? path + key : $"{path}.{key}")
            : $"{path}[\"{key.Replace("\"", "\\\"", StringComparison.Ordinal)}\"]";

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_-]*$")]
    private static partial Regex PlainKey();
}
