using System.Collections.Immutable;

namespace Pulumi.OfflineSdk.Tests.Support;

public enum StorageTier
{
    Hot,
    Cold,
}

[EnumType]
public readonly struct Acl : IEquatable<Acl>
{
    private readonly string _value;

    private Acl(string value) => _value = value;

    public static Acl Private { get; } = new("private");

    public static explicit operator string(Acl value) => value._value;

    public bool Equals(Acl other) => _value == other._value;

    public override bool Equals(object? obj) => obj is Acl other && Equals(other);

    public override int GetHashCode() => _value?.GetHashCode(StringComparison.Ordinal) ?? 0;

    public override string ToString() => _value;
}

public sealed class WebsiteArgs : ResourceArgs
{
    [Input("indexDocument")]
    public Input<string>? IndexDocument { get; set; }

    [Input("errorPages")]
    private InputList<string>? _errorPages;

    public InputList<string> ErrorPages
    {
        get => _errorPages ??= new InputList<string>();
        set => _errorPages = value;
    }
}

public sealed class BucketArgs : ResourceArgs
{
    [Input("bucketName")]
    public Input<string>? BucketName { get; set; }

    [Input("region", required: true)]
    public Input<string> Region { get; set; } = null!;

    [Input("sizeGb")]
    public Input<int>? SizeGb { get; set; }

    [Input("tier")]
    public Input<StorageTier>? Tier { get; set; }

    [Input("acl")]
    public Input<Acl>? Acl { get; set; }

    [Input("retention")]
    public InputUnion<int, string>? Retention { get; set; }

    [Input("website")]
    public Input<WebsiteArgs>? Website { get; set; }

    [Input("policy", json: true)]
    public InputMap<object>? Policy { get; set; }

    [Input("tags")]
    private InputMap<string>? _tags;

    public InputMap<string> Tags
    {
        get => _tags ??= new InputMap<string>();
        set => _tags = value;
    }

    [Input("replicas")]
    private InputList<WebsiteArgs>? _replicas;

    public InputList<WebsiteArgs> Replicas
    {
        get => _replicas ??= new InputList<WebsiteArgs>();
        set => _replicas = value;
    }
}

[OutputType]
public sealed class Website
{
    public readonly string? IndexDocument;
    public readonly ImmutableArray<string> ErrorPages;

    [OutputConstructor]
    private Website(string? indexDocument, ImmutableArray<string> errorPages)
    {
        IndexDocument = indexDocument;
        ErrorPages = errorPages;
    }
}

[ResourceType("test:storage/bucket:Bucket", "1.0.0")]
public sealed class Bucket : CustomResource
{
    public Bucket(string name, BucketArgs args, CustomResourceOptions? options = null)
        : base("test:storage/bucket:Bucket", name, args, options)
    {
    }

    [Output("arn")]
    public Output<string> Arn { get; private set; } = null!;

    [Output("bucketName")]
    public Output<string> BucketName { get; private set; } = null!;

    [Output("sizeGb")]
    public Output<int> SizeGb { get; private set; } = null!;

    [Output("tags")]
    public Output<ImmutableDictionary<string, string>?> Tags { get; private set; } = null!;

    [Output("website")]
    public Output<Website?> Website { get; private set; } = null!;

    [Output("replicas")]
    public Output<ImmutableArray<Website>> Replicas { get; private set; } = null!;

    [Output("retention")]
    public Output<Union<int, string>?> Retention { get; private set; } = null!;
}

public sealed class NoteArgs : ResourceArgs
{
    [Input("text")]
    public Input<string>? Text { get; set; }
}

/// <summary>A second resource type, for inputs that come from other resources' outputs.</summary>
public sealed class Note : CustomResource
{
    public Note(string name, NoteArgs args, CustomResourceOptions? options = null)
        : base("test:index/note:Note", name, args, options)
    {
    }

    [Output("text")]
    public Output<string> Text { get; private set; } = null!;
}

public sealed class TestProvider : ProviderResource
{
    public TestProvider(string name, CustomResourceOptions? options = null)
        : base("test", name, ResourceArgs.Empty, options)
    {
    }
}

public sealed class SiteArgs : ResourceArgs
{
    public string Region { get; set; } = "eu-west-1";
}

/// <summary>A component with one bucket and one nested component.</summary>
public sealed class Site : ComponentResource
{
    public Site(string name, SiteArgs args, ComponentResourceOptions? options = null)
        : base("test:web:Site", name, options)
    {
        var bucket = new Bucket($"{name}-bucket", new BucketArgs { Region = args.Region }, new CustomResourceOptions { Parent = this });
        Inner = new Cdn($"{name}-cdn", new ComponentResourceOptions { Parent = this });
        BucketArn = bucket.Arn;
        RegisterOutputs();
    }

    [Output("bucketArn")]
    public Output<string> BucketArn { get; private set; }

    public Cdn Inner { get; }
}

public sealed class Cdn : ComponentResource
{
    public Cdn(string name, ComponentResourceOptions? options = null)
        : base("test:web:Cdn", name, options)
    {
        _ = new Note($"{name}-note", new NoteArgs { Text = "edge" }, new CustomResourceOptions { Parent = this });
        RegisterOutputs(new Dictionary<string, object?> { ["edge"] = Output.Create("on") });
    }
}

[OutputType]
public sealed class LookupResult
{
    public readonly string Account;
    public readonly int Count;

    [OutputConstructor]
    private LookupResult(string account, int count)
    {
        Account = account;
        Count = count;
    }
}

public sealed class LookupArgs : InvokeArgs
{
    [Input("filter")]
    public Input<string>? Filter { get; set; }
}
