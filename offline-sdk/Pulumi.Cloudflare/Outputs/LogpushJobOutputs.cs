using System.Collections.Immutable;

namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class LogpushJobOutputOptions
{
    public readonly string? BatchPrefix;
    public readonly string? BatchSuffix;
    public readonly string? FieldDelimiter;
    public readonly ImmutableArray<string> FieldNames;
    public readonly string? OutputType;
    public readonly string? RecordDelimiter;
    public readonly string? RecordPrefix;
    public readonly string? RecordSuffix;
    public readonly string? RecordTemplate;
    public readonly double? SampleRate;
    public readonly string? TimestampFormat;

    [OutputConstructor]
    private LogpushJobOutputOptions(string? batchPrefix, string? batchSuffix, string? fieldDelimiter, ImmutableArray<string> fieldNames, string? outputType, string? recordDelimiter, string? recordPrefix, string? recordSuffix, string? recordTemplate, double? sampleRate, string? timestampFormat)
    {
        BatchPrefix = batchPrefix;
        BatchSuffix = batchSuffix;
        FieldDelimiter = fieldDelimiter;
        FieldNames = fieldNames;
        OutputType = outputType;
        RecordDelimiter = recordDelimiter;
        RecordPrefix = recordPrefix;
        RecordSuffix = recordSuffix;
        RecordTemplate = recordTemplate;
        SampleRate = sampleRate;
        TimestampFormat = timestampFormat;
    }
}
