namespace IdentityFabric.Catalog;

/// <summary>
/// The location of every YAML node the loader read, keyed by file and field path, so that any check (in the
/// loader or later, in the stack) can point at the exact <c>file:line:col</c> of a field or list item.
/// </summary>
public sealed class SourceMap
{
    private readonly Dictionary<(string File, string Path), SourceLocation> _locations;

    /// <summary>A map that knows no locations (for catalogs built in code).</summary>
    public static SourceMap Empty { get; } = new(new Dictionary<(string, string), SourceLocation>());

    internal SourceMap(Dictionary<(string File, string Path), SourceLocation> locations) => _locations = locations;

    /// <summary>The number of recorded locations.</summary>
    public int Count => _locations.Count;

    /// <summary>
    /// The location of <paramref name="path"/> in the file of <paramref name="owner"/>, or of its nearest recorded
    /// ancestor, or <paramref name="owner"/> itself. The result's <see cref="SourceLocation.Path"/> is always
    /// <paramref name="path"/>, so messages name the field even when its node is absent (a missing field).
    /// </summary>
    /// <param name="owner">The location of the record the path belongs to.</param>
    /// <param name="path">The full field path, e.g. <c>services[3].calls[1]</c>.</param>
    public SourceLocation Locate(SourceLocation owner, string path)
    {
        var probe = path;
        while (probe.Length > 0)
        {
            if (_locations.TryGetValue((owner.File, probe), out var found))
            {
                return found with { Path = path };
            }

            probe = Parent(probe);
        }

        return owner with { Path = path };
    }

    /// <summary>Where a top-level section (e.g. <c>environments</c>) is written, in the first file (by name) that has
    /// it; null when no file does.</summary>
    /// <param name="section">The section's key.</param>
    public SourceLocation? FirstSection(string section) =>
        _locations.Where(pair => pair.Key.Path == section)
            .OrderBy(pair => pair.Key.File, StringComparer.Ordinal)
            .Select(pair => pair.Value)
            .FirstOrDefault();

    /// <summary>The location of a child field of a record, e.g. <c>Field(service.Location, "calls", 1)</c>.</summary>
    /// <param name="owner">The location of the record.</param>
    /// <param name="field">The field name.</param>
    /// <param name="index">The list index inside the field, if any.</param>
    public SourceLocation Field(SourceLocation owner, string field, int? index = null) =>
        Locate(owner, owner.ChildPath(field, index));

    private static string Parent(string path)
    {
        var cut = path.LastIndexOfAny(['.', '[']);
        return cut <= 0 ? "" : path[..cut];
    }
}
