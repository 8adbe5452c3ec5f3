namespace Pulumi;

/// <summary>Optional settings that control a resource's behaviour.</summary>
public abstract partial class ResourceOptions
{
    private InputList<Resource>? _dependsOn;
    private List<string>? _ignoreChanges;
    private List<ResourceTransformation>? _resourceTransformations;
    private List<string>? _replaceOnChanges;

    public Input<string>? Id { get; set; }

    public Resource? Parent { get; set; }

    public InputList<Resource> DependsOn
    {
        get => _dependsOn ??= new InputList<Resource>();
        set => _dependsOn = value;
    }

    public bool? Protect { get; set; }

    public List<string> IgnoreChanges
    {
        get => _ignoreChanges ??= new List<string>();
        set => _ignoreChanges = value;
    }

    public string? Version { get; set; }

    public ProviderResource? Provider { get; set; }

    public CustomTimeouts? CustomTimeouts { get; set; }

    public List<ResourceTransformation> ResourceTransformations
    {
        get => _resourceTransformations ??= new List<ResourceTransformation>();
        set => _resourceTransformations = value;
    }

    public List<Input<Alias>> Aliases { get; set; } = new List<Input<Alias>>();

    public string? Urn { get; set; }

    public List<string> ReplaceOnChanges
    {
        get => _replaceOnChanges ??= new List<string>();
        set => _replaceOnChanges = value;
    }

    public string? PluginDownloadURL { get; set; }

    public bool? RetainOnDelete { get; set; }

    public Resource? DeletedWith { get; set; }

    internal abstract ResourceOptions Clone();

    /// <summary>Copies the options every resource kind shares into <paramref name="target"/>.</summary>
    private protected void CopyCommonTo(ResourceOptions target)
    {
        target.Id = Id;
        target.Parent = Parent;
        target.DependsOn = DependsOn.Clone();
        target.Protect = Protect;
        target.IgnoreChanges = IgnoreChanges.ToList();
        target.Version = Version;
        target.Provider = Provider;
        target.CustomTimeouts = CustomTimeouts.Clone(CustomTimeouts);
        target.ResourceTransformations = ResourceTransformations.ToList();
        target.Aliases = Aliases.ToList();
        target.Urn = Urn;
        target.ReplaceOnChanges = ReplaceOnChanges.ToList();
        target.PluginDownloadURL = PluginDownloadURL;
        target.RetainOnDelete = RetainOnDelete;
        target.DeletedWith = DeletedWith;
    }

    /// <summary>Scalars of <paramref name="options2"/> win when set; collections are concatenated.</summary>
    private protected static void MergeCommon(ResourceOptions options1, ResourceOptions options2)
    {
        options1.Id = options2.Id ?? options1.Id;
        options1.Parent = options2.Parent ?? options1.Parent;
        options1.Protect = options2.Protect ?? options1.Protect;
        options1.Urn = options2.Urn ?? options1.Urn;
        options1.Version = options2.Version ?? options1.Version;
        options1.PluginDownloadURL = options2.PluginDownloadURL ?? options1.PluginDownloadURL;
        options1.Provider = options2.Provider ?? options1.Provider;
        options1.CustomTimeouts = options2.CustomTimeouts ?? options1.CustomTimeouts;
        options1.RetainOnDelete = options2.RetainOnDelete ?? options1.RetainOnDelete;
        options1.DeletedWith = options2.DeletedWith ?? options1.DeletedWith;
        options1.IgnoreChanges.AddRange(options2.IgnoreChanges);
        options1.ResourceTransformations.AddRange(options2.ResourceTransformations);
        options1.Aliases.AddRange(options2.Aliases);
        options1.ReplaceOnChanges.AddRange(options2.ReplaceOnChanges);
        options1.DependsOn = options1.DependsOn.Concat(options2.DependsOn);
    }
}

/// <summary>Optional settings that control a custom resource's behaviour.</summary>
public sealed class CustomResourceOptions : ResourceOptions
{
    private List<string>? _additionalSecretOutputs;

    public bool? DeleteBeforeReplace { get; set; }

    public List<string> AdditionalSecretOutputs
    {
        get => _additionalSecretOutputs ??= new List<string>();
        set => _additionalSecretOutputs = value;
    }

    public string? ImportId { get; set; }

    internal override ResourceOptions Clone() => Copy(this);

    /// <summary>
    /// A new options object with <paramref name="options2"/> merged over <paramref name="options1"/>;
    /// neither argument is modified.
    /// </summary>
    public static CustomResourceOptions Merge(CustomResourceOptions? options1, CustomResourceOptions? options2)
    {
        var result = options1 is null ? new CustomResourceOptions() : Copy(options1);
        var other = options2 is null ? new CustomResourceOptions() : Copy(options2);
        MergeCommon(result, other);
        result.DeleteBeforeReplace = other.DeleteBeforeReplace ?? result.DeleteBeforeReplace;
        result.ImportId = other.ImportId ?? result.ImportId;
        result.AdditionalSecretOutputs.AddRange(other.AdditionalSecretOutputs);
        return result;
    }

    private static CustomResourceOptions Copy(CustomResourceOptions options)
    {
        var copy = new CustomResourceOptions
        {
            DeleteBeforeReplace = options.DeleteBeforeReplace,
            AdditionalSecretOutputs = options.AdditionalSecretOutputs.ToList(),
            ImportId = options.ImportId,
        };
        options.CopyCommonTo(copy);
        return copy;
    }
}

/// <summary>Optional settings that control a component resource's behaviour.</summary>
public sealed class ComponentResourceOptions : ResourceOptions
{
    private List<ProviderResource>? _providers;

    public List<ProviderResource> Providers
    {
        get => _providers ??= new List<ProviderResource>();
        set => _providers = value;
    }

    internal override ResourceOptions Clone() => Copy(this);

    /// <summary>
    /// A new options object with <paramref name="options2"/> merged over <paramref name="options1"/>;
    /// providers are kept one per package, the later one winning.
    /// </summary>
    public static ComponentResourceOptions Merge(ComponentResourceOptions? options1, ComponentResourceOptions? options2)
    {
        var result = options1 is null ? new ComponentResourceOptions() : Copy(options1);
        var other = options2 is null ? new ComponentResourceOptions() : Copy(options2);
        MergeCommon(result, other);
        result.Providers = MergeProviders(result.Providers, other.Providers);
        return result;
    }

    private static List<ProviderResource> MergeProviders(List<ProviderResource> first, List<ProviderResource> second)
    {
        var merged = new List<ProviderResource>();
        var seen = new HashSet<string>();
        foreach (var provider in Enumerable.Reverse(first.Concat(second).ToList()))
        {
            if (seen.Add(provider.Package))
            {
                merged.Add(provider);
            }
        }

        merged.Reverse();
        return merged;
    }

    private static ComponentResourceOptions Copy(ComponentResourceOptions options)
    {
        var copy = new ComponentResourceOptions { Providers = options.Providers.ToList() };
        options.CopyCommonTo(copy);
        return copy;
    }
}

/// <summary>Optional settings that control a stack's behaviour.</summary>
public class StackOptions
{
    private List<ResourceTransformation>? _resourceTransformations;

    public List<ResourceTransformation> ResourceTransformations
    {
        get => _resourceTransformations ??= new List<ResourceTransformation>();
        set => _resourceTransformations = value;
    }
}
