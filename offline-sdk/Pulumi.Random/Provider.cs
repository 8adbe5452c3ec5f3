namespace Pulumi.Random;

/// <summary>
/// Stand-in for the explicit provider of the real package (<c>pulumi:providers:random</c>). The random provider
/// takes no settings, so its args carry no members. It exists here so that code which names <c>Provider</c> or
/// <c>ProviderArgs</c> under <c>using Pulumi.Random;</c> meets the same ambiguities as with the real package.
/// </summary>
[RandomResourceType("pulumi:providers:random")]
public partial class Provider : global::Pulumi.ProviderResource
{
    public Provider(string name, ProviderArgs? args = null, CustomResourceOptions? options = null)
        : base("random", name, args ?? new ProviderArgs(), MakeResourceOptions(options, ""))
    {
    }

    private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaultOptions = new CustomResourceOptions { Version = Utilities.Version };
        var merged = CustomResourceOptions.Merge(defaultOptions, options);
        merged.Id = id ?? merged.Id;
        return merged;
    }
}

/// <summary>The (empty) settings of the random provider.</summary>
public sealed class ProviderArgs : global::Pulumi.ResourceArgs
{
    public ProviderArgs()
    {
    }

    public static new ProviderArgs Empty => new ProviderArgs();
}
