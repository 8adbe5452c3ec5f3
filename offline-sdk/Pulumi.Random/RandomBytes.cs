using System.Collections.Immutable;

namespace Pulumi.Random;

/// <summary>Stand-in for <c>random:index/randomBytes:RandomBytes</c>.</summary>
[RandomResourceType("random:index/randomBytes:RandomBytes")]
public partial class RandomBytes : global::Pulumi.CustomResource
{
    [Output("base64")]
    public Output<string> Base64 { get; private set; } = null!;

    [Output("hex")]
    public Output<string> Hex { get; private set; } = null!;

    [Output("keepers")]
    public Output<ImmutableDictionary<string, string>?> Keepers { get; private set; } = null!;

    [Output("length")]
    public Output<int> Length { get; private set; } = null!;

    public RandomBytes(string name, RandomBytesArgs args, CustomResourceOptions? options = null)
        : base("random:index/randomBytes:RandomBytes", name, args ?? new RandomBytesArgs(), MakeResourceOptions(options, ""))
    {
    }

    private RandomBytes(string name, Input<string> id, RandomBytesState? state = null, CustomResourceOptions? options = null)
        : base("random:index/randomBytes:RandomBytes", name, state, MakeResourceOptions(options, id))
    {
    }

    private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaultOptions = new CustomResourceOptions { Version = Utilities.Version, AdditionalSecretOutputs = { "base64", "hex" }, };
        var merged = CustomResourceOptions.Merge(defaultOptions, options);
        merged.Id = id ?? merged.Id;
        return merged;
    }

    public static RandomBytes Get(string name, Input<string> id, RandomBytesState? state = null, CustomResourceOptions? options = null)
        => new(name, id, state, options);
}

public sealed class RandomBytesArgs : global::Pulumi.ResourceArgs
{
    [Input("keepers")]
    private InputMap<string>? _keepers;

    public InputMap<string> Keepers
    {
        get => _keepers ?? (_keepers = new InputMap<string>());
        set => _keepers = value;
    }

    [Input("length", required: true)]
    public Input<int> Length { get; set; } = null!;

    public RandomBytesArgs()
    {
    }

    public static new RandomBytesArgs Empty => new RandomBytesArgs();
}

public sealed class RandomBytesState : global::Pulumi.ResourceArgs
{
    [Input("base64")]
    private Input<string>? _base64;

    public Input<string>? Base64
    {
        get => _base64;
        set => _base64 = SecretInputs.Wrap(value);
    }

    [Input("hex")]
    private Input<string>? _hex;

    public Input<string>? Hex
    {
        get => _hex;
        set => _hex = SecretInputs.Wrap(value);
    }

    [Input("keepers")]
    private InputMap<string>? _keepers;

    public InputMap<string> Keepers
    {
        get => _keepers ?? (_keepers = new InputMap<string>());
        set => _keepers = value;
    }

    [Input("length")]
    public Input<int>? Length { get; set; }

    public RandomBytesState()
    {
    }

    public static new RandomBytesState Empty => new RandomBytesState();
}
