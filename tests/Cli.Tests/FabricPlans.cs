using IdentityFabric.Stacks;
using IdentityFabric.Testing;

namespace IdentityFabric.Cli.Tests;

/// <summary>Plans the real program (<see cref="FabricStack"/>) on copies of the example catalog that a test edits.</summary>
internal static class FabricPlans
{
    private static readonly Lazy<string> Bundle = new(() => WriteBundle("worker-bundle.js"));

    private static readonly Lazy<string> FederationBundle = new(() => WriteBundle("federation-worker.js"));

    /// <summary>A copy of the example catalog in a fresh folder, with each file passed through <paramref name="edit"/>.</summary>
    public static string CopyCatalog(Func<string, string, string>? edit = null)
    {
        var dir = Path.Combine(Path.GetTempPath(), "identity-fabric-cli-tests", "catalog-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        foreach (var file in Directory.GetFiles(RepositoryPaths.Combine("catalog"), "*.yaml"))
        {
            var name = Path.GetFileName(file);
            var text = File.ReadAllText(file);
            File.WriteAllText(Path.Combine(dir, name), edit is null ? text : edit(name, text));
        }

        return dir;
    }

    /// <summary>The plan of a stack with the catalog in <paramref name="catalogDir"/>.</summary>
    public static async Task<StackPlan> PlanAsync(string stack, string catalogDir) => (await RunAsync(stack, catalogDir)).Plan;

    /// <summary>The plan of a stack with the catalog in <paramref name="catalogDir"/>, with its preflight.</summary>
    public static Task<PlanResult> RunAsync(string stack, string catalogDir)
    {
        var configuration = StackConfiguration.Load(RepositoryPaths.Root, stack)
            .With("catalogPath", catalogDir)
            .With("workerBundle", Bundle.Value)
            .With("federationWorkerBundle", FederationBundle.Value);
        return PlanRunner.RunAsync(configuration, StackPlanner.PlanAsync<FabricStack>, TextWriter.Null);
    }

    /// <summary>Replaces exactly one occurrence of <paramref name="find"/>, so an edit cannot silently miss.</summary>
    public static string ReplaceOnce(string text, string find, string replacement)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        if (at < 0 || text.IndexOf(find, at + find.Length, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"expected exactly one '{find}' in the catalog");
        }

        return text[..at] + replacement + text[(at + find.Length)..];
    }

    private static string WriteBundle(string fileName)
    {
        var path = Path.Combine(Path.GetTempPath(), "identity-fabric-cli-tests", fileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "export default { async fetch() { return new Response(null, { status: 503 }); } };\n");
        return path;
    }
}
