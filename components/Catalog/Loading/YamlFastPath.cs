namespace IdentityFabric.Catalog.Loading;

/// <summary>
/// Reads the plain YAML that catalogs are written in — block mappings and lists, one-line flow mappings and lists,
/// plain and simply quoted one-line scalars, comments — straight from the text into the same nodes, with the same
/// positions and the same calls to the sink, as <see cref="YamlTree.ParseTopLevel"/> makes from YamlDotNet's events.
/// Anything else (anchors, aliases, tags, block scalars, escapes, multi-line scalars or flow collections, document
/// markers, directives, tabs, empty values, and every malformed construct) makes it give up on the whole file, which
/// YamlDotNet then reads, so every refusal and its message stay YamlDotNet's. For a 20 MB catalog this saves most of
/// the parse: YamlDotNet allocates about 45 bytes of tokens and events per character of input.
/// </summary>
/// <remarks>
/// A test runs both readers over every YAML file of the repository, the base test catalog, a list of constructs, and
/// generated and mutated texts: wherever this one accepts a text, YamlDotNet must accept it too and give equal nodes at
/// equal positions.
/// </remarks>
internal sealed class YamlFastPath
{
    private const int MaxDepth = 32;
    private const int MaxKeyLength = 1000; // YamlDotNet refuses keys past 1024 characters; stay well clear

    private readonly string _t;
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _keyLookup;

    // Entries and items of the collections being read, as stacks: each collection takes its own off the top when it
    // ends, into an array of exactly its size.
    private readonly List<KeyValuePair<YamlNode, YamlNode>> _entries = [];
    private readonly List<YamlNode> _items = [];
    private int _line;       // 1-based number of the current line
    private int _lineStart;  // index of its first character
    private int _lineEnd;    // index of its line break (or the end of the text)
    private int _pos;        // the reading position, within the current line
    private int _indent;     // spaces before the current line's content
    private bool _eof;

    private YamlFastPath(string text)
    {
        _t = text;
        _keyLookup = _keys.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Reads <paramref name="text"/> into <paramref name="sink"/> as <see cref="YamlTree.ParseTopLevel"/>
    /// would, and returns the number of documents; false (with the sink fed part of the file, to be discarded) when
    /// the text is not of the plain kind this reader knows.</summary>
    public static bool TryParseTopLevel(string text, ITopLevelSink sink, out int documents)
    {
        documents = 0;
        if (text.Contains('\t', StringComparison.Ordinal) || HasLoneCarriageReturn(text))
        {
            return false;
        }

        try
        {
            documents = new YamlFastPath(text).ReadDocument(sink);
            return true;
        }
        catch (UnsupportedException)
        {
            return false;
        }
    }

    private static bool HasLoneCarriageReturn(string text)
    {
        for (var at = text.IndexOf('\r', StringComparison.Ordinal); at >= 0; at = text.IndexOf('\r', at + 1))
        {
            if (at + 1 >= text.Length || text[at + 1] != '\n')
            {
                return true;
            }
        }

        return false;
    }

    private int ReadDocument(ITopLevelSink sink)
    {
        StartLine(0, 1);
        SkipToContent();
        if (_eof || _indent != 0)
        {
            throw Unsupported(); // an empty document, or one that does not start at the margin
        }

        sink.BeginMapping();
        while (!_eof)
        {
            if (_indent != 0 || IsListEntry())
            {
                throw Unsupported();
            }

            var key = ReadKey();
            SkipSpaces();
            if (AtEndOfLine())
            {
                NextContentLine();
                if (_eof)
                {
                    throw Unsupported(); // a key without a value
                }

                if (IsListEntry())
                {
                    var receive = sink.List(key, _line, Column(_pos));
                    ReadBlockList(_indent, 1, receive);
                }
                else if (_indent > 0)
                {
                    sink.Entry(key, ReadBlockMapping(_indent, 1));
                }
                else
                {
                    throw Unsupported();
                }
            }
            else if (_t[_pos] == '[')
            {
                var receive = sink.List(key, _line, Column(_pos));
                ReadFlowList(1, receive);
                EndOfValue(0);
            }
            else
            {
                sink.Entry(key, ReadInline(1));
                EndOfValue(0);
            }
        }

        return 1;
    }

    /// <summary>A block mapping whose first key is at the reading position; its other keys start lines indented by
    /// <paramref name="indent"/>. Ends at the first line indented less.</summary>
    private MappingNode ReadBlockMapping(int indent, int depth)
    {
        Deeper(depth);
        var (line, column) = (_line, Column(_pos));
        var first = _entries.Count;
        while (true)
        {
            var key = ReadKey();
            var value = ReadBlockValue(indent, depth + 1);
            _entries.Add(new(key, value));
            if (_eof || _indent < indent)
            {
                break;
            }

            if (_indent > indent || IsListEntry())
            {
                throw Unsupported();
            }
        }

        return new MappingNode(line, column, TakeEntries(first));
    }

    /// <summary>The value after a block mapping's key at <paramref name="indent"/>: on the same line, or below it.</summary>
    private YamlNode ReadBlockValue(int indent, int depth)
    {
        SkipSpaces();
        if (!AtEndOfLine())
        {
            var value = ReadInline(depth);
            EndOfValue(indent);
            return value;
        }

        NextContentLine();
        if (_eof)
        {
            throw Unsupported();
        }

        if (IsListEntry() && _indent >= indent)
        {
            return ReadBlockList(_indent, depth, null)!;
        }

        if (_indent > indent)
        {
            return ReadBlockMapping(_indent, depth);
        }

        throw Unsupported(); // an empty value
    }

    /// <summary>A block list whose entries start lines indented by <paramref name="indent"/>. At the top level
    /// (<paramref name="depth"/> 1) each item goes to <paramref name="receive"/> and is not kept; below, the list is
    /// returned.</summary>
    private SequenceNode? ReadBlockList(int indent, int depth, Action<YamlNode, int>? receive)
    {
        Deeper(depth);
        var (line, column) = (_line, Column(_pos));
        var first = _items.Count;
        for (var index = 0; ; index++)
        {
            _pos++; // the '-'

            SkipSpaces();
            YamlNode item;
            if (AtEndOfLine())
            {
                NextContentLine();
                if (_eof || _indent <= indent)
                {
                    throw Unsupported(); // an empty item
                }

                item = IsListEntry() ? ReadBlockList(_indent, depth + 1, null)! : ReadBlockMapping(_indent, depth + 1);
            }
            else if (IsListEntry())
            {
                throw Unsupported(); // a list written on its parent's entry line
            }
            else if (StartsKey())
            {
                item = ReadBlockMapping(_pos - _lineStart, depth + 1);
            }
            else
            {
                item = ReadInline(depth + 1);
                EndOfValue(indent);
            }

            if (depth == 1)
            {
                receive?.Invoke(item, index);
            }
            else
            {
                _items.Add(item);
            }

            if (!_eof && _indent > indent)
            {
                throw Unsupported();
            }

            if (_eof || _indent < indent || !IsListEntry())
            {
                break;
            }
        }

        return depth == 1 ? null : new SequenceNode(line, column, TakeItems(first));
    }

    private KeyValuePair<YamlNode, YamlNode>[] TakeEntries(int first) => Take(_entries, first);

    private YamlNode[] TakeItems(int first) => Take(_items, first);

    private static T[] Take<T>(List<T> stack, int first)
    {
        var taken = new T[stack.Count - first];
        stack.CopyTo(first, taken, 0, taken.Length);
        stack.RemoveRange(first, taken.Length);
        return taken;
    }

    /// <summary>A value written on the current line: a quoted or plain scalar, or a flow mapping or list.</summary>
    private YamlNode ReadInline(int depth) => _t[_pos] switch
    {
        '{' => ReadFlowMapping(depth),
        '[' => ReadFlowList(depth, null)!,
        '"' or '\'' => ReadQuoted(),
        _ => ReadPlain(flow: false),
    };

    private MappingNode ReadFlowMapping(int depth)
    {
        Deeper(depth);
        var (line, column) = (_line, Column(_pos));
        _pos++;
        var first = _entries.Count;
        SkipSpaces();
        if (Peek() == '}')
        {
            _pos++;
            return new MappingNode(line, column, []);
        }

        while (true)
        {
            var key = ReadFlowScalar(key: true);
            if (Peek() != ':' || Peek(1) != ' ')
            {
                throw Unsupported();
            }

            _pos += 2;
            SkipSpaces();
            var value = ReadFlowNode(depth + 1);
            _entries.Add(new(key, value));
            SkipSpaces();
            var next = Peek();
            _pos++;
            if (next == '}')
            {
                return new MappingNode(line, column, TakeEntries(first));
            }

            if (next != ',')
            {
                throw Unsupported();
            }

            SkipSpaces();
        }
    }

    private SequenceNode? ReadFlowList(int depth, Action<YamlNode, int>? receive)
    {
        Deeper(depth);
        var (line, column) = (_line, Column(_pos));
        _pos++;
        var first = _items.Count;
        SkipSpaces();
        if (Peek() == ']')
        {
            _pos++;
            return depth == 1 ? null : new SequenceNode(line, column, []);
        }

        for (var index = 0; ; index++)
        {
            var item = ReadFlowNode(depth + 1);
            if (depth == 1)
            {
                receive?.Invoke(item, index);
            }
            else
            {
                _items.Add(item);
            }

            SkipSpaces();
            var next = Peek();
            _pos++;
            if (next == ']')
            {
                return depth == 1 ? null : new SequenceNode(line, column, TakeItems(first));
            }

            if (next != ',')
            {
                throw Unsupported();
            }

            SkipSpaces();
        }
    }

    private YamlNode ReadFlowNode(int depth) => Peek() switch
    {
        '{' => ReadFlowMapping(depth),
        '[' => ReadFlowList(depth, null)!,
        _ => ReadFlowScalar(key: false),
    };

    private ScalarNode ReadFlowScalar(bool key)
    {
        var scalar = Peek() is '"' or '\'' ? ReadQuoted() : ReadPlain(flow: true);
        if (key && scalar.Value.Length >= MaxKeyLength)
        {
            throw Unsupported();
        }

        return scalar;
    }

    /// <summary>A block mapping key at the reading position, up to and past its ':'.</summary>
    private ScalarNode ReadKey()
    {
        var (line, start) = (_line, _pos);
        CheckPlainStart(flow: false);
        var end = PlainEnd(flow: false);
        if (end >= _lineEnd || _t[end] != ':' || _t[end - 1] == ' ' || end - start >= MaxKeyLength)
        {
            throw Unsupported();
        }

        _pos = end + 1;
        var text = _t.AsSpan(start, end - start);
        if (!_keyLookup.TryGetValue(text, out var value))
        {
            value = text.ToString();
            if (_keys.Count < 4096)
            {
                _keys[value] = value;
            }
        }

        return new ScalarNode(line, Column(start), value, YamlTree.ClassifyPlain(value));
    }

    /// <summary>Whether a block mapping key starts at the reading position (a plain scalar ending in ": " or ":").</summary>
    private bool StartsKey()
    {
        if (!IsPlainStart(flow: false))
        {
            return false;
        }

        var end = PlainEnd(flow: false);
        return end < _lineEnd && _t[end] == ':';
    }

    /// <summary>A plain scalar on the current line. In a block it ends at " #", ": " or the line's end (a ": " there
    /// would make it a key, which the caller did not expect); in a flow also at ',', '[', ']', '{' or '}'.</summary>
    private ScalarNode ReadPlain(bool flow)
    {
        var (line, start) = (_line, _pos);
        CheckPlainStart(flow);
        var end = PlainEnd(flow);
        if (end < _lineEnd && (_t[end] == ':' ? !flow : flow && _t[end] is '[' or '{'))
        {
            throw Unsupported();
        }

        if (end >= _lineEnd && flow)
        {
            throw Unsupported(); // a flow collection that goes on past the line
        }

        var last = end;
        while (_t[last - 1] == ' ')
        {
            last--;
        }

        _pos = end;
        var value = _t.Substring(start, last - start);
        return new ScalarNode(line, Column(start), value, YamlTree.ClassifyPlain(value));
    }

    /// <summary>Where the plain scalar starting at the reading position ends: at a ':' that is followed by a space (or
    /// the line's end, or in a flow a flow indicator), at a '#' after a space, at the line's end, and in a flow at a
    /// flow indicator. A comment's '#' or the line's end leave trailing spaces before the returned index.</summary>
    private int PlainEnd(bool flow)
    {
        var i = _pos + 1;
        while (i < _lineEnd)
        {
            var ch = _t[i];
            if (ch == ':')
            {
                var after = i + 1 < _lineEnd ? _t[i + 1] : ' ';
                if (after == ' ' || (flow && after is ',' or '[' or ']' or '{' or '}'))
                {
                    return i;
                }
            }
            else if (ch == '#' && _t[i - 1] == ' ')
            {
                return i;
            }
            else if (flow && ch is ',' or '[' or ']' or '{' or '}')
            {
                return i;
            }

            i++;
        }

        return i;
    }

    private void CheckPlainStart(bool flow)
    {
        if (!IsPlainStart(flow))
        {
            throw Unsupported();
        }
    }

    private bool IsPlainStart(bool flow)
    {
        var ch = Peek();
        if (ch is '?' or ':')
        {
            return false; // YamlDotNet reads these as indicators in places where YAML 1.2 allows a scalar
        }

        if (ch == '-')
        {
            var next = Peek(1);
            return next is not (' ' or '\0') && !(flow && next is ',' or '[' or ']' or '{' or '}');
        }

        return ch is not (' ' or '\0' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`');
    }

    /// <summary>A one-line quoted scalar without escapes ('' in single quotes is the one allowed).</summary>
    private ScalarNode ReadQuoted()
    {
        var (line, start) = (_line, _pos);
        var quote = _t[_pos];
        var close = _t.IndexOf(quote, _pos + 1, _lineEnd - _pos - 1);
        if (close < 0)
        {
            throw Unsupported();
        }

        string value;
        if (quote == '"')
        {
            if (_t.AsSpan(_pos + 1, close - _pos - 1).Contains('\\'))
            {
                throw Unsupported();
            }

            value = _t.Substring(_pos + 1, close - _pos - 1);
        }
        else
        {
            var builder = new System.Text.StringBuilder();
            var from = _pos + 1;
            while (close + 1 < _lineEnd && _t[close + 1] == '\'')
            {
                builder.Append(_t, from, close + 1 - from);
                from = close + 2;
                close = _t.IndexOf('\'', from, _lineEnd - from);
                if (close < 0)
                {
                    throw Unsupported();
                }
            }

            value = builder.Append(_t, from, close - from).ToString();
        }

        _pos = close + 1;
        return new ScalarNode(line, Column(start), value, ScalarKind.String);
    }

    /// <summary>After a value written on its line: nothing but a comment may follow; the next line with content may
    /// not be indented past <paramref name="indent"/> (that would continue the value, or be malformed).</summary>
    private void EndOfValue(int indent)
    {
        SkipSpaces();
        if (!AtEndOfLine())
        {
            throw Unsupported();
        }

        NextContentLine();
        if (!_eof && _indent > indent)
        {
            throw Unsupported();
        }
    }

    private bool IsListEntry() => Peek() == '-' && Peek(1) is ' ' or '\0';

    /// <summary>Whether only spaces and a comment are left on the line (a '#' must follow a space).</summary>
    private bool AtEndOfLine()
    {
        if (_pos >= _lineEnd)
        {
            return true;
        }

        if (_t[_pos] != '#')
        {
            return false;
        }

        return _pos == _lineStart || _t[_pos - 1] == ' ' ? true : throw Unsupported();
    }

    private void SkipSpaces()
    {
        while (_pos < _lineEnd && _t[_pos] == ' ')
        {
            _pos++;
        }
    }

    private char Peek(int ahead = 0) => _pos + ahead < _lineEnd ? _t[_pos + ahead] : '\0';

    private int Column(int index) => index - _lineStart + 1;

    private void StartLine(int start, int number)
    {
        _lineStart = start;
        _line = number;
        var end = _t.IndexOf('\n', start);
        _lineEnd = end < 0 ? _t.Length : (end > start && _t[end - 1] == '\r' ? end - 1 : end);
        _pos = start;
    }

    private void NextContentLine()
    {
        if (_eof)
        {
            return;
        }

        var next = _t.IndexOf('\n', _lineEnd);
        if (next < 0)
        {
            _eof = true;
            return;
        }

        StartLine(next + 1, _line + 1);
        SkipToContent();
    }

    /// <summary>From the start of the current line, moves to the first line with content (not blank, not only a
    /// comment) and to its first character.</summary>
    private void SkipToContent()
    {
        while (true)
        {
            SkipSpaces();
            if (_pos < _lineEnd && _t[_pos] != '#')
            {
                _indent = _pos - _lineStart;
                if (_indent == 0 && IsDocumentMarker())
                {
                    throw Unsupported();
                }

                return;
            }

            var next = _t.IndexOf('\n', _lineEnd);
            if (next < 0)
            {
                _eof = true;
                _indent = 0;
                return;
            }

            StartLine(next + 1, _line + 1);
        }
    }

    private bool IsDocumentMarker() =>
        (_t.AsSpan(_pos).StartsWith("---", StringComparison.Ordinal) || _t.AsSpan(_pos).StartsWith("...", StringComparison.Ordinal)) &&
        (_pos + 3 >= _lineEnd || _t[_pos + 3] == ' ');

    private static void Deeper(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Unsupported();
        }
    }

    private static UnsupportedException Unsupported() => new();

    private sealed class UnsupportedException : Exception;
}
