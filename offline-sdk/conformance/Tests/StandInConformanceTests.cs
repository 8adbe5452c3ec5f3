using OfflineSdk.Conformance.Comparison;

namespace OfflineSdk.Conformance.Tests;

/// <summary>The CI check: every provider type and member of the stand-in matches the real package's declarations.</summary>
[TestFixture]
public sealed class StandInConformanceTests
{
    [Test]
    public void EveryAwsStandInMemberMatchesTheRealAwsDeclarations() => AssertConforms(Providers.Aws);

    [Test]
    public void EveryCloudflareStandInMemberMatchesTheRealCloudflareDeclarations() => AssertConforms(Providers.Cloudflare);

    [Test]
    public void EveryRandomStandInMemberMatchesTheRealRandomDeclarations() => AssertConforms(Providers.Random);

    private static void AssertConforms(ProviderUnderTest provider)
    {
        var package = Providers.Package(provider.Package);
        var (types, others) = Providers.StandIn(provider);
        var result = Comparer.Compare(types, package, Providers.DotnetTypes);
        TestContext.Out.WriteLine(
            $"{provider.RootNamespace} vs {package.Name}@{package.Version}: {result.Types} types, {result.Members} members compared, " +
            $"{result.Differences.Length} differences ({result.TableMembers} members typed by dotnet-types.tsv, " +
            $"{result.NodeOnlyRequired} Node-only required outputs; not compared: {string.Join(", ", others)})");
        foreach (var difference in result.Differences)
        {
            TestContext.Out.WriteLine(difference);
        }

        Assert.That(result.Types, Is.GreaterThan(0), "no stand-in type was read");
        if (result.Differences.Length > 0)
        {
            Assert.Fail($"{result.Differences.Length} difference(s) from {package.Name}@{package.Version}:{Environment.NewLine}" +
                        string.Join(Environment.NewLine, result.Differences));
        }
    }
}
