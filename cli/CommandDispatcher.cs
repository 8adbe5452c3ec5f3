namespace IdentityFabric.Cli;

/// <summary>One sub-command of the CLI, e.g. <c>validate</c>.</summary>
public interface ICliCommand
{
    /// <summary>The word that selects the command.</summary>
    string Name { get; }

    /// <summary>The argument synopsis shown in usage, e.g. <c>PATH...</c>.</summary>
    string Synopsis { get; }

    /// <summary>One line saying what the command does.</summary>
    string Summary { get; }

    /// <summary>Runs the command and returns the process exit code.</summary>
    /// <param name="args">The arguments after the command name.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where problems and usage go.</param>
    int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error);
}

/// <summary>Picks the command named by the first argument and runs it.</summary>
public static class CommandDispatcher
{
    /// <summary>Exit code for a usage mistake (unknown command, missing arguments).</summary>
    public const int UsageExitCode = 2;

    /// <summary>Dispatches <paramref name="args"/> to one of <paramref name="commands"/>.</summary>
    /// <param name="commands">The available commands.</param>
    /// <param name="args">The process arguments.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    public static int Run(IReadOnlyList<ICliCommand> commands, IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(commands);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
        {
            PrintUsage(commands, args.Count == 0 ? error : output);
            return args.Count == 0 ? UsageExitCode : 0;
        }

        var command = commands.FirstOrDefault(c => string.Equals(c.Name, args[0], StringComparison.Ordinal));
        if (command is null)
        {
            error.WriteLine($"identity-fabric: unknown command '{args[0]}'");
            PrintUsage(commands, error);
            return UsageExitCode;
        }

        try
        {
            return command.Run(args.Skip(1).ToList(), output, error);
        }
        catch (Exception failure) when (failure is not (OutOfMemoryException or StackOverflowException or AccessViolationException))
        {
            // Commands report their own problems; should one fault anyway, the user gets one line, not a stack trace.
            error.WriteLine($"identity-fabric {command.Name}: error: {failure.Message.ReplaceLineEndings(" ")} (unexpected; please report it)");
            return 1;
        }
    }

    private static void PrintUsage(IReadOnlyList<ICliCommand> commands, TextWriter writer)
    {
        writer.WriteLine("usage: identity-fabric COMMAND [ARGS]");
        writer.WriteLine();
        foreach (var command in commands)
        {
            writer.WriteLine($"  {command.Name} {command.Synopsis}".PadRight(36) + command.Summary);
        }
    }
}
