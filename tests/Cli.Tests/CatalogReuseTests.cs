using IdentityFabric.Stacks;
using IdentityFabric.Testing;

namespace IdentityFabric.Cli.Tests;

/// <summary>
/// <c>plan</c> validates the catalog before the program runs, and the program opens it again: within the plan's scope
/// it is handed the view just validated, for the same paths and environment only, and never outside that scope.
/// </summary>
[TestFixture]
public sealed class CatalogReuseTests
{
    private static readonly IReadOnlyList<string> Paths = [RepositoryPaths.Combine("catalog")];

    [Test]
    public void TheProgramIsHandedTheViewThePlanValidatedForTheSamePathsAndEnvironmentOnly()
    {
        var validated = ExampleCatalog.View("dev");
        using (CatalogGate.Reusing(Paths, "dev", [], validated))
        {
            Assert.That(CatalogGate.Open(Paths, "dev"), Is.SameAs(validated));

            var other = CatalogGate.Open(Paths, "staging");
            Assert.That(other, Is.Not.SameAs(validated));
            Assert.That(other.Environment.Name, Is.EqualTo("staging"), "another environment is loaded from the files");
            Assert.That(CatalogGate.Open([RepositoryPaths.Combine("catalog"), RepositoryPaths.Combine("catalog")], "dev"), Is.Not.SameAs(validated),
                "other paths are loaded from the files");
        }

        var afterwards = CatalogGate.Open(Paths, "dev");
        Assert.That(afterwards, Is.Not.SameAs(validated), "outside the scope the files are read again");
        Assert.That(afterwards.Environment.Name, Is.EqualTo("dev"));
    }
}
