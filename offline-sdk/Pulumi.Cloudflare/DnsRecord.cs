namespace Pulumi.Cloudflare;

/// <summary>Stand-in for <c>cloudflare:index/dnsRecord:DnsRecord</c>.</summary>
[CloudflareResourceType("cloudflare:index/dnsRecord:DnsRecord")]
public partial class DnsRecord : global::Pulumi.CustomResource
{
    [Output("comment")]
    public Output<string?> Comment { get; private set; } = null!;

    [Output("content")]
    public Output<string> Content { get; private set; } = null!;

    [Output("createdOn")]
    public Output<string> CreatedOn { get; private set; } = null!;

    [Output("meta")]
    public Output<string> Meta { get; private set; } = null!;

    [Output("modifiedOn")]
    public Output<string> ModifiedOn { get; private set; } = null!;

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    [Output("proxiable")]
    public Output<bool> Proxiable { get; private set; } = null!;

    [Output("proxied")]
    public Output<bool> Proxied { get; private set; } = null!;

    [Output("ttl")]
    public Output<double> Ttl { get; private set; } = null!;

    [Output("type")]
    public Output<string> Type { get; private set; } = null!;

    [Output("zoneId")]
    public Output<string?> ZoneId { get; private set; } = null!;

    public DnsRecord(string name, DnsRecordArgs args, CustomResourceOptions? options = null)
        : base("cloudflare:index/dnsRecord:DnsRecord", name, args ?? new DnsRecordArgs(), MakeResourceOptions(options, ""))
    {
    }

    private DnsRecord(string name, Input<string> id, DnsRecordState? state = null, CustomResourceOptions? options = null)
        : base("cloudflare:index/dnsRecord:DnsRecord", name, state, MakeResourceOptions(options, id))
    {
    }

    private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaultOptions = new CustomResourceOptions { Version = Utilities.Version, };
        var merged = CustomResourceOptions.Merge(defaultOptions, options);
        merged.Id = id ?? merged.Id;
        return merged;
    }

    public static DnsRecord Get(string name, Input<string> id, DnsRecordState? state = null, CustomResourceOptions? options = null)
        => new(name, id, state, options);
}

public sealed class DnsRecordArgs : global::Pulumi.ResourceArgs
{
    [Input("comment")]
    public Input<string>? Comment { get; set; }

    [Input("content")]
    public Input<string>? Content { get; set; }

    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    [Input("proxied")]
    public Input<bool>? Proxied { get; set; }

    [Input("ttl", required: true)]
    public Input<double> Ttl { get; set; } = null!;

    [Input("type", required: true)]
    public Input<string> Type { get; set; } = null!;

    [Input("zoneId")]
    public Input<string>? ZoneId { get; set; }

    public DnsRecordArgs()
    {
    }

    public static new DnsRecordArgs Empty => new DnsRecordArgs();
}

public sealed class DnsRecordState : global::Pulumi.ResourceArgs
{
    [Input("comment")]
    public Input<string>? Comment { get; set; }

    [Input("content")]
    public Input<string>? Content { get; set; }

    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("proxied")]
    public Input<bool>? Proxied { get; set; }

    [Input("ttl")]
    public Input<double>? Ttl { get; set; }

    [Input("type")]
    public Input<string>? Type { get; set; }

    [Input("zoneId")]
    public Input<string>? ZoneId { get; set; }

    public DnsRecordState()
    {
    }

    public static new DnsRecordState Empty => new DnsRecordState();
}
