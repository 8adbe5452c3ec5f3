namespace IdentityFabric.Catalog;

/// <summary>
/// The location of every YAML node the loader read, keyed by file and field path, so that any check (in the
/// loader or later, in the stack) can point at the exact <c>file:line:col</c> of a field or list item.
/// </summary>
/// <remarks>
/// A large catalog has millions of nodes, so the map keeps no path strings and no location objects: each entry is a
/// 64-bit hash of file and path and a packed line and column, and the <see cref="SourceLocation"/> is made when asked
/// for. Top-level sections, which are looked up by name, are also kept whole.
/// </remarks>
public sealed class SourceMap
{
    private readonly Dictionary<long, long> _positions;
    private readonly Dictionary<(string File, string Path), SourceLocation> _sections = [];

    /// <summary>A map that knows no locations (for catalogs built in code).</summary>
    public static SourceMap Empty { get; } = new();

    internal SourceMap() => _positions = [];

    /// <summary>The number of recorded locations.</summary>
    public int Count => _positions.Count;

    /// <summary>Makes room for <paramref name="nodes"/> locations at once: a large catalog then fills one table instead
    /// of leaving a trail of outgrown ones (each a large-object allocation) for the collector.</summary>
    internal void Reserve(int nodes) => _positions.EnsureCapacity(nodes);

    /// <summary>Records where the node at <paramref name="path"/> of <paramref name="file"/> starts.</summary>
    internal void Add(string file, string path, int line, int column)
    {
        _positions[Key(file, path)] = ((long)line << 32) | (uint)column;
        if (path.Length > 0 && path.AsSpan().IndexOfAny('.', '[') < 0)
        {
            _sections[(file, path)] = new SourceLocation(file, line, column, path);
        }
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
            if (_positions.TryGetValue(Key(owner.File, probe), out var packed))
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

    /// <summary>FNV-1a over the file, a separator that no path holds, and the path: 64 bits make a collision among
    /// even millions of nodes vanishingly unlikely (and it could only misplace a line number, never a verdict).</summary>
    private static long Key(string file, string path)
    {
        const ulong Prime = 1099511628211;
        var (lastFile, lastHash) = _lastFile;
        ulong hash;
        if (ReferenceEquals(lastFile, file))
        {
            hash = lastHash;
        }
        else
        {
            hash = 14695981039346656037;
            foreach (var ch in file)
            {
                hash = (hash ^ ch) * Prime;
            }

            hash = (hash ^ 0xFFFF) * Prime;
            _lastFile = (file, hash);
        }

        foreach (var ch in path)
        {
            hash = (hash ^ ch) * Prime;
        }

        return unchecked((long)hash);
    }

    // The loader records one file's nodes in a row: the file's share of the hash is kept for the next key.
    [ThreadStatic]
    private static (string? File, ulong Hash) _lastFile;

    private static string Parent(string path)
    {
        var cut = path.LastIndexOfAny(['.', '[']);
        return cut <= 0 ? "" : path[..cut];
    }
}
