namespace Pulumi;

/// <summary>Options that control a provider function invocation.</summary>
public class InvokeOptions
{
    public Resource? Parent { get; set; }

    public ProviderResource? Provider { get; set; }

    public string? Version { get; set; }

    public string? PluginDownloadURL { get; set; }
}

/// <summary>Options of an output-returning provider function invocation.</summary>
public class InvokeOutputOptions : InvokeOptions
{
    private InputList<Resource>? _dependsOn;

    public InputList<Resource> DependsOn
    {
        get => _dependsOn ??= new InputList<Resource>();
        set => _dependsOn = value;
    }
}
