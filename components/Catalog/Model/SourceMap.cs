namespace IdentityFabric.Catalog;

/// <summary>
/// The location of every YAML node the loader read, keyed by file and field path, so that any check (in the
/// loader or later, in the stack) can point at the exact <c>file:line:col</c> of a field or list item.
/// </summary>
/// <remarks>
/// A large catalog has millions of nodes, so the map keeps no path strings and no location objects: each entry is a
/// 64-bit hash of file and path and a packed line and column, and the <see cref="SourceLocation"/> is made when asked
/// for. Entries are appended in the order the loader reads the nodes (two flat arrays, written in sequence), and a
/// lookup scans them from the end; only a map asked many times (a catalog with many problems) builds a hash index.
/// Loading a large valid catalog thus costs no hash-table inserts, whose scattered writes into a table of tens of
/// megabytes would each miss the processor's caches. Top-level sections, which are looked up by name, are kept whole.
/// </remarks>
public sealed class SourceMap
{
    /// <summary>Lookups answered by scanning before the map builds its index.</summary>
    private const int ScansBeforeIndex = 32;

    private readonly Dictionary<(string File, string Path), SourceLocation> _sections = [];
    private readonly Lock _gate = new();
    private long[] _keys = [];
    private long[] _positions = [];
    private int _length;
    private int _scans;
    private Dictionary<long, long>? _index;

    /// <summary>A map that knows no locations (for catalogs built in code).</summary>
    public static SourceMap Empty { get; } = new();

    internal SourceMap()
    {
    }

    /// <summary>The number of recorded locations.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return Index().Count;
            }
        }
    }

    /// <summary>Makes room for <paramref name="nodes"/> locations at once: a large catalog then fills one pair of
    /// arrays instead of leaving a trail of outgrown ones (each a large-object allocation) for the collector.</summary>
    internal void Reserve(int nodes)
    {
        if (nodes > _keys.Length)
        {
            Array.Resize(ref _keys, nodes);
            Array.Resize(ref _positions, nodes);
        }
    }

    /// <summary>Records where the node at <paramref name="path"/> of <paramref name="file"/> starts.</summary>
    internal void Add(string file, string path, int line, int column) => Add(file, path, PathKey.Of(file, path), line, column);

    /// <summary>Records where the node at <paramref name="path"/> of <paramref name="file"/> starts, given the path's
    /// key already computed (<c>PathKey.Of(file, path)</c>).</summary>
    internal void Add(string file, string path, in PathKey key, int line, int column)
    {
        Add(key, line, column);
        if (path.Length > 0 && path.AsSpan().IndexOfAny('.', '[') < 0)
        {
            _sections[(file, path)] = new SourceLocation(file, line, column, path);
        }
    }

    /// <summary>Records where the node whose path <paramref name="key"/> stands for starts (no path string needed).</summary>
    internal void Add(PathKey key, int line, int column)
    {
        var packed = ((long)line << 32) | (uint)column;
        if (_length == _keys.Length)
        {
            Reserve(Math.Max(1024, _keys.Length * 2));
        }

        _keys[_length] = unchecked((long)key.Hash);
        _positions[_length] = packed;
        _length++;
        if (_index is not null)
        {
            _index[unchecked((long)key.Hash)] = packed;
        }
    }

    /// <summary>How many positions are recorded: a mark to return to with <see cref="ForgetFile"/>.</summary>
    internal int Length => _length;

    /// <summary>Forgets the positions recorded since <paramref name="length"/> and the sections of
    /// <paramref name="file"/> (a file that is read again from its start).</summary>
    internal void ForgetFile(string file, int length)
    {
        _length = Math.Min(_length, length);
        _index = null;
        foreach (var key in _sections.Keys.Where(k => k.File == file).ToList())
        {
            _sections.Remove(key);
        }
    }

    /// <summary>The position last recorded under <paramref name="key"/>, if any.</summary>
    private bool TryGet(long key, out long packed)
    {
        lock (_gate)
        {
            if (_index is null && ++_scans <= ScansBeforeIndex)
            {
                var at = _keys.AsSpan(0, _length).LastIndexOf(key);
                packed = at < 0 ? 0 : _positions[at];
                return at >= 0;
            }

            return Index().TryGetValue(key, out packed);
        }
    }

    private Dictionary<long, long> Index()
    {
        if (_index is null)
        {
            var index = new Dictionary<long, long>(_length);
            for (var i = 0; i < _length; i++)
            {
                index[_keys[i]] = _positions[i]; // a node recorded twice keeps its last position, as a scan finds it
            }

            _index = index;
        }

        return _index;
    }

    /// <summary>
    /// The location of <paramref name="path"/> in the file of <paramref name="owner"/>, or of its nearest recorded
    /// ancestor, or <paramref name="owner"/> itself. The result's <see cref="SourceLocation.Path"/> is always
    /// <paramref name="path"/>, so messages name the field even when its node is absent (a missing field).
    /// </summary>
    /// <param name="owner">The location of the record the path belongs to.</param>
    /// <param name="path">The full field path, e.g. <c>services[3].calls[1]</c>.</param>
    public SourceLocation Locate(SourceLocation owner, string path)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(path);
        var probe = path;
        while (probe.Length > 0)
        {
            if (TryGet(Key(owner.File, probe), out var packed))
            {
                return new SourceLocation(owner.File, (int)(packed >> 32), (int)(packed & 0xFFFF_FFFF), path);
            }

            probe = Parent(probe);
        }

        return owner with { Path = path };
    }

    /// <summary>Where a top-level section (e.g. <c>environments</c>) is written, in the first file (by name) that has
    /// it; null when no file does.</summary>
    /// <param name="section">The section's key.</param>
    public SourceLocation? FirstSection(string section) =>
        _sections.Where(pair => pair.Key.Path == section)
            .OrderBy(pair => pair.Key.File, StringComparer.Ordinal)
            .Select(pair => pair.Value)
            .FirstOrDefault();

    /// <summary>The location of a child field of a record, e.g. <c>Field(service.Location, "calls", 1)</c>.</summary>
    /// <param name="owner">The location of the record.</param>
    /// <param name="field">The field name.</param>
    /// <param name="index">The list index inside the field, if any.</param>
    public SourceLocation Field(SourceLocation owner, string field, int? index = null)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return Locate(owner, owner.ChildPath(field, index));
    }

    private static long Key(string file, string path) => unchecked((long)PathKey.Of(file, path).Hash);

    private static string Parent(string path)
    {
        var cut = path.LastIndexOfAny(['.', '[']);
        return cut <= 0 ? "" : path[..cut];
    }
}

/// <summary>
/// The key under which <see cref="SourceMap"/> keeps a node's position: FNV-1a over the file, a separator that no path
/// holds, and the field path (<c>services[3].calls[1]</c>). A key is extended field by field and index by index exactly
/// as the path's text would be hashed, so the loader records every node without building its path string; 64 bits
/// make a collision among even millions of nodes vanishingly unlikely (and it could only misplace a line number, never
/// a verdict).
/// </summary>
internal readonly struct PathKey
{
    private const ulong Prime = 1099511628211;

    private PathKey(ulong hash, bool isRoot)
    {
        Hash = hash;
        IsRoot = isRoot;
    }

    /// <summary>The hash of the file and path.</summary>
    public ulong Hash { get; }

    /// <summary>Whether the path is empty (the document itself): its first field takes no leading dot.</summary>
    public bool IsRoot { get; }

    /// <summary>The key of <paramref name="path"/> in <paramref name="file"/>.</summary>
    public static PathKey Of(string file, string path)
    {
        var (lastFile, lastHash) = _lastFile;
        ulong hash;
        if (ReferenceEquals(lastFile, file))
        {
            hash = lastHash;
        }
        else
        {
            hash = (Feed(14695981039346656037, file) ^ 0xFFFF) * Prime;
            _lastFile = (file, hash);
        }

        return new PathKey(Feed(hash, path), path.Length == 0);
    }

    /// <summary>The key of this path's field <paramref name="field"/> (<c>path.field</c>, or <c>field</c> at the root).</summary>
    public PathKey Field(string field) =>
        new(Feed(IsRoot ? Hash : (Hash ^ '.') * Prime, field), isRoot: false);

    /// <summary>The key of this path's list item <paramref name="index"/> (<c>path[index]</c>).</summary>
    public PathKey Index(int index)
    {
        Span<char> digits = stackalloc char[11];
        index.TryFormat(digits, out var written, provider: System.Globalization.CultureInfo.InvariantCulture);
        return new PathKey((Feed((Hash ^ '[') * Prime, digits[..written]) ^ ']') * Prime, isRoot: false);
    }

    private static ulong Feed(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var ch in text)
        {
            hash = (hash ^ ch) * Prime;
        }

        return hash;
    }

    // The loader records one file's nodes in a row: the file's share of the hash is kept for the next key.
    [ThreadStatic]
    private static (string? File, ulong Hash) _lastFile;
}
