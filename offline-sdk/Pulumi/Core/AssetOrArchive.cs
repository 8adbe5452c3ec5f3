using System.Collections.Immutable;

namespace Pulumi;

/// <summary>Base class of assets and archives.</summary>
public abstract class AssetOrArchive
{
    private protected AssetOrArchive(string propName, object value)
    {
        PropName = propName;
        Value = value ?? throw new ArgumentNullException(nameof(value));
    }

    internal string PropName { get; }

    internal object Value { get; }
}

/// <summary>A single blob of text or data.</summary>
public abstract class Asset : AssetOrArchive
{
    private protected Asset(string propName, object value)
        : base(propName, value)
    {
    }
}

/// <summary>An asset read from a local file.</summary>
public sealed class FileAsset : Asset
{
    public FileAsset(string path) : base("path", path)
    {
    }
}

/// <summary>An asset made from an in-memory string.</summary>
public sealed class StringAsset : Asset
{
    public StringAsset(string text) : base("text", text)
    {
    }
}

/// <summary>An asset fetched from a URI.</summary>
public sealed class RemoteAsset : Asset
{
    public RemoteAsset(string uri) : base("uri", uri)
    {
    }
}

/// <summary>A collection of named assets.</summary>
public abstract class Archive : AssetOrArchive
{
    private protected Archive(string propName, object value)
        : base(propName, value)
    {
    }
}

/// <summary>An archive made from an in-memory collection of assets or archives.</summary>
public sealed class AssetArchive : Archive
{
    public AssetArchive(IDictionary<string, AssetOrArchive> assets)
        : base("assets", assets.ToImmutableDictionary())
    {
    }
}

/// <summary>An archive read from a local file or directory.</summary>
public sealed class FileArchive : Archive
{
    public FileArchive(string path) : base("path", path)
    {
    }
}

/// <summary>An archive fetched from a URI.</summary>
public sealed class RemoteArchive : Archive
{
    public RemoteArchive(string uri) : base("uri", uri)
    {
    }
}
