using System.Text.Json.Nodes;
using IdentityFabric.Cli.Planning.Access;

namespace IdentityFabric.Cli.Planning;

/// <summary>One resource a <c>pulumi up</c> of the stack would manage.</summary>
/// <param name="Type">The Pulumi type token, e.g. <c>aws:iam/role:Role</c>.</param>
/// <param name="Name">The logical name.</param>
/// <param name="Urn">The URN the engine gives it (the parent chain of types, then the name).</param>
/// <param name="Parent">The parent's URN; null only for the stack itself.</param>
/// <param name="Inputs">The inputs by wire name, object keys sorted, secret values masked.</param>
public sealed record PlannedResource(string Type, string Name, string Urn, string? Parent, JsonObject Inputs)
{
    /// <summary>The inputs before masking, when the plan was made in this process (for the cloud preflight, which must
    /// see the lengths the clouds will see); null for plans read back from files.</summary>
    internal JsonObject? UnmaskedInputs { get; init; }

    /// <summary>The cloud (provider package) of the type token: <c>aws</c>, <c>cloudflare</c>, <c>random</c>, or the
    /// package of a component (<c>identity-fabric</c>) or the stack (<c>pulumi</c>).</summary>
    public string Package => PackageOf(Type).ToString();

    /// <summary>True for components and the stack: they group resources and manage nothing themselves.</summary>
    public bool IsGrouping => PackageOf(Type) is "pulumi" or StackPlanner.ProjectPackage;

    // The type token's package: what stands before its first ':' (the whole token when it has none), not copied.
    private static ReadOnlySpan<char> PackageOf(string type)
        => type.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0 ? type.AsSpan(0, colon) : type;
}

/// <summary>What a <c>pulumi up</c> of one stack would manage, in URN order.</summary>
/// <param name="Stack">The stack name.</param>
/// <param name="Resources">Every resource, the stack and components included, ordered by URN (ordinal).</param>
public sealed record StackPlan(string Stack, IReadOnlyList<PlannedResource> Resources)
{
    /// <summary>Who can reach what in the stack's environment, from its catalog; null for a plan made before plans
    /// carried it.</summary>
    public EffectiveAccess? Access { get; init; }

    /// <summary>The resources <c>pulumi up</c> manages: every resource but the stack and the components, which only
    /// group them. <c>plan</c> and <c>diff</c> both count these, so their numbers agree.</summary>
    public IReadOnlyList<PlannedResource> ManagedResources => Resources.Where(r => !r.IsGrouping).ToList();

    /// <summary>The top-level component each resource belongs to (its ancestor just below the stack), by URN; absent
    /// for the stack and for resources the stack creates directly.</summary>
    public IReadOnlyDictionary<string, PlannedResource> TopComponents()
    {
        var byUrn = new Dictionary<string, PlannedResource>(StringComparer.Ordinal);
        foreach (var resource in Resources)
        {
            byUrn.TryAdd(resource.Urn, resource);
        }

        var result = new Dictionary<string, PlannedResource>(StringComparer.Ordinal);
        foreach (var resource in Resources)
        {
            var current = resource;
            while (current.Parent is { } parent && byUrn.TryGetValue(parent, out var up) && up.Parent is not null)
            {
                current = up;
            }

            if (current.Parent is not null && current.IsGrouping)
            {
                result[resource.Urn] = current;
            }
        }

        return result;
    }
}
