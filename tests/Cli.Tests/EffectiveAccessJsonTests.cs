using System.Text;
using System.Text.Json;
using IdentityFabric.Cli.Planning.Access;

namespace IdentityFabric.Cli.Tests;

/// <summary>The plan writes the access model item by item; the tree form must be the same bytes.</summary>
public sealed class EffectiveAccessJsonTests
{
    [TestCaseSource(typeof(AccessCatalogs), nameof(AccessCatalogs.Stacks))]
    public void WritingItemByItemGivesTheTreesBytes(string stack)
    {
        var access = AccessCatalogs.Model(stack);
        Assert.That(access.Routes, Is.Not.Empty, "a model with routes, so the lists are exercised");

        var streamed = new MemoryStream();
        using (var writer = new Utf8JsonWriter(streamed, new JsonWriterOptions { Encoder = PlanJson.Options.Encoder, Indented = true }))
        {
            EffectiveAccessJson.WriteTo(writer, access, PlanJson.Options);
        }

        var tree = new MemoryStream();
        using (var writer = new Utf8JsonWriter(tree, new JsonWriterOptions { Encoder = PlanJson.Options.Encoder, Indented = true }))
        {
            EffectiveAccessJson.Write(access).WriteTo(writer, PlanJson.Options);
        }

        Assert.That(Encoding.UTF8.GetString(streamed.ToArray()), Is.EqualTo(Encoding.UTF8.GetString(tree.ToArray())));
    }

    [Test]
    public void AModelWrittenItemByItemReadsBackTheSame()
    {
        var access = AccessCatalogs.Model("staging");
        var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            EffectiveAccessJson.WriteTo(writer, access, PlanJson.Options);
        }

        var again = EffectiveAccessJson.Read(System.Text.Json.Nodes.JsonNode.Parse(stream.ToArray())!, "access.json");
        Assert.That(EffectiveAccessJson.Write(again).ToJsonString(), Is.EqualTo(EffectiveAccessJson.Write(access).ToJsonString()));
    }
}
