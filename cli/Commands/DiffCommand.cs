using IdentityFabric.Cli.Planning;

namespace IdentityFabric.Cli.Commands;

/// <summary>
/// <c>diff OLD.json NEW.json [--format markdown|json] [--only access|resources]</c>: first who gains or loses access
/// (from the plans' effective-access models, "no change in who can reach what" when nobody does), then the resources
/// two plans add, remove and change, with the changed input paths (secret values masked; JSON-valued strings compared
/// as structures), a summary line, and "no changes" when the plans are equal. <c>--only</c> prints one of the two.
/// Exit code 0 either way (a diff is a report, not a verdict), 1 when a file is not a plan, 2 on a usage mistake.
/// </summary>
public sealed class DiffCommand : ICliCommand
{
    /// <inheritdoc />
    public string Name => "diff";

    /// <inheritdoc />
    public string Synopsis => "OLD.json NEW.json";

    /// <inheritdoc />
    public string Summary => "who gains or loses access, then what changes between two plans (--format markdown|json, --only access|resources)";

    private const string Usage = "usage: identity-fabric diff OLD.json NEW.json [--format markdown|json] [--only access|resources]";

    /// <inheritdoc />
    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (!CommandOptions.TryParse(args, ["--format", "--only"], error, out var options) || options.Positional.Count != 2)
        {
            error.WriteLine(Usage);
            return CommandDispatcher.UsageExitCode;
        }

        var format = options.Single("--format") ?? "markdown";
        if (format is not ("markdown" or "json"))
        {
            error.WriteLine($"identity-fabric diff: unknown format '{format}' (markdown or json)");
            return CommandDispatcher.UsageExitCode;
        }

        DiffParts? parts = options.Single("--only") switch
        {
            null => DiffParts.All,
            "access" => DiffParts.Access,
            "resources" => DiffParts.Resources,
            _ => null,
        };
        if (parts is not { } selected)
        {
            error.WriteLine($"identity-fabric diff: unknown part '{options.Single("--only")}' (access or resources)");
            return CommandDispatcher.UsageExitCode;
        }

        try
        {
            var old = Read(options.Positional[0]);
            var @new = Read(options.Positional[1]);
            var diff = PlanDiff.Between(old, @new);
            output.Write(format == "json" ? DiffRendering.Json(diff, selected) : DiffRendering.Markdown(diff, selected));
            return 0;
        }
        catch (PlanException failure)
        {
            error.WriteLine($"identity-fabric diff: {failure.Message}");
            return 1;
        }
    }

    private static StackPlan Read(string path)
    {
        try
        {
            return PlanJson.Read(File.ReadAllText(path), path);
        }
        catch (IOException failure)
        {
            throw new PlanException($"{path}: {failure.Message}", failure);
        }
    }
}
