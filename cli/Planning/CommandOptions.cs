namespace IdentityFabric.Cli.Planning;

/// <summary>Command-line options of <c>plan</c> and <c>diff</c>: positional arguments and <c>--name value</c> (or
/// <c>--name=value</c>) options, some of which may repeat.</summary>
public sealed class CommandOptions
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);

    /// <summary>The positional arguments, in order.</summary>
    public IReadOnlyList<string> Positional { get; private set; } = [];

    /// <summary>Parses arguments; unknown options and missing values are reported to <paramref name="error"/>.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="known">The options that take a value.</param>
    /// <param name="error">Where problems go.</param>
    /// <param name="options">The parsed options.</param>
    public static bool TryParse(IReadOnlyList<string> args, IReadOnlyCollection<string> known, TextWriter error, out CommandOptions options)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(error);
        options = new CommandOptions();
        var positional = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(arg);
                continue;
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? arg[..equals] : arg;
            if (!known.Contains(name))
            {
                error.WriteLine($"unknown option '{name}'");
                return false;
            }

            string value;
            if (equals > 0)
            {
                value = arg[(equals + 1)..];
            }
            else if (i + 1 < args.Count)
            {
                value = args[++i];
            }
            else
            {
                error.WriteLine($"option '{name}' needs a value");
                return false;
            }

            if (!options._values.TryGetValue(name, out var list))
            {
                options._values[name] = list = [];
            }

            list.Add(value);
        }

        options.Positional = positional;
        return true;
    }

    /// <summary>The last value of an option, or null.</summary>
    /// <param name="name">The option, e.g. <c>--format</c>.</param>
    public string? Single(string name) => _values.TryGetValue(name, out var list) ? list[^1] : null;

    /// <summary>Every value of a repeatable option, in order.</summary>
    /// <param name="name">The option.</param>
    public IReadOnlyList<string> All(string name) => _values.TryGetValue(name, out var list) ? list : [];
}
