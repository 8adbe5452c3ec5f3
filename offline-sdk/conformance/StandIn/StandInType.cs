using System.Collections.Immutable;
using OfflineSdk.Conformance.Comparison;

namespace OfflineSdk.Conformance.StandIn;

/// <summary>What a stand-in type is in Pulumi's generated API.</summary>
internal enum StandInKind
{
    /// <summary>A resource class (<c>[XResourceType]</c>), compared with the declared class.</summary>
    Resource,
    /// <summary>A resource's <c>XArgs</c>, compared with the declared <c>XArgs</c> interface.</summary>
    ResourceArgs,
    /// <summary>A resource's <c>XState</c>, compared with the declared <c>XState</c> interface.</summary>
    ResourceState,
    /// <summary>An <c>Inputs.XArgs</c> (or <c>XGetArgs</c>) type, compared with <c>inputs.module.X</c>.</summary>
    InputType,
    /// <summary>An <c>[OutputType]</c> class, compared with <c>outputs.module.X</c>.</summary>
    OutputType,
    /// <summary>The package's static <c>Config</c> class, compared with <c>config/vars.d.ts</c>.</summary>
    Config,
}

/// <summary>One member of a stand-in type as the wire sees it.</summary>
/// <param name="Property">The .NET property (or field) name.</param>
/// <param name="Wire">The wire name from <c>[Input]</c>, <c>[Output]</c> or the output constructor's parameter.</param>
/// <param name="Required">Required input, or an output whose .NET type is not nullable.</param>
/// <param name="RequirednessKnown">False where .NET cannot express it (an <c>ImmutableArray</c> output is never null).</param>
/// <param name="Shape">The value type.</param>
/// <param name="Secret">An input whose setter marks the value secret.</param>
/// <param name="Json">An input declared <c>json: true</c>.</param>
internal sealed record StandInMember(
    string Property,
    string Wire,
    bool Required,
    bool RequirednessKnown,
    Shape Shape,
    bool Secret,
    bool Json);

/// <summary>A stand-in type reduced to what the real declarations can be compared with.</summary>
/// <param name="Kind">What the type is.</param>
/// <param name="ClrName">The .NET full name, for messages.</param>
/// <param name="Module">The Node.js module (<c>vpclattice</c>; <c>""</c> for the index module).</param>
/// <param name="Name">The declared name (<c>ListenerDefaultAction</c> for <c>Inputs.ListenerDefaultActionArgs</c>).</param>
/// <param name="Token">The resource type token (resources, their args and state).</param>
/// <param name="Members">Members by wire name.</param>
/// <param name="SecretOutputs">The resource's default <c>AdditionalSecretOutputs</c>.</param>
internal sealed record StandInType(
    StandInKind Kind,
    string ClrName,
    string Module,
    string Name,
    string? Token,
    ImmutableArray<StandInMember> Members,
    ImmutableHashSet<string> SecretOutputs)
{
    /// <summary>The name used in reports: the .NET name without the leading <c>Pulumi.</c>.</summary>
    public string DisplayName => ClrName.StartsWith("Pulumi.", StringComparison.Ordinal) ? ClrName[7..] : ClrName;
}
