using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace IdentityFabric.Assertions.Tests;

/// <summary>
/// The spoofable identity headers are listed once, in §7 of the contract; the verifier (and the Worker's suite)
/// are checked against that list, so neither can drift from it.
/// </summary>
public sealed partial class IdentityHeaderListTests
{
    private static readonly Lazy<string> Section = new(() =>
    {
        var spec = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "identity-assertion.md"));
        var start = spec.IndexOf("## 7.", StringComparison.Ordinal);
        return spec[start..spec.IndexOf("## 8.", start, StringComparison.Ordinal)];
    });

    private static string[] Listed(string label)
    {
        var section = Section.Value;
        var start = section.IndexOf(label, StringComparison.Ordinal);
        var end = section.IndexOf("\n\n", start, StringComparison.Ordinal);
        return [.. Quoted().Matches(section[start..end]).Select(m => m.Groups[1].Value)];
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Quoted();

    [Test]
    public void EveryExactNameTheContractListsIsForeignInAnyLetterCase()
    {
        var names = Listed("Exact names:");

        Assert.That(names, Has.Length.GreaterThanOrEqualTo(20));
        Assert.That(names.Where(n => !AssertionHeaders.IsForeignIdentityHeader(n) || !AssertionHeaders.IsForeignIdentityHeader(n.ToUpperInvariant())), Is.Empty);
    }

    [Test]
    public void EveryPrefixTheContractListsIsForeignExceptTheAssertionsOwn()
    {
        var prefixes = Listed("Prefixes:");

        Assert.That(prefixes, Does.Contain(AssertionHeaders.Prefix));
        Assert.That(prefixes.Where(p => p != AssertionHeaders.Prefix).Where(p => !AssertionHeaders.IsForeignIdentityHeader(p + "Anything")), Is.Empty);
        Assert.That(AssertionHeaders.IsForeignIdentityHeader(AssertionHeaders.Subject), Is.False);
        Assert.That(AssertionHeaders.IsFabricHeader("X-FABRIC-Subject"), Is.True);
    }

    [Test]
    public void HeadersTheContractDeliberatelyLeavesOutAreNotForeign()
    {
        var left = Listed("Deliberately not listed:").Where(n => !n.EndsWith('*')).Append("x-amzn-lattice-identity").Append("x-forwarded-for");

        Assert.That(left.Where(AssertionHeaders.IsForeignIdentityHeader), Is.Empty);
    }

    private static readonly Lazy<JsonNode> StripList = new(() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "forwarded-headers.json")))!);

    private static string[] Category(string category, string list) =>
        [.. StripList.Value["categories"]![category]![list]!.AsArray().Select(n => (string)n!)];

    [Test]
    public void TheStripListsIdentityCategoryIsTheContractsSection7()
    {
        Assert.That(Category("identity", "names"), Is.EquivalentTo(Listed("Exact names:")));
        Assert.That(Category("identity", "prefixes"), Is.EquivalentTo(Listed("Prefixes:")));
    }

    [Test]
    public void EveryStripListCaseIsForeignExactlyWhenTheFixtureSaysSo()
    {
        var cases = StripList.Value["cases"]!.AsArray();
        Assert.That(cases, Has.Count.GreaterThanOrEqualTo(30));
        var wrong = cases
            .Where(c => AssertionHeaders.IsForeignIdentityHeader((string)c!["name"]!) != (bool)c["foreign"]!)
            .Select(c => (string)c!["name"]!);

        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public void HeadersTheMeshSetsAreNotForeignSoTheyNeverFailAVerifiedRequest()
    {
        var hop = Category("hop", "names").Concat(Category("hop", "prefixes").Select(p => p + "value"))
            .Concat(Category("override", "names")).Concat(Category("edge", "names"));

        Assert.That(hop.Where(AssertionHeaders.IsForeignIdentityHeader), Is.Empty);
    }

    [TestCase("x_forwarded_user")]
    [TestCase("REMOTE_USER")]
    [TestCase("x_Fabric_Subject")]
    [TestCase("x-fabric_roles")]
    [TestCase("x_identity_user")]
    [TestCase("X_AMZN_OIDC_DATA")]
    public void AnUnderscoreSpellingOfAnIdentityHeaderIsForeign(string name) =>
        Assert.That(AssertionHeaders.IsForeignIdentityHeader(name), Is.True);
}
