namespace IdentityFabric.Catalog;

/// <summary>
/// Where a catalog value came from: the file, the 1-based line and column of its YAML node, and the field
/// path inside that file (for example <c>services[3].calls[1]</c>). Records built in code use <see cref="InCode"/>.
/// </summary>
/// <param name="File">The catalog file as given to the loader.</param>
/// <param name="Line">1-based line of the node.</param>
/// <param name="Column">1-based column of the node.</param>
/// <param name="Path">The field path inside the file; empty for the document itself.</param>
public sealed record SourceLocation(string File, int Line, int Column, string Path)
{
    /// <summary>The location of records that were built in code rather than loaded from YAML.</summary>
    public static SourceLocation InCode { get; } = new("<code>", 0, 0, "");

    /// <summary>Whether this location points into a loaded file.</summary>
    public bool IsInFile => Line > 0;

    /// <summary>The path of a child field, e.g. <c>Child("calls", 1)</c> on <c>services[3]</c> is <c>services[3].calls[1]</c>.</summary>
    /// <param name="field">The field name.</param>
    /// <param name="index">The list index inside the field, if any.</param>
    public string ChildPath(string field, int? index = null) =>
        FieldPath.Combine(Path, field, index);

    /// <summary>Formats as <c>file:line:col</c>, the prefix of every problem line.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}";
}

/// <summary>Builds field paths in the <c>services[3].calls[1]</c> notation used by every problem message.</summary>
public static class FieldPath
{
    /// <summary>Appends a field (and optionally an index) to a parent path.</summary>
    /// <param name="parent">The parent path; empty for the document root.</param>
    /// <param name="field">The field name.</param>
    /// <param name="index">The list index inside the field, if any.</param>
    public static string Combine(string parent, string field, int? index = null)
    {
        var head = parent.Length == 0 ? field : $"{parent}.{field}";
        return index is { } i ? $"{head}[{i}]" : head;
    }

    /// <summary>Appends a list index to a path: <c>services</c> becomes <c>services[3]</c>.</summary>
    /// <param name="path">The path of the list.</param>
    /// <param name="index">The item index.</param>
    public static string Index(string path, int index) => $"{path}[{index}]";

    /// <summary>Whether <paramref name="path"/> is <paramref name="ancestor"/> or lies below it.</summary>
    /// <param name="path">The path to test.</param>
    /// <param name="ancestor">The candidate ancestor path.</param>
    public static bool IsWithin(string path, string ancestor)
    {
        if (ancestor.Length == 0)
        {
            return true;
        }

        if (!path.StartsWith(ancestor, StringComparison.Ordinal))
        {
            return false;
        }

        return path.Length == ancestor.Length || path[ancestor.Length] is '.' or '[';
    }
}
