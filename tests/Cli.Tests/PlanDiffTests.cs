using System.Text.Json.Nodes;

namespace IdentityFabric.Cli.Tests;

[TestFixture]
public sealed class PlanDiffTests
{
    private const string Stack = "urn:pulumi:dev::identity-fabric::pulumi:pulumi:Stack::identity-fabric-dev";

    private static PlannedResource R(string name, string inputs, string type = "aws:iam/role:Role") =>
        new(type, name, $"urn:pulumi:dev::identity-fabric::{type}::{name}", Stack, (JsonObject)JsonNode.Parse(inputs)!);

    private static StackPlan Plan(params PlannedResource[] resources) => new("dev", resources);

    [Test]
    public void EqualPlansHaveNoChanges()
    {
        var plan = Plan(R("a", """{"name":"a"}"""), R("b", """{"name":"b"}"""));

        var diff = PlanDiff.Between(plan, plan);

        Assert.That(diff.IsEmpty, Is.True);
        Assert.That(diff.Summary, Does.StartWith("no changes"));
        Assert.That(DiffRendering.Markdown(diff), Does.Contain("no changes"));
    }

    [Test]
    public void AddedRemovedAndChangedResourcesAreTellApartByUrn()
    {
        var old = Plan(R("kept", """{"name":"k"}"""), R("gone", """{"name":"g"}"""), R("edited", """{"name":"e","tags":{"Owner":"a"}}"""));
        var @new = Plan(R("kept", """{"name":"k"}"""), R("fresh", """{"name":"f"}"""), R("edited", """{"name":"e","tags":{"Owner":"b"}}"""));

        var diff = PlanDiff.Between(old, @new);

        Assert.That(diff.Added.Select(r => r.Name), Is.EqualTo(new[] { "fresh" }));
        Assert.That(diff.Removed.Select(r => r.Name), Is.EqualTo(new[] { "gone" }));
        Assert.That(diff.Changed.Select(c => c.Resource.Name), Is.EqualTo(new[] { "edited" }));
        Assert.That(diff.Changed[0].Changes.Select(c => c.Path), Is.EqualTo(new[] { "tags.Owner" }));
        Assert.That(diff.Unchanged, Is.EqualTo(1));
        Assert.That(diff.Summary, Is.EqualTo("1 to add, 1 to change, 1 to remove, 1 unchanged"));
    }

    [Test]
    public void AddedAndRemovedInputsAreChangesToo()
    {
        var diff = PlanDiff.Between(Plan(R("r", """{"a":1}""")), Plan(R("r", """{"b":2}""")));

        Assert.That(diff.Changed[0].Changes.Select(c => (c.Path, c.Old?.ToJsonString(), c.New?.ToJsonString())),
            Is.EqualTo(new[] { ("a", "1", (string?)null), ("b", null, "2") }));
    }

    [Test]
    public void NamedListEntriesAreMatchedByNameSoAnInsertionIsOneChange()
    {
        var old = Plan(R("w", """{"bindings":[{"name":"A","text":"1"},{"name":"C","text":"3"}]}"""));
        var @new = Plan(R("w", """{"bindings":[{"name":"A","text":"1"},{"name":"B","text":"2"},{"name":"C","text":"3"}]}"""));

        var changes = PlanDiff.Between(old, @new).Changed.Single().Changes;

        Assert.That(changes.Select(c => c.Path), Is.EqualTo(new[] { "bindings[name=B]" }));
    }

    [Test]
    public void UnnamedListEntriesAreComparedByPosition()
    {
        var changes = PlanDiff.Between(Plan(R("r", """{"hosts":["a","b"]}""")), Plan(R("r", """{"hosts":["a","c","d"]}"""))).Changed.Single().Changes;

        Assert.That(changes.Select(c => c.Path), Is.EqualTo(new[] { "hosts[1]", "hosts[2]" }));
    }

    [Test]
    public void KeysThatAreNotIdentifiersAreQuotedInPaths()
    {
        var changes = PlanDiff.Between(Plan(R("r", """{"tags":{"a.b c":"1"}}""")), Plan(R("r", """{"tags":{"a.b c":"2"}}"""))).Changed.Single().Changes;

        Assert.That(changes.Single().Path, Is.EqualTo("tags[\"a.b c\"]"));
    }

    [Test]
    public void SecretValuesFromPlansWrittenElsewhereAreMaskedInTheDiff()
    {
        var old = Plan(R("v", """{"secretString":"old-plain-secret","description":"x"}""", "aws:secretsmanager/secretVersion:SecretVersion"));
        var @new = Plan(R("v", """{"secretString":"new-plain-secret","description":"y"}""", "aws:secretsmanager/secretVersion:SecretVersion"));

        var diff = PlanDiff.Between(old, @new);
        var markdown = DiffRendering.Markdown(diff);
        var json = DiffRendering.Json(diff);

        Assert.That(markdown + json, Does.Not.Contain("plain-secret"));
        Assert.That(diff.Changed.Single().Changes.Select(c => c.Path), Is.EqualTo(new[] { "description" }));
    }

    [Test]
    public void TheMarkdownListsEachSectionAndTheChangedPaths()
    {
        var diff = PlanDiff.Between(
            Plan(R("gone", "{}"), R("edited", """{"maxSessionDuration":3600}""")),
            Plan(R("fresh", "{}"), R("edited", """{"maxSessionDuration":7200}""")));

        var markdown = DiffRendering.Markdown(diff);

        Assert.That(markdown, Does.Contain("#### Added (1)").And.Contain("| + | `aws:iam/role:Role` | fresh |"));
        Assert.That(markdown, Does.Contain("#### Removed (1)").And.Contain("| - | `aws:iam/role:Role` | gone |"));
        Assert.That(markdown, Does.Contain("`maxSessionDuration`: `3600` → `7200`"));
    }

    [Test]
    public void LongValuesAreCutInMarkdownButKeptWholeInJson()
    {
        var longText = new string('a', 500);
        var diff = PlanDiff.Between(Plan(R("r", """{"policy":"x"}""")), Plan(R("r", $$"""{"policy":"{{longText}}"}""")));

        Assert.That(DiffRendering.Markdown(diff), Does.Not.Contain(longText).And.Contain("…"));
        Assert.That(DiffRendering.Json(diff), Does.Contain(longText));
    }

    [Test]
    public void TheJsonDiffCarriesCountsAndPaths()
    {
        var diff = PlanDiff.Between(Plan(R("r", """{"a":1}""")), Plan(R("r", """{"a":2}"""), R("s", "{}")));

        var json = JsonNode.Parse(DiffRendering.Json(diff))!;

        Assert.That(json["counts"]!["add"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(json["counts"]!["change"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(json["changed"]![0]!["changes"]![0]!["path"]!.GetValue<string>(), Is.EqualTo("a"));
    }
}
