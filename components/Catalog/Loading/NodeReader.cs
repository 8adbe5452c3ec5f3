using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;

namespace IdentityFabric.Catalog.Loading;

/// <summary>
/// The field path of a node (<c>services[3].calls[1]</c>) as its parent's path, a field and an index, with the key
/// under which its position is recorded. The text is spelled out only when a problem needs it: a large catalog has
/// millions of nodes and almost never a problem at one.
/// </summary>
internal readonly struct NodePath(string parent, string? name, int index, PathKey key)
{
    /// <summary>The key under which the node's position is recorded.</summary>
    public PathKey Key { get; } = key;

    /// <summary>Whether the path was given whole (see <see cref="NodeReader.At"/>), not as a parent and a field.</summary>
    public bool IsWhole => name is null;

    /// <summary>The path as problem lines show it.</summary>
    public string Text => name is null ? parent : FieldPath.Combine(parent, name, index < 0 ? null : index);

    public override string ToString() => Text;
}

/// <summary>
/// Reads one catalog file's node tree: records the location of every node it visits, and reports each
/// structural problem (unknown key, wrong type, missing field) at the offending node.
/// </summary>
internal sealed class NodeReader(string file, ProblemCollector problems, SourceMap locations, Dictionary<string, string> names)
{
    // Names and references repeat (a service's name in every "calls" that reaches it, a health check path in every
    // service): the records of one load share one string for each (the loader's table, across its files), instead of
    // keeping every copy the parser made.
    private readonly Dictionary<string, string> _names = names;

    public string File { get; } = file;

    public ProblemCollector Problems { get; } = problems;

    /// <summary>The path <paramref name="path"/> of this file, with its key.</summary>
    public NodePath At(string path) => new(path, null, -1, PathKey.Of(File, path));

    /// <summary>Records where the node at <paramref name="path"/> is.</summary>
    public void Mark(YamlNode node, string path) => locations.Add(File, path, node.Line, node.Column);

    /// <summary>Records where the node at <paramref name="path"/> is.</summary>
    public void Mark(YamlNode node, in NodePath path)
    {
        if (path.IsWhole)
        {
            // May be a top-level section, which the map also keeps by name; its key was computed with the path.
            locations.Add(File, path.Text, path.Key, node.Line, node.Column);
        }
        else
        {
            locations.Add(path.Key, node.Line, node.Column);
        }
    }

    /// <summary>Records where the node at <paramref name="path"/> is, by position.</summary>
    public void Mark(int line, int column, string path) => locations.Add(File, path, line, column);

    /// <summary>Reports a structural problem. When <paramref name="dropsValue"/>, the value at
    /// <paramref name="path"/> was not used, so validation stays silent about it.</summary>
    public void Error(YamlNode node, string path, string message, bool dropsValue = true)
    {
        var location = new SourceLocation(File, node.Line, node.Column, path);
        if (node.Via is { } via)
        {
            message += $" (in the value of anchor {via})";
        }

        if (dropsValue)
        {
            Problems.Structural(location, message);
        }
        else
        {
            Problems.Add(CatalogProblem.Error(location, message));
        }
    }

    /// <inheritdoc cref="Error(YamlNode, string, string, bool)"/>
    public void Error(YamlNode node, in NodePath path, string message, bool dropsValue = true) =>
        Error(node, path.Text, message, dropsValue);

    /// <summary>Opens a mapping, reporting duplicate and unknown keys; null (after an error) if it is not a mapping.</summary>
    public MappingReader? Mapping(YamlNode node, string path, string[] allowedKeys)
    {
        if (node is not MappingNode mapping)
        {
            Error(node, path, $"expected a mapping, got {node.Describe()}");
            return null;
        }

        var at = At(path);
        Mark(node, at);
        // One slot per allowed key (a handful), holding the position of its entry plus one, instead of a dictionary.
        var slots = new int[allowedKeys.Length];
        var entries = mapping.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            var keyNode = entries[i].Key;
            if (keyNode is not ScalarNode key || key.Kind == ScalarKind.Null)
            {
                Error(keyNode, path, $"keys must be plain names, got {keyNode.Describe()}", dropsValue: false);
                continue;
            }

            var slot = Array.IndexOf(allowedKeys, key.Value);
            if (slot < 0)
            {
                Error(key, path, UnknownKey(key.Value, allowedKeys), dropsValue: false);
                continue;
            }

            if (slots[slot] > 0)
            {
                var first = entries[slots[slot] - 1].Key;
                Error(key, FieldPath.Combine(path, key.Value), $"duplicate key '{key.Value}' (first at line {first.Line})", dropsValue: false);
                continue;
            }

            slots[slot] = i + 1;
        }

        return new MappingReader(this, mapping, path, at.Key, allowedKeys, slots);
    }

    /// <summary>The items of a list node, with their paths; reports a non-list.</summary>
    public IEnumerable<(YamlNode Node, string Path, int Index)> Items(YamlNode node, string path)
    {
        if (node is not SequenceNode sequence)
        {
            Error(node, path, $"expected a list, got {node.Describe()}");
            yield break;
        }

        Mark(node, path);
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            yield return (sequence.Items[i], FieldPath.Index(path, i), i);
        }
    }

    /// <inheritdoc cref="AsString(YamlNode, in NodePath, TextForm)"/>
    public string? AsString(YamlNode node, string path, TextForm form = TextForm.Value) => AsString(node, At(path), form);

    /// <summary>
    /// A string value. Every string holds text: not empty, no control or invisible characters; unless it is
    /// <see cref="TextForm.Prose"/>, it is one line without leading or trailing spaces, since it names or refers to
    /// something, or ends up in a cloud object's name, a URL or a policy.
    /// </summary>
    public string? AsString(YamlNode node, in NodePath path, TextForm form = TextForm.Value)
    {
        if (node is not ScalarNode { Kind: ScalarKind.String } scalar)
        {
            Error(node, path, $"expected a string, got {node.Describe()}{QuoteHint(node)}");
            return null;
        }

        if (TextProblem(scalar.Value, form) is { } problem)
        {
            Error(node, path, problem);
            return null;
        }

        Mark(node, path);
        if (form == TextForm.Prose)
        {
            return scalar.Value;
        }

        ref var shared = ref CollectionsMarshal.GetValueRefOrAddDefault(_names, scalar.Value, out _);
        return shared ??= scalar.Value;
    }

    /// <summary>Why <paramref name="text"/> cannot be a string value of the given form, or null.</summary>
    public static string? TextProblem(string text, TextForm form)
    {
        // Most values are printable ASCII: one vectorized pass settles them (the checks below would all pass).
        if (text.Length > 0 && !text.AsSpan().ContainsAnyExceptInRange(' ', '~') &&
            (form == TextForm.Prose ? text.AsSpan().ContainsAnyExcept(' ') : text[0] != ' ' && text[^1] != ' '))
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return text.Length == 0
                ? "must not be empty (give a value, or remove the key)"
                : "must not be blank (only spaces or line breaks)";
        }

        if (CatalogCharacters.FirstProblem(text) is { } bad)
        {
            return $"holds {bad.What} at character {bad.Index + 1}; only printable text is allowed";
        }

        if (form == TextForm.Prose)
        {
            return null;
        }

        var lineBreak = text.AsSpan().IndexOfAny('\n', '\r', '\t');
        if (lineBreak >= 0)
        {
            return $"holds a {(text[lineBreak] == '\t' ? "tab" : "line break")} at character {lineBreak + 1}; only descriptions may";
        }

        return char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])
            ? $"'{text}' has leading or trailing spaces"
            : null;
    }

    public int? AsInt(YamlNode node, in NodePath path)
    {
        if (node is not ScalarNode { Kind: ScalarKind.Int } scalar)
        {
            Error(node, path, $"expected an integer, got {node.Describe()}");
            return null;
        }

        if (scalar.Value.StartsWith("0x", StringComparison.Ordinal) || scalar.Value.StartsWith("0o", StringComparison.Ordinal))
        {
            var number = scalar.Value[1] == 'x'
                ? (long.TryParse(scalar.Value.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex) && hex >= 0 ? hex.ToString(CultureInfo.InvariantCulture) : null)
                : OctalValue(scalar.Value[2..]);
            Error(node, path, $"write the integer in decimal digits{(number is null ? "" : $" ({scalar.Value} is {number})")}");
            return null;
        }

        if (int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            Mark(node, path);
            return value;
        }

        Error(node, path, $"integer {Shorten(scalar.Value)} is out of range ({int.MinValue} to {int.MaxValue})");
        return null;
    }

    private static string? OctalValue(string digits)
    {
        long value = 0;
        foreach (var digit in digits)
        {
            if (value > long.MaxValue / 8)
            {
                return null;
            }

            value = value * 8 + (digit - '0');
        }

        return value.ToString(CultureInfo.InvariantCulture);
    }

    private static string Shorten(string text) => text.Length <= 24 ? text : text[..21] + "...";

    public bool? AsBool(YamlNode node, in NodePath path)
    {
        if (node is ScalarNode { Kind: ScalarKind.Bool } scalar)
        {
            Mark(node, path);
            return scalar.Value is "true" or "True" or "TRUE";
        }

        Error(node, path, $"expected true or false, got {node.Describe()}");
        return null;
    }

    public TimeSpan? AsDuration(YamlNode node, in NodePath path)
    {
        if (node is ScalarNode { Kind: ScalarKind.Int } number)
        {
            Error(node, path, $"'{number.Value}' has no unit (write a whole number and a unit: ms, s, m, h or d, e.g. 30s, 8h, 7d)");
            return null;
        }

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
        where T : struct, Enum => AsEnum(node, At(path), names);

    public T? AsEnum<T>(YamlNode node, in NodePath path, IReadOnlyDictionary<string, T> names)
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

    public static string UnknownKey(string key, IReadOnlyList<string> allowed)
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

/// <summary>What kind of text a string field holds.</summary>
internal enum TextForm
{
    /// <summary>A name, reference, id, URL, path or setting: one line, trimmed.</summary>
    Value,

    /// <summary>Free text for people (descriptions): may span lines.</summary>
    Prose,
}

/// <summary>The fields of one mapping, with typed accessors that report missing and mistyped values.</summary>
internal sealed class MappingReader(NodeReader reader, MappingNode node, string path, PathKey key, string[] allowedKeys, int[] slots)
{
    // Shared by every empty list read (one boxed empty array, as ImmutableArray's own empties share one array).
    private static readonly IReadOnlyList<string> NoStrings = ImmutableArray<string>.Empty;

    public NodeReader Reader { get; } = reader;

    public string Path { get; } = path;

    public SourceLocation Location => new(Reader.File, node.Line, node.Column, Path);

    public bool Has(string key) => Find(key) is not null;

    public string FieldPath(string key) => Catalog.FieldPath.Combine(Path, key);

    /// <summary>The path of field <paramref name="field"/>, spelled out only if a problem needs it.</summary>
    private NodePath At(string field) => new(Path, field, -1, key.Field(field));

    /// <summary>The entry of <paramref name="field"/>: the first one written under that key, if any.</summary>
    private KeyValuePair<YamlNode, YamlNode>? Find(string field)
    {
        var slot = Array.IndexOf(allowedKeys, field);
        return slot < 0 || slots[slot] == 0 ? null : node.Entries[slots[slot] - 1];
    }

    public YamlNode? Node(string key, bool required)
    {
        if (Find(key) is { Key: var keyNode, Value: var value })
        {
            // A key written without a value (or with ~) is a mistake, not an empty section: say so at the key.
            if (value is ScalarNode { Kind: ScalarKind.Null })
            {
                Reader.Mark(keyNode, FieldPath(key));
                Reader.Error(keyNode, FieldPath(key), required
                    ? $"'{key}' has no value; a value is required"
                    : $"'{key}' has no value; give one, or remove the key");
                return null;
            }

            return value;
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

    public string? String(string key, bool required = false, TextForm form = TextForm.Value) =>
        Node(key, required) is { } n ? Reader.AsString(n, At(key), form) : null;

    public int? Int(string key, bool required = false) =>
        Node(key, required) is { } n ? Reader.AsInt(n, At(key)) : null;

    public bool? Bool(string key, bool required = false) =>
        Node(key, required) is { } n ? Reader.AsBool(n, At(key)) : null;

    public TimeSpan? Duration(string key, bool required = false) =>
        Node(key, required) is { } n ? Reader.AsDuration(n, At(key)) : null;

    public T? Enum<T>(string key, IReadOnlyDictionary<string, T> names, bool required = false)
        where T : struct, System.Enum =>
        Node(key, required) is { } n ? Reader.AsEnum(n, At(key), names) : null;

    public MappingReader? Mapping(string key, string[] allowed, bool required = false) =>
        Node(key, required) is { } n ? Reader.Mapping(n, FieldPath(key), allowed) : null;

    public IEnumerable<(YamlNode Node, string Path, int Index)> Items(string key, bool required = false) =>
        Node(key, required) is { } n ? Reader.Items(n, FieldPath(key)) : [];

    /// <summary>A list of strings; items of the wrong type are reported and skipped.</summary>
    /// <param name="key">The key.</param>
    /// <param name="required">Whether the key must be present.</param>
    /// <param name="omitMeansAll">When leaving the key out means "all" (every method, every provider), an empty list
    /// is refused: it reads as "none" to a person and as "all" to the fabric.</param>
    public IReadOnlyList<string> Strings(string key, bool required = false, string? omitMeansAll = null)
    {
        var node = Node(key, required);
        if (node is null)
        {
            return NoStrings;
        }

        if (node is SequenceNode { Items.Count: 0 } && omitMeansAll is not null)
        {
            Reader.Error(node, FieldPath(key), $"an empty list would mean {omitMeansAll}; leave '{key}' out for that, or list them");
            return NoStrings;
        }

        if (node is not SequenceNode sequence)
        {
            Reader.Error(node, FieldPath(key), $"expected a list, got {node.Describe()}");
            return NoStrings;
        }

        var at = At(key);
        Reader.Mark(node, at);
        var items = sequence.Items;
        var list = new string[items.Count];
        var count = 0;
        for (var i = 0; i < items.Count; i++)
        {
            if (Reader.AsString(items[i], new NodePath(Path, key, i, at.Key.Index(i))) is { } text)
            {
                list[count++] = text;
            }
        }

        if (count == 0)
        {
            return NoStrings;
        }

        if (count < list.Length)
        {
            Array.Resize(ref list, count);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(list);
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

        Reader.Mark(n, FieldPath(key));
        for (var i = 0; i < mapping.Entries.Count; i++)
        {
            var (keyNode, value) = mapping.Entries[i];
            if (keyNode is not ScalarNode { Kind: ScalarKind.String } name)
            {
                Reader.Error(keyNode, FieldPath(key), $"keys must be names, got {keyNode.Describe()}");
                continue;
            }

            var entryPath = Catalog.FieldPath.Combine(FieldPath(key), name.Value);
            if (NodeReader.TextProblem(name.Value, TextForm.Value) is { } problem)
            {
                Reader.Error(name, FieldPath(key), $"key {problem}");
                continue;
            }

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
