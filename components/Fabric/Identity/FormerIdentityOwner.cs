namespace IdentityFabric.Components.Identity;

/// <summary>How a mesh backend component laid out the service roles it used to own.</summary>
public enum FormerIdentityLayout
{
    /// <summary>The App Mesh component: role <c>{component}-role-{service}</c>; secrets were read through its
    /// <c>envoy-mesh-access</c> policy, which stays with that component.</summary>
    AppMesh,

    /// <summary>The Lattice component: role <c>{component}-{service}-role</c> and policy <c>{component}-{service}-secrets</c>.</summary>
    Lattice,
}

/// <summary>
/// A component that owned service roles before <see cref="ServiceIdentities"/> did. Its former logical names become
/// aliases, so a stack deployed with the older layout adopts its roles in place instead of creating them anew (which
/// IAM refuses while the old role still holds the name).
/// </summary>
/// <param name="Layout">Which backend's layout.</param>
/// <param name="ComponentName">That component's logical name; it was a child of the stack.</param>
public sealed record FormerIdentityOwner(FormerIdentityLayout Layout, string ComponentName)
{
    /// <summary>The App Mesh component named <paramref name="componentName"/>.</summary>
    /// <param name="componentName">Its logical name.</param>
    public static FormerIdentityOwner AppMesh(string componentName) => new(FormerIdentityLayout.AppMesh, componentName);

    /// <summary>The Lattice component named <paramref name="componentName"/>.</summary>
    /// <param name="componentName">Its logical name.</param>
    public static FormerIdentityOwner Lattice(string componentName) => new(FormerIdentityLayout.Lattice, componentName);

    /// <summary>That component's type token.</summary>
    public string ComponentType => Layout switch
    {
        FormerIdentityLayout.AppMesh => "identity-fabric:mesh:AppMesh",
        _ => "identity-fabric:mesh:Lattice",
    };

    /// <summary>That component's URN in a stack, as a direct child of the stack.</summary>
    /// <param name="stack">The stack name.</param>
    /// <param name="project">The project name.</param>
    public string ComponentUrn(string stack, string project) => $"urn:pulumi:{stack}::{project}::{ComponentType}::{ComponentName}";

    /// <summary>The logical name it gave the role of <paramref name="service"/>.</summary>
    /// <param name="service">The catalog service.</param>
    public string RoleLogicalName(string service) => Layout switch
    {
        FormerIdentityLayout.AppMesh => $"{ComponentName}-role-{service}",
        _ => $"{ComponentName}-{service}-role",
    };

    /// <summary>The logical name it gave the separate read-own-secrets policy of <paramref name="service"/>; null when
    /// it kept none apart.</summary>
    /// <param name="service">The catalog service.</param>
    public string? SecretsPolicyLogicalName(string service) => Layout switch
    {
        FormerIdentityLayout.AppMesh => null,
        _ => $"{ComponentName}-{service}-secrets",
    };
}
