// Deliberately broken copies of stand-in members, each wrong in one aspect, read exactly as the stand-in is read.
// The namespace below the fixture root mirrors the stand-in's (VpcLattice.Inputs, SecretsManager, ...).
using Pulumi;

namespace OfflineSdk.Conformance.Tests.Broken.Aws.VpcLattice.Inputs
{
    /// <summary>The defect: a single <c>forward</c> where the real type has the list <c>forwards</c>.</summary>
    public sealed class ListenerDefaultActionArgs : ResourceArgs
    {
        [Input("fixedResponse")]
        public Input<global::Pulumi.Aws.VpcLattice.Inputs.ListenerDefaultActionFixedResponseArgs>? FixedResponse { get; set; }

        [Input("forward")]
        public Input<global::Pulumi.Aws.VpcLattice.Inputs.ListenerDefaultActionForwardArgs>? Forward { get; set; }
    }

    /// <summary>Requiredness: <c>statusCode</c> is required in the real type.</summary>
    public sealed class ListenerDefaultActionFixedResponseArgs : ResourceArgs
    {
        [Input("statusCode")]
        public Input<int>? StatusCode { get; set; }
    }

    /// <summary>Type: <c>weight</c> is a number in the real type, and <c>int</c> in .NET.</summary>
    public sealed class ListenerDefaultActionForwardTargetGroupArgs : ResourceArgs
    {
        [Input("targetGroupIdentifier")]
        public Input<string>? TargetGroupIdentifier { get; set; }

        [Input("weight")]
        public Input<string>? Weight { get; set; }
    }

    /// <summary>Numeric type: the real .NET type of <c>weight</c> is <c>int</c>, not <c>double</c>.</summary>
    public sealed class ListenerRuleActionForwardTargetGroupArgs : ResourceArgs
    {
        [Input("targetGroupIdentifier", required: true)]
        public Input<string> TargetGroupIdentifier { get; set; } = null!;

        [Input("weight")]
        public Input<double>? Weight { get; set; }
    }

    /// <summary>Shape: the right wire name, but one forward action instead of a list of them.</summary>
    public sealed class ListenerRuleActionArgs : ResourceArgs
    {
        [Input("fixedResponse")]
        public Input<global::Pulumi.Aws.VpcLattice.Inputs.ListenerRuleActionFixedResponseArgs>? FixedResponse { get; set; }

        [Input("forward")]
        public InputList<global::Pulumi.Aws.VpcLattice.Inputs.ListenerRuleActionForwardArgs> Forward { get; set; } = [];
    }
}

namespace OfflineSdk.Conformance.Tests.Broken.Aws.AppMesh.Outputs
{
    /// <summary>Output requiredness: <c>type</c> may be absent in the real output type.</summary>
    [OutputType]
    public sealed class MeshSpecEgressFilter
    {
        public readonly string Type;

        [OutputConstructor]
        private MeshSpecEgressFilter(string type) => Type = type;
    }

    /// <summary>Output requiredness the other way: <c>port</c> is required in the real input and output types.</summary>
    [OutputType]
    public sealed class VirtualNodeSpecListenerPortMapping
    {
        public readonly int? Port;
        public readonly string Protocol;

        [OutputConstructor]
        private VirtualNodeSpecListenerPortMapping(int? port, string protocol)
        {
            Port = port;
            Protocol = protocol;
        }
    }
}

namespace OfflineSdk.Conformance.Tests.Broken.Aws.VpcLattice
{
    /// <summary>Type token: the real module is <c>vpclattice/listener</c>.</summary>
    [ResourceType("aws:vpclattice/listeners:Listener", null)]
    public sealed class Listener : CustomResource
    {
        [Output("arn")]
        public Output<string> Arn { get; private set; } = null!;

        public Listener(string name, ResourceArgs args, CustomResourceOptions? options = null)
            : base("aws:vpclattice/listeners:Listener", name, args, options)
        {
        }
    }

    /// <summary>Resource output nullability: <c>tags</c> may be absent in the real resource.</summary>
    [ResourceType("aws:vpclattice/service:Service", null)]
    public sealed class Service : CustomResource
    {
        [Output("tags")]
        public Output<System.Collections.Immutable.ImmutableDictionary<string, string>> Tags { get; private set; } = null!;

        public Service(string name, ResourceArgs args, CustomResourceOptions? options = null)
            : base("aws:vpclattice/service:Service", name, args, options)
        {
        }
    }
}

namespace OfflineSdk.Conformance.Tests.Broken.Aws.SecretsManager
{
    /// <summary>Secret outputs: the real resource also keeps <c>secretStringWo</c> secret.</summary>
    [ResourceType("aws:secretsmanager/secretVersion:SecretVersion", null)]
    public sealed class SecretVersion : CustomResource
    {
        [Output("secretString")]
        public Output<string?> SecretString { get; private set; } = null!;

        public SecretVersion(string name, SecretVersionArgs args, CustomResourceOptions? options = null)
            : base("aws:secretsmanager/secretVersion:SecretVersion", name, args, MakeResourceOptions(options))
        {
        }

        private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options)
            => CustomResourceOptions.Merge(new CustomResourceOptions { AdditionalSecretOutputs = { "secretBinary", "secretString" } }, options);
    }

    /// <summary>Secret input: the real setter marks <c>secretString</c> secret; this copy does not.</summary>
    public sealed class SecretVersionArgs : ResourceArgs
    {
        [Input("secretId", required: true)]
        public Input<string> SecretId { get; set; } = null!;

        [Input("secretString")]
        public Input<string>? SecretString { get; set; }
    }
}

namespace OfflineSdk.Conformance.Tests.Broken.Aws
{
    /// <summary>Provider settings: <c>region</c> is a string setting in the real package.</summary>
    public static class Config
    {
        public static bool? Region => null;
    }
}

namespace OfflineSdk.Conformance.Tests.Faithful.Aws.VpcLattice.Inputs
{
    /// <summary>A faithful copy, read from outside the stand-in: it must compare clean.</summary>
    public sealed class ListenerDefaultActionArgs : ResourceArgs
    {
        [Input("fixedResponse")]
        public Input<global::Pulumi.Aws.VpcLattice.Inputs.ListenerDefaultActionFixedResponseArgs>? FixedResponse { get; set; }

        [Input("forwards")]
        private InputList<global::Pulumi.Aws.VpcLattice.Inputs.ListenerDefaultActionForwardArgs>? _forwards;

        public InputList<global::Pulumi.Aws.VpcLattice.Inputs.ListenerDefaultActionForwardArgs> Forwards
        {
            get => _forwards ??= [];
            set => _forwards = value;
        }
    }
}
