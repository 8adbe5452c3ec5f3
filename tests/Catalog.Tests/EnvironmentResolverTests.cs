namespace IdentityFabric.Catalog.Tests;

/// <summary>Resolving an environment yields exactly what that environment's stack deploys.</summary>
public sealed class EnvironmentResolverTests
{
    private static IdentityCatalog Example() => CatalogLoader.Load(TestCatalogs.ExampleDirectory).GetValidCatalog();

    [Test]
    public void AnUnknownEnvironmentIsAnErrorThatListsTheKnownOnes()
    {
        var resolution = EnvironmentResolver.Resolve(Example(), "qa");

        Assert.That(resolution.View, Is.Null);
        Assert.That(resolution.Problems.Select(p => p.ToString()).Single(),
            Does.Match(@"environments\.yaml:\d+:\d+: error: environments: unknown environment 'qa' \(known: dev, staging, prod\)$"));
        Assert.Throws<CatalogException>(() => resolution.GetView());
    }

    [Test]
    public void EnvironmentNamesAreCaseSensitive() =>
        Assert.That(EnvironmentResolver.Resolve(Example(), "Prod").HasErrors, Is.True);

    [Test]
    public void EachEdgeGetsItsHostnameForTheEnvironment()
    {
        var view = EnvironmentResolver.Resolve(Example(), "staging").GetView();

        Assert.That(view.Edges.Select(e => e.Hostname), Is.EquivalentTo(new[] { "api.staging.example.com", "admin.staging.example.com" }));
        Assert.That(view.BrowserApps.Select(a => a.Domain), Is.EquivalentTo(new[] { "support.staging.example.com", "finance.staging.example.com" }));
    }

    [Test]
    public void AnEdgeWithoutAHostnameInAnEnvironmentIsNotExposedThere()
    {
        var catalog = Example();
        var devOnly = catalog.Edges[1] with { Hostnames = new Dictionary<string, string> { ["dev"] = "admin.dev.example.com" } };
        catalog = catalog with { Edges = [catalog.Edges[0], devOnly] };

        var prod = EnvironmentResolver.Resolve(catalog, "prod").GetView();
        var dev = EnvironmentResolver.Resolve(catalog, "dev").GetView();

        Assert.That(prod.Edges.Select(e => e.Edge.Name), Is.EqualTo(new[] { catalog.Edges[0].Name }));
        Assert.That(dev.Edges, Has.Count.EqualTo(2));
        Assert.That(prod.Routes.Select(r => r.Route.Id), Has.None.StartWith("admin-"));
    }

    [Test]
    public void InBothModeEachServiceRunsOnTheBackendItIsSwitchedTo()
    {
        var view = EnvironmentResolver.Resolve(Example(), "prod").GetView();
        var switched = view.Environment.Mesh.LatticeServices;

        foreach (var service in view.Services)
        {
            var expected = switched.Contains(service.Service.Name) ? MeshBackend.Lattice : MeshBackend.AppMesh;
            Assert.That(service.Backend, Is.EqualTo(expected), service.Service.Name);
        }
    }

    [Test]
    public void ServiceRoleAndSecretNamesComeFromResourceNames()
    {
        var view = EnvironmentResolver.Resolve(Example(), "dev").GetView();

        Assert.That(view.Services.First(s => s.Service.Name == "orders").RoleName, Is.EqualTo("dev-orders-envoy"));
        Assert.That(view.Secrets.First(s => s.Secret.Name == "orders-db").SecretName, Is.EqualTo("identity-fabric/dev/orders-db"));
    }

    [Test]
    public void TheEnvironmentCapShortensButNeverLengthensRotation()
    {
        var secret = Example().Secrets[0];
        var env = Example().Environments[0];

        Assert.That(EnvironmentResolver.EffectiveRotationDays(secret with { RotationDays = 60 }, env with { MaxRotationDays = 30 }), Is.EqualTo(30));
        Assert.That(EnvironmentResolver.EffectiveRotationDays(secret with { RotationDays = 10 }, env with { MaxRotationDays = 30 }), Is.EqualTo(10));
        Assert.That(EnvironmentResolver.EffectiveRotationDays(secret with { RotationDays = 60 }, env with { MaxRotationDays = null }), Is.EqualTo(60));
    }

    [Test]
    public void ReorderingTheCatalogChangesNothingInTheView()
    {
        var catalog = Example();
        var reordered = catalog with
        {
            Services = catalog.Services.Reverse().ToList(),
            Edges = catalog.Edges.Reverse().Select(e => e with { Routes = e.Routes.Reverse().ToList() }).ToList(),
            Secrets = catalog.Secrets.Reverse().ToList(),
        };
        var reloaded = CatalogLoader.LoadText("reordered.yaml", CatalogWriter.Write(reordered));
        Assert.That(reloaded.Lines(), Is.Empty);

        foreach (var env in new[] { "dev", "staging", "prod" })
        {
            Assert.That(Describe(EnvironmentResolver.Resolve(reloaded.Catalog!, env).GetView()),
                Is.EqualTo(Describe(EnvironmentResolver.Resolve(catalog, env).GetView())), env);
        }
    }

    private static IReadOnlyDictionary<string, string> Describe(EnvironmentView view)
    {
        var facts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (edge, route) in view.Routes)
        {
            facts[$"route {route.Id}"] = $"{edge.Hostname} {route.Match} {route.Path} [{string.Join(",", route.Methods)}] -> {route.Service} roles [{string.Join(",", route.AllowedRoles)}] public={route.IsPublic}";
        }

        foreach (var service in view.Services)
        {
            facts[$"service {service.Service.Name}"] = $"{service.Backend} {service.RoleName} calls [{string.Join(",", service.Service.Calls)}]";
        }

        foreach (var secret in view.Secrets)
        {
            facts[$"secret {secret.Secret.Name}"] = $"{secret.SecretName} {secret.RotationDays}";
        }

        return facts;
    }
}
