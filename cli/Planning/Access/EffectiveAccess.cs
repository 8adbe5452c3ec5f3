using IdentityFabric.Catalog;

namespace IdentityFabric.Cli.Planning.Access;

/// <summary>
/// Who can reach what in one environment, computed from the catalog's environment view (never from resource
/// inputs): every edge route with the roles, machine clients or anonymous callers it admits, every browser app and
/// the roles that may sign in to it, every service-to-service call the mesh allows, and every federated IAM role with
/// what its grants let it invoke on VPC Lattice. Every list is ordered, so the same catalog gives the same model.
/// </summary>
/// <param name="Environment">The environment name.</param>
/// <param name="Roles">Every catalog role and the IdP groups whose members hold it, by name.</param>
/// <param name="Hosts">Every edge hostname and the identity providers whose tokens it accepts, by hostname.</param>
/// <param name="Routes">Every edge route exposed here, by route id.</param>
/// <param name="Apps">Every browser app exposed here, by name.</param>
/// <param name="Calls">Every call the mesh allows, by caller then callee.</param>
/// <param name="Federated">Every federated IAM role, by catalog role; empty unless the environment federates.</param>
public sealed record EffectiveAccess(
    string Environment,
    IReadOnlyList<RoleMembership> Roles,
    IReadOnlyList<EdgeHostAccess> Hosts,
    IReadOnlyList<RouteAccess> Routes,
    IReadOnlyList<AppAccess> Apps,
    IReadOnlyList<MeshCall> Calls,
    IReadOnlyList<FederatedAccess> Federated);

/// <summary>Who holds a catalog role.</summary>
/// <param name="Role">The role.</param>
/// <param name="IdpGroups">The IdP groups whose members hold it, ordered.</param>
/// <param name="Provider">The identity provider the groups come from; null for every provider.</param>
public sealed record RoleMembership(string Role, IReadOnlyList<string> IdpGroups, string? Provider);

/// <summary>An edge hostname and whose tokens it accepts.</summary>
/// <param name="Hostname">The hostname in this environment.</param>
/// <param name="Edge">The catalog entry point serving it.</param>
/// <param name="Providers">The identity providers whose tokens it accepts, ordered (all of them when the catalog
/// names none).</param>
public sealed record EdgeHostAccess(string Hostname, string Edge, IReadOnlyList<string> Providers);

/// <summary>One edge route: on which host, path pattern and methods, to which service, and for whom.</summary>
/// <param name="RouteId">The route's stable id.</param>
/// <param name="Host">The hostname it is served on here.</param>
/// <param name="Scope">The path pattern.</param>
/// <param name="Methods">The methods it allows.</param>
/// <param name="Service">The service it forwards to.</param>
/// <param name="IsPublic">Whether anyone may use it, signed in or not.</param>
/// <param name="Roles">The roles allowed, ordered (empty when public).</param>
/// <param name="MachineClients">The machine clients (Access service tokens) allowed, ordered.</param>
public sealed record RouteAccess(
    string RouteId,
    string Host,
    PathScope Scope,
    MethodSet Methods,
    string Service,
    bool IsPublic,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> MachineClients);

/// <summary>A browser app behind a Cloudflare Access application.</summary>
/// <param name="App">The catalog app.</param>
/// <param name="Domain">The host, and path if any, the Access application covers.</param>
/// <param name="Roles">The roles whose members may sign in, ordered.</param>
public sealed record AppAccess(string App, string Domain, IReadOnlyList<string> Roles);

/// <summary>A call the mesh allows.</summary>
/// <param name="Caller">The calling service.</param>
/// <param name="Callee">The called service.</param>
/// <param name="CallerBackend">Where the caller runs.</param>
/// <param name="CalleeBackend">Where the callee runs.</param>
public sealed record MeshCall(string Caller, string Callee, MeshBackend CallerBackend, MeshBackend CalleeBackend);

/// <summary>A catalog role's federated IAM role and what its grants let it invoke on VPC Lattice.</summary>
/// <param name="Role">The catalog role.</param>
/// <param name="IamRole">The IAM role's name.</param>
/// <param name="Provider">The identity provider whose tokens may assume it.</param>
/// <param name="IdpGroups">The IdP groups whose members may assume it, ordered.</param>
/// <param name="Invokes">What it may invoke on Lattice, by service then route id.</param>
public sealed record FederatedAccess(string Role, string IamRole, string Provider, IReadOnlyList<string> IdpGroups, IReadOnlyList<LatticeInvoke> Invokes);

/// <summary>One edge route of a Lattice service that a federated role may invoke directly.</summary>
/// <param name="Service">The Lattice service.</param>
/// <param name="RouteId">The route whose path and methods the grant repeats.</param>
/// <param name="Scope">The path pattern.</param>
/// <param name="Methods">The methods.</param>
public sealed record LatticeInvoke(string Service, string RouteId, PathScope Scope, MethodSet Methods);
