using System.Diagnostics;
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
        var dll = FindCliDll();
        if (dll is null)
        {
            Assert.Ignore($"{CliDll} is neither next to the tests nor under cli/bin");
        }

        using var scratch = ScratchCatalog.Empty();
        var bad = scratch.Write("bad.yaml", "services:\n  - name: orders\n    port: eighty\n");
        var missing = scratch.PathOf("missing.yaml");

        var result = await RunAsync(dll!, "validate", bad, missing);

        Assert.That(result.Code, Is.EqualTo(1), result.ToString);
        Assert.That(result.AllLines, Has.None.Contains("   at ").And.None.Contains("Exception"), result.ToString);
        Assert.That(result.ErrorLines, Has.Some.StartsWith($"{bad}:3:11: error: services[0].port: expected an integer"));
        Assert.That(result.ErrorLines, Has.Some.EqualTo($"{missing}:1:1: error: no such file or directory"));
        Assert.That(result.ErrorLines[^1], Does.StartWith("catalog invalid: "));

        var good = await RunAsync(dll!, "validate", RepositoryPaths.Combine("catalog"));

        Assert.That(good.Code, Is.Zero, good.ToString);
        Assert.That(good.OutputLines, Has.Some.StartsWith("catalog ok: "));
    }

    /// <summary>The CLI is referenced by the tests, so the build copies it (with its runtimeconfig) next to them;
    /// otherwise the cli project's own output of the same configuration.</summary>
    private static string? FindCliDll()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, CliDll);
        if (File.Exists(beside) && File.Exists(Path.ChangeExtension(beside, ".runtimeconfig.json")))
        {
            return beside;
        }

        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent?.Name ?? "Debug";
        var own = RepositoryPaths.Combine("cli", "bin", configuration, "net10.0", CliDll);
        return File.Exists(own) ? own : null;
    }

    private static async Task<CliResult> RunAsync(string dll, params string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new CliResult(process.ExitCode, await output, await error);
    }

    /// <summary>The dotnet host running these tests (so the same runtime), else the one on PATH.</summary>
    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }
}
