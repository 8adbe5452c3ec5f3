using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using IdentityFabric.Components.Preflight.Data;

namespace IdentityFabric.Components.Preflight.Aws;

/// <summary>
/// Checks an AWS resource's inputs against the constraints of the API members they map to: required, length,
/// pattern, range, enum, and one member per union. Inputs that map to no member are listed, never skipped silently.
/// </summary>
internal static class ApiConstraintRule
{
    public static void Check(PreflightResource resource, ApiMapping mapping, ConstraintTable table, FindingSink sink)
    {
        var walker = new Walker(resource, mapping, table, sink);
        foreach (var (member, inputs) in RequiredOf(mapping, table))
        {
            if (!Supplies(resource, inputs) && !mapping.ProviderSupplied.Contains(member.Member))
            {
                sink.Error(resource, inputs.FirstOrDefault() ?? member.Member, null, "aws-api.required", Source(table, member),
                    inputs.Length == 0
                        ? $"{member.Member} is required and no input of {resource.Type} supplies it"
                        : $"required by {member.Member}, but not set");
            }
        }

        foreach (var (key, value) in resource.Inputs)
        {
            if (value is null)
            {
                continue;
            }

            if (mapping.Members.TryGetValue(key, out var api))
            {
                walker.Walk(key, InputPath.Root(key), value, api);
            }
            else if (!mapping.ProviderOnly.ContainsKey(key) && !mapping.Members.Keys.Any(k => k.StartsWith(key + "[]", StringComparison.Ordinal)))
            {
                sink.NotMapped(resource.Type, key, $"no member of {mapping.Operation} takes it");
            }
            else if (mapping.ProviderOnly.TryGetValue(key, out var reason))
            {
                sink.NotMapped(resource.Type, key, reason);
            }
            else
            {
                walker.Walk(key, InputPath.Root(key), value, null);
            }
        }
    }

    // The operation's required members, each with the inputs that supply it, are the same for every resource of a
    // type: found once per mapping (and table) instead of scanning the mapping for every resource.
    private sealed record RequiredInputs(ConstraintTable Table, (ApiMember Member, string[] Inputs)[] Members);

    private static readonly ConditionalWeakTable<ApiMapping, RequiredInputs> RequiredByMapping = new();

    private static (ApiMember Member, string[] Inputs)[] RequiredOf(ApiMapping mapping, ConstraintTable table)
    {
        if (RequiredByMapping.TryGetValue(mapping, out var known) && ReferenceEquals(known.Table, table))
        {
            return known.Members;
        }

        var members = table.RequiredChildrenOf(mapping.Operation)
            .Select(required => (required.Member, mapping.Members
                .Where(p => string.Equals(p.Value, required.Member.Member, StringComparison.OrdinalIgnoreCase))
                .Select(p => p.Key)
                .ToArray()))
            .ToArray();
        RequiredByMapping.AddOrUpdate(mapping, new RequiredInputs(table, members));
        return members;
    }

    private static bool Supplies(PreflightResource resource, string[] inputs)
    {
        foreach (var input in inputs)
        {
            if (resource.Inputs[input] is not null)
            {
                return true;
            }
        }

        return false;
    }

    internal static string Source(ConstraintTable table, ApiMember member) => $"AWS API model {member.Member} ({table.SourceLine})";

    private sealed class Walker(PreflightResource resource, ApiMapping mapping, ConstraintTable table, FindingSink sink)
    {
        public void Walk(string shape, InputPath path, JsonNode node, string? api)
        {
            if (mapping.Members.TryGetValue(shape, out var mapped))
            {
                api = mapped;
            }

            if (api is null)
            {
                // A list whose items are mapped one level down (inlinePolicies[].policy).
                if (node is JsonArray items)
                {
                    for (var i = 0; i < items.Count; i++)
                    {
                        if (items[i] is { } item)
                        {
                            Walk(Names.Join(shape, "[]"), path.Item(i), item, null);
                        }
                    }
                }
                else if (node is JsonObject fields)
                {
                    for (var at = 0; at < fields.Count; at++)
                    {
                        var (key, value) = fields.GetAt(at);
                        if (value is not null)
                        {
                            Walk(Names.Join(shape, ".", key), path.Field(key), value, null);
                        }
                    }
                }

                return;
            }

            var member = table.Find(api);
            if (member is null)
            {
                sink.NotMapped(resource.Type, shape, $"no API member {api}");
                return;
            }

            CheckValue(member, path, node);
            switch (node)
            {
                case JsonObject obj when member.Kind is "structure" or "union":
                    for (var at = 0; at < obj.Count; at++)
                    {
                        var (key, value) = obj.GetAt(at);
                        if (value is not null)
                        {
                            Walk(Names.Join(shape, ".", key), path.Field(key), value, Names.Join(api, ".", Rename(key)));
                        }
                    }

                    CheckRequired(obj, member, path);
                    break;
                case JsonObject obj when member.Kind == "map":
                    for (var at = 0; at < obj.Count; at++)
                    {
                        var (key, value) = obj.GetAt(at);
                        if (table.Find(Names.Join(api, "{key}")) is { } keyMember)
                        {
                            CheckValue(keyMember, path.Field(key), JsonValue.Create(key));
                        }

                        if (value is not null && table.Find(Names.Join(api, "{value}")) is { } valueMember)
                        {
                            CheckValue(valueMember, path.Field(key), value);
                        }
                    }

                    break;
                case JsonObject obj when member.Kind == "list":
                    // A tag map in Pulumi, a list of {Key, Value} in the API.
                    var parts = table.ChildrenOf(Names.Join(api, "[]"));
                    var keyPart = parts.FirstOrDefault(p => p.Member.EndsWith(".key", StringComparison.OrdinalIgnoreCase));
                    var valuePart = parts.FirstOrDefault(p => p.Member.EndsWith(".value", StringComparison.OrdinalIgnoreCase));
                    if (keyPart is null || valuePart is null)
                    {
                        sink.NotMapped(resource.Type, shape, $"{api} is a list, not a map");
                        break;
                    }

                    for (var at = 0; at < obj.Count; at++)
                    {
                        var (key, value) = obj.GetAt(at);
                        CheckValue(keyPart, path.Field(key), JsonValue.Create(key));
                        if (value is not null)
                        {
                            CheckValue(valuePart, path.Field(key), value);
                        }
                    }

                    break;
                case JsonArray array when member.Kind == "list":
                    for (var i = 0; i < array.Count; i++)
                    {
                        if (array[i] is { } item)
                        {
                            Walk(Names.Join(shape, "[]"), path.Item(i), item, Names.Join(api, "[]"));
                        }
                    }

                    break;
                case JsonObject or JsonArray:
                    sink.NotMapped(resource.Type, shape, $"the input is {(node is JsonArray ? "a list" : "an object")}, {api} is a {member.Kind}");
                    break;
                default:
                    break;
            }
        }

        private string Rename(string key) => mapping.Renames.TryGetValue(key, out var renamed) ? renamed : key;

        // Whether the object sets (non-null) the API member of this name, its keys renamed as the mapping says.
        private bool Holds(JsonObject obj, string name)
        {
            for (var at = 0; at < obj.Count; at++)
            {
                var (key, value) = obj.GetAt(at);
                if (value is not null && string.Equals(Rename(key), name, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        private void CheckRequired(JsonObject obj, ApiMember parent, InputPath path)
        {
            // Most structures require a member or two: each is looked for among the object's few keys, with no set built.
            var required = table.RequiredChildrenOf(parent.Member);
            for (var i = 0; i < required.Count; i++)
            {
                var (child, name) = required[i];
                if (!Holds(obj, name))
                {
                    sink.Error(resource, path.Field(name).ToString(), null, "aws-api.required", Source(table, child), $"{child.Member} is required");
                }
            }

            if (parent.Kind != "union")
            {
                return;
            }

            var present = new HashSet<string>(obj.Count, StringComparer.OrdinalIgnoreCase);
            for (var at = 0; at < obj.Count; at++)
            {
                var (key, value) = obj.GetAt(at);
                if (value is not null)
                {
                    present.Add(Rename(key));
                }
            }

            if (present.Count != 1)
            {
                sink.Error(resource, path.ToString(), obj, "aws-api.union", Source(table, parent),
                    $"{parent.Member} takes exactly one of its members, not {present.Count}");
            }
        }

        private void CheckValue(ApiMember member, InputPath path, JsonNode node)
        {
            // The path and the source are spelled out only for a finding: most values pass.
            switch (member.Kind)
            {
                case "string" when node is JsonValue value && value.TryGetValue<string>(out var text):
                {
                    var secret = member.Sensitive;
                    var length = RuneCount(text);
                    if (member.Min is { } shortest && length < shortest)
                    {
                        sink.Error(resource, path.ToString(), node, "aws-api.length", Source(table, member), $"{length} characters, {member.Member} takes at least {shortest}", secret);
                    }

                    if (member.Max is { } longest && length > longest)
                    {
                        sink.Error(resource, path.ToString(), node, "aws-api.length", Source(table, member), $"{length} characters, {member.Member} takes at most {longest}", secret);
                    }

                    if (member.Enum is { } allowed && !allowed.Contains(text, StringComparer.Ordinal))
                    {
                        sink.Error(resource, path.ToString(), node, "aws-api.enum", Source(table, member), $"{member.Member} takes one of {string.Join(", ", allowed)}", secret);
                    }

                    if (member.Regex is { } regex && !Matches(regex, text))
                    {
                        sink.Error(resource, path.ToString(), node, "aws-api.pattern", Source(table, member), $"{member.Member} must match {member.Pattern}", secret);
                    }

                    break;
                }

                case "integer" or "long" or "double" or "float" when node is JsonValue value && Number(value) is { } number:
                    if ((member.Min is { } min && number < min) || (member.Max is { } max && number > max))
                    {
                        sink.Error(resource, path.ToString(), node, "aws-api.range", Source(table, member),
                            $"{member.Member} takes {member.Min?.ToString(CultureInfo.InvariantCulture) ?? "…"} to {member.Max?.ToString(CultureInfo.InvariantCulture) ?? "…"}");
                    }

                    if (member.Enum is { } values && !values.Contains(number.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal))
                    {
                        sink.Error(resource, path.ToString(), node, "aws-api.enum", Source(table, member), $"{member.Member} takes one of {string.Join(", ", values)}");
                    }

                    break;
                case "list" or "map":
                    var count = node switch { JsonArray a => a.Count, JsonObject o => o.Count, _ => -1 };
                    if (count >= 0 && ((member.Min is { } least && count < least) || (member.Max is { } most && count > most)))
                    {
                        sink.Error(resource, path.ToString(), null, "aws-api.length", Source(table, member),
                            $"{count} item(s), {member.Member} takes {member.Min?.ToString(CultureInfo.InvariantCulture) ?? "0"} to {member.Max?.ToString(CultureInfo.InvariantCulture) ?? "any"}");
                    }

                    break;
                case "blob" when node is JsonValue value && value.TryGetValue<string>(out var blob):
                    if (member.Max is { } limit && Encoding.UTF8.GetByteCount(blob) > limit)
                    {
                        sink.Error(resource, path.ToString(), node, "aws-api.length", Source(table, member), $"{member.Member} takes at most {limit} bytes", secret: true);
                    }

                    break;
                default:
                    break;
            }
        }

        // Characters as the API counts them: a surrogate pair is one.
        private static int RuneCount(string text)
        {
            var count = text.Length;
            for (var i = 0; i + 1 < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]))
                {
                    count--;
                    i++;
                }
            }

            return count;
        }

        private static decimal? Number(JsonValue value) =>
            value.TryGetValue<double>(out var d) ? (decimal)d
            : value.TryGetValue<long>(out var l) ? l
            : value.TryGetValue<int>(out var i) ? i
            : value.TryGetValue<decimal>(out var m) ? m
            : null;

        private static bool Matches(Regex regex, string text)
        {
            try
            {
                return regex.IsMatch(text);
            }
            catch (RegexMatchTimeoutException)
            {
                // A value the pattern cannot decide on in time is not taken as valid.
                return false;
            }
        }
    }
}

/// <summary>
/// Where in a resource's inputs a value sits (<c>inlinePolicies[0].policy</c>), spelled out only when a finding
/// names it: a walk over every input of a large plan builds no strings for values that pass.
/// </summary>
internal sealed class InputPath
{
    private readonly InputPath? _parent;
    private readonly string? _key;
    private readonly int _index;

    private InputPath(InputPath? parent, string? key, int index)
    {
        _parent = parent;
        _key = key;
        _index = index;
    }

    public static InputPath Root(string input) => new(null, input, -1);

    public InputPath Field(string key) => new(this, key, -1);

    public InputPath Item(int index) => new(this, null, index);

    public override string ToString()
    {
        var builder = new StringBuilder();
        Append(builder);
        return builder.ToString();
    }

    private void Append(StringBuilder builder)
    {
        if (_parent is not null)
        {
            _parent.Append(builder);
            if (_key is not null)
            {
                builder.Append('.');
            }
        }

        if (_key is not null)
        {
            builder.Append(_key);
        }
        else
        {
            builder.Append('[').Append(_index.ToString(CultureInfo.InvariantCulture)).Append(']');
        }
    }
}

/// <summary>
/// The input shapes and API member names a walk builds (<c>spec.listener[]</c>, <c>CreateRoleRequest.Tags</c>) come
/// from schemas, so the same few thousand recur for every resource of a type: each is built once and shared. The
/// table is bounded, so inputs with unusual keys cannot grow it without limit.
/// </summary>
internal static class Names
{
    private const int Capacity = 100_000;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string, string), string> Joined = new();

    // The table's size, kept apart: ConcurrentDictionary.Count takes every one of its locks, and misses come from
    // two threads at once on a large plan.
    private static int _joinedCount;

    public static string Join(string first, string second) => Join(first, second, "");

    public static string Join(string first, string separator, string second)
    {
        if (Joined.TryGetValue((first, separator, second), out var joined))
        {
            return joined;
        }

        joined = string.Concat(first, separator, second);
        if (Volatile.Read(ref _joinedCount) < Capacity && Joined.TryAdd((first, separator, second), joined))
        {
            Interlocked.Increment(ref _joinedCount);
        }

        return joined;
    }
}
