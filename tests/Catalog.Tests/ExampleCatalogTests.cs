namespace IdentityFabric.Catalog.Tests;

/// <summary>The repository's example catalog is valid and as rich as the stacks need.</summary>
public sealed class ExampleCatalogTests
{
    private static CatalogLoadResult Load() => CatalogLoader.Load(TestCatalogs.ExampleDirectory);

    [Test]
    public void TheExampleCatalogLoadsWithoutErrorsOrWarnings()
    {
        var result = Load();

        Assert.That(result.Lines(), Is.Empty);
        Assert.That(result.Catalog, Is.Not.Null);
    }

    [Test]
    public void TheExampleCatalogCoversEveryKindOfDeclaration()
    {
        var catalog = Load().GetValidCatalog();

        Assert.Multiple(() =>
        {
            Assert.That(catalog.Services, Has.Count.GreaterThanOrEqualTo(6));
            Assert.That(catalog.Services.Sum(s => s.Calls.Count), Is.GreaterThanOrEqualTo(6), "a call graph, not isolated services");
            Assert.That(catalog.Roles, Has.Count.EqualTo(4));
            Assert.That(catalog.AllRoutes.Count(), Is.GreaterThanOrEqualTo(8));
            Assert.That(catalog.AllRoutes.Where(r => r.IsPublic), Is.Not.Empty, "public routes");
            Assert.That(catalog.AllRoutes.Where(r => r.AllowedRoles.SequenceEqual(["admin"])), Is.Not.Empty, "admin-only routes");
            Assert.That(catalog.BrowserApps, Has.Count.EqualTo(2));
            Assert.That(catalog.MachineClients, Has.Count.EqualTo(1));
            Assert.That(catalog.Secrets, Has.Count.GreaterThanOrEqualTo(5));
            Assert.That(catalog.IdentityProviders.Select(p => p.Kind), Is.EquivalentTo(new[] { IdentityProviderKind.Oidc, IdentityProviderKind.CloudflareAccess }));
            Assert.That(catalog.Environments.Select(e => e.Name), Is.EqualTo(new[] { "dev", "staging", "prod" }));
        });
    }

    [Test]
    public void DevRunsAppMeshStagingRunsLatticeAndProdMigratesServiceByService()
    {
        var catalog = Load().GetValidCatalog();
        var backends = catalog.Environments.ToDictionary(e => e.Name, e => e.Mesh);

        Assert.That(backends["dev"].Backend, Is.EqualTo(MeshBackend.AppMesh));
        Assert.That(backends["staging"].Backend, Is.EqualTo(MeshBackend.Lattice));
        Assert.That(backends["prod"].Backend, Is.EqualTo(MeshBackend.Both));
        Assert.That(backends["prod"].LatticeServices, Is.Not.Empty);
        Assert.That(catalog.Services.Select(s => backends["prod"].BackendFor(s.Name)).Distinct(),
            Is.EquivalentTo(new[] { MeshBackend.AppMesh, MeshBackend.Lattice }));
    }

    [Test]
    public void ProdRotatesEverySecretWithinItsShorterCap()
    {
        var catalog = Load().GetValidCatalog();
        var prod = EnvironmentResolver.Resolve(catalog, "prod").GetView();
        var dev = EnvironmentResolver.Resolve(catalog, "dev").GetView();

        Assert.That(prod.Secrets.Select(s => s.RotationDays), Has.All.LessThanOrEqualTo(30));
        Assert.That(prod.Secrets.Sum(s => s.RotationDays), Is.LessThan(dev.Secrets.Sum(s => s.RotationDays)));
        Assert.That(prod.Environment.Protects(ProtectedResourceKind.Secrets), Is.True);
    }

    [Test]
    public void EveryExampleFileReferencesTheSchema()
    {
        var files = Directory.GetFiles(TestCatalogs.ExampleDirectory, "*.yaml");

        Assert.That(files, Is.Not.Empty);
        foreach (var file in files)
        {
            Assert.That(File.ReadLines(file).First(), Is.EqualTo(CatalogWriter.SchemaComment), file);
        }
    }

    [Test]
    public void EveryExampleIdIsAnObviousPlaceholder()
    {
        var catalog = Load().GetValidCatalog();

        foreach (var env in catalog.Environments)
        {
            Assert.That(env.AwsAccountId.Distinct().Count(), Is.EqualTo(1), $"{env.Name} account id");
            Assert.That(env.Cloudflare.ZoneId.TrimStart('0'), Has.Length.EqualTo(1), $"{env.Name} zone id");
            Assert.That(env.Cloudflare.ZoneName, Does.EndWith("example.com"));
        }
    }
}
