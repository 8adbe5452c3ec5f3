using System.Text.Json.Nodes;
using IdentityFabric.Catalog;
using IdentityFabric.Components.Edge.RoutePolicy;

namespace IdentityFabric.Edge.Tests;

public sealed class RoutePolicyCompilerTests
{
    [Test]
    public void TheFixtureSourceCompilesToExactlyTheFixtureDocument()
    {
        var document = RoutePolicyCompiler.Compile(RoutePolicyFixture.Source());

        Assert.Multiple(() =>
        {
            Assert.That(JsonNode.DeepEquals(JsonNode.Parse(document.Json), RoutePolicyFixture.Compiled), Is.True, document.Json);
            Assert.That(document.Json, Is.EqualTo(CanonicalJson.Write(RoutePolicyFixture.Compiled)), "byte for byte, in canonical form");
            Assert.That(document.Version, Is.EqualTo((string)RoutePolicyFixture.Compiled["version"]!));
            Assert.That(document.KvKey, Is.EqualTo(RoutePolicyFixture.KvKey));
        });
    }

    [Test]
    public void TheVersionIsTheHashOfTheContentSoAnyChangeMovesIt()
    {
        var source = RoutePolicyFixture.Source();
        var changed = source with
        {
            Roles = source.Roles.Select(r => r.Name == "admin" ? r with { Groups = ["okta-admins", "okta-root"] } : r).ToList(),
        };

        Assert.That(RoutePolicyCompiler.Compile(changed).Version, Is.Not.EqualTo(RoutePolicyCompiler.Compile(source).Version));
    }

    [Test]
    public void ReorderingTheSourceChangesNoByte()
    {
        var source = RoutePolicyFixture.Source();
        var shuffled = source with
        {
            Roles = source.Roles.Reverse().Select(r => r with { Groups = r.Groups.Reverse().ToList() }).ToList(),
            Routes = source.Routes.Reverse().Select(r => r with { Methods = r.Methods.Reverse().ToList(), Roles = r.Roles.Reverse().ToList() }).ToList(),
            MachineClients = source.MachineClients.Reverse().ToList(),
        };

        Assert.That(RoutePolicyCompiler.Compile(shuffled).Json, Is.EqualTo(RoutePolicyCompiler.Compile(source).Json));
    }

    [Test]
    public void EveryNonPublicRouteRequiresARole()
    {
        var source = RoutePolicyFixture.Source();
        var open = source with { Routes = [.. source.Routes, Route("orphan", "/orphan", isPublic: false, roles: [])] };

        Assert.That(() => RoutePolicyCompiler.Compile(open), Throws.TypeOf<RoutePolicyException>().With.Message.Contains("orphan"));
        var compiled = JsonNode.Parse(RoutePolicyCompiler.Compile(source).Json)!["routes"]!.AsArray();
        Assert.That(compiled.Where(r => !(bool)r!["public"]!).Select(r => r!["roles"]!.AsArray().Count), Has.All.GreaterThan(0));
    }

    [Test]
    public void APublicRouteCannotAlsoNameRoles()
    {
        var source = RoutePolicyFixture.Source();
        var muddled = source with { Routes = [.. source.Routes, Route("muddled", "/muddled", isPublic: true, roles: ["admin"])] };

        Assert.That(() => RoutePolicyCompiler.Compile(muddled), Throws.TypeOf<RoutePolicyException>());
    }

    [Test]
    public void ARouteNamingAnUnknownRoleIsRefused()
    {
        var source = RoutePolicyFixture.Source();
        var unknown = source with { Routes = [.. source.Routes, Route("ghost", "/ghost", isPublic: false, roles: ["nobody"])] };

        Assert.That(() => RoutePolicyCompiler.Compile(unknown), Throws.TypeOf<RoutePolicyException>().With.Message.Contains("nobody"));
    }

    [TestCase("/API/Orders/", "GET")]
    [TestCase("//api/./orders", "HEAD")]
    [TestCase("/api/x/../orders;v=2", "GET")]
    public void TwoSpellingsOfOnePatternMayNotShareAMethod(string path, string method)
    {
        var source = RoutePolicyFixture.Source();
        var twin = source with { Routes = [.. source.Routes, Route("orders-twin", path, isPublic: false, roles: ["admin"], methods: [method])] };

        Assert.That(() => RoutePolicyCompiler.Compile(twin), Throws.TypeOf<RoutePolicyException>().With.Message.Contains("orders-twin"));
    }

    [TestCase("/a%2Fb")]
    [TestCase("/a%25b")]
    [TestCase("/a%00")]
    [TestCase("/a%C0%AF")]
    [TestCase("/a\\b")]
    [TestCase("relative")]
    [TestCase("/café")]
    public void APathTheWorkerWouldNotMatchLiterallyIsRefused(string path)
    {
        var source = RoutePolicyFixture.Source();
        var odd = source with { Routes = [.. source.Routes, Route("odd", path, isPublic: true, roles: [])] };

        Assert.That(() => RoutePolicyCompiler.Compile(odd), Throws.TypeOf<RoutePolicyException>());
    }

    [Test]
    public void PatternsFollowTheSharedNormalizationTable()
    {
        var rows = RoutePolicyFixture.Document["normalization"]!.AsArray();
        Assert.That(rows, Is.Not.Empty);
        foreach (var row in rows)
        {
            var raw = (string)row!["raw"]!;
            if (row["key"] is { } key)
            {
                Assert.That(PolicyPath.Key(raw), Is.EqualTo((string)key!), raw);
            }
            else
            {
                Assert.That(() => PolicyPath.Key(raw), Throws.TypeOf<RoutePolicyException>(), raw);
            }
        }
    }

    [Test]
    public void AMachineClientMayOnlyListRoutesThatExist()
    {
        var source = RoutePolicyFixture.Source();
        var stray = source with { MachineClients = [new PolicyMachineClientSource("stray", "stray.access", ["nowhere"])] };

        Assert.That(() => RoutePolicyCompiler.Compile(stray), Throws.TypeOf<RoutePolicyException>().With.Message.Contains("nowhere"));
    }

    [TestCase("Prod")]
    [TestCase("dev:x")]
    [TestCase("")]
    public void AnEnvironmentNameThatWouldMakeAnOddKeyIsRefused(string environment) =>
        Assert.That(() => RoutePolicyCompiler.KvKey(environment), Throws.TypeOf<RoutePolicyException>());

    private static PolicyRouteSource Route(string id, string path, bool isPublic, IReadOnlyList<string> roles, IReadOnlyList<string>? methods = null) => new()
    {
        Id = id,
        Path = path,
        Match = PathMatch.Prefix,
        Methods = methods ?? ["GET"],
        IsPublic = isPublic,
        Roles = roles,
        Service = "svc",
    };
}
