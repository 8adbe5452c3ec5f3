namespace IdentityFabric.Components;

/// <summary>The tags every AWS resource of the fabric carries, so an account's owner can tell what made it.</summary>
public static class FabricTags
{
    /// <summary>Tags for a resource of <paramref name="component"/> in <paramref name="environment"/>.</summary>
    /// <param name="environment">The environment name.</param>
    /// <param name="component">The component that creates the resource (edge, mesh, lattice, secrets, ...).</param>
    public static Dictionary<string, string> For(string environment, string component) => new(StringComparer.Ordinal)
    {
        ["identity-fabric:environment"] = environment,
        ["identity-fabric:component"] = component,
        ["managed-by"] = "pulumi",
    };
}
