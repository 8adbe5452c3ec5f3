using IdentityFabric.Catalog.Validation;

namespace IdentityFabric.Catalog.Tests;

/// <summary>Patterns compare in the form the edge matches, and hostnames stay inside their zone.</summary>
public sealed class RoutePatternAndHostnameTests
{
    [TestCase("/API/Orders", PathMatch.Exact, "/api/orders")]
    [TestCase("/api//orders///", PathMatch.Exact, "/api/orders")]
    [TestCase("/api/orders/", PathMatch.Prefix, "/api/orders/")]
    [TestCase("//api//", PathMatch.Prefix, "/api/")]
    [TestCase("/", PathMatch.Exact, "/")]
    public void PatternsNormalizeLikeRequestPaths(string path, PathMatch match, string expected) =>
        Assert.That(RoutePatterns.Normalize(path, match), Is.EqualTo(expected));

    [TestCase("/a/./b")]
    [TestCase("/a/..")]
    [TestCase("/a/%2e%2e/b")]
    [TestCase("/a%2Fb")]
    [TestCase("/a?admin=true")]
    [TestCase("/a#x")]
    [TestCase("/a\\..\\b")]
    [TestCase("/a\tb")]
    [TestCase("/a\nb")]
    [TestCase("a/b")]
    public void PatternsThatCouldHideAnotherPathAreRefused(string path) =>
        Assert.That(RoutePatterns.Problem(path, PathMatch.Exact), Is.Not.Null);

    [Test]
    public void APrefixWithoutTrailingSlashIsRefusedBecauseItMatchesSiblings() =>
        Assert.That(RoutePatterns.Problem("/admin", PathMatch.Prefix), Does.Contain("'/admin-anything'"));

    [Test]
    public void CanonicalPatternsAreAccepted()
    {
        Assert.That(RoutePatterns.Problem("/api/orders", PathMatch.Exact), Is.Null);
        Assert.That(RoutePatterns.Problem("/api/orders/", PathMatch.Prefix), Is.Null);
        Assert.That(RoutePatterns.Problem("/api/v1.2/x..y", PathMatch.Exact), Is.Null);
    }

    [TestCase(new string[0], new[] { "GET" }, true)]
    [TestCase(new[] { "GET" }, new[] { "GET", "POST" }, true)]
    [TestCase(new[] { "GET" }, new[] { "POST" }, false)]
    public void MethodListsOverlapWhenTheyShareAMethodOrOneAllowsAll(string[] a, string[] b, bool overlap) =>
        Assert.That(RoutePatterns.MethodsOverlap(a, b), Is.EqualTo(overlap));

    [TestCase("api.example.com", "example.com", true)]
    [TestCase("example.com", "example.com", true)]
    [TestCase("a.b.example.com", "example.com", true)]
    [TestCase("evil-example.com", "example.com", false)]
    [TestCase("example.com.evil.net", "example.com", false)]
    [TestCase("apiexample.com", "example.com", false)]
    [TestCase("api.example.com", "", false)]
    public void AHostnameIsInsideAZoneOnlyAtALabelBoundary(string host, string zone, bool inside) =>
        Assert.That(Hostnames.IsInZone(host, zone), Is.EqualTo(inside));

    [TestCase("api.example.com", true)]
    [TestCase("xn--bcher-kva.example.com", true)]
    [TestCase("API.example.com", false)]
    [TestCase("*.example.com", false)]
    [TestCase("example.com.", false)]
    [TestCase("a..example.com", false)]
    [TestCase("-a.example.com", false)]
    [TestCase("localhost", false)]
    [TestCase("api.example.com/path", false)]
    [TestCase("api.exa mple.com", false)]
    public void HostnamesMustBeLowerCaseDnsNames(string host, bool valid) =>
        Assert.That(Hostnames.IsValid(host), Is.EqualTo(valid));

    [Test]
    public void HostnamesStopAtTheirDnsLengthLimits()
    {
        Assert.That(Hostnames.IsValid(new string('a', 63) + ".com"), Is.True);
        Assert.That(Hostnames.IsValid(new string('a', 64) + ".com"), Is.False);
        Assert.That(Hostnames.IsValid(string.Join(".", Enumerable.Repeat(new string('a', 62), 4)) + ".com"), Is.False);
    }
}
