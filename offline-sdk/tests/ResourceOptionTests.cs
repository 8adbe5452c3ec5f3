using Pulumi.OfflineSdk.Tests.Support;
using Pulumi.Testing;

namespace Pulumi.OfflineSdk.Tests;

public sealed class ResourceOptionTests
{
    [Test]
    public async Task TransformationsOfAParentComponentApplyToItsChildren()
    {
        var mocks = new RecordingMocks();
        await Harness.RunAsync(mocks, () => new Site("www", new SiteArgs(), new ComponentResourceOptions
        {
            ResourceTransformations =
            {
                args => args.Resource is Bucket
                    ? new ResourceTransformationResult(new BucketArgs { Region = "us-east-1", BucketName = "renamed" }, args.Options)
                    : null,
            },
        }));

        Assert.That(mocks.Single("www-bucket").Inputs["bucketName"], Is.EqualTo("renamed"));
        Assert.That(mocks.Single("www-bucket").Inputs["region"], Is.EqualTo("us-east-1"));
    }

    [Test]
    public async Task TransformationsSeeTheOptionsAsPassedNotTheProtectionInheritedFromTheParent()
    {
        // Resource.cs applies transformations to the caller's options object and only then clones it to
        // inherit Protect from the parent, so a protected component's children still show Protect = null.
        var seen = new Dictionary<string, ResourceOptions>();
        await Harness.RunAsync(new RecordingMocks(), () => new Site("www", new SiteArgs(), new ComponentResourceOptions
        {
            Protect = true,
            ResourceTransformations =
            {
                args =>
                {
                    lock (seen)
                    {
                        seen[args.Resource.GetResourceName()] = args.Options;
                    }

                    return null;
                },
            },
        }));

        Assert.That(seen["www"].Protect, Is.True);
        Assert.That(seen["www-bucket"].Protect, Is.Null, "the child's own options are not rewritten by inheritance");
        Assert.That(seen["www-bucket"].Parent?.GetResourceName(), Is.EqualTo("www"));
    }

    [Test]
    public async Task AResourceLookedUpByUrnGetsTheStateOfTheRegisteredResource()
    {
        Bucket copy = null!;
        var mocks = new RecordingMocks();
        await Harness.RunAsync(mocks, () =>
        {
            var original = new Bucket("original", new BucketArgs { Region = "r" });
            copy = new Bucket("copy", new BucketArgs { Region = "r" }, new CustomResourceOptions
            {
                Urn = "urn:pulumi:stack::project::pulumi:pulumi:Stack$test:storage/bucket:Bucket::original",
                DependsOn = { original },
            });
        }, preview: false);

        Assert.That(await Harness.ValueOf(copy.Arn), Is.EqualTo("arn:test:original"));
        Assert.That(await Harness.ValueOf(copy.Id), Is.EqualTo("original-id"));
        Assert.That(mocks.Resources.Select(r => r.Name), Is.EqualTo(new[] { "original" }));
    }

    [Test]
    public void ComponentResourceOptionsMergeKeepsOneProviderPerPackageTheLaterWinning()
    {
        List<ProviderResource> merged = null!;
        _ = Harness.RunAsync(new RecordingMocks(), () =>
        {
            var first = new TestProvider("first");
            var second = new TestProvider("second");
            merged = ComponentResourceOptions.Merge(
                new ComponentResourceOptions { Providers = { first } },
                new ComponentResourceOptions { Providers = { second } }).Providers;
        }).GetAwaiter().GetResult();

        Assert.That(merged.Select(p => p.GetResourceName()), Is.EqualTo(new[] { "second" }));
    }

    [Test]
    public async Task JsonSerializeWritesNestedOutputsAndKeepsTheirSecrecy()
    {
        Output<string> json = null!;
        await Deployment.TestAsync(new RecordingMocks(), new TestOptions(), () =>
        {
            var document = new Dictionary<string, object>
            {
                ["Version"] = "2012-10-17",
                ["Key"] = Output.CreateSecret("k"),
            };
            json = Output.JsonSerialize(Output.Create(document));
        });

        Assert.That(await Harness.ValueOf(json), Is.EqualTo("{\"Version\":\"2012-10-17\",\"Key\":\"k\"}"));
        Assert.That(await Output.IsSecretAsync(json), Is.True);
    }

    [Test]
    public async Task JsonSerializeOfAnUnknownValueIsUnknown()
    {
        Output<string> json = null!;
        await Harness.RunAsync(new RecordingMocks { State = _ => new Dictionary<string, object>() }, () =>
        {
            var bucket = new Bucket("b", new BucketArgs { Region = "r" });
            json = Output.JsonSerialize(Output.Create(new Dictionary<string, object> { ["arn"] = bucket.Arn }));
        });

        Assert.That(await Harness.IsKnown(json), Is.False);
    }
}
