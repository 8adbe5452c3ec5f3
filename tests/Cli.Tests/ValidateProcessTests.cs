using IdentityFabric.Testing;

namespace IdentityFabric.Cli.Tests;

/// <summary>The built CLI run as a separate process, as a shell or CI step runs it.</summary>
[TestFixture]
public sealed class ValidateProcessTests
{
    private const string CliDll = "identity-fabric-cli.dll";

    [Test]
    public async Task TheBuiltCliHandsItsExitCodeAndProblemLinesToTheShell()
    {
        using var scratch = ScratchCatalog.Empty();
        var bad = scratch.Write("bad.yaml", "services:\n  - name: orders\n    port: eighty\n");
        var missing = scratch.PathOf("missing.yaml");

        var result = await CliProcess.RunAsync(null, "validate", bad, missing);

        Assert.That(result.Code, Is.EqualTo(1), result.ToString);
        Assert.That(result.AllLines, Has.None.Contains("   at ").And.None.Contains("Exception"), result.ToString);
        Assert.That(result.ErrorLines, Has.Some.StartsWith($"{bad}:3:11: error: services[0].port: expected an integer"));
        Assert.That(result.ErrorLines, Has.Some.EqualTo($"{missing}:1:1: error: no such file or directory"));
        Assert.That(result.ErrorLines[^1], Does.StartWith("catalog invalid: "));

        var good = await CliProcess.RunAsync(null, "validate", RepositoryPaths.Combine("catalog"));

        Assert.That(good.Code, Is.Zero, good.ToString);
        Assert.That(good.OutputLines, Has.Some.StartsWith("catalog ok: "));
    }
}
