using System.Collections.Immutable;
using System.Text.Json;
using IdentityFabric.Stacks;
using IdentityFabric.Testing;
using Pulumi;
using Pulumi.Testing;

namespace IdentityFabric.Tests;

/// <summary>Runs the real program (<see cref="FabricStack"/>) under the mock engine with a given stack config.</summary>
internal static class StackHarness
{
    // PULUMI_CONFIG is process-wide, so stack runs must not overlap.
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public static string FakeWorkerBundle { get; } = WriteFakeBundle("worker-bundle.js");

    public static string FakeFederationWorkerBundle { get; } = WriteFakeBundle("federation-worker.js");

    public static async Task<(ImmutableArray<Resource> Resources, FabricMocks Mocks)> RunAsync(
        string stack, IReadOnlyDictionary<string, string>? config = null, FabricMocks? mocks = null)
    {
        mocks ??= new FabricMocks();
        return (await RunWithAsync(stack, mocks, config), mocks);
    }

    /// <summary>Runs the stack against any <see cref="IMocks"/>, e.g. a strict Moq mock.</summary>
    public static async Task<ImmutableArray<Resource>> RunWithAsync(
        string stack, IMocks mocks, IReadOnlyDictionary<string, string>? config = null)
    {
        // The stack file's config, as `pulumi up` would pass it, then the test's overrides.
        var values = StackFileConfig(stack);
        values["identity-fabric:workerBundle"] = FakeWorkerBundle;
        values["identity-fabric:federationWorkerBundle"] = FakeFederationWorkerBundle;
        foreach (var (key, value) in config ?? ImmutableDictionary<string, string>.Empty)
        {
            values[key] = value;
        }

        await OneAtATime.WaitAsync();
        var previous = Environment.GetEnvironmentVariable("PULUMI_CONFIG");
        try
        {
            Environment.SetEnvironmentVariable("PULUMI_CONFIG", JsonSerializer.Serialize(values));
            return await Deployment.TestAsync<FabricStack>(
                mocks, new TestOptions { ProjectName = "identity-fabric", StackName = stack, IsPreview = false });
        }
        finally
        {
            Environment.SetEnvironmentVariable("PULUMI_CONFIG", previous);
            OneAtATime.Release();
        }
    }

    /// <summary>Writes a one-file catalog to a fresh temporary folder and returns the file's path.</summary>
    public static async Task<string> WriteCatalogAsync(string yaml)
    {
        var dir = Path.Combine(Path.GetTempPath(), "identity-fabric-tests", "catalog-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var file = Path.Combine(dir, "catalog.yaml");
        await File.WriteAllTextAsync(file, yaml);
        return file;
    }

    private static Dictionary<string, string> StackFileConfig(string stack)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var file = RepositoryPaths.Combine($"Pulumi.{stack}.yaml");
        if (!File.Exists(file))
        {
            return values;
        }

        var yaml = new YamlDotNet.RepresentationModel.YamlStream();
        using (var reader = File.OpenText(file))
        {
            yaml.Load(reader);
        }

        var root = (YamlDotNet.RepresentationModel.YamlMappingNode)yaml.Documents[0].RootNode;
        var config = (YamlDotNet.RepresentationModel.YamlMappingNode)root.Children[new YamlDotNet.RepresentationModel.YamlScalarNode("config")];
        foreach (var (key, value) in config.Children)
        {
            if (value is YamlDotNet.RepresentationModel.YamlScalarNode scalar)
            {
                values[((YamlDotNet.RepresentationModel.YamlScalarNode)key).Value!] = scalar.Value ?? "";
            }
        }

        return values;
    }

    private static string WriteFakeBundle(string fileName)
    {
        var path = Path.Combine(Path.GetTempPath(), "identity-fabric-tests", fileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "export default { async fetch() { return new Response(null, { status: 503 }); } };\n");
        return path;
    }
}
