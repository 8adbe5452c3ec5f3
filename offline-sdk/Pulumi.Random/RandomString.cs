using System.Collections.Immutable;

namespace Pulumi.Random;

/// <summary>Stand-in for <c>random:index/randomString:RandomString</c>.</summary>
[RandomResourceType("random:index/randomString:RandomString")]
public partial class RandomString : global::Pulumi.CustomResource
{
    [Output("keepers")]
    public Output<ImmutableDictionary<string, string>?> Keepers { get; private set; } = null!;

    [Output("length")]
    public Output<int> Length { get; private set; } = null!;

    [Output("lower")]
    public Output<bool> Lower { get; private set; } = null!;

    [Output("minLower")]
    public Output<int> MinLower { get; private set; } = null!;

    [Output("minNumeric")]
    public Output<int> MinNumeric { get; private set; } = null!;

    [Output("minSpecial")]
    public Output<int> MinSpecial { get; private set; } = null!;

    [Output("minUpper")]
    public Output<int> MinUpper { get; private set; } = null!;

    [Output("numeric")]
    public Output<bool> Numeric { get; private set; } = null!;

    [Output("overrideSpecial")]
    public Output<string?> OverrideSpecial { get; private set; } = null!;

    [Output("result")]
    public Output<string> Result { get; private set; } = null!;

    [Output("special")]
    public Output<bool> Special { get; private set; } = null!;

    [Output("upper")]
    public Output<bool> Upper { get; private set; } = null!;

    public RandomString(string name, RandomStringArgs args, CustomResourceOptions? options = null)
        : base("random:index/randomString:RandomString", name, args ?? new RandomStringArgs(), MakeResourceOptions(options, ""))
    {
    }

    private RandomString(string name, Input<string> id, RandomStringState? state = null, CustomResourceOptions? options = null)
        : base("random:index/randomString:RandomString", name, state, MakeResourceOptions(options, id))
    {
    }

    private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaultOptions = new CustomResourceOptions { Version = Utilities.Version, };
        var merged = CustomResourceOptions.Merge(defaultOptions, options);
        merged.Id = id ?? merged.Id;
        return merged;
    }

    public static RandomString Get(string name, Input<string> id, RandomStringState? state = null, CustomResourceOptions? options = null)
        => new(name, id, state, options);
}

public sealed class RandomStringArgs : global::Pulumi.ResourceArgs
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

    [Input("lower")]
    public Input<bool>? Lower { get; set; }

    [Input("minLower")]
    public Input<int>? MinLower { get; set; }

    [Input("minNumeric")]
    public Input<int>? MinNumeric { get; set; }

    [Input("minSpecial")]
    public Input<int>? MinSpecial { get; set; }

    [Input("minUpper")]
    public Input<int>? MinUpper { get; set; }

    [Input("numeric")]
    public Input<bool>? Numeric { get; set; }

    [Input("overrideSpecial")]
    public Input<string>? OverrideSpecial { get; set; }

    [Input("special")]
    public Input<bool>? Special { get; set; }

    [Input("upper")]
    public Input<bool>? Upper { get; set; }

    public RandomStringArgs()
    {
    }

    public static new RandomStringArgs Empty => new RandomStringArgs();
}

public sealed class RandomStringState : global::Pulumi.ResourceArgs
{
    [Input("keepers")]
    private InputMap<string>? _keepers;

    public InputMap<string> Keepers
    {
        get => _keepers ?? (_keepers = new InputMap<string>());
        set => _keepers = value;
    }

    [Input("length")]
    public Input<int>? Length { get; set; }

    [Input("lower")]
    public Input<bool>? Lower { get; set; }

    [Input("minLower")]
    public Input<int>? MinLower { get; set; }

    [Input("minNumeric")]
    public Input<int>? MinNumeric { get; set; }

    [Input("minSpecial")]
    public Input<int>? MinSpecial { get; set; }

    [Input("minUpper")]
    public Input<int>? MinUpper { get; set; }

    [Input("numeric")]
    public Input<bool>? Numeric { get; set; }

    [Input("overrideSpecial")]
    public Input<string>? OverrideSpecial { get; set; }

    [Input("special")]
    public Input<bool>? Special { get; set; }

    [Input("upper")]
    public Input<bool>? Upper { get; set; }

    [Input("result")]
    public Input<string>? Result { get; set; }

    public RandomStringState()
    {
    }

    public static new RandomStringState Empty => new RandomStringState();
}
