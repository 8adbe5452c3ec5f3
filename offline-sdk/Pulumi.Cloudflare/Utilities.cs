namespace Pulumi.Cloudflare;

/// <summary>Package-wide helpers; the real package reads its version from an embedded resource.</summary>
internal static class Utilities
{
    /// <summary>The package version this stand-in mirrors.</summary>
    public static string Version => "6.17.0";
}

/// <summary>Marks a resource class with its type token and this package's version.</summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class CloudflareResourceTypeAttribute : global::Pulumi.ResourceTypeAttribute
{
    public CloudflareResourceTypeAttribute(string type)
        : base(type, Utilities.Version)
    {
    }
}

/// <summary>Marks an input value as secret before it leaves the program, as secret fields do in the real package.</summary>
internal static class SecretInputs
{
    public static Input<T>? Wrap<T>(Input<T>? value)
    {
        var emptySecret = Output.CreateSecret(0);
        return Output.Tuple<Input<T>?, int>(value, emptySecret).Apply(t => t.Item1);
    }
}
