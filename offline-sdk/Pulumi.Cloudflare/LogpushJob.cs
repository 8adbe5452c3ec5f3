namespace Pulumi.Cloudflare;

/// <summary>Stand-in for <c>cloudflare:index/logpushJob:LogpushJob</c>.</summary>
[CloudflareResourceType("cloudflare:index/logpushJob:LogpushJob")]
public partial class LogpushJob : global::Pulumi.CustomResource
{
    [Output("accountId")]
    public Output<string?> AccountId { get; private set; } = null!;

    [Output("dataset")]
    public Output<string> Dataset { get; private set; } = null!;

    [Output("destinationConf")]
    public Output<string> DestinationConf { get; private set; } = null!;

    [Output("enabled")]
    public Output<bool> Enabled { get; private set; } = null!;

    [Output("errorMessage")]
    public Output<string> ErrorMessage { get; private set; } = null!;

    [Output("kind")]
    public Output<string> Kind { get; private set; } = null!;

    [Output("lastComplete")]
    public Output<string> LastComplete { get; private set; } = null!;

    [Output("lastError")]
    public Output<string> LastError { get; private set; } = null!;

    [Output("maxUploadBytes")]
    public Output<int> MaxUploadBytes { get; private set; } = null!;

    [Output("maxUploadIntervalSeconds")]
    public Output<int> MaxUploadIntervalSeconds { get; private set; } = null!;

    [Output("maxUploadRecords")]
    public Output<int> MaxUploadRecords { get; private set; } = null!;

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    [Output("outputOptions")]
    public Output<Outputs.LogpushJobOutputOptions?> OutputOptions { get; private set; } = null!;

    [Output("ownershipChallenge")]
    public Output<string?> OwnershipChallenge { get; private set; } = null!;

    [Output("zoneId")]
    public Output<string?> ZoneId { get; private set; } = null!;

    public LogpushJob(string name, LogpushJobArgs args, CustomResourceOptions? options = null)
        : base("cloudflare:index/logpushJob:LogpushJob", name, args ?? new LogpushJobArgs(), MakeResourceOptions(options, ""))
    {
    }

    private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaultOptions = new CustomResourceOptions { Version = Utilities.Version, AdditionalSecretOutputs = { "destinationConf", "ownershipChallenge" }, };
        var merged = CustomResourceOptions.Merge(defaultOptions, options);
        merged.Id = id ?? merged.Id;
        return merged;
    }
}

public sealed class LogpushJobArgs : global::Pulumi.ResourceArgs
{
    [Input("accountId")]
    public Input<string>? AccountId { get; set; }

    [Input("dataset")]
    public Input<string>? Dataset { get; set; }

    [Input("destinationConf", required: true)]
    private Input<string>? _destinationConf;

    public Input<string>? DestinationConf
    {
        get => _destinationConf;
        set => _destinationConf = SecretInputs.Wrap(value);
    }

    [Input("enabled")]
    public Input<bool>? Enabled { get; set; }

    [Input("kind")]
    public Input<string>? Kind { get; set; }

    [Input("maxUploadBytes")]
    public Input<int>? MaxUploadBytes { get; set; }

    [Input("maxUploadIntervalSeconds")]
    public Input<int>? MaxUploadIntervalSeconds { get; set; }

    [Input("maxUploadRecords")]
    public Input<int>? MaxUploadRecords { get; set; }

    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("outputOptions")]
    public Input<Inputs.LogpushJobOutputOptionsArgs>? OutputOptions { get; set; }

    [Input("ownershipChallenge")]
    private Input<string>? _ownershipChallenge;

    public Input<string>? OwnershipChallenge
    {
        get => _ownershipChallenge;
        set => _ownershipChallenge = SecretInputs.Wrap(value);
    }

    [Input("zoneId")]
    public Input<string>? ZoneId { get; set; }

    public LogpushJobArgs()
    {
    }

    public static new LogpushJobArgs Empty => new LogpushJobArgs();
}
