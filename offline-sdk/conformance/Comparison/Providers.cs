using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;
using OfflineSdk.Conformance.Declarations;
using OfflineSdk.Conformance.StandIn;

namespace OfflineSdk.Conformance.Comparison;

/// <summary>A stand-in provider assembly and the real npm package it is checked against.</summary>
/// <param name="Assembly">The stand-in assembly.</param>
/// <param name="RootNamespace">Its root namespace (<c>Pulumi.Aws</c>).</param>
/// <param name="Package">The npm package name (<c>@pulumi/aws</c>).</param>
internal sealed record ProviderUnderTest(Assembly Assembly, string RootNamespace, string Package);

/// <summary>Finds the unpacked real packages and the numeric table, and runs the comparison for one provider.</summary>
internal static class Providers
{
    public static readonly ProviderUnderTest Aws = new(typeof(Pulumi.Aws.Provider).Assembly, "Pulumi.Aws", "@pulumi/aws");
    public static readonly ProviderUnderTest Cloudflare = new(typeof(Pulumi.Cloudflare.WorkersScript).Assembly, "Pulumi.Cloudflare", "@pulumi/cloudflare");
    public static readonly ProviderUnderTest Random = new(typeof(Pulumi.Random.RandomId).Assembly, "Pulumi.Random", "@pulumi/random");

    /// <summary><c>offline-sdk/conformance</c>, found from the test's output folder upwards.</summary>
    public static string ConformanceDirectory { get; } = FindConformanceDirectory();

    public static DotnetTypes DotnetTypes { get; } = DotnetTypes.Load(Path.Combine(ConformanceDirectory, "dotnet-types.tsv"));

    /// <summary>The real package at the locked version, or an error that says how to fetch it.</summary>
    public static RealPackage Package(string name)
    {
        using var lockFile = JsonDocument.Parse(File.ReadAllText(Path.Combine(ConformanceDirectory, "real-packages.lock.json")));
        var entry = lockFile.RootElement.GetProperty("packages").EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == name);
        var version = entry.GetProperty("version").GetString()!;
        var root = Path.Combine(ConformanceDirectory, ".packages", $"{name.Replace('/', '+')}@{version}");
        var stamp = Path.Combine(root, ".integrity");
        if (!File.Exists(stamp) || File.ReadAllText(stamp) != entry.GetProperty("integrity").GetString())
        {
            throw new InvalidOperationException(
                $"{name}@{version} is not unpacked at {root}: run `node offline-sdk/conformance/fetch-packages.mjs` (scripts/test.sh does)");
        }

        return new RealPackage(name, version, root);
    }

    public static (ImmutableArray<StandInType> Types, ImmutableArray<string> Others) StandIn(ProviderUnderTest provider)
        => StandInReader.Read(provider.Assembly.GetExportedTypes(), provider.RootNamespace);

    public static ComparisonResult Compare(ProviderUnderTest provider)
        => Comparer.Compare(StandIn(provider).Types, Package(provider.Package), DotnetTypes);

    private static string FindConformanceDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "offline-sdk", "conformance");
            if (File.Exists(Path.Combine(candidate, "real-packages.lock.json")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"offline-sdk/conformance not found above {AppContext.BaseDirectory}");
    }
}
