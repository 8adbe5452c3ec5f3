namespace Pulumi.Cloudflare.Inputs;

public sealed class WorkersScriptBindingArgs : global::Pulumi.ResourceArgs
{
    [Input("bucketName")]
    public Input<string>? BucketName { get; set; }

    [Input("certificateId")]
    public Input<string>? CertificateId { get; set; }

    [Input("className")]
    public Input<string>? ClassName { get; set; }

    [Input("dataset")]
    public Input<string>? Dataset { get; set; }

    [Input("environment")]
    public Input<string>? Environment { get; set; }

    [Input("id")]
    public Input<string>? Id { get; set; }

    [Input("indexName")]
    public Input<string>? IndexName { get; set; }

    [Input("json")]
    public Input<string>? Json { get; set; }

    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    [Input("namespace")]
    public Input<string>? Namespace { get; set; }

    [Input("namespaceId")]
    public Input<string>? NamespaceId { get; set; }

    [Input("queueName")]
    public Input<string>? QueueName { get; set; }

    [Input("scriptName")]
    public Input<string>? ScriptName { get; set; }

    [Input("secretName")]
    public Input<string>? SecretName { get; set; }

    [Input("service")]
    public Input<string>? Service { get; set; }

    [Input("storeId")]
    public Input<string>? StoreId { get; set; }

    [Input("text")]
    private Input<string>? _text;

    public Input<string>? Text
    {
        get => _text;
        set => _text = SecretInputs.Wrap(value);
    }

    [Input("type", required: true)]
    public Input<string> Type { get; set; } = null!;

    [Input("workflowName")]
    public Input<string>? WorkflowName { get; set; }

    public WorkersScriptBindingArgs()
    {
    }

    public static new WorkersScriptBindingArgs Empty => new WorkersScriptBindingArgs();
}

public sealed class WorkersScriptObservabilityArgs : global::Pulumi.ResourceArgs
{
    [Input("enabled", required: true)]
    public Input<bool> Enabled { get; set; } = null!;

    [Input("headSamplingRate")]
    public Input<double>? HeadSamplingRate { get; set; }

    public WorkersScriptObservabilityArgs()
    {
    }

    public static new WorkersScriptObservabilityArgs Empty => new WorkersScriptObservabilityArgs();
}

public sealed class WorkersScriptPlacementArgs : global::Pulumi.ResourceArgs
{
    [Input("mode")]
    public Input<string>? Mode { get; set; }

    public WorkersScriptPlacementArgs()
    {
    }

    public static new WorkersScriptPlacementArgs Empty => new WorkersScriptPlacementArgs();
}

public sealed class WorkersScriptTailConsumerArgs : global::Pulumi.ResourceArgs
{
    [Input("environment")]
    public Input<string>? Environment { get; set; }

    [Input("namespace")]
    public Input<string>? Namespace { get; set; }

    [Input("service", required: true)]
    public Input<string> Service { get; set; } = null!;

    public WorkersScriptTailConsumerArgs()
    {
    }

    public static new WorkersScriptTailConsumerArgs Empty => new WorkersScriptTailConsumerArgs();
}
