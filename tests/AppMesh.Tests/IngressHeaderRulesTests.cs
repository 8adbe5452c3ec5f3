using System.Text.RegularExpressions;
using IdentityFabric.Assertions;
using IdentityFabric.Catalog;
using IdentityFabric.Components.Ingress;
using IdentityFabric.Components.Topology;
using IdentityFabric.Testing;
using NUnit.Framework;

namespace IdentityFabric.AppMesh.Tests;

[TestFixture]
public sealed partial class IngressHeaderRulesTests
{
    private static readonly IngressRoute Orders = new("orders-read", "api.example.com", "/api/orders/", PathMatch.Prefix, ["GET"], "orders", ["customer", "support"], false);

    private static readonly IngressRoute Browse = new("catalog-browse", "api.example.com", "/api/catalog/", PathMatch.Prefix, [], "catalog", [], true);

    /// <summary>The headers the edge forwards for a verified caller (names as the signer writes them).</summary>
    private static Dictionary<string, string> Signed(string roles = "customer") => new(StringComparer.Ordinal)
    {
        ["x-forwarded-host"] = "api.example.com",
        ["x-request-id"] = "3f1c2a8e-0000-4000-8000-000000000001",
        ["traceparent"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        ["x-amzn-trace-id"] = "Root=1-4bf92f35-77b34da6a3ce929d0e0e4736;Parent=00f067aa0ba902b7;Sampled=1",
        ["x-fabric-version"] = "2",
        ["x-fabric-subject"] = "user:okta:00u1a2b3c4d5e6f7g8h9",
        ["x-fabric-roles"] = roles,
        ["x-fabric-timestamp"] = "1779999995",
        ["x-fabric-key-id"] = "edge-2026-05",
        ["x-fabric-signature"] = "Qm9ndXNCdXRXZWxsRm9ybWVkU2lnbmF0dXJlVmFsdWVYWA",
    };

    private static Dictionary<string, string> Anonymous() => new(StringComparer.Ordinal)
    {
        ["x-forwarded-host"] = "api.example.com",
        ["x-request-id"] = "3f1c2a8e-0000-4000-8000-000000000002",
        ["traceparent"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
    };

    private static bool Admits(IngressRoute route, IReadOnlyDictionary<string, string> headers) =>
        IngressHeaderRules.Admits(IngressHeaderRules.For(route), headers);

    [Test]
    public void ARestrictedRouteAdmitsTheEdgesSignedRequest() =>
        Assert.That(Admits(Orders, Signed()), Is.True);

    [TestCase("x-fabric-version")]
    [TestCase("x-fabric-subject")]
    [TestCase("x-fabric-roles")]
    [TestCase("x-fabric-timestamp")]
    [TestCase("x-fabric-key-id")]
    [TestCase("x-fabric-signature")]
    [TestCase("x-request-id")]
    [TestCase("traceparent")]
    [TestCase("x-forwarded-host")]
    public void ARestrictedRouteRefusesARequestWithoutAnEdgeHeader(string missing)
    {
        var headers = Signed();
        headers.Remove(missing);
        Assert.That(Admits(Orders, headers), Is.False);
    }

    [TestCase("customer", true)]
    [TestCase("support", true)]
    [TestCase("admin,customer", true)]
    [TestCase("customer,finance", true)]
    [TestCase("admin,finance,support", true)]
    [TestCase("", false)]
    [TestCase("finance", false)]
    [TestCase("customers", false)]
    [TestCase("xcustomer", false)]
    [TestCase("customer-admin", false)]
    [TestCase("admin,customerx", false)]
    [TestCase("Customer", false)]
    [TestCase("customer ", false)]
    [TestCase(" customer", false)]
    [TestCase("admin;customer", false)]
    [TestCase("customer.support", false)]
    public void ARestrictedRouteAdmitsOnlyRolesItAllowsAsWholeElements(string roles, bool admitted) =>
        Assert.That(Admits(Orders, Signed(roles)), Is.EqualTo(admitted));

    [Test]
    public void AnotherEdgeHostnameIsRefused()
    {
        var headers = Signed();
        headers["x-forwarded-host"] = "admin.example.com";
        Assert.That(Admits(Orders, headers), Is.False);
    }

    [Test]
    public void HeaderNamesCompareCaseInsensitively()
    {
        var upper = Signed().ToDictionary(p => p.Key.ToUpperInvariant(), p => p.Value, StringComparer.Ordinal);
        Assert.That(Admits(Orders, upper), Is.True);
    }

    [Test]
    public void APublicRouteAdmitsTheEdgesAnonymousRequest() =>
        Assert.That(Admits(Browse, Anonymous()), Is.True);

    [TestCase("x-fabric-signature")]
    [TestCase("X-Fabric-Key-Id")]
    public void APublicRouteRefusesARequestThatLooksSigned(string header)
    {
        var headers = Anonymous();
        headers[header] = "edge-2026-05";
        Assert.That(Admits(Browse, headers), Is.False);
    }

    [Test]
    public void SignedAndPublicRulesNeverAdmitTheSameRequest()
    {
        var sameSpace = Browse with { IsPublic = false, AllowedRoles = ["customer"] };
        Assert.That(Admits(sameSpace, Anonymous()), Is.False);
        Assert.That(Admits(Browse, Signed()), Is.False);
    }

    [Test]
    public void ARouteThatIsNeitherPublicNorRestrictedIsRefused() =>
        Assert.That(() => IngressHeaderRules.For(Orders with { AllowedRoles = [] }), Throws.ArgumentException);

    [TestCase("a|b")]
    [TestCase(".*")]
    [TestCase("(admin)")]
    [TestCase("admin,support")]
    [TestCase("")]
    [TestCase("-admin")]
    public void ARoleNameOutsideTheRoleSyntaxCannotShapeThePattern(string role) =>
        Assert.That(() => IngressHeaderRules.RolesPattern([role]), Throws.ArgumentException);

    [Test]
    public void ADotInARoleNameMatchesOnlyADot()
    {
        var pattern = IngressHeaderRules.RolesPattern(["ops.read"]);
        Assert.That(Regex.IsMatch("ops.read", pattern), Is.True);
        Assert.That(Regex.IsMatch("opsxread", pattern), Is.False);
    }

    [Test]
    public void TheRolesPatternIsAnchoredSoFullAndPartialMatchingAgree()
    {
        var pattern = IngressHeaderRules.RolesPattern(["customer"]);
        Assert.That(pattern, Does.StartWith("^").And.EndWith("$"));
    }

    [Test]
    public void NoExampleRouteNeedsMoreHeaderConditionsThanAGatewayRouteAccepts()
    {
        foreach (var environment in new[] { "dev", "staging", "prod" })
        {
            var topology = MeshTopologyBuilder.Build(ExampleCatalog.View(environment));
            Assert.That(topology.IngressRoutes.Select(r => IngressHeaderRules.For(r).Count), Has.All.LessThanOrEqualTo(IngressHeaderRules.MaxHeaderConditions));
        }
    }

    [Test]
    public void TheAssertionHeadersAreTheContractsHeaders()
    {
        var contract = File.ReadAllText(RepositoryPaths.Combine("contracts", "identity-assertion.md"));
        var rows = ContractRow().Matches(contract).Select(m => (Name: m.Groups["name"].Value, Required: m.Groups["required"].Value == "yes")).ToList();

        Assert.That(rows.Select(r => r.Name), Is.EquivalentTo(AssertionHeaders.Required.Concat(AssertionHeaders.Optional)));
        Assert.That(rows.Where(r => r.Required).Select(r => r.Name), Is.EquivalentTo(AssertionHeaders.Required));
    }

    [GeneratedRegex(@"^\| `(?<name>x-fabric-[a-z-]+)` \| (?<required>yes|no) \|", RegexOptions.Multiline)]
    private static partial Regex ContractRow();
}
