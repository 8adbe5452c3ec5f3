using System.Text.RegularExpressions;
using IdentityFabric.Cli.Commands;

namespace IdentityFabric.Cli.Tests;

/// <summary>One problem line as the CLI prints it: <c>PATH:LINE:COL: error: MESSAGE</c>.</summary>
internal sealed partial record ProblemLine(string File, int Line, int Column, string Severity, string Message)
{
    public bool IsError => Severity == "error";

    public static ProblemLine? Parse(string text)
    {
        var match = Pattern().Match(text);
        return match.Success
            ? new ProblemLine(
                match.Groups["file"].Value,
                int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(match.Groups["col"].Value, System.Globalization.CultureInfo.InvariantCulture),
                match.Groups["sev"].Value,
                match.Groups["msg"].Value)
            : null;
    }

    // The file part is greedy up to the last ":LINE:COL: " so that paths with colons still parse.
    [GeneratedRegex(@"^(?<file>.+):(?<line>[1-9][0-9]*):(?<col>[1-9][0-9]*): (?<sev>error|warning): (?<msg>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

/// <summary>What one run of the CLI printed and returned.</summary>
internal sealed record CliResult(int Code, string Output, string Error)
{
    public IReadOnlyList<string> OutputLines => Lines(Output);

    public IReadOnlyList<string> ErrorLines => Lines(Error);

    public IReadOnlyList<string> AllLines => [.. OutputLines, .. ErrorLines];

    /// <summary>Every problem line, from both streams, in the order printed (errors and warnings share no stream,
    /// so the order across streams is not meaningful).</summary>
    public IReadOnlyList<ProblemLine> Problems => AllLines.Select(ProblemLine.Parse).OfType<ProblemLine>().ToList();

    public IReadOnlyList<ProblemLine> Errors => ErrorLines.Select(ProblemLine.Parse).OfType<ProblemLine>().Where(p => p.IsError).ToList();

    public IReadOnlyList<ProblemLine> Warnings => OutputLines.Select(ProblemLine.Parse).OfType<ProblemLine>().Where(p => !p.IsError).ToList();

    public override string ToString() => $"exit {Code}\n--- stdout\n{Output}--- stderr\n{Error}";

    private static string[] Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}

/// <summary>Runs the CLI in-process through the dispatcher, with the commands the program registers.</summary>
internal static class CliRun
{
    public static CliResult Dispatch(params string[] args) =>
        Dispatch([new ValidateCommand(), new PlanCommand(), new DiffCommand()], args);

    public static CliResult Dispatch(IReadOnlyList<ICliCommand> commands, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CommandDispatcher.Run(commands, args, output, error);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    public static CliResult Validate(params string[] paths) => Dispatch(["validate", .. paths]);
}
