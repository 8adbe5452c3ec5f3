namespace Pulumi.Cloudflare.Inputs;

public sealed class LogpushJobOutputOptionsArgs : global::Pulumi.ResourceArgs
{
    [Input("batchPrefix")]
    public Input<string>? BatchPrefix { get; set; }

    [Input("batchSuffix")]
    public Input<string>? BatchSuffix { get; set; }

    [Input("fieldDelimiter")]
    public Input<string>? FieldDelimiter { get; set; }

    [Input("fieldNames")]
    private InputList<string>? _fieldNames;

    public InputList<string> FieldNames
    {
        get => _fieldNames ?? (_fieldNames = new InputList<string>());
        set => _fieldNames = value;
    }

    [Input("outputType")]
    public Input<string>? OutputType { get; set; }

    [Input("recordDelimiter")]
    public Input<string>? RecordDelimiter { get; set; }

    [Input("recordPrefix")]
    public Input<string>? RecordPrefix { get; set; }

    [Input("recordSuffix")]
    public Input<string>? RecordSuffix { get; set; }

    [Input("recordTemplate")]
    public Input<string>? RecordTemplate { get; set; }

    [Input("sampleRate")]
    public Input<double>? SampleRate { get; set; }

    [Input("timestampFormat")]
    public Input<string>? TimestampFormat { get; set; }

    public LogpushJobOutputOptionsArgs()
    {
    }

    public static new LogpushJobOutputOptionsArgs Empty => new LogpushJobOutputOptionsArgs();
}
