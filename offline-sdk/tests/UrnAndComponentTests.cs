using Pulumi.OfflineSdk.Tests.Support;
using Pulumi.Testing;

namespace Pulumi.OfflineSdk.Tests;

public sealed class UrnAndComponentTests
{
    [Test]
    public async Task TopLevelResourcesAreQualifiedByTheStackTypeAsInTheMockMonitor()
    {
        Bucket bucket = null!;
        await Deployment.TestAsync(new RecordingMocks(), new TestOptions { ProjectName = "fabric", StackName = "dev" },
            () => { bucket = new Bucket("logs", new BucketArgs { Region = "r" }); });

        Assert.That(await Harness.ValueOf(bucket.Urn),
            Is.EqualTo("urn:pulumi:dev::fabric::pulumi:pulumi:Stack$test:storage/bucket:Bucket::logs"));
    }

    [Test]
    public async Task ChildrenOfComponentsTakeOnlyTheRootTypeOfTheirParentAsInTheMockMonitor()
    {
        Site site = null!;
        var mocks = new RecordingMocks();
        var resources = await Harness.RunAsync(mocks, () => site = new Site("www", new SiteArgs()));

        var urns = new Dictionary<string, string>();
        foreach (var resource in resources)
        {
            urns[resource.GetResourceName()] = await Harness.ValueOf(resource.Urn);
        }

        Assert.That(urns["www"], Is.EqualTo("urn:pulumi:stack::project::pulumi:pulumi:Stack$test:web:Site::www"));
        Assert.That(urns["www-bucket"], Is.EqualTo("urn:pulumi:stack::project::pulumi:pulumi:Stack$test:storage/bucket:Bucket::www-bucket"));
        Assert.That(urns["www-cdn-note"], Is.EqualTo("urn:pulumi:stack::project::pulumi:pulumi:Stack$test:index/note:Note::www-cdn-note"));
    }

    [Test]
    public async Task TheStackUrnNamesTheProjectAndStack()
    {
        var resources = await Deployment.TestAsync<EmptyStack>(new RecordingMocks(), new TestOptions { ProjectName = "fabric", StackName = "prod" });

        var stack = resources.OfType<EmptyStack>().Single();
        Assert.That(await Harness.ValueOf(stack.Urn), Is.EqualTo("urn:pulumi:prod::fabric::pulumi:pulumi:Stack::fabric-prod"));
    }

    [Test]
    public async Task ComponentsAreRegisteredWithTheMocksButTheStackIsNot()
    {
        var mocks = new RecordingMocks();
        await Harness.RunAsync(mocks, () => new Site("www", new SiteArgs()));

        Assert.That(mocks.Resources.Select(r => (r.Type, r.Name)), Is.EquivalentTo(new[]
        {
            ("test:web:Site", "www"),
            ("test:storage/bucket:Bucket", "www-bucket"),
            ("test:web:Cdn", "www-cdn"),
            ("test:index/note:Note", "www-cdn-note"),
        }));
    }

    [Test]
    public async Task RegisteredComponentOutputsReachTheMocks()
    {
        var mocks = new RecordingMocks();
        await Harness.RunAsync(mocks, () => new Site("www", new SiteArgs()), preview: false);

        var site = mocks.RegisteredOutputs.Single(r => r.Urn.EndsWith("::www", StringComparison.Ordinal));
        var cdn = mocks.RegisteredOutputs.Single(r => r.Urn.EndsWith("::www-cdn", StringComparison.Ordinal));
        Assert.That(await Harness.ValueOf(site.Outputs["bucketArn"]), Is.EqualTo("arn:test:www-bucket"));
        Assert.That(await Harness.ValueOf(cdn.Outputs["edge"]), Is.EqualTo("on"));
    }

    [Test]
    public async Task StackOutputsAreRegisteredWithTheMocks()
    {
        var mocks = new RecordingMocks();
        await Deployment.TestAsync<EmptyStack>(mocks);

        var stackOutputs = mocks.RegisteredOutputs.Single(r => r.Urn.EndsWith("::project-stack", StringComparison.Ordinal));
        Assert.That(await Harness.ValueOf(stackOutputs.Outputs["greeting"]), Is.EqualTo("hello"));
    }

    [Test]
    public async Task ChildrenCreatedInsideAComponentGetItAsParent()
    {
        var mocks = new RecordingMocks();
        Site site = null!;
        await Harness.RunAsync(mocks, () => site = new Site("www", new SiteArgs()));

        var innerUrn = await Harness.ValueOf(site.Inner.Urn);
        Assert.That(innerUrn, Does.EndWith("pulumi:pulumi:Stack$test:web:Cdn::www-cdn"));
    }

    public sealed class EmptyStack : Stack
    {
        public EmptyStack()
        {
            Greeting = Output.Create("hello");
        }

        [Output("greeting")]
        public Output<string> Greeting { get; set; }
    }
}
