namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class WorkersScriptBinding
{
    public readonly string? BucketName;
    public readonly string? CertificateId;
    public readonly string? ClassName;
    public readonly string? Dataset;
    public readonly string? Environment;
    public readonly string? Id;
    public readonly string? IndexName;
    public readonly string? Json;
    public readonly string Name;
    public readonly string? Namespace;
    public readonly string? NamespaceId;
    public readonly string? QueueName;
    public readonly string? ScriptName;
    public readonly string? SecretName;
    public readonly string? Service;
    public readonly string? StoreId;
    public readonly string? Text;
    public readonly string Type;
    public readonly string? WorkflowName;

    [OutputConstructor]
    private WorkersScriptBinding(string? bucketName, string? certificateId, string? className, string? dataset, string? environment, string? id, string? indexName, string? json, string name, string? @namespace, string? namespaceId, string? queueName, string? scriptName, string? secretName, string? service, string? storeId, string? text, string type, string? workflowName)
    {
        BucketName = bucketName;
        CertificateId = certificateId;
        ClassName = className;
        Dataset = dataset;
        Environment = environment;
        Id = id;
        IndexName = indexName;
        Json = json;
        Name = name;
        Namespace = @namespace;
        NamespaceId = namespaceId;
        QueueName = queueName;
        ScriptName = scriptName;
        SecretName = secretName;
        Service = service;
        StoreId = storeId;
        Text = text;
        Type = type;
        WorkflowName = workflowName;
    }
}

[OutputType]
public sealed class WorkersScriptObservability
{
    public readonly bool Enabled;
    public readonly double? HeadSamplingRate;

    [OutputConstructor]
    private WorkersScriptObservability(bool enabled, double? headSamplingRate)
    {
        Enabled = enabled;
        HeadSamplingRate = headSamplingRate;
    }
}

[OutputType]
public sealed class WorkersScriptPlacement
{
    public readonly string? Mode;

    [OutputConstructor]
    private WorkersScriptPlacement(string? mode)
    {
        Mode = mode;
    }
}

[OutputType]
public sealed class WorkersScriptTailConsumer
{
    public readonly string? Environment;
    public readonly string? Namespace;
    public readonly string Service;

    [OutputConstructor]
    private WorkersScriptTailConsumer(string? environment, string? @namespace, string service)
    {
        Environment = environment;
        Namespace = @namespace;
        Service = service;
    }
}
