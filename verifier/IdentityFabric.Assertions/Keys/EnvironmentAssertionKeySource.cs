namespace IdentityFabric.Assertions.Keys;

/// <summary>
/// Reads the key set document from an environment variable once, at construction (ECS injects a Secrets
/// Manager value this way; a new value needs a new task).
/// </summary>
public sealed class EnvironmentAssertionKeySource : IAssertionKeySource
{
    /// <summary>The variable read when no other name is given.</summary>
    public const string DefaultVariable = "FABRIC_ASSERTION_KEYS";

    private readonly AssertionKeySet keys;

    /// <summary>Reads and parses the variable.</summary>
    /// <param name="variable">The environment variable holding the key set document.</param>
    /// <param name="readVariable">Reads a variable; defaults to <see cref="Environment.GetEnvironmentVariable(string)"/>.</param>
    /// <exception cref="InvalidOperationException">The variable is unset or empty.</exception>
    /// <exception cref="FormatException">The value is not a valid key set.</exception>
    public EnvironmentAssertionKeySource(string variable = DefaultVariable, Func<string, string?>? readVariable = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(variable);
        var value = (readVariable ?? Environment.GetEnvironmentVariable)(variable);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException($"The environment variable {variable} holds no assertion key set.");
        }

        keys = AssertionKeySet.Parse(value);
    }

    /// <inheritdoc />
    public AssertionKeySet GetKeys() => keys;
}
