using IdentityFabric.Testing;

namespace IdentityFabric.Cli.Tests;

/// <summary>A throwaway project folder: the repository's Pulumi.yaml, stack files the test writes, and (unless a
/// test says otherwise) the repository's example catalog.</summary>
internal sealed class TempProject : IDisposable
{
    public TempProject()
    {
        Root = Path.Combine(Path.GetTempPath(), "identity-fabric-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        File.Copy(RepositoryPaths.Combine("Pulumi.yaml"), Path.Combine(Root, "Pulumi.yaml"));
        File.WriteAllText(BundlePath, "export default {};\n");
        File.WriteAllText(FederationBundlePath, "export default {};\n");
    }

    public string Root { get; }

    public string BundlePath => Path.Combine(Root, "bundle.js");

    public string FederationBundlePath => Path.Combine(Root, "federation-worker.js");

    /// <summary>Writes Pulumi.{stack}.yaml with the given config lines (already indented under "config:").</summary>
    public TempProject WithStack(string stack, params string[] configLines)
    {
        var lines = new List<string> { "config:" };
        if (!configLines.Any(l => l.StartsWith("identity-fabric:catalogPath:", StringComparison.Ordinal)))
        {
            lines.Add($"  identity-fabric:catalogPath: {RepositoryPaths.Combine("catalog")}");
        }

        if (!configLines.Any(l => l.StartsWith("identity-fabric:workerBundle:", StringComparison.Ordinal)))
        {
            lines.Add($"  identity-fabric:workerBundle: {BundlePath}");
        }

        if (!configLines.Any(l => l.StartsWith("identity-fabric:federationWorkerBundle:", StringComparison.Ordinal)))
        {
            lines.Add($"  identity-fabric:federationWorkerBundle: {FederationBundlePath}");
        }

        lines.AddRange(configLines.Select(l => "  " + l));
        File.WriteAllText(Path.Combine(Root, $"Pulumi.{stack}.yaml"), string.Join("\n", lines) + "\n");
        return this;
    }

    public string Combine(string relative) => Path.Combine(Root, relative);

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
