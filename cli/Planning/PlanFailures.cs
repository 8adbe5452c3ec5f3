using System.Text.RegularExpressions;

namespace IdentityFabric.Cli.Planning;

/// <summary>
/// Turns a failed plan into the lines a person reads: each one located (<c>FILE:LINE:COL: error: MESSAGE</c>), never
/// an exception's type name or its <c>at ...</c> frames. The program under the mocks reports an unexpected exception
/// the way the Pulumi engine does, with its stack trace; that text is reduced here to the messages it carries.
/// </summary>
public static partial class PlanFailures
{
    /// <summary>One located problem line.</summary>
    /// <param name="file">The file at fault (a stack file, a catalog file).</param>
    /// <param name="line">1-based line.</param>
    /// <param name="column">1-based column.</param>
    /// <param name="message">What is wrong.</param>
    public static string Located(string file, int line, int column, string message) =>
        $"{file}:{Math.Max(1, line)}:{Math.Max(1, column)}: error: {message}";

    /// <summary>
    /// The lines of a failure: lines that are already located pass as they are; the other message lines become one
    /// line placed at <paramref name="file"/> (line 1). Stack frames, exception type names and the engine's "unhandled
    /// exception" preamble are dropped.
    /// </summary>
    /// <param name="file">Where a message without a location of its own is placed (the stack file).</param>
    /// <param name="message">The failure's message, possibly several lines.</param>
    public static IReadOnlyList<string> Lines(string file, string message)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(message);
        var located = new List<string>();
        var text = new System.Text.StringBuilder();
        foreach (var raw in message.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || IsNoise(line))
            {
                continue;
            }

            line = ExceptionPrefix().Replace(line, "");
            if (LocatedLine().IsMatch(line))
            {
                located.Add(line);
            }
            else if (line.Length > 0)
            {
                text.Append(text.Length == 0 ? "" : text[^1] == ':' ? " " : "; ").Append(line);
            }
        }

        if (text.Length > 0 || located.Count == 0)
        {
            located.Insert(0, Located(file, 1, 1, text.Length > 0 ? text.ToString() : "the plan failed without a message"));
        }

        return located;
    }

    /// <summary>Whether a line is a stack frame or part of the runtime's exception dump rather than a message.</summary>
    private static bool IsNoise(string line) =>
        line.StartsWith("at ", StringComparison.Ordinal) ||
        line.StartsWith("--- End of", StringComparison.Ordinal) ||
        line.StartsWith("Running program '", StringComparison.Ordinal) ||
        line.StartsWith("Exception of type", StringComparison.Ordinal);

    // "System.ArgumentException: ", "Pulumi.RunException: ", "---> System.IO.IOException: "
    [GeneratedRegex(@"^(--->\s*)?([A-Za-z_][A-Za-z0-9_]*\.)+[A-Za-z_][A-Za-z0-9_]*(Exception|Error)(`\d+)?(\[[^\]]*\])?:\s*", RegexOptions.CultureInvariant)]
    private static partial Regex ExceptionPrefix();

    [GeneratedRegex(@"^.+:[1-9][0-9]*:[1-9][0-9]*: (error|warning): \S", RegexOptions.CultureInvariant)]
    private static partial Regex LocatedLine();
}
