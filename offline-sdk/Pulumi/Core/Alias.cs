namespace Pulumi;

/// <summary>
/// A prior identity of a resource: either a full prior URN or the parts of it that differ.
/// </summary>
public sealed class Alias
{
    public string? Urn { get; set; }

    public Input<string>? Name { get; set; }

    public Input<string>? Type { get; set; }

    public Input<string>? Stack { get; set; }

    public Input<string>? Project { get; set; }

    public Resource? Parent { get; set; }

    public Input<string>? ParentUrn { get; set; }

    public bool NoParent { get; set; }
}
