namespace IdentityFabric.Cli.Tests;

/// <summary>
/// A provider's non-string settings reach the plan as JSON text, spaced and ordered by whichever SDK ran the program;
/// the plan prints one canonical form of it, so its JSON is the same byte for byte on the real SDK and the stand-in.
/// </summary>
[TestFixture]
public sealed class ProviderJsonInputTests
{
    private const string Provider = "pulumi:providers:aws";

    [TestCase("[ \"111111111111\" ]", "[\"111111111111\"]")]
    [TestCase("[\"111111111111\"]", "[\"111111111111\"]")]
    [TestCase("{ \"b\": [ 1, 2 ], \"a\": { } }", "{\"a\":{},\"b\":[1,2]}")]
    [TestCase("{\"a\":{},\"b\":[1,2]}", "{\"a\":{},\"b\":[1,2]}")]
    [TestCase("[ ]", "[]")]
    public void TheRealSdksSpacingAndTheStandInsGiveTheSamePlanText(string sent, string planned)
    {
        var inputs = new Dictionary<string, object> { ["allowedAccountIds"] = sent, ["region"] = "eu-west-1", ["skipRegionValidation"] = "true" };

        var json = InputValues.ToJson(Provider, inputs);

        Assert.Multiple(() =>
        {
            Assert.That(json["allowedAccountIds"]!.GetValue<string>(), Is.EqualTo(planned));
            Assert.That(json["region"]!.GetValue<string>(), Is.EqualTo("eu-west-1"), "plain strings stay as they are");
            Assert.That(json["skipRegionValidation"]!.GetValue<string>(), Is.EqualTo("true"));
        });
    }

    [Test]
    public void OnlyProviderSettingsAreRewritten()
    {
        var inputs = new Dictionary<string, object> { ["policy"] = "{ \"b\": 1, \"a\": 2 }" };

        Assert.That(InputValues.ToJson("aws:iam/rolePolicy:RolePolicy", inputs)["policy"]!.GetValue<string>(),
            Is.EqualTo("{ \"b\": 1, \"a\": 2 }"), "a resource's own JSON documents are the program's text, shown as sent");
    }

    [TestCase("{ not json")]
    [TestCase("[1,")]
    [TestCase("plain")]
    public void TextThatIsNotAJsonDocumentIsLeftAsItIs(string sent)
        => Assert.That(InputValues.ToJson(Provider, new Dictionary<string, object> { ["x"] = sent })["x"]!.GetValue<string>(), Is.EqualTo(sent));
}
