namespace Pulumi;

/// <summary>
/// Ends a program with a clean error message (no stack trace). Tests assert on it: a failed
/// <see cref="Deployment.TestAsync{TStack}(Testing.IMocks, Testing.TestOptions?)"/> throws it.
/// </summary>
public class RunException : Exception
{
    public RunException(string message)
        : base(message)
    {
    }

    public RunException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public static RunException OutputsHaveIncorrectType(IEnumerable<string> outputAttributeNames)
        => new($"Output(s) '{string.Join(", ", outputAttributeNames)}' have incorrect type. [Output] attributed properties must be instances of Output<T>.");
}

/// <summary>Ends a program with an error associated with a resource.</summary>
public class ResourceException : Exception
{
    public ResourceException(string message, Resource? resource, bool hideStack = false) : base(message)
    {
        Resource = resource;
        HideStack = hideStack;
    }

    internal Resource? Resource { get; }

    internal bool HideStack { get; }
}
