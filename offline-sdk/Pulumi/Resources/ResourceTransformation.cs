namespace Pulumi;

/// <summary>
/// A callback that may replace the args and options of a resource before it is registered;
/// returning null leaves the resource unchanged.
/// </summary>
public delegate ResourceTransformationResult? ResourceTransformation(ResourceTransformationArgs args);

public readonly struct ResourceTransformationArgs
{
    public ResourceTransformationArgs(Resource resource, ResourceArgs args, ResourceOptions options)
    {
        Resource = resource;
        Args = args;
        Options = options;
    }

    public Resource Resource { get; }

    public ResourceArgs Args { get; }

    public ResourceOptions Options { get; }
}

public readonly struct ResourceTransformationResult
{
    public ResourceTransformationResult(ResourceArgs args, ResourceOptions options)
    {
        Args = args;
        Options = options;
    }

    public ResourceArgs Args { get; }

    public ResourceOptions Options { get; }
}
