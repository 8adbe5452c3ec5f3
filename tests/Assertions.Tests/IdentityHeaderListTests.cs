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
}
