using System.Collections.Immutable;
using Pulumi.OfflineSdk.Tests.Support;

namespace Pulumi.OfflineSdk.Tests;

/// <summary>
/// The engine learns each resource and output type once and reuses what it learned: many resources of one type must
/// still each get outputs of their own, every state shape must still convert, and a malformed type must still fail
/// every time it is used.
/// </summary>
public sealed class RepeatedTypeTests
{
    [Test]
    public async Task ManyResourcesOfOneTypeEachResolveTheirOwnOutputsAndDependOnlyOnThemselves()
    {
        var buckets = new List<Bucket>();
        var mocks = new RecordingMocks
        {
            State = args => new Dictionary<string, object>
            {
                ["arn"] = $"arn:test:{args.Name}",
                ["tags"] = ImmutableDictionary<string, object>.Empty.Add("name", args.Name!),
                ["replicas"] = ImmutableArray.Create<object>(ImmutableDictionary<string, object>.Empty.Add("indexDocument", args.Name + ".html")),
            },
        };
        await Harness.RunAsync(mocks, () =>
        {
            for (var i = 0; i < 50; i++)
            {
                buckets.Add(new Bucket($"b{i}", new BucketArgs { Region = "r" }));
            }
        });

        for (var i = 0; i < buckets.Count; i++)
        {
            Assert.That(await Harness.ValueOf(buckets[i].Arn), Is.EqualTo($"arn:test:b{i}"));
            Assert.That(await Harness.ValueOf(buckets[i].Tags), Is.EquivalentTo(new Dictionary<string, string> { ["name"] = $"b{i}" }));
            Assert.That((await Harness.ValueOf(buckets[i].Replicas)).Single().IndexDocument, Is.EqualTo($"b{i}.html"));
            Assert.That(await Pulumi.Utilities.OutputUtilities.GetDependenciesAsync(buckets[i].Arn), Is.EquivalentTo(new Resource[] { buckets[i] }));
        }
    }

    [Test]
    public async Task StateInWireFormReachesTheOutputsUnchangedAndNullMapValuesAreStillLeftOut()
    {
        Bucket bucket = null!;
        var mocks = new RecordingMocks
        {
            State = _ => new Dictionary<string, object>
            {
                ["tags"] = ImmutableDictionary<string, object?>.Empty.Add("team", "identity").Add("gone", null),
                ["website"] = ImmutableDictionary<string, object?>.Empty
                    .Add("indexDocument", "index.html")
                    .Add("errorPages", ImmutableArray.Create<object?>("404.html", "500.html")),
            },
        };
        await Harness.RunAsync(mocks, () => bucket = new Bucket("wire", new BucketArgs { Region = "r" }));

        Assert.That(await Harness.ValueOf(bucket.Tags), Is.EquivalentTo(new Dictionary<string, string> { ["team"] = "identity" }));
        var website = await Harness.ValueOf(bucket.Website);
        Assert.That(website!.IndexDocument, Is.EqualTo("index.html"));
        Assert.That(website.ErrorPages, Is.EqualTo(new[] { "404.html", "500.html" }));
    }

    [Test]
    public void AnOutputPropertyThatIsNoOutputFailsEveryConstructionOfItsType()
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var failure = Assert.CatchAsync<Exception>(() => Harness.RunAsync(new RecordingMocks(), () => _ = new Malformed($"m{attempt}")));
            Assert.That(failure!.ToString(), Does.Contain("Malformed.Text was not an Output<T>"));
        }
    }

    [ResourceType("test:index/malformed:Malformed", "1.0.0")]
    private sealed class Malformed(string name) : CustomResource("test:index/malformed:Malformed", name, ResourceArgs.Empty)
    {
        [Output("text")]
        public string Text { get; private set; } = "";
    }
}
