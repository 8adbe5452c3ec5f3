using System.Collections.Immutable;

namespace Pulumi.Cloudflare;

/// <summary>Stand-in for <c>cloudflare:index/zeroTrustAccessPolicy:ZeroTrustAccessPolicy</c>.</summary>
[CloudflareResourceType("cloudflare:index/zeroTrustAccessPolicy:ZeroTrustAccessPolicy")]
public partial class ZeroTrustAccessPolicy : global::Pulumi.CustomResource
{
    [Output("accountId")]
    public Output<string?> AccountId { get; private set; } = null!;

    [Output("approvalRequired")]
    public Output<bool?> ApprovalRequired { get; private set; } = null!;

    [Output("decision")]
    public Output<string> Decision { get; private set; } = null!;

    [Output("excludes")]
    public Output<ImmutableArray<Outputs.ZeroTrustAccessPolicyExclude>> Excludes { get; private set; } = null!;

    [Output("includes")]
    public Output<ImmutableArray<Outputs.ZeroTrustAccessPolicyInclude>> Includes { get; private set; } = null!;

    [Output("isolationRequired")]
    public Output<bool?> IsolationRequired { get; private set; } = null!;

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    [Output("purposeJustificationPrompt")]
    public Output<string?> PurposeJustificationPrompt { get; private set; } = null!;

    [Output("purposeJustificationRequired")]
    public Output<bool?> PurposeJustificationRequired { get; private set; } = null!;

    [Output("requires")]
    public Output<ImmutableArray<Outputs.ZeroTrustAccessPolicyRequire>> Requires { get; private set; } = null!;

    [Output("sessionDuration")]
    public Output<string> SessionDuration { get; private set; } = null!;

    public ZeroTrustAccessPolicy(string name, ZeroTrustAccessPolicyArgs args, CustomResourceOptions? options = null)
        : base("cloudflare:index/zeroTrustAccessPolicy:ZeroTrustAccessPolicy", name, args ?? new ZeroTrustAccessPolicyArgs(), MakeResourceOptions(options, ""))
    {
    }

    private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaultOptions = new CustomResourceOptions { Version = Utilities.Version, };
        var merged = CustomResourceOptions.Merge(defaultOptions, options);
        merged.Id = id ?? merged.Id;
        return merged;
    }
}

public sealed class ZeroTrustAccessPolicyArgs : global::Pulumi.ResourceArgs
{
    [Input("accountId")]
    public Input<string>? AccountId { get; set; }

    [Input("approvalRequired")]
    public Input<bool>? ApprovalRequired { get; set; }

    [Input("decision", required: true)]
    public Input<string> Decision { get; set; } = null!;

    [Input("excludes")]
    private InputList<Inputs.ZeroTrustAccessPolicyExcludeArgs>? _excludes;

    public InputList<Inputs.ZeroTrustAccessPolicyExcludeArgs> Excludes
    {
        get => _excludes ?? (_excludes = new InputList<Inputs.ZeroTrustAccessPolicyExcludeArgs>());
        set => _excludes = value;
    }

    [Input("includes")]
    private InputList<Inputs.ZeroTrustAccessPolicyIncludeArgs>? _includes;

    public InputList<Inputs.ZeroTrustAccessPolicyIncludeArgs> Includes
    {
        get => _includes ?? (_includes = new InputList<Inputs.ZeroTrustAccessPolicyIncludeArgs>());
        set => _includes = value;
    }

    [Input("isolationRequired")]
    public Input<bool>? IsolationRequired { get; set; }

    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    [Input("purposeJustificationPrompt")]
    public Input<string>? PurposeJustificationPrompt { get; set; }

    [Input("purposeJustificationRequired")]
    public Input<bool>? PurposeJustificationRequired { get; set; }

    [Input("requires")]
    private InputList<Inputs.ZeroTrustAccessPolicyRequireArgs>? _requires;

    public InputList<Inputs.ZeroTrustAccessPolicyRequireArgs> Requires
    {
        get => _requires ?? (_requires = new InputList<Inputs.ZeroTrustAccessPolicyRequireArgs>());
        set => _requires = value;
    }

    [Input("sessionDuration")]
    public Input<string>? SessionDuration { get; set; }

    public ZeroTrustAccessPolicyArgs()
    {
    }

    public static new ZeroTrustAccessPolicyArgs Empty => new ZeroTrustAccessPolicyArgs();
}
