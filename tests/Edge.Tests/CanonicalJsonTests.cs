using System.Text.Json.Nodes;
using IdentityFabric.Components.Edge.RoutePolicy;

namespace IdentityFabric.Edge.Tests;

/// <summary>
/// Strings in canonical JSON are escaped as JavaScript's <c>JSON.stringify</c> escapes them (the Worker computes the
/// policy's version over the same bytes): quote, backslash and control characters escaped, lone surrogates as
/// lower-case <c>\u</c> escapes, everything else (surrogate pairs included) copied as it is.
/// </summary>
public sealed class CanonicalJsonTests
{
    [TestCase("plain/path-1.2_~", "\"plain/path-1.2_~\"")]
    [TestCase("", "\"\"")]
    [TestCase("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [TestCase("back\\slash", "\"back\\\\slash\"")]
    [TestCase("a\bb\fc\nd\re\tf", "\"a\\bb\\fc\\nd\\re\\tf\"")]
    [TestCase("nul\u0000 unit\u001f del\u007f", "\"nul\\u0000 unit\\u001f del\u007f\"")]
    [TestCase("café ☃ 日本", "\"café ☃ 日本\"")]
    [TestCase("ok then \"", "\"ok then \\\"\"")]
    public void StringsAreEscapedAsJsonStringifyDoes(string text, string expected)
    {
        Assert.That(CanonicalJson.Write(JsonValue.Create(text)), Is.EqualTo(expected));
    }

    // Built at run time: an attribute's string is stored as UTF-8, which cannot hold a lone surrogate.
    private static IEnumerable<TestCaseData> Surrogates()
    {
        const char High = (char)0xD83D;
        const char Low = (char)0xDE00;
        yield return new TestCaseData($"pair {High}{Low} ok", $"\"pair {High}{Low} ok\"").SetName("a surrogate pair is copied");
        yield return new TestCaseData($"lone high {High} end", "\"lone high \\ud83d end\"").SetName("a lone high surrogate is escaped");
        yield return new TestCaseData($"lone low {Low} end", "\"lone low \\ude00 end\"").SetName("a lone low surrogate is escaped");
        yield return new TestCaseData($"{Low}{High}", "\"\\ude00\\ud83d\"").SetName("a low before a high is two lone surrogates");
        yield return new TestCaseData($"{High}", "\"\\ud83d\"").SetName("a string of one high surrogate");
    }

    [TestCaseSource(nameof(Surrogates))]
    public void SurrogatesAreCopiedInPairsAndEscapedAlone(string text, string expected)
    {
        Assert.That(CanonicalJson.Write(JsonValue.Create(text)), Is.EqualTo(expected));
    }

    [Test]
    public void ObjectKeysAreInOrdinalOrderAtEveryLevel()
    {
        var node = new JsonObject
        {
            ["b"] = 1,
            ["B"] = new JsonObject { ["z"] = true, ["a"] = null, ["é"] = "x" },
            ["a"] = new JsonArray(new JsonObject { ["y"] = 2, ["x"] = 1 }),
        };

        Assert.That(CanonicalJson.Write(node), Is.EqualTo("{\"B\":{\"a\":null,\"z\":true,\"é\":\"x\"},\"a\":[{\"x\":1,\"y\":2}],\"b\":1}"));
    }
}
