using IdentityFabric.Catalog;
using IdentityFabric.Catalog.Bench;

namespace IdentityFabric.Cli.Tests;

/// <summary>
/// What the cloud APIs refuse is found at any catalog size, not only at the example's: catalogs from the plan
/// benchmark's generator (every route's roles reach many services, staging and prod federate through STS) plan with
/// no preflight error in every environment. Hard limits that grow with the catalog (inline policy per role, auth
/// policy size) show here long before the benchmark's 1,000 services.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class GeneratedCatalogPreflightTests
{
    private const int Services = 100;

    private static readonly Lazy<string> CatalogDir = new(() =>
    {
        var dir = Path.Combine(Path.GetTempPath(), "identity-fabric-cli-tests", "generated-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "catalog.yaml"), CatalogWriter.Write(CatalogGenerator.Generate(Services, Services * 5)));
        return dir;
    });

    [TestCase("dev")]
    [TestCase("staging")]
    [TestCase("prod")]
    public async Task AGeneratedCatalogOfAHundredServicesPlansWithoutAPreflightError(string stack)
    {
        var result = await FabricPlans.RunAsync(stack, CatalogDir.Value);

        Assert.That(result.Preflight.Errors.Select(e => e.ToString()), Is.Empty, result.Preflight.Summary);
        Assert.That(result.Plan.Resources, Has.Count.GreaterThan(Services * 10));
    }

    [Test]
    public async Task TheGeneratedStagingCatalogFederatesSoItsFederatedRolesAreChecked()
    {
        var plan = (await FabricPlans.RunAsync("staging", CatalogDir.Value)).Plan;

        Assert.That(plan.Resources.Where(r => r.Type == "aws:iam/role:Role" && r.Inputs["name"]?.GetValue<string>().EndsWith("-federated", StringComparison.Ordinal) == true).ToList(), Has.Count.EqualTo(20), "one per catalog role");
        Assert.That(plan.Resources.Where(r => r.Type == "aws:iam/rolePolicy:RolePolicy" && r.Name.EndsWith("-federated-invokes", StringComparison.Ordinal)).ToList(), Has.Count.EqualTo(20));
    }
}
