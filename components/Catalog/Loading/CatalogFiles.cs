namespace IdentityFabric.Catalog.Loading;

/// <summary>
/// Finds the catalog files under the paths given and reads them, within <see cref="CatalogLoader.MaxCatalogBytes"/>.
/// Only regular files are read: a named pipe, socket or device named <c>*.yaml</c> is reported, never opened (a pipe
/// would block the read forever). Symbolic links are followed once: a file or folder reached a second time (through a
/// link, or a link loop) is not read again, and a link that loops on itself or leads nowhere is reported.
/// </summary>
internal sealed class CatalogFiles
{
    private const int MaxLinkHops = 40;

    private readonly ProblemCollector _problems;
    private readonly HashSet<string> _realFiles = new(StringComparer.Ordinal);
    private readonly HashSet<string> _realDirectories = new(StringComparer.Ordinal);
    private readonly List<(string Shown, string Real)> _found = [];

    private CatalogFiles(ProblemCollector problems) => _problems = problems;

    /// <summary>The files found and read, and the files that could not be read.</summary>
    /// <param name="paths">Files, or directories searched recursively for <c>*.yaml</c> and <c>*.yml</c>.</param>
    /// <param name="problems">Where problems go.</param>
    public static (List<(string File, byte[] Bytes)> Read, List<string> Unread, bool OverLimit) Load(IEnumerable<string> paths, ProblemCollector problems)
    {
        var files = new CatalogFiles(problems);
        var any = false;
        foreach (var path in paths)
        {
            any = true;
            files.AddGiven(path);
        }

        if (!any)
        {
            problems.Add(CatalogProblem.Error(FileLevel("<catalog>"), "no catalog path given"));
        }

        return files.ReadAll();
    }

    /// <summary>Whether a file name is a catalog file's (<c>*.yaml</c>, <c>*.yml</c>).</summary>
    public static bool IsCatalogName(string name) =>
        name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private void AddGiven(string path)
    {
        var kind = FileKinds.Of(path);
        var real = kind == FileKind.Missing ? null : RealPath(path);
        if (kind == FileKind.Missing)
        {
            Error(path, "no such file or directory");
            return;
        }

        if (real is null)
        {
            Error(path, "a symbolic link that loops or leads nowhere");
            return;
        }

        var target = kind == FileKind.SymbolicLink ? FileKinds.Of(real) : kind;
        switch (target)
        {
            case FileKind.Directory:
                var before = _found.Count;
                if (Walk(path, real) && _found.Count == before)
                {
                    Error(path, "the directory holds no catalog files (*.yaml, *.yml)");
                }

                break;
            case FileKind.Regular:
                AddFile(path, real);
                break;
            default:
                Error(path, NotRegular(target));
                break;
        }
    }

    /// <summary>Reads a directory's catalog files and subdirectories; false when it was read already.</summary>
    private bool Walk(string shown, string real)
    {
        if (!_realDirectories.Add(real))
        {
            return false;
        }

        IEnumerable<string> entries;
        try
        {
            entries = Directory.EnumerateFileSystemEntries(shown).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Error(shown, $"cannot list the directory: {ex.Message}");
            return true;
        }

        foreach (var entry in entries)
        {
            var name = Path.GetFileName(entry);
            var isCatalog = IsCatalogName(name);
            var kind = FileKinds.Of(entry);
            var entryReal = Path.Combine(real, name);
            if (kind == FileKind.SymbolicLink)
            {
                if (RealPath(entry) is not { } resolved)
                {
                    if (isCatalog)
                    {
                        Error(entry, "a symbolic link that loops or leads nowhere");
                    }

                    continue;
                }

                entryReal = resolved;
                kind = FileKinds.Of(resolved);
            }

            switch (kind)
            {
                case FileKind.Directory:
                    Walk(entry, entryReal);
                    break;
                case FileKind.Regular when isCatalog:
                    AddFile(entry, entryReal);
                    break;
                case FileKind.NamedPipe or FileKind.Socket or FileKind.Device when isCatalog:
                    Error(entry, NotRegular(kind));
                    break;
            }
        }

        return true;
    }

    private void AddFile(string shown, string real)
    {
        if (_realFiles.Add(real))
        {
            _found.Add((shown, real));
        }
    }

    private (List<(string File, byte[] Bytes)> Read, List<string> Unread, bool OverLimit) ReadAll()
    {
        var read = new List<(string, byte[])>();
        var unread = new List<string>();
        if (_found.Count > CatalogLoader.MaxFiles)
        {
            Error(_found[CatalogLoader.MaxFiles].Shown,
                $"the catalog has {_found.Count} files; at most {CatalogLoader.MaxFiles} are read (a documented limit)");
            unread.AddRange(_found.Skip(CatalogLoader.MaxFiles).Select(f => f.Shown));
        }

        long total = 0;
        foreach (var (shown, real) in _found.Take(CatalogLoader.MaxFiles))
        {
            try
            {
                using var stream = new FileStream(real, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
                var length = stream.Length;
                if (total + length > CatalogLoader.MaxCatalogBytes)
                {
                    Error(shown, $"the catalog exceeds the size limit of {CatalogLoader.MaxCatalogBytes / (1024 * 1024)} MiB " +
                                 $"(this file is {Mib(length)}, the files before it {Mib(total)}); split the estate into smaller catalogs");
                    total += length;
                    break;
                }

                var bytes = new byte[length];
                stream.ReadExactly(bytes);
                total += length;
                read.Add((shown, bytes));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Error(shown, $"cannot read the file: {ex.Message}");
                unread.Add(shown);
            }
        }

        return (read, unread, total > CatalogLoader.MaxCatalogBytes || _found.Count > CatalogLoader.MaxFiles);
    }

    /// <summary>
    /// The path with every symbolic link resolved (as <c>realpath</c> does), or null when a link loops or leads to
    /// nothing. Two paths reach the same file exactly when their real paths are equal.
    /// </summary>
    private static string? RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full) ?? "/";
        var pending = new Stack<string>(Components(full).Reverse());
        var hops = 0;
        while (pending.TryPop(out var part))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var candidate = Path.Combine(current, part);
            string? target;
            try
            {
                target = FileKinds.Of(candidate) switch
                {
                    FileKind.Missing => null,
                    FileKind.SymbolicLink => new FileInfo(candidate).LinkTarget,
                    _ => "",
                };
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return null;
            }

            if (target is null)
            {
                return null;
            }

            if (target.Length == 0)
            {
                current = candidate;
                continue;
            }

            if (++hops > MaxLinkHops)
            {
                return null;
            }

            var combined = Path.IsPathRooted(target) ? target : current + Path.DirectorySeparatorChar + target;
            current = Path.GetPathRoot(combined) ?? current;
            foreach (var next in Components(combined).Reverse())
            {
                pending.Push(next);
            }
        }

        return current;
    }

    private static IEnumerable<string> Components(string path)
    {
        var root = Path.GetPathRoot(path) ?? "";
        return path[root.Length..].Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar]);
    }

    private static string NotRegular(FileKind kind) => kind switch
    {
        FileKind.NamedPipe => "a named pipe, not a regular file: only regular files are read",
        FileKind.Socket => "a socket, not a regular file: only regular files are read",
        _ => "a device, not a regular file: only regular files are read",
    };

    private static string Mib(long bytes) => $"{bytes / (1024.0 * 1024):F1} MiB";

    private void Error(string file, string message) => _problems.Add(CatalogProblem.Error(FileLevel(file), message));

    private static SourceLocation FileLevel(string file) => new(file, 1, 1, "");
}
