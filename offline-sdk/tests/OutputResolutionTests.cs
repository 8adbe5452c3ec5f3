using System.Collections.Immutable;
using Pulumi.OfflineSdk.Tests.Support;
using Pulumi.Utilities;

namespace Pulumi.OfflineSdk.Tests;

public sealed class OutputResolutionTests
{
    [Test]
    public async Task StateReturnedByTheMocksFillsTheOutputProperties()
    {
        Bucket bucket = null!;
        var mocks = new RecordingMocks
        {
            State = args => new Dictionary<string, object>
            {
                ["arn"] = "arn:test:data",
                ["sizeGb"] = 32.0,
                ["tags"] = new Dictionary<string, object> { ["team"] = "identity" },
                ["retention"] = "forever",
            },
        };
        await Harness.RunAsync(mocks, () => bucket = new Bucket("data", new BucketArgs { Region = "r" }));

        Assert.That(await Harness.ValueOf(bucket.Arn), Is.EqualTo("arn:test:data"));
        Assert.That(await Harness.ValueOf(bucket.SizeGb), Is.EqualTo(32));
        Assert.That(await Harness.ValueOf(bucket.Tags), Is.EquivalentTo(new Dictionary<string, string> { ["team"] = "identity" }));
        var retention = await Harness.ValueOf(bucket.Retention);
        Assert.That(retention!.Value.IsT1 && retention.Value.AsT1 == "forever", Is.True);
    }

    [Test]
    public async Task NestedOutputTypesAreBuiltThroughTheirOutputConstructor()
    {
        Bucket bucket = null!;
        var mocks = new RecordingMocks();
        await Harness.RunAsync(mocks, () => bucket = new Bucket("site", new BucketArgs
        {
            Region = "r",
            Website = new WebsiteArgs { IndexDocument = "index.html", ErrorPages = { "404.html" } },
            Replicas = { new WebsiteArgs { IndexDocument = "a.html" }, new WebsiteArgs { IndexDocument = "b.html" } },
        }));

        var website = await Harness.ValueOf(bucket.Website);
        var replicas = await Harness.ValueOf(bucket.Replicas);
        Assert.That(website!.IndexDocument, Is.EqualTo("index.html"));
        Assert.That(website.ErrorPages, Is.EqualTo(new[] { "404.html" }));
        Assert.That(replicas.Select(r => r.IndexDocument), Is.EqualTo(new[] { "a.html", "b.html" }));
    }

    [Test]
    public async Task OutputsTheMocksDoNotReturnAreUnknownDuringAPreview()
    {
        Bucket bucket = null!;
        await Harness.RunAsync(new RecordingMocks { State = _ => new Dictionary<string, object>() },
            () => bucket = new Bucket("quiet", new BucketArgs { Region = "r" }));

        Assert.That(await Harness.IsKnown(bucket.Arn), Is.False);
        Assert.That(await Harness.IsKnown(bucket.Urn), Is.True);
    }

    [Test]
    public async Task OutputsTheMocksDoNotReturnAreKnownDefaultsDuringAnUpdate()
    {
        Bucket bucket = null!;
        await Harness.RunAsync(new RecordingMocks { State = _ => new Dictionary<string, object>() },
            () => bucket = new Bucket("quiet", new BucketArgs { Region = "r" }), preview: false);

        Assert.That(await Harness.IsKnown(bucket.Arn), Is.True);
        Assert.That(await Harness.ValueOf(bucket.Arn), Is.Null);
    }

    [Test]
    public async Task ApplyDoesNotRunOnUnknownValuesDuringAPreview()
    {
        var ranOnArn = false;
        var ranOnUrn = false;
        await Harness.RunAsync(new RecordingMocks { State = _ => new Dictionary<string, object>() }, () =>
        {
            var bucket = new Bucket("quiet", new BucketArgs { Region = "r" });
            bucket.Arn.Apply(arn => ranOnArn = true);
            bucket.Urn.Apply(urn => ranOnUrn = true);
        });

        Assert.That(ranOnArn, Is.False);
        Assert.That(ranOnUrn, Is.True);
    }

    [Test]
    public async Task TheIdIsTheOneTheMocksReturnAndUnknownWhenThereIsNone()
    {
        Bucket named = null!;
        Bucket anonymous = null!;
        var mocks = new RecordingMocks { Id = args => args.Name == "named" ? "bucket-42" : null };
        await Harness.RunAsync(mocks, () =>
        {
            named = new Bucket("named", new BucketArgs { Region = "r" });
            anonymous = new Bucket("anonymous", new BucketArgs { Region = "r" });
        }, preview: false);

        Assert.That(await Harness.ValueOf(named.Id), Is.EqualTo("bucket-42"));
        Assert.That(await Harness.IsKnown(anonymous.Id), Is.False);
    }

    [Test]
    public async Task AResourceReadByIdReachesTheMocksWithThatIdAndKeepsIt()
    {
        Bucket existing = null!;
        var mocks = new RecordingMocks { Id = _ => "ignored" };
        await Harness.RunAsync(mocks, () =>
            existing = new Bucket("existing", new BucketArgs { Region = "r" }, new CustomResourceOptions { Id = "bucket-7" }));

        Assert.That(mocks.Single("existing").Id, Is.EqualTo("bucket-7"));
        Assert.That(await Harness.ValueOf(existing.Id), Is.EqualTo("bucket-7"));
    }

    [Test]
    public async Task ResourceOutputsDependOnTheirResourceAndApplyKeepsThatDependency()
    {
        Bucket bucket = null!;
        Note note = null!;
        Output<string> combined = null!;
        await Harness.RunAsync(new RecordingMocks(), () =>
        {
            bucket = new Bucket("b", new BucketArgs { Region = "r" });
            note = new Note("n", new NoteArgs { Text = "t" });
            combined = Output.Tuple(bucket.Arn, note.Text).Apply(t => t.Item1 + t.Item2);
        }, preview: false);

        Assert.That(await OutputUtilities.GetDependenciesAsync(bucket.Arn), Is.EquivalentTo(new Resource[] { bucket }));
        Assert.That(await OutputUtilities.GetDependenciesAsync(bucket.Arn.Apply(a => a.Length)), Is.EquivalentTo(new Resource[] { bucket }));
        Assert.That(await OutputUtilities.GetDependenciesAsync(combined), Is.EquivalentTo(new Resource[] { bucket, note }));
    }

    [Test]
    public async Task StateOfTheWrongShapeBecomesTheDefaultValue()
    {
        Bucket bucket = null!;
        await Harness.RunAsync(new RecordingMocks { State = _ => new Dictionary<string, object> { ["arn"] = 12.0, ["bucketName"] = "ok" } },
            () => bucket = new Bucket("odd", new BucketArgs { Region = "r" }));

        Assert.That(await Harness.ValueOf(bucket.Arn), Is.Null);
        Assert.That(await Harness.ValueOf(bucket.BucketName), Is.EqualTo("ok"));
    }

    [Test]
    public async Task DependsOnMakesAResourceWaitForItsDependencies()
    {
        var mocks = new RecordingMocks();
        await Harness.RunAsync(mocks, () =>
        {
            var slow = Output.Create(Task.Delay(50).ContinueWith(_ => "late", TaskScheduler.Default));
            var first = new Note("first", new NoteArgs { Text = slow });
            _ = new Note("second", new NoteArgs { Text = "now" }, new CustomResourceOptions { DependsOn = { first } });
        });

        Assert.That(mocks.Resources.Select(r => r.Name), Is.EqualTo(new[] { "first", "second" }));
    }

    [Test]
    public async Task StateCanCarryListsOfMapsForListOutputs()
    {
        Bucket bucket = null!;
        var mocks = new RecordingMocks
        {
            State = _ => new Dictionary<string, object>
            {
                ["replicas"] = ImmutableArray.Create<object>(
                    new Dictionary<string, object> { ["indexDocument"] = "x.html", ["errorPages"] = new[] { "e1" } }),
            },
        };
        await Harness.RunAsync(mocks, () => bucket = new Bucket("b", new BucketArgs { Region = "r" }));

        var replicas = await Harness.ValueOf(bucket.Replicas);
        Assert.That(replicas.Single().ErrorPages, Is.EqualTo(new[] { "e1" }));
    }
}
