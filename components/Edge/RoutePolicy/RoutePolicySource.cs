using IdentityFabric.Catalog;

namespace IdentityFabric.Components.Edge.RoutePolicy;

/// <summary>What the route policy of one environment is compiled from: catalog-neutral, in any order and spelling
/// (contracts/route-policy.md §7, <c>source</c>).</summary>
/// <param name="Environment">The environment name.</param>
/// <param name="Roles">Roles and their IdP groups.</param>
/// <param name="Routes">The routes.</param>
/// <param name="MachineClients">Access service tokens and the routes they may call.</param>
public sealed record RoutePolicySource(
    string Environment,
    IReadOnlyList<PolicyRoleSource> Roles,
    IReadOnlyList<PolicyRouteSource> Routes,
    IReadOnlyList<PolicyMachineClientSource> MachineClients);

/// <summary>A role and its IdP groups (duplicates allowed).</summary>
/// <param name="Name">The role name.</param>
/// <param name="Groups">The IdP groups whose members hold it.</param>
public sealed record PolicyRoleSource(string Name, IReadOnlyList<string> Groups);

/// <summary>A route as written.</summary>
public sealed record PolicyRouteSource
{
    /// <summary>The stable route id.</summary>
    public required string Id { get; init; }

    /// <summary>Hosts the route is limited to, in any case; null for every host.</summary>
    public IReadOnlyList<string>? Hosts { get; init; }

    /// <summary>The path in any spelling.</summary>
    public required string Path { get; init; }

    /// <summary>Exact or prefix.</summary>
    public required PathMatch Match { get; init; }

    /// <summary>Methods in any case; empty or <c>*</c> for every method.</summary>
    public required IReadOnlyList<string> Methods { get; init; }

    /// <summary>Whether the route is open to anonymous callers.</summary>
    public bool IsPublic { get; init; }

    /// <summary>Roles allowed to use the route.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>The service the route targets.</summary>
    public required string Service { get; init; }

    /// <summary>Whether the target service handles personal data: the Worker then logs a keyed hash of the
    /// caller's subject instead of the subject itself.</summary>
    public bool PersonalData { get; init; }
}

/// <summary>A machine client: its Access service token's client id and the routes it may call.</summary>
/// <param name="Name">The catalog name.</param>
/// <param name="ClientId">The service token's client id.</param>
/// <param name="Routes">Route ids.</param>
public sealed record PolicyMachineClientSource(string Name, string ClientId, IReadOnlyList<string> Routes);
