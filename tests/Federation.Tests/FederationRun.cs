using System.Collections.Immutable;
using System.Globalization;
using IdentityFabric.Catalog;
using IdentityFabric.Components.Federation;
using IdentityFabric.Testing;
using Pulumi.Testing;
using Pulumi.Utilities;

namespace IdentityFabric.Federation.Tests;

/// <summary>One run of the federation component under the project's mocks.</summary>
internal sealed class FederationRun : ComponentRun<FederationComponent>
{
    public const string ProviderType = "aws:iam/openIdConnectProvider:OpenIdConnectProvider";
    public const string RoleType = "aws:iam/role:Role";

    /// <summary>A well-formed thumbprint (40 hex digits) for the runs that need one.</summary>
    public const string Thumbprint = "9e99a48a9960b14926bb7f3b02e22da2b0ab7280";

    private FederationRun(ComponentRun<FederationComponent> run, ImmutableDictionary<string, string> roleArns, ImmutableDictionary<string, string> providerArns)
        : base(run)
    {
        RoleArns = roleArns;
        ProviderArns = providerArns;
    }

    public ImmutableDictionary<string, string> RoleArns { get; }

    public ImmutableDictionary<string, string> ProviderArns { get; }

    public IReadOnlyList<MockResourceArgs> Providers => Mocks.OfType(ProviderType);

    public IReadOnlyList<MockResourceArgs> Roles => Mocks.OfType(RoleType);

    public static async Task<FederationRun> StartAsync(EnvironmentView view, IReadOnlyList<string>? thumbprints = null)
    {
        var run = await DeployAsync(new FabricMocks(), view.Name, options => new FederationComponent(
            "federation",
            new FederationArgs { View = view, OidcThumbprints = thumbprints ?? [Thumbprint] },
            options));
        var roleArns = await OutputUtilities.GetValueAsync(run.Component.RoleArns);
        var providerArns = await OutputUtilities.GetValueAsync(run.Component.ProviderArns);
        return new FederationRun(run, roleArns, providerArns);
    }

    /// <summary>The federated role created for a catalog role.</summary>
    public MockResourceArgs RoleFor(string catalogRole) => Roles.Single(r => r.Name == $"federation-{catalogRole}");

    public static string Text(MockResourceArgs resource, string input) =>
        resource.Inputs.TryGetValue(input, out var value) ? Convert.ToString(value, CultureInfo.InvariantCulture) ?? "" : "";

    public static IReadOnlyList<string> List(MockResourceArgs resource, string input) =>
        resource.Inputs.TryGetValue(input, out var value) && value is System.Collections.IEnumerable items and not string
            ? items.Cast<object>().Select(i => Convert.ToString(i, CultureInfo.InvariantCulture) ?? "").ToList()
            : [];

    /// <summary>A view of the example catalog's environment with its identity propagation replaced.</summary>
    public static EnvironmentView WithPropagation(string environment, IdentityPropagation propagation)
    {
        var view = ExampleCatalog.View(environment);
        return view with { Environment = view.Environment with { IdentityPropagation = propagation } };
    }

    /// <summary>A view with the catalog replaced (its environment kept).</summary>
    public static EnvironmentView WithCatalog(EnvironmentView view, Func<IdentityCatalog, IdentityCatalog> change) =>
        view with { Catalog = change(view.Catalog) };
}
