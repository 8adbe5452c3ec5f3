using System.Collections.Immutable;
using Pulumi.OfflineSdk.Tests.Support;

namespace Pulumi.OfflineSdk.Tests;

public sealed class InputSerializationTests
{
    [Test]
    public async Task InputsReachTheMocksUnderTheirWireNames()
    {
        var mocks = new RecordingMocks();
        await Harness.RunAsync(mocks, () => new Bucket("logs", new BucketArgs { BucketName = "logs-bucket", Region = "eu-west-1" }));

        var inputs = mocks.Single("logs").Inputs;
        Assert.That(inputs, Is.EquivalentTo(new Dictionary<string, object>
        {
            ["bucketName"] = "logs-bucket",
            ["region"] = "eu-west-1",
        }));
    }

    [Test]
    public async Task NestedArgsArriveAsMapsKeyedByWireNames()
    {
        var mocks = new RecordingMocks();
        await Harness.RunAsync(mocks, () => new Bucket("site", new BucketArgs
        {
            Region = "eu-west-1",
            Website = new WebsiteArgs { IndexDocument = "index.html", ErrorPages = { "404.html", "500.html" } },
        }));

        var website = (ImmutableDictionary<string, object?>)mocks.Single("site").Inputs["website"];
        Assert.That(website["indexDocument"], Is.EqualTo("index.html"));
        Assert.That(website["errorPages"], Is.EqualTo(new object[] { "404.html", "500.html" }));
    }

    [Test]
    public async Task InputListsArriveAsArraysAndInputMapsAsMaps()
    {
        var mocks = new RecordingMocks();
        await Harness.RunAsync(mocks, () => new Bucket("tagged", new BucketArgs
        {
            Region = "eu-west-1",
            Tags = { { "team", "identity" }, { "env", "dev" } },
            Replicas = { new WebsiteArgs { IndexDocument = "a.html" }, new WebsiteArgs { IndexDocument = "b.html" } },
        }));

        var inputs = mocks.Single("tagged").Inputs;
        Assert.That(inputs["tags"], Is.InstanceOf<ImmutableDictionary<string, object?>>());
        Assert.That((ImmutableDictionary<string, object?>)inputs["tags"], Is.EquivalentTo(new Dictionary<string, object?> { ["team"] = "identity", ["env"] = "dev" }));
        var replicas = (ImmutableArray<object?>)inputs["replicas"];
        Assert.That(replicas.Select(r => ((ImmutableDictionary<string, object?>)r!)["indexDocument"]), Is.EqualTo(new[] { "a.html", "b.html" }));
    }

    [Test]
    public async Task UnsetInputsAndNullsNeverReachTheMocks()
    {
        var mocks = new RecordingMocks();
        await Harness.RunAsync(mocks, () => new Bucket("sparse", new BucketArgs { Region = "eu-west-1", BucketName = Output.Create(default(string)!) }));

        Assert.That(mocks.Single("sparse").Inputs.Keys, Is.EquivalentTo(new[] { "region" }));
    }

    [Test]
    public async Task NumbersArriveAsDoublesAndEnumsAsTheirUnderlyingValues()
    {
        var mocks = new RecordingMocks();
        await Harness.RunAsync(mocks, () => new Bucket("typed", new BucketArgs
        {
            Region = "eu-west-1",
            SizeGb = 16,
            Tier = StorageTier.Cold,
            Acl = Acl.Private,
        }));

        var inputs = mocks.Single("typed").Inputs;
        Assert.That(inputs["sizeGb"], Is.EqualTo(16.0).And.InstanceOf<double>());
        Assert.That(inputs["tier"], Is.EqualTo(1.0));
        Assert.That(inputs["acl"], Is.EqualTo("private"));
    }

    [Test]
    public async Task UnionInputsArriveAsTheValueTheyHold()
    {
        var mocks = new RecordingMocks();
        await Harness.RunAsync(mocks, () =>
        {
            _ = new Bucket("days", new BucketArgs { Region = "r", Retention = 30 });
            _ = new Bucket("forever", new BucketArgs { Region = "r", Retention = "forever" });
        });

        Assert.That(mocks.Single("days").Inputs["retention"], Is.EqualTo(30.0));
        Assert.That(mocks.Single("forever").Inputs["retention"], Is.EqualTo("forever"));
    }

    [Test]
    public async Task JsonInputsArriveAsJsonTextFormattedAsTheRealSdkFormatsIt()
    {
        var mocks = new RecordingMocks();
        await Harness.RunAsync(mocks, () => new Bucket("policy", new BucketArgs
        {
            Region = "r",
            Policy = new Dictionary<string, object> { ["Version"] = "2012-10-17", ["Count"] = 2 },
        }));

        // The real SDK formats a protobuf Value with JsonFormatter.Default: padded braces, ", " and ": ".
        Assert.That(mocks.Single("policy").Inputs["policy"], Is.EqualTo("{ \"Count\": 2, \"Version\": \"2012-10-17\" }"));
    }

    [Test]
    public async Task JsonInputsPadListsWriteEmptyOnesAndEscapeAsProtobufDoes()
    {
        var mocks = new RecordingMocks();
        await Harness.RunAsync(mocks, () => new Bucket("policy", new BucketArgs
        {
            Region = "r",
            Policy = new Dictionary<string, object>
            {
                ["List"] = new object[] { 1.5, true, "a<b>\"c\\\n\u2028" },
                ["Empty"] = Array.Empty<object>(),
                ["Nested"] = new Dictionary<string, object>(),
            },
        }));

        Assert.That(mocks.Single("policy").Inputs["policy"], Is.EqualTo(
            "{ \"Empty\": [ ], \"List\": [ 1.5, true, \"a\\u003cb\\u003e\\\"c\\\\\\n\\u2028\" ], \"Nested\": { } }"));
    }

    [Test]
    public async Task NewResourcesReachTheMocksWithAnEmptyIdAndNoProvider()
    {
        var mocks = new RecordingMocks();
        await Harness.RunAsync(mocks, () => new Bucket("fresh", new BucketArgs { Region = "r" }));

        var args = mocks.Single("fresh");
        Assert.Multiple(() =>
        {
            Assert.That(args.Id, Is.EqualTo(""));
            Assert.That(args.Provider, Is.EqualTo(""));
            Assert.That(args.Type, Is.EqualTo("test:storage/bucket:Bucket"));
        });
    }

    [Test]
    public async Task AnImportedResourceReachesTheMocksWithItsImportId()
    {
        var mocks = new RecordingMocks();
        await Harness.RunAsync(mocks, () => new Bucket("imported", new BucketArgs { Region = "r" }, new CustomResourceOptions { ImportId = "bucket-123" }));

        Assert.That(mocks.Single("imported").Id, Is.EqualTo("bucket-123"));
    }

    [Test]
    public async Task AnExplicitProviderReachesTheMocksAsItsUrnAndId()
    {
        var mocks = new RecordingMocks();
        await Harness.RunAsync(mocks, () =>
        {
            var provider = new TestProvider("eu");
            _ = new Bucket("scoped", new BucketArgs { Region = "r" }, new CustomResourceOptions { Provider = provider });
        });

        Assert.That(mocks.Single("eu").Type, Is.EqualTo("pulumi:providers:test"));
        Assert.That(mocks.Single("scoped").Provider,
            Is.EqualTo("urn:pulumi:stack::project::pulumi:pulumi:Stack$pulumi:providers:test::eu::eu-id"));
    }

    [Test]
    public async Task AComponentHandsItsProvidersToItsChildren()
    {
        var mocks = new RecordingMocks();
        await Harness.RunAsync(mocks, () =>
        {
            var provider = new TestProvider("eu");
            _ = new Site("www", new SiteArgs(), new ComponentResourceOptions { Providers = { provider } });
        });

        Assert.That(mocks.Single("www-bucket").Provider, Does.EndWith("::eu::eu-id"));
    }

    [Test]
    public async Task OutputsOfOtherResourcesAreResolvedBeforeTheMocksSeeThem()
    {
        var mocks = new RecordingMocks();
        await Harness.RunAsync(mocks, () =>
        {
            var bucket = new Bucket("source", new BucketArgs { Region = "r" });
            _ = new Note("pointer", new NoteArgs { Text = bucket.Arn });
        }, preview: false);

        Assert.That(mocks.Single("pointer").Inputs["text"], Is.EqualTo("arn:test:source"));
    }

    [Test]
    public async Task UnknownInputsAreLeftOutDuringAPreview()
    {
        var mocks = new RecordingMocks { State = _ => new Dictionary<string, object>() };
        await Harness.RunAsync(mocks, () =>
        {
            var bucket = new Bucket("source", new BucketArgs { Region = "r" });
            _ = new Note("pointer", new NoteArgs { Text = bucket.Arn });
            _ = new Bucket("listed", new BucketArgs { Region = "r", Website = new WebsiteArgs { ErrorPages = { "a", bucket.Arn } } });
        });

        Assert.That(mocks.Single("pointer").Inputs, Is.Empty);
        Assert.That(mocks.Single("listed").Inputs.Keys, Is.EquivalentTo(new[] { "region" }));
    }

    [Test]
    public void AMissingRequiredInputFailsTheRun()
    {
        var mocks = new RecordingMocks();
        var error = Assert.ThrowsAsync<RunException>(() => Harness.RunAsync(mocks, () => new Bucket("incomplete", new BucketArgs())));

        Assert.That(error!.Message, Does.Contain("BucketArgs.Region is required but was not given a value"));
        Assert.That(mocks.Resources.Select(r => r.Name), Does.Not.Contain("incomplete"));
    }
}
