using System.Collections.Immutable;

namespace IdentityFabric.Cli.Tests;

[TestFixture]
public sealed class ResourceHierarchyTests
{
    private static readonly ComponentIdentity Edge = new("identity-fabric:edge:Edge", "edge");
    private static readonly ComponentIdentity Access = new("identity-fabric:edge:AccessApps", "edge-access");

    private static RecordedResource R(string type, string name) => new(type, name, ImmutableDictionary<string, object>.Empty);

    private static IReadOnlyList<(string Urn, string ParentUrn)> Place(params RecordedResource[] resources) =>
        ResourceHierarchy.Place("identity-fabric", "dev", "identity-fabric-dev", [Edge, Access], resources);

    private const string StackUrn = "urn:pulumi:dev::identity-fabric::pulumi:pulumi:Stack::identity-fabric-dev";

    [Test]
    public void AResourceBelongsToTheComponentWhoseNamePrefixesItsOwn()
    {
        var placed = Place(R("cloudflare:index/workersScript:WorkersScript", "edge-worker"));

        Assert.That(placed[0].ParentUrn, Is.EqualTo("urn:pulumi:dev::identity-fabric::identity-fabric:edge:Edge::edge"));
        Assert.That(placed[0].Urn, Is.EqualTo("urn:pulumi:dev::identity-fabric::identity-fabric:edge:Edge$cloudflare:index/workersScript:WorkersScript::edge-worker"));
    }

    [Test]
    public void TheNearestComponentWinsOverItsAncestors()
    {
        var placed = Place(R("cloudflare:index/zeroTrustAccessApplication:ZeroTrustAccessApplication", "edge-access-support"));

        Assert.That(placed[0].ParentUrn, Is.EqualTo("urn:pulumi:dev::identity-fabric::identity-fabric:edge:Edge$identity-fabric:edge:AccessApps::edge-access"));
        Assert.That(placed[0].Urn, Does.Contain("::identity-fabric:edge:Edge$identity-fabric:edge:AccessApps$cloudflare:index/zeroTrustAccessApplication:ZeroTrustAccessApplication::"));
    }

    [Test]
    public void ComponentsNestInsideComponentsTheSameWay()
    {
        var placed = Place(R(Access.Type, Access.Name), R(Edge.Type, Edge.Name));

        Assert.That(placed[0].ParentUrn, Is.EqualTo(placed[1].Urn));
        Assert.That(placed[1].ParentUrn, Is.EqualTo(StackUrn));
    }

    [Test]
    public void ANameThatOnlyStartsWithAComponentsNameIsNotItsChild()
    {
        var placed = Place(R("aws:iam/role:Role", "edgeware-role"));

        Assert.That(placed[0].ParentUrn, Is.EqualTo(StackUrn));
        Assert.That(placed[0].Urn, Is.EqualTo("urn:pulumi:dev::identity-fabric::aws:iam/role:Role::edgeware-role"), "children of the stack carry only their own type");
    }

    [Test]
    public void TwoResourcesWithTheSameUrnAreRefused()
    {
        Assert.That(
            () => Place(R("aws:iam/role:Role", "orders"), R("aws:iam/role:Role", "orders")),
            Throws.TypeOf<PlanException>().With.Message.Contains("urn:pulumi:dev::identity-fabric::aws:iam/role:Role::orders"));
    }

    [Test]
    public void TheSameNameUnderDifferentTypesIsAllowed()
    {
        var placed = Place(R("aws:iam/role:Role", "orders"), R("aws:iam/rolePolicy:RolePolicy", "orders"));

        Assert.That(placed.Select(p => p.Urn).Distinct().Count(), Is.EqualTo(2));
    }
}
