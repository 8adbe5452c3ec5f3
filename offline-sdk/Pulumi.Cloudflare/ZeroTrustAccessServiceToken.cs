namespace Pulumi.Cloudflare;

/// <summary>Stand-in for <c>cloudflare:index/zeroTrustAccessServiceToken:ZeroTrustAccessServiceToken</c>.</summary>
[CloudflareResourceType("cloudflare:index/zeroTrustAccessServiceToken:ZeroTrustAccessServiceToken")]
public partial class ZeroTrustAccessServiceToken : global::Pulumi.CustomResource
{
    [Output("accountId")]
    public Output<string?> AccountId { get; private set; } = null!;

    [Output("clientId")]
    public Output<string> ClientId { get; private set; } = null!;

    [Output("clientSecret")]
    public Output<string> ClientSecret { get; private set; } = null!;

    [Output("clientSecretVersion")]
    public Output<double> ClientSecretVersion { get; private set; } = null!;

    [Output("duration")]
    public Output<string> Duration { get; private set; } = null!;

    [Output("expiresAt")]
    public Output<string> ExpiresAt { get; private set; } = null!;

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    [Output("previousClientSecretExpiresAt")]
    public Output<string?> PreviousClientSecretExpiresAt { get; private set; } = null!;

    [Output("zoneId")]
    public Output<string?> ZoneId { get; private set; } = null!;

    public ZeroTrustAccessServiceToken(string name, ZeroTrustAccessServiceTokenArgs args, CustomResourceOptions? options = null)
        : base("cloudflare:index/zeroTrustAccessServiceToken:ZeroTrustAccessServiceToken", name, args ?? new ZeroTrustAccessServiceTokenArgs(), MakeResourceOptions(options, ""))
    {
    }

    private ZeroTrustAccessServiceToken(string name, Input<string> id, ZeroTrustAccessServiceTokenState? state = null, CustomResourceOptions? options = null)
        : base("cloudflare:index/zeroTrustAccessServiceToken:ZeroTrustAccessServiceToken", name, state, MakeResourceOptions(options, id))
    {
    }

    private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaultOptions = new CustomResourceOptions { Version = Utilities.Version, AdditionalSecretOutputs = { "clientSecret" }, };
        var merged = CustomResourceOptions.Merge(defaultOptions, options);
        merged.Id = id ?? merged.Id;
        return merged;
    }

    public static ZeroTrustAccessServiceToken Get(string name, Input<string> id, ZeroTrustAccessServiceTokenState? state = null, CustomResourceOptions? options = null)
        => new(name, id, state, options);
}

public sealed class ZeroTrustAccessServiceTokenArgs : global::Pulumi.ResourceArgs
{
    [Input("accountId")]
    public Input<string>? AccountId { get; set; }

    [Input("clientSecretVersion")]
    public Input<double>? ClientSecretVersion { get; set; }

    [Input("duration")]
    public Input<string>? Duration { get; set; }

    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    [Input("previousClientSecretExpiresAt")]
    public Input<string>? PreviousClientSecretExpiresAt { get; set; }

    [Input("zoneId")]
    public Input<string>? ZoneId { get; set; }

    public ZeroTrustAccessServiceTokenArgs()
    {
    }

    public static new ZeroTrustAccessServiceTokenArgs Empty => new ZeroTrustAccessServiceTokenArgs();
}

public sealed class ZeroTrustAccessServiceTokenState : global::Pulumi.ResourceArgs
{
    [Input("accountId")]
    public Input<string>? AccountId { get; set; }

    [Input("clientId")]
    public Input<string>? ClientId { get; set; }

    [Input("clientSecret")]
    private Input<string>? _clientSecret;

    public Input<string>? ClientSecret
    {
        get => _clientSecret;
        set => _clientSecret = SecretInputs.Wrap(value);
    }

    [Input("clientSecretVersion")]
    public Input<double>? ClientSecretVersion { get; set; }

    [Input("duration")]
    public Input<string>? Duration { get; set; }

    [Input("expiresAt")]
    public Input<string>? ExpiresAt { get; set; }

    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("previousClientSecretExpiresAt")]
    public Input<string>? PreviousClientSecretExpiresAt { get; set; }

    [Input("zoneId")]
    public Input<string>? ZoneId { get; set; }

    public ZeroTrustAccessServiceTokenState()
    {
    }

    public static new ZeroTrustAccessServiceTokenState Empty => new ZeroTrustAccessServiceTokenState();
}
