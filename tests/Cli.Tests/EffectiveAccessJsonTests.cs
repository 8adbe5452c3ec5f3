using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IdentityFabric.Cli.Planning.Access;

namespace IdentityFabric.Cli.Tests;

/// <summary>The plan writes the access model item by item; what it writes reads back as the same model.</summary>
public sealed class EffectiveAccessJsonTests
{
    [TestCaseSource(typeof(AccessCatalogs), nameof(AccessCatalogs.Stacks))]
    public void AModelWrittenItemByItemReadsBackAndWritesTheSameBytes(string stack)
    {
        var access = AccessCatalogs.Model(stack);
        Assert.That(access.Routes, Is.Not.Empty, "a model with routes, so the lists are exercised");

        var first = Written(access);
        var again = EffectiveAccessJson.Read(JsonNode.Parse(first)!, "access.json");

        Assert.That(Written(again), Is.EqualTo(first));
        Assert.That(again.Routes.Select(r => r.RouteId), Is.EqualTo(access.Routes.Select(r => r.RouteId)));
        Assert.That(again.Calls, Has.Count.EqualTo(access.Calls.Count));
        Assert.That(again.Federated, Has.Count.EqualTo(access.Federated.Count));
    }

    [Test]
    public void TheSectionsComeInAFixedOrder()
    {
        var root = JsonNode.Parse(Written(AccessCatalogs.Model("staging")))!.AsObject();

        Assert.That(root.Select(p => p.Key), Is.EqualTo(new[] { "environment", "roles", "hosts", "routes", "apps", "calls", "federated" }));
        Assert.That(root["environment"]!.GetValue<string>(), Is.EqualTo("staging"));
    }

    private static string Written(EffectiveAccess access)
    {
        var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = PlanJson.Options.Encoder, Indented = true }))
        {
            EffectiveAccessJson.WriteTo(writer, access, PlanJson.Options);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
