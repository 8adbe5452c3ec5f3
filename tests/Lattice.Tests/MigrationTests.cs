using IdentityFabric.Components.Lattice;
using IdentityFabric.Components.Topology;
using IdentityFabric.Lattice.Tests.Support;

namespace IdentityFabric.Lattice.Tests;

[TestFixture]
public sealed class MigrationTests
{
    [Test]
    public void ServicesSwitchCalleeFirst()
    {
        var waves = LatticeMigration.SwitchWaves(MeshTopologyBuilder.Build(Views.Prod));
        Assert.That(waves, Is.EqualTo(new[] { new[] { "customers", "payments" }, ["orders"], ["gateway"] }));
    }

    [Test]
    public void ALatticeServiceMayNotCallOneStillOnAppMesh()
    {
        var view = Views.ProdWithSwitched("orders");
        var unreachable = LatticeMigration.UnreachableCalls(MeshTopologyBuilder.Build(view));
        Assert.That(unreachable.Select(c => $"{c.Caller}->{c.Callee}"), Is.EquivalentTo(new[] { "orders->customers", "orders->payments" }));
        Assert.That(async () => await LatticeDeployment.RunAsync(view), Throws.InstanceOf<Exception>().With.Message.Contains("orders -> customers"));
    }

    [Test]
    public void TheExampleMigrationStateHasNoUnreachableCall()
    {
        Assert.That(LatticeMigration.UnreachableCalls(MeshTopologyBuilder.Build(Views.Prod)), Is.Empty);
        Assert.That(LatticeMigration.SwitchWaves(MeshTopologyBuilder.Build(Views.Staging)), Is.Empty, "staging runs on Lattice only");
    }
}
