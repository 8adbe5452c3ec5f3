using IdentityFabric.Assertions.Keys;

namespace IdentityFabric.Assertions.Tests;

public sealed class KeySetTests
{
    private const string CurrentSecret = "fFqt_VFuJ6dxEI1Nfrn7kK-KpWX2RhxFScuIKcOqXjg";
    private const string PreviousSecret = "pbNwiUsxXGEaEtdOjkTOXsoX3QybTdBmIrUuWy4HdEA";

    [Test]
    public void KeySetDocumentWithCurrentPreviousAndRetiredParses()
    {
        var keys = AssertionKeySet.Parse($$$"""
            {"current": {"id": "k2", "secret": "{{{CurrentSecret}}}"},
             "previous": {"id": "k1", "secret": "{{{PreviousSecret}}}"},
             "retired": ["k0"]}
            """);

        Assert.Multiple(() =>
        {
            Assert.That(keys.Find("k2"), Is.SameAs(keys.Current));
            Assert.That(keys.Find("k1"), Is.SameAs(keys.Previous));
            Assert.That(keys.Find("k0"), Is.Null);
            Assert.That(keys.RetiredIds, Is.EquivalentTo(new[] { "k0" }));
        });
    }

    [Test]
    public void KeySetWithOnlyACurrentKeyParses()
    {
        var keys = AssertionKeySet.Parse($$$"""{"current": {"id": "k2", "secret": "{{{CurrentSecret}}}"}}""");

        Assert.That(keys.Previous, Is.Null);
        Assert.That(keys.RetiredIds, Is.Empty);
    }

    private static IEnumerable<TestCaseData> BrokenDocuments()
    {
        yield return new TestCaseData("[]").SetName("KeySetThatIsNotAnObjectIsRefused");
        yield return new TestCaseData($$$"""{"previous": {"id": "k1", "secret": "{{{PreviousSecret}}}"}}""").SetName("KeySetWithoutCurrentKeyIsRefused");
        yield return new TestCaseData("""{"current": {"id": "k2", "secret": "c2hvcnQ"}}""").SetName("KeyShorterThan32BytesIsRefused");
        yield return new TestCaseData($$$"""{"current": {"id": "k2", "secret": "{{{CurrentSecret}}}="}}""").SetName("PaddedKeyIsRefused");
        yield return new TestCaseData($$$"""{"current": {"id": "k2", "secret": "{{{CurrentSecret[..42]}}}h"}}""").SetName("KeyWithNonCanonicalTrailingBitsIsRefused");
        yield return new TestCaseData($$$"""{"current": {"id": "k 2", "secret": "{{{CurrentSecret}}}"}}""").SetName("KeyIdWithSpaceIsRefused");
        yield return new TestCaseData($$$"""{"current": {"id": "k2", "secret": "{{{CurrentSecret}}}"}, "previous": {"id": "k2", "secret": "{{{PreviousSecret}}}"}}""").SetName("CurrentAndPreviousSharingAnIdAreRefused");
        yield return new TestCaseData($$$"""{"current": {"id": "k2", "secret": "{{{CurrentSecret}}}"}, "retired": ["k2"]}""").SetName("LiveKeyListedAsRetiredIsRefused");
        yield return new TestCaseData($$$"""{"current": {"id": "k2", "secret": "{{{CurrentSecret}}}"}, "next": {}}""").SetName("UnknownKeySetPropertyIsRefused");
        yield return new TestCaseData($$$"""{"current": {"id": "k2", "secret": "{{{CurrentSecret}}}"}""").SetName("TruncatedJsonIsRefused");
    }

    [TestCaseSource(nameof(BrokenDocuments))]
    public void BrokenKeySetIsRefusedWithAMessageThatHoldsNoSecret(string json)
    {
        var error = Assert.Throws<FormatException>(() => AssertionKeySet.Parse(json))!;

        Assert.That(error.Message, Does.Not.Contain(CurrentSecret[..12]).And.Not.Contain(PreviousSecret[..12]));
    }

    [Test]
    public void KeyNeverShowsItsSecretWhenPrinted()
    {
        var key = AssertionKey.FromBase64Url("k2", CurrentSecret);

        Assert.That(key.ToString(), Is.EqualTo("AssertionKey(k2)"));
    }

    [Test]
    public void EnvironmentSourceReadsTheKeySetFromItsVariable()
    {
        var json = $$$"""{"current": {"id": "k2", "secret": "{{{CurrentSecret}}}"}}""";
        var source = new EnvironmentAssertionKeySource("KEYS", name => name == "KEYS" ? json : null);

        Assert.That(source.GetKeys().Current.Id, Is.EqualTo("k2"));
    }

    [Test]
    public void EnvironmentSourceReadsTheDefaultVariableOfTheProcess()
    {
        var json = $$$"""{"current": {"id": "k-env", "secret": "{{{CurrentSecret}}}"}}""";
        var before = Environment.GetEnvironmentVariable(EnvironmentAssertionKeySource.DefaultVariable);
        Environment.SetEnvironmentVariable(EnvironmentAssertionKeySource.DefaultVariable, json);
        try
        {
            Assert.That(new EnvironmentAssertionKeySource().GetKeys().Current.Id, Is.EqualTo("k-env"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(EnvironmentAssertionKeySource.DefaultVariable, before);
        }
    }

    [Test]
    public void EnvironmentSourceWithoutItsVariableRefusesToStart()
    {
        Assert.Throws<InvalidOperationException>(() => new EnvironmentAssertionKeySource("KEYS", _ => null));
        Assert.Throws<InvalidOperationException>(() => new EnvironmentAssertionKeySource("KEYS", _ => "  "));
    }
}
