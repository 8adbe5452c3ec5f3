using IdentityFabric.Catalog;
using IdentityFabric.Cli.Planning;
using IdentityFabric.Components.Topology;

namespace IdentityFabric.Cli.Commands;

/// <summary>
/// <c>plan STACK [--format json|markdown|mermaid] [--out FILE] [--config KEY=VALUE]...</c>: what <c>pulumi up</c> of
/// the stack would manage, without credentials. Reads <c>Pulumi.STACK.yaml</c> (encrypted values print as
/// <c>[secret]</c> and are never needed), runs the real program under recording mocks, and prints every resource
/// with its type, name, URN, parent and inputs (json), a summary with the trust chain (markdown), or the trust chain
/// alone (mermaid). The cloud preflight runs over every plan (not the mermaid diagram): its errors and quota warnings
/// print to standard error and appear in the JSON and at the top of the Markdown. Exit code 1 when the catalog or the
/// program fails or the preflight finds an input a cloud would refuse, 2 on a usage mistake.
/// </summary>
public sealed partial class PlanCommand : ICliCommand
{
    private readonly ProgramRunner _program;

    /// <summary>Creates the command around a program runner (tests pass a program of their own).</summary>
    /// <param name="program">Runs the program under the mocks.</param>
    public PlanCommand(ProgramRunner program)
    {
        ArgumentNullException.ThrowIfNull(program);
        _program = program;
    }

    /// <inheritdoc />
    public string Name => "plan";

    /// <inheritdoc />
    public string Synopsis => "STACK [OPTIONS]";

    /// <inheritdoc />
    public string Summary => "what `pulumi up` would do, without credentials (--format json|markdown|mermaid, --out FILE, --config KEY=VALUE)";

    private const string Usage = "usage: identity-fabric plan STACK [--format json|markdown|mermaid] [--out FILE] [--config KEY=VALUE]...";

    /// <summary>The folder to look for <c>Pulumi.yaml</c> from (the working directory unless set).</summary>
    public string? StartDirectory { get; init; }

    /// <inheritdoc />
    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (!CommandOptions.TryParse(args, ["--format", "--out", "--config"], error, out var options) || options.Positional.Count != 1)
        {
            error.WriteLine(Usage);
            return CommandDispatcher.UsageExitCode;
        }

        var format = options.Single("--format") ?? "json";
        if (format is not ("json" or "markdown" or "mermaid"))
        {
            error.WriteLine($"identity-fabric plan: unknown format '{format}' (json, markdown or mermaid)");
            return CommandDispatcher.UsageExitCode;
        }

        // Until the project is found, problems are placed at the stack file's name.
        var stackFile = $"Pulumi.{options.Positional[0]}.yaml";
        try
        {
            var root = StackConfiguration.FindProjectRoot(StartDirectory ?? Directory.GetCurrentDirectory());
            stackFile = Path.Combine(root, stackFile);
            var configuration = StackConfiguration.Load(root, options.Positional[0]);
            foreach (var setting in options.All("--config"))
            {
                var equals = setting.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0)
                {
                    error.WriteLine($"identity-fabric plan: --config takes KEY=VALUE, not '{setting}'");
                    return CommandDispatcher.UsageExitCode;
                }

                configuration = configuration.With(setting[..equals], setting[(equals + 1)..]);
            }

            string? text = null;
            PlanResult? streamed = null;
            var refused = false;
            var outFile = options.Single("--out");
            if (format == "mermaid")
            {
                // The diagram comes from the catalog alone: no need to run the program.
                text = TrustChainDiagram.Render(MeshTopologyBuilder.Build(PlanRunner.OpenCatalog(configuration)));
            }
            else
            {
                var result = PlanRunner.RunAsync(configuration, _program, error).GetAwaiter().GetResult();
                if (format == "json" && outFile is not null)
                {
                    // Streamed to the file below: a large plan's JSON is never held whole in memory.
                    streamed = result;
                }
                else
                {
                    text = format == "json" ? PlanJson.Write(result.Plan, result.Preflight) : PlanMarkdown.Render(result.Plan, result.Topology, result.Preflight);
                }

                error.WriteLine($"planned stack '{configuration.StackName}': {result.Plan.ManagedResources.Count} resources");
                foreach (var finding in result.Preflight.Findings)
                {
                    error.WriteLine(finding);
                }

                error.WriteLine(result.Preflight.Summary);
                refused = !result.Preflight.Passed;
            }

            if (streamed is not null)
            {
                // Written beside the file and then moved over it, so a plan that fails halfway leaves the old file whole.
                var partial = outFile + ".partial";
                using (var stream = File.Create(partial))
                {
                    PlanJson.Write(streamed.Plan, streamed.Preflight, stream);
                }

                File.Move(partial, outFile!, overwrite: true);
            }
            else if (outFile is not null)
            {
                File.WriteAllText(outFile, text);
            }
            else
            {
                output.Write(text);
            }

            // The plan is written either way, so its preflight section can be read; a refused input fails the command.
            return refused ? 1 : 0;
        }
        catch (CatalogException failure)
        {
            error.WriteLine(failure.Message);
            return 1;
        }
        catch (PlanException failure)
        {
            Report(error, stackFile, failure.Message);
            return 1;
        }
        catch (Exception failure) when (failure is not (OutOfMemoryException or StackOverflowException or AccessViolationException))
        {
            // A fault nobody anticipated still reaches the user as located lines, without a stack trace.
            Report(error, stackFile, $"the plan failed unexpectedly (please report it): {failure.Message}");
            return 1;
        }
    }

    private static void Report(TextWriter error, string stackFile, string message)
    {
        foreach (var line in PlanFailures.Lines(stackFile, message))
        {
            error.WriteLine(line);
        }
    }
}
