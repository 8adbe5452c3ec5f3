namespace IdentityFabric.Testing;

/// <summary>Finds files of the repository from wherever a test runs.</summary>
public static class RepositoryPaths
{
    /// <summary>The repository root: the nearest folder above the test binaries that holds <c>Pulumi.yaml</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path below the repository root.</summary>
    /// <param name="relative">Path segments relative to the root.</param>
    public static string Combine(params string[] relative) => Path.Combine([Root, .. relative]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pulumi.yaml")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("no Pulumi.yaml above " + AppContext.BaseDirectory);
    }
}
