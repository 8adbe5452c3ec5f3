using System.Collections.Immutable;
using System.Globalization;

namespace IdentityFabric.Catalog.Loading;

/// <summary>
/// Reads one catalog file's node tree: records the location of every node it visits, and reports each
/// structural problem (unknown key, wrong type, missing field) at the offending node.
/// </summary>
internal sealed class NodeReader(string file, ProblemCollector problems, Dictionary<(string File, string Path), SourceLocation> locations)
{
    public string File { get; } = file;

    public ProblemCollector Problems { get; } = problems;

    public SourceLocation Locate(YamlNode node, string path)
    {
        var location = new SourceLocation(File, node.Line, node.Column, path);
        locations[(File, path)] = location;
        return location;
    }

    /// <summary>Reports a structural problem. When <paramref name="dropsValue"/>, the value at
    /// <paramref name="path"/> was not used, so validation stays silent about it.</summary>
    public void Error(YamlNode node, string path, string message, bool dropsValue = true)
    {
        var location = new SourceLocation(File, node.Line, node.Column, path);
        if (dropsValue)
        {
            Problems.Structural(location, message);
        }
        else
        {
            Problems.Add(CatalogProblem.Error(location, message));
        }
    }

    /// <summary>Opens a mapping, reporting duplicate and unknown keys; null (after an error) if it is not a mapping.</summary>
    public MappingReader? Mapping(YamlNode node, string path, IReadOnlyList<string> allowedKeys)
    {
        if (node is not MappingNode mapping)
        {
            Error(node, path, $"expected a mapping, got {node.Describe()}");
            return null;
        }

        Locate(node, path);
        var values = new Dictionary<string, (ScalarNode Key, YamlNode Value)>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Entries)
        {
            if (keyNode is not ScalarNode key || key.Kind == ScalarKind.Null)
            {
                Error(keyNode, path, $"keys must be plain names, got {keyNode.Describe()}", dropsValue: false);
                continue;
            }

            if (!allowedKeys.Contains(key.Value, StringComparer.Ordinal))
            {
                Error(key, path, UnknownKey(key.Value, allowedKeys), dropsValue: false);
                continue;
            }

            if (values.TryGetValue(key.Value, out var first))
            {
                Error(key, FieldPath.Combine(path, key.Value), $"duplicate key '{key.Value}' (first at line {first.Key.Line})", dropsValue: false);
                continue;
            }

            values[key.Value] = (key, value);
        }

        return new MappingReader(this, mapping, path, values);
    }

    /// <summary>The items of a list node, with their paths; reports a non-list.</summary>
    public IEnumerable<(YamlNode Node, string Path, int Index)> Items(YamlNode node, string path)
    {
        if (node is not SequenceNode sequence)
        {
            Error(node, path, $"expected a list, got {node.Describe()}");
            yield break;
        }

        Locate(node, path);
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            yield return (sequence.Items[i], FieldPath.Index(path, i), i);
        }
    }

    public string? AsString(YamlNode node, string path)
    {
        if (node is ScalarNode { Kind: ScalarKind.String } scalar)
        {
            Locate(node, path);
            return scalar.Value;
        }

        Error(node, path, $"expected a string, got {node.Describe()}{QuoteHint(node)}");
        return null;
    }

    public int? AsInt(YamlNode node, string path)
    {
        if (node is ScalarNode { Kind: ScalarKind.Int } scalar &&
            int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            Locate(node, path);
            return value;
        }

        Error(node, path, node is ScalarNode { Kind: ScalarKind.Int }
            ? "integer out of range"
            : $"expected an integer, got {node.Describe()}");
        return null;
    }

    public bool? AsBool(YamlNode node, string path)
    {
        if (node is ScalarNode { Kind: ScalarKind.Bool } scalar)
        {
            Locate(node, path);
            return scalar.Value is "true" or "True" or "TRUE";
        }

        Error(node, path, $"expected true or false, got {node.Describe()}");
        return null;
    }

    public TimeSpan? AsDuration(YamlNode node, string path)
    {
        var text = AsString(node, path);
        if (text is null)
        {
            return null;
        }

        if (Durations.TryParse(text, out var duration))
        {
            return duration;
        }

        Error(node, path, $"'{text}' is not a duration (write a whole number and a unit: ms, s, m, h or d, e.g. 30s, 8h, 7d)");
        return null;
    }

    public T? AsEnum<T>(YamlNode node, string path, IReadOnlyDictionary<string, T> names)
        where T : struct, Enum
    {
        var text = AsString(node, path);
        if (text is null)
        {
            return null;
        }

        if (names.TryGetValue(text, out var value))
        {
            return value;
        }

        Error(node, path, $"'{text}' is not one of {string.Join(", ", names.Keys)}");
        return null;
    }

    private static string QuoteHint(YamlNode node) =>
        node is ScalarNode { Kind: ScalarKind.Int or ScalarKind.Float or ScalarKind.Bool } ? " (quote it to make it a string)" : "";

    private static string UnknownKey(string key, IReadOnlyList<string> allowed)
    {
        var suggestion = allowed
            .Select(a => (Name: a, Distance: Levenshtein(key.ToLowerInvariant(), a.ToLowerInvariant())))
            .Where(c => c.Distance <= Math.Max(2, c.Name.Length / 3))
            .OrderBy(c => c.Distance)
            .Select(c => c.Name)
            .FirstOrDefault();
        return suggestion is null
            ? $"unknown key '{key}' (allowed: {string.Join(", ", allowed)})"
            : $"unknown key '{key}' (did you mean '{suggestion}'?)";
    }

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}

/// <summary>The fields of one mapping, with typed accessors that report missing and mistyped values.</summary>
internal sealed class MappingReader(NodeReader reader, MappingNode node, string path, Dictionary<string, (ScalarNode Key, YamlNode Value)> values)
{
    public NodeReader Reader { get; } = reader;

    public string Path { get; } = path;

    public SourceLocation Location => Reader.Locate(node, Path);

    public bool Has(string key) => values.ContainsKey(key);

    public string FieldPath(string key) => Catalog.FieldPath.Combine(Path, key);

    public YamlNode? Node(string key, bool required)
    {
        if (values.TryGetValue(key, out var entry))
        {
            if (entry.Value is ScalarNode { Kind: ScalarKind.Null } && required)
            {
                Reader.Error(entry.Value, FieldPath(key), "a value is required");
                return null;
            }

            return entry.Value is ScalarNode { Kind: ScalarKind.Null } ? null : entry.Value;
        }

        if (required)
        {
            Reader.Problems.Structural(
                new SourceLocation(Reader.File, node.Line, node.Column, Path),
                $"missing required field '{key}'",
                suppressUnder: FieldPath(key));
        }

        return null;
    }

    public string? String(string key, bool required = false) =>
        Node(key, required) is { } n ? Reader.AsString(n, FieldPath(key)) : null;

    public int? Int(string key, bool required = false) =>
        Node(key, required) is { } n ? Reader.AsInt(n, FieldPath(key)) : null;

    public bool? Bool(string key, bool required = false) =>
        Node(key, required) is { } n ? Reader.AsBool(n, FieldPath(key)) : null;

    public TimeSpan? Duration(string key, bool required = false) =>
        Node(key, required) is { } n ? Reader.AsDuration(n, FieldPath(key)) : null;

    public T? Enum<T>(string key, IReadOnlyDictionary<string, T> names, bool required = false)
        where T : struct, System.Enum =>
        Node(key, required) is { } n ? Reader.AsEnum(n, FieldPath(key), names) : null;

    public MappingReader? Mapping(string key, IReadOnlyList<string> allowed, bool required = false) =>
        Node(key, required) is { } n ? Reader.Mapping(n, FieldPath(key), allowed) : null;

    public IEnumerable<(YamlNode Node, string Path, int Index)> Items(string key, bool required = false) =>
        Node(key, required) is { } n ? Reader.Items(n, FieldPath(key)) : [];

    /// <summary>A list of strings; items of the wrong type are reported and skipped.</summary>
    public IReadOnlyList<string> Strings(string key, bool required = false)
    {
        var list = new List<string>();
        foreach (var (item, itemPath, _) in Items(key, required))
        {
            if (Reader.AsString(item, itemPath) is { } text)
            {
                list.Add(text);
            }
        }

        return list.ToImmutableArray();
    }

    /// <summary>A mapping of names to strings (e.g. hostnames per environment), in key order.</summary>
    public IReadOnlyDictionary<string, string> StringMap(string key, bool required = false)
    {
        var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (Node(key, required) is not { } n)
        {
            return ImmutableSortedDictionary<string, string>.Empty;
        }

        if (n is not MappingNode mapping)
        {
            Reader.Error(n, FieldPath(key), $"expected a mapping, got {n.Describe()}");
            return ImmutableSortedDictionary<string, string>.Empty;
        }

        Reader.Locate(n, FieldPath(key));
        foreach (var (keyNode, value) in mapping.Entries)
        {
            if (keyNode is not ScalarNode { Kind: ScalarKind.String } name)
            {
                Reader.Error(keyNode, FieldPath(key), $"keys must be names, got {keyNode.Describe()}");
                continue;
            }

            var entryPath = Catalog.FieldPath.Combine(FieldPath(key), name.Value);
            if (map.ContainsKey(name.Value))
            {
                Reader.Error(name, entryPath, $"duplicate key '{name.Value}'");
                continue;
            }

            if (Reader.AsString(value, entryPath) is { } text)
            {
                map[name.Value] = text;
            }
        }

        return map.ToImmutableSortedDictionary(StringComparer.Ordinal);
    }
}
