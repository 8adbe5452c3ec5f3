using IdentityFabric.Testing;

namespace IdentityFabric.Cli.Tests;

/// <summary>A throwaway folder of catalog files: empty, or a copy of the repository's example catalog that a test
/// edits to break one thing at a time.</summary>
internal sealed class ScratchCatalog : IDisposable
{
    private ScratchCatalog()
    {
        Root = Path.Combine(Path.GetTempPath(), "identity-fabric-validate-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public static ScratchCatalog Empty() => new();

    /// <summary>A copy of every <c>*.yaml</c> of the repository's <c>catalog/</c> folder.</summary>
    public static ScratchCatalog FromExample()
    {
        var scratch = new ScratchCatalog();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Combine("catalog"), "*.yaml"))
        {
            File.Copy(file, scratch.PathOf(Path.GetFileName(file)));
        }

        return scratch;
    }

    public string PathOf(string file) => Path.Combine(Root, file);

    public string Write(string file, string text)
    {
        var path = PathOf(file);
        File.WriteAllText(path, text);
        return path;
    }

    public string WriteBytes(string file, byte[] bytes)
    {
        var path = PathOf(file);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Replaces <paramref name="original"/>, which must occur exactly once, so that a change to the
    /// example catalog fails the test loudly instead of leaving it testing nothing.</summary>
    public ScratchCatalog Edit(string file, string original, string replacement)
    {
        var path = PathOf(file);
        var text = File.ReadAllText(path);
        var first = text.IndexOf(original, StringComparison.Ordinal);
        if (first < 0 || text.IndexOf(original, first + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"'{original}' must occur exactly once in {file}");
        }

        File.WriteAllText(path, string.Concat(text.AsSpan(0, first), replacement, text.AsSpan(first + original.Length)));
        return this;
    }

    /// <summary>The 1-based line and column where <paramref name="fragment"/>, which must occur exactly once,
    /// starts in the file.</summary>
    public (int Line, int Column) PositionOf(string file, string fragment)
    {
        var lines = File.ReadAllLines(PathOf(file));
        var hits = lines
            .Select((text, index) => (Line: index + 1, Column: text.IndexOf(fragment, StringComparison.Ordinal) + 1))
            .Where(hit => hit.Column > 0)
            .ToList();
        if (hits.Count != 1)
        {
            throw new InvalidOperationException($"'{fragment}' must occur on exactly one line of {file}, found {hits.Count}");
        }

        return hits[0];
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
