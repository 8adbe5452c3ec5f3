using System.Diagnostics;
using IdentityFabric.Testing;

namespace IdentityFabric.Cli.Tests;

/// <summary>Runs the built CLI as a separate process, as a shell or CI step runs it.</summary>
internal static class CliProcess
{
    private const string CliDll = "identity-fabric-cli.dll";

    /// <summary>The CLI is referenced by the tests, so the build copies it (with its runtimeconfig) next to them;
    /// otherwise the cli project's own output of the same configuration. Null (and the test ignored) when neither.</summary>
    public static string Dll()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, CliDll);
        if (File.Exists(beside) && File.Exists(Path.ChangeExtension(beside, ".runtimeconfig.json")))
        {
            return beside;
        }

        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent?.Name ?? "Debug";
        var own = RepositoryPaths.Combine("cli", "bin", configuration, "net10.0", CliDll);
        if (!File.Exists(own))
        {
            Assert.Ignore($"{CliDll} is neither next to the tests nor under cli/bin");
        }

        return own;
    }

    /// <summary>Runs the CLI with <paramref name="args"/> in <paramref name="workingDirectory"/> (the current one when
    /// null), and returns its exit code and output. A run that takes over two minutes is killed and fails.</summary>
    public static async Task<CliResult> RunAsync(string? workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Directory.GetCurrentDirectory(),
        };
        start.ArgumentList.Add(Dll());
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
