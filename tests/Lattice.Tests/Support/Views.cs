using IdentityFabric.Catalog;
using IdentityFabric.Testing;

namespace IdentityFabric.Lattice.Tests.Support;

/// <summary>Environment views for the tests: the example catalog's, and variations resolved from an edited catalog.</summary>
internal static class Views
{
    /// <summary>staging: every service on Lattice, identity propagated by assertion and STS.</summary>
    public static EnvironmentView Staging => ExampleCatalog.View("staging");

    /// <summary>prod: migrating ("both"), catalog, inventory and notifications already on Lattice.</summary>
    public static EnvironmentView Prod => ExampleCatalog.View("prod");

    /// <summary>An environment of the example catalog with its settings edited, resolved like the real one.</summary>
    /// <param name="environment">dev, staging or prod.</param>
    /// <param name="edit">The edit.</param>
    public static EnvironmentView Edited(string environment, Func<DeploymentEnvironment, DeploymentEnvironment> edit)
    {
        var catalog = ExampleCatalog.Load();
        var edited = catalog with
        {
            Environments = catalog.Environments.Select(e => e.Name == environment ? edit(e) : e).ToList(),
        };
        return EnvironmentResolver.Resolve(edited, environment).GetView();
    }

    /// <summary>prod with one more service switched to Lattice.</summary>
    /// <param name="service">The service to switch.</param>
    public static EnvironmentView ProdWithSwitched(string service) =>
        Edited("prod", e => e with { Mesh = e.Mesh with { LatticeServices = [.. e.Mesh.LatticeServices, service] } });

    /// <summary>staging with another identity propagation.</summary>
    /// <param name="propagation">The propagation.</param>
    public static EnvironmentView StagingWith(IdentityPropagation propagation) =>
        Edited("staging", e => e with { IdentityPropagation = propagation });

    /// <summary>staging with one edge route allowing other roles.</summary>
    /// <param name="routeId">The route's id.</param>
    /// <param name="roles">The roles it allows instead.</param>
    public static EnvironmentView StagingWithRouteRoles(string routeId, IReadOnlyList<string> roles)
    {
        var catalog = ExampleCatalog.Load();
        var edited = catalog with
        {
            Edges = catalog.Edges.Select(e => e with
            {
                Routes = e.Routes.Select(r => r.Id == routeId ? r with { AllowedRoles = roles } : r).ToList(),
            }).ToList(),
        };
        if (edited.AllRoutes.Count(r => r.Id == routeId) != 1)
        {
            throw new InvalidOperationException($"no route '{routeId}' in the example catalog");
        }

        return EnvironmentResolver.Resolve(edited, "staging").GetView();
    }
}
