using System.Collections.Immutable;

namespace Pulumi.Cloudflare;

/// <summary>Stand-in for <c>cloudflare:index/workersScript:WorkersScript</c>.</summary>
[CloudflareResourceType("cloudflare:index/workersScript:WorkersScript")]
public partial class WorkersScript : global::Pulumi.CustomResource
{
    [Output("accountId")]
    public Output<string?> AccountId { get; private set; } = null!;

    [Output("bindings")]
    public Output<ImmutableArray<Outputs.WorkersScriptBinding>> Bindings { get; private set; } = null!;

    [Output("bodyPart")]
    public Output<string?> BodyPart { get; private set; } = null!;

    [Output("compatibilityDate")]
    public Output<string> CompatibilityDate { get; private set; } = null!;

    [Output("compatibilityFlags")]
    public Output<ImmutableArray<string>> CompatibilityFlags { get; private set; } = null!;

    [Output("content")]
    public Output<string?> Content { get; private set; } = null!;

    [Output("contentFile")]
    public Output<string?> ContentFile { get; private set; } = null!;

    [Output("contentSha256")]
    public Output<string?> ContentSha256 { get; private set; } = null!;

    [Output("createdOn")]
    public Output<string> CreatedOn { get; private set; } = null!;

    [Output("etag")]
    public Output<string> Etag { get; private set; } = null!;

    [Output("hasAssets")]
    public Output<bool> HasAssets { get; private set; } = null!;

    [Output("hasModules")]
    public Output<bool> HasModules { get; private set; } = null!;

    [Output("keepAssets")]
    public Output<bool?> KeepAssets { get; private set; } = null!;

    [Output("keepBindings")]
    public Output<ImmutableArray<string>> KeepBindings { get; private set; } = null!;

    [Output("logpush")]
    public Output<bool> Logpush { get; private set; } = null!;

    [Output("mainModule")]
    public Output<string?> MainModule { get; private set; } = null!;

    [Output("modifiedOn")]
    public Output<string> ModifiedOn { get; private set; } = null!;

    [Output("observability")]
    public Output<Outputs.WorkersScriptObservability?> Observability { get; private set; } = null!;

    [Output("placement")]
    public Output<Outputs.WorkersScriptPlacement> Placement { get; private set; } = null!;

    [Output("scriptName")]
    public Output<string> ScriptName { get; private set; } = null!;

    [Output("startupTimeMs")]
    public Output<int> StartupTimeMs { get; private set; } = null!;

    [Output("tailConsumers")]
    public Output<ImmutableArray<Outputs.WorkersScriptTailConsumer>> TailConsumers { get; private set; } = null!;

    [Output("usageModel")]
    public Output<string> UsageModel { get; private set; } = null!;

    public WorkersScript(string name, WorkersScriptArgs args, CustomResourceOptions? options = null)
        : base("cloudflare:index/workersScript:WorkersScript", name, args ?? new WorkersScriptArgs(), MakeResourceOptions(options, ""))
    {
    }

    private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaultOptions = new CustomResourceOptions { Version = Utilities.Version, };
        var merged = CustomResourceOptions.Merge(defaultOptions, options);
        merged.Id = id ?? merged.Id;
        return merged;
    }
}

public sealed class WorkersScriptArgs : global::Pulumi.ResourceArgs
{
    [Input("accountId")]
    public Input<string>? AccountId { get; set; }

    [Input("bindings")]
    private InputList<Inputs.WorkersScriptBindingArgs>? _bindings;

    public InputList<Inputs.WorkersScriptBindingArgs> Bindings
    {
        get => _bindings ?? (_bindings = new InputList<Inputs.WorkersScriptBindingArgs>());
        set => _bindings = value;
    }

    [Input("bodyPart")]
    public Input<string>? BodyPart { get; set; }

    [Input("compatibilityDate")]
    public Input<string>? CompatibilityDate { get; set; }

    [Input("compatibilityFlags")]
    private InputList<string>? _compatibilityFlags;

    public InputList<string> CompatibilityFlags
    {
        get => _compatibilityFlags ?? (_compatibilityFlags = new InputList<string>());
        set => _compatibilityFlags = value;
    }

    [Input("content")]
    public Input<string>? Content { get; set; }

    [Input("contentFile")]
    public Input<string>? ContentFile { get; set; }

    [Input("contentSha256")]
    public Input<string>? ContentSha256 { get; set; }

    [Input("keepAssets")]
    public Input<bool>? KeepAssets { get; set; }

    [Input("keepBindings")]
    private InputList<string>? _keepBindings;

    public InputList<string> KeepBindings
    {
        get => _keepBindings ?? (_keepBindings = new InputList<string>());
        set => _keepBindings = value;
    }

    [Input("logpush")]
    public Input<bool>? Logpush { get; set; }

    [Input("mainModule")]
    public Input<string>? MainModule { get; set; }

    [Input("observability")]
    public Input<Inputs.WorkersScriptObservabilityArgs>? Observability { get; set; }

    [Input("placement")]
    public Input<Inputs.WorkersScriptPlacementArgs>? Placement { get; set; }

    [Input("scriptName", required: true)]
    public Input<string> ScriptName { get; set; } = null!;

    [Input("tailConsumers")]
    private InputList<Inputs.WorkersScriptTailConsumerArgs>? _tailConsumers;

    public InputList<Inputs.WorkersScriptTailConsumerArgs> TailConsumers
    {
        get => _tailConsumers ?? (_tailConsumers = new InputList<Inputs.WorkersScriptTailConsumerArgs>());
        set => _tailConsumers = value;
    }

    [Input("usageModel")]
    public Input<string>? UsageModel { get; set; }

    public WorkersScriptArgs()
    {
    }

    public static new WorkersScriptArgs Empty => new WorkersScriptArgs();
}
