using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace IdentityFabric.Catalog.Loading;

/// <summary>The YAML 1.2 core-schema type of a scalar, which decides whether it may fill a given field.</summary>
internal enum ScalarKind
{
    Null,
    Bool,
    Int,
    Float,
    String,
}

/// <summary>A YAML node with its 1-based position; built from parser events so every node keeps line:col.</summary>
internal abstract class YamlNode(int line, int column)
{
    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>For a node repeated by an alias: the anchor it was written under (e.g. <c>&amp;defaults at line 3</c>),
    /// so a problem inside it is placed at the alias and still says where the text is.</summary>
    public string? Via { get; init; }

    /// <summary>How many nodes this one holds, itself included (what an alias to it repeats); counted when an alias
    /// asks, so the nodes no alias uses cost nothing.</summary>
    public abstract int Size();

    /// <summary>How the node's type is named in messages ("a mapping", "a list", "a string", ...).</summary>
    public abstract string Describe();
}

internal sealed class ScalarNode(int line, int column, string value, ScalarKind kind) : YamlNode(line, column)
{
    public string Value { get; } = value;

    public ScalarKind Kind { get; } = kind;

    public override int Size() => 1;

    public override string Describe() => Kind switch
    {
        ScalarKind.Null => "null",
        ScalarKind.Bool => $"a boolean ({Value})",
        ScalarKind.Int => $"an integer ({Value})",
        ScalarKind.Float => $"a number ({Value})",
        _ => $"a string ('{Shorten(Value)}')",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";
}

internal sealed class SequenceNode(int line, int column, IReadOnlyList<YamlNode> items) : YamlNode(line, column)
{
    public IReadOnlyList<YamlNode> Items { get; } = items;

    public override int Size()
    {
        var size = 1;
        foreach (var item in Items)
        {
            size += item.Size();
        }

        return size;
    }

    public override string Describe() => "a list";
}

internal sealed class MappingNode(int line, int column, IReadOnlyList<KeyValuePair<YamlNode, YamlNode>> entries)
    : YamlNode(line, column)
{
    public IReadOnlyList<KeyValuePair<YamlNode, YamlNode>> Entries { get; } = entries;

    public override int Size()
    {
        var size = 1;
        foreach (var (key, value) in Entries)
        {
            size += key.Size() + value.Size();
        }

        return size;
    }

    public override string Describe() => "a mapping";
}

/// <summary>Thrown for input that YAML itself rejects; carries the position for a one-line message.</summary>
internal sealed class YamlSyntaxException(int line, int column, string message) : Exception(message)
{
    public int Line { get; } = line;

    public int Column { get; } = column;
}

/// <summary>Receives a document's top level as it is parsed (see <see cref="YamlTree.ParseTopLevel"/>).</summary>
internal interface ITopLevelSink
{
    /// <summary>A whole document whose root is not a plain mapping (a list, a scalar, an anchored mapping).</summary>
    void Document(YamlNode root);

    /// <summary>A document whose root is a mapping begins.</summary>
    void BeginMapping();

    /// <summary>A top-level entry whose value is not a plain list, complete.</summary>
    void Entry(YamlNode key, YamlNode value);

    /// <summary>A top-level list begins at <paramref name="line"/>:<paramref name="column"/>; returns what receives
    /// each item (with its index) as soon as it is read, or null to skip the items.</summary>
    Action<YamlNode, int>? List(YamlNode key, int line, int column);
}

/// <summary>Reads YAML text into <see cref="YamlNode"/> trees, one per document.</summary>
internal static class YamlTree
{
    /// <summary>The most nodes that aliases may repeat in one file; past it the file is refused (an alias "bomb"
    /// would otherwise make the loader visit exponentially many nodes).</summary>
    public const int MaxAliasedNodes = 100_000;

    private const int MaxDepth = 64;

    /// <summary>Parses every document of <paramref name="text"/>; null documents (empty or comment-only) are skipped.</summary>
    public static IReadOnlyList<YamlNode> Parse(string text)
    {
        var parser = new Parser(new StringReader(text));
        var anchors = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var aliased = 0;
        var documents = new List<YamlNode>();
        try
        {
            parser.Consume<StreamStart>();
            while (parser.TryConsume<DocumentStart>(out _))
            {
                var root = ReadNode(parser, anchors, 0, ref aliased);
                parser.Consume<DocumentEnd>();
                if (root is not ScalarNode { Kind: ScalarKind.Null })
                {
                    documents.Add(root);
                }
            }

            parser.Consume<StreamEnd>();
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException)
        {
            throw SyntaxError(parser, ex);
        }

        return documents;
    }

    /// <summary>
    /// Parses every document of <paramref name="text"/>, handing the top level to <paramref name="sink"/> as it goes:
    /// the items of a top-level list are passed one by one and then dropped, so memory holds one item's tree at a
    /// time, not the file's. Returns the number of documents that are not empty.
    /// </summary>
    public static int ParseTopLevel(string text, ITopLevelSink sink)
    {
        var parser = new Parser(new StringReader(text));
        var anchors = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var aliased = 0;
        var documents = 0;

        // Set while the sink runs: what the sink throws is its own fault, never a syntax error of the file.
        var inSink = false;
        try
        {
            parser.Consume<StreamStart>();
            while (parser.TryConsume<DocumentStart>(out _))
            {
                if (parser.Current is MappingStart { Anchor.IsEmpty: true })
                {
                    documents++;
                    inSink = true;
                    sink.BeginMapping();
                    inSink = false;
                    parser.MoveNext();
                    while (!parser.TryConsume<MappingEnd>(out _))
                    {
                        var key = ReadNode(parser, anchors, 1, ref aliased);
                        if (parser.Current is SequenceStart { Anchor.IsEmpty: true } list)
                        {
                            var (line, column) = ((int)list.Start.Line, (int)list.Start.Column);
                            parser.MoveNext();
                            inSink = true;
                            var receive = sink.List(key, line, column);
                            inSink = false;
                            for (var index = 0; !parser.TryConsume<SequenceEnd>(out _); index++)
                            {
                                var item = ReadNode(parser, anchors, 2, ref aliased);
                                inSink = true;
                                receive?.Invoke(item, index);
                                inSink = false;
                            }
                        }
                        else
                        {
                            var value = ReadNode(parser, anchors, 1, ref aliased);
                            inSink = true;
                            sink.Entry(key, value);
                            inSink = false;
                        }
                    }
                }
                else
                {
                    var root = ReadNode(parser, anchors, 0, ref aliased);
                    if (root is not ScalarNode { Kind: ScalarKind.Null })
                    {
                        documents++;
                        inSink = true;
                        sink.Document(root);
                        inSink = false;
                    }
                }

                parser.Consume<DocumentEnd>();
            }

            parser.Consume<StreamEnd>();
        }
        catch (Exception ex) when (!inSink && ex is (YamlException or InvalidOperationException or ArgumentException))
        {
            throw SyntaxError(parser, ex);
        }

        return documents;
    }

    // YamlDotNet reports most malformed streams as a YamlException, and a few as an InvalidOperationException from its
    // scanner (e.g. a flow collection left open after a document end marker) or an ArgumentException from its events
    // (e.g. an empty verbatim tag, !<>): each is a syntax error of the file.
    private static YamlSyntaxException SyntaxError(IParser parser, Exception ex)
    {
        if (ex is YamlException yaml)
        {
            return new YamlSyntaxException((int)yaml.Start.Line, (int)yaml.Start.Column, CleanMessage(yaml));
        }

        var at = parser.Current?.Start;
        var message = ex is ArgumentException { ParamName: { } name } ? ex.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal) : ex.Message;
        return new YamlSyntaxException(Math.Max(1, (int)(at?.Line ?? 1)), Math.Max(1, (int)(at?.Column ?? 1)), "malformed YAML stream: " + message);
    }

    private static YamlNode ReadNode(IParser parser, Dictionary<string, YamlNode> anchors, int depth, ref int aliased)
    {
        if (depth > MaxDepth)
        {
            var at = parser.Current!.Start;
            throw new YamlSyntaxException((int)at.Line, (int)at.Column, $"nesting deeper than {MaxDepth} levels");
        }

        var start = parser.Current!.Start;
        var (line, column) = ((int)start.Line, (int)start.Column);
        YamlNode node;
        string anchor;
        switch (parser.Current)
        {
            case AnchorAlias alias:
                parser.MoveNext();
                if (!anchors.TryGetValue(alias.Value.Value, out var target))
                {
                    throw new YamlSyntaxException(line, column, $"unknown alias '*{alias.Value.Value}'");
                }

                aliased += target.Size();
                if (aliased > MaxAliasedNodes)
                {
                    throw new YamlSyntaxException(line, column, $"aliases repeat more than {MaxAliasedNodes:N0} values in this file; write the values out instead");
                }

                // The copy sits where the alias is written: problems inside it point here, and name the anchor.
                return Relocate(target, line, column, target.Via ?? $"&{alias.Value.Value} at line {target.Line}");
            case Scalar scalar:
                parser.MoveNext();
                node = new ScalarNode(line, column, scalar.Value, Classify(scalar));
                anchor = scalar.Anchor.IsEmpty ? "" : scalar.Anchor.Value;
                break;
            case SequenceStart sequenceStart:
                parser.MoveNext();
                var items = new List<YamlNode>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    items.Add(ReadNode(parser, anchors, depth + 1, ref aliased));
                }

                node = new SequenceNode(line, column, items);
                anchor = sequenceStart.Anchor.IsEmpty ? "" : sequenceStart.Anchor.Value;
                break;
            case MappingStart mappingStart:
                parser.MoveNext();
                var entries = new List<KeyValuePair<YamlNode, YamlNode>>();
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var key = ReadNode(parser, anchors, depth + 1, ref aliased);
                    var value = ReadNode(parser, anchors, depth + 1, ref aliased);
                    entries.Add(new(key, value));
                }

                node = new MappingNode(line, column, entries);
                anchor = mappingStart.Anchor.IsEmpty ? "" : mappingStart.Anchor.Value;
                break;
            default:
                throw new YamlSyntaxException(line, column, $"unexpected {parser.Current!.GetType().Name}");
        }

        if (anchor.Length > 0)
        {
            anchors[anchor] = node;
        }

        return node;
    }

    private static YamlNode Relocate(YamlNode node, int line, int column, string via) => node switch
    {
        ScalarNode scalar => new ScalarNode(line, column, scalar.Value, scalar.Kind) { Via = via },
        SequenceNode sequence => new SequenceNode(line, column, sequence.Items.Select(i => Relocate(i, line, column, via)).ToList()) { Via = via },
        MappingNode mapping => new MappingNode(line, column, mapping.Entries
            .Select(e => new KeyValuePair<YamlNode, YamlNode>(Relocate(e.Key, line, column, via), Relocate(e.Value, line, column, via)))
            .ToList()) { Via = via },
        _ => node,
    };

    private static ScalarKind Classify(Scalar scalar)
    {
        if (!scalar.Tag.IsEmpty)
        {
            return scalar.Tag.Value switch
            {
                "tag:yaml.org,2002:str" => ScalarKind.String,
                "tag:yaml.org,2002:int" => ScalarKind.Int,
                "tag:yaml.org,2002:bool" => ScalarKind.Bool,
                "tag:yaml.org,2002:null" => ScalarKind.Null,
                "tag:yaml.org,2002:float" => ScalarKind.Float,
                _ => ScalarKind.String,
            };
        }

        if (scalar.Style != ScalarStyle.Plain)
        {
            return ScalarKind.String;
        }

        return ClassifyPlain(scalar.Value);
    }

    /// <summary>The type YAML's core schema gives a plain (unquoted) scalar.</summary>
    public static ScalarKind ClassifyPlain(string v)
    {
        // Most plain scalars are names and paths: a null, boolean or number starts with a digit, a sign, a dot, a
        // tilde or one of these letters.
        if (v.Length > 0 && !char.IsAsciiDigit(v[0]) && v[0] is not ('+' or '-' or '.' or '~' or 'n' or 'N' or 't' or 'T' or 'f' or 'F'))
        {
            return ScalarKind.String;
        }

        return v switch
        {
            "" or "~" or "null" or "Null" or "NULL" => ScalarKind.Null,
            "true" or "True" or "TRUE" or "false" or "False" or "FALSE" => ScalarKind.Bool,
            _ when IsInt(v) => ScalarKind.Int,
            _ when IsFloat(v) => ScalarKind.Float,
            _ => ScalarKind.String,
        };
    }

    /// <summary>YAML 1.2 core-schema integers: decimal with an optional sign, <c>0o</c> octal, <c>0x</c> hexadecimal.</summary>
    private static bool IsInt(string v)
    {
        if (v.Length > 2 && v[0] == '0' && v[1] is 'x' or 'o')
        {
            var body = v.AsSpan(2);
            return v[1] == 'x' ? !body.ContainsAnyExcept("0123456789abcdefABCDEF") : !body.ContainsAnyExceptInRange('0', '7');
        }

        var digits = v.AsSpan();
        if (digits.Length > 0 && digits[0] is '+' or '-')
        {
            digits = digits[1..];
        }

        return digits.Length > 0 && !digits.ContainsAnyExceptInRange('0', '9');
    }

    private static bool IsFloat(string v) =>
        v is ".inf" or "-.inf" or "+.inf" or ".nan" or ".NaN" or ".Inf" ||
        (v.Any(char.IsAsciiDigit) &&
         double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _) &&
         v.All(c => char.IsAsciiDigit(c) || c is '.' or 'e' or 'E' or '+' or '-'));

    private static string CleanMessage(YamlException ex)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the problem line already says where.
        var message = ex.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && cut > 0)
        {
            message = message[(cut + 3)..];
        }

        return message.ReplaceLineEndings(" ").Trim().TrimEnd('.');
    }
}
