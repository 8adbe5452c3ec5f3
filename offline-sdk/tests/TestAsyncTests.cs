using Pulumi.OfflineSdk.Tests.Support;
using Pulumi.Testing;

namespace Pulumi.OfflineSdk.Tests;

public sealed class TestAsyncTests
{
    [Test]
    public async Task TestAsyncOfAStackTypeReturnsTheStackWithItsResources()
    {
        var resources = await Deployment.TestAsync<BucketStack>(new RecordingMocks());

        Assert.That(resources.Select(r => r.GetType()), Is.EquivalentTo(new[] { typeof(BucketStack), typeof(Bucket) }));
    }

    [Test]
    public async Task InlineTestAsyncLeavesItsStackOutAndReturnsTheCallbackOutputs()
    {
        var (resources, outputs) = await Deployment.TestAsync(new RecordingMocks(), new TestOptions(), () =>
        {
            var bucket = new Bucket("b", new BucketArgs { Region = "r" });
            return new Dictionary<string, object?> { ["arn"] = bucket.Arn };
        });

        Assert.That(resources.Select(r => r.GetType()), Is.EqualTo(new[] { typeof(Bucket) }));
        Assert.That(await Harness.ValueOf((Output<string>)outputs["arn"]!), Is.EqualTo("arn:test:b"));
    }

    [Test]
    public async Task TestOptionsDefaultToAPreviewOfProjectStackInOrganization()
    {
        DeploymentInstance? seen = null;
        (string, string, string, bool) observed = default;
        await Deployment.TestAsync(new RecordingMocks(), new TestOptions(), () =>
        {
            seen = Deployment.Instance;
            observed = (seen.ProjectName, seen.StackName, seen.OrganizationName, seen.IsDryRun);
        });

        Assert.That(observed, Is.EqualTo(("project", "stack", "organization", true)));
    }

    [Test]
    public void AnExceptionInTheStackConstructorFailsTheRunWithItsMessage()
    {
        var error = Assert.ThrowsAsync<RunException>(() => Deployment.TestAsync<FailingStack>(new RecordingMocks()));

        Assert.That(error!.Message, Does.Contain("the stack could not be built"));
    }

    [Test]
    public void AnExceptionInsideApplyFailsTheRun()
    {
        var error = Assert.ThrowsAsync<RunException>(() => Harness.RunAsync(new RecordingMocks(), () =>
        {
            var bucket = new Bucket("b", new BucketArgs { Region = "r" });
            bucket.Arn.Apply(Explode);
        }, preview: false));

        Assert.That(error!.Message, Does.Contain("apply exploded"));
    }

    [Test]
    public void AnUnsupportedValueDeepInsideAnInputIsNamedByItsPathAsTheRealSerializerSpellsIt()
    {
        var error = Assert.ThrowsAsync<RunException>(() => Harness.RunAsync(new RecordingMocks(), () => new Bucket("b", new BucketArgs
        {
            Region = "r",
            Policy = new InputMap<object> { ["Statement"] = new object[] { "allow", new Dictionary<string, object> { ["Resource"] = new Uri("https://example.com") } } },
        }), preview: false));

        Assert.That(error!.Message, Does.Contain(
            "System.Uri is not a supported argument type.\n\t[Input] Pulumi.OfflineSdk.Tests.Support.BucketArgs.Policy.Statement[1].Resource"));
    }

    [Test]
    public void AnExceptionThrownByTheMocksFailsTheRun()
    {
        var mocks = new RecordingMocks { State = args => throw new NotSupportedException($"no mock for {args.Type}") };

        var error = Assert.ThrowsAsync<RunException>(() => Harness.RunAsync(mocks, () => new Note("n", new NoteArgs())));

        Assert.That(error!.Message, Does.Contain("no mock for test:index/note:Note"));
    }

    [Test]
    public void AnErrorLoggedByTheProgramFailsTheRunAndTwoErrorsAreAggregated()
    {
        var single = Assert.ThrowsAsync<RunException>(() => Harness.RunAsync(new RecordingMocks(), () => Log.Error("catalog is invalid")));
        var both = Assert.ThrowsAsync<AggregateException>(() => Harness.RunAsync(new RecordingMocks(), () =>
        {
            Log.Error("first");
            Log.Error("second");
        }));

        Assert.That(single!.Message, Is.EqualTo("catalog is invalid"));
        Assert.That(both!.InnerExceptions.Select(e => e.Message), Is.EqualTo(new[] { "first", "second" }));
    }

    [Test]
    public async Task WarningsDoNotFailTheRun()
    {
        var resources = await Harness.RunAsync(new RecordingMocks(), () =>
        {
            Log.Warn("careful");
            Log.Info("fyi");
            _ = new Note("n", new NoteArgs());
        });

        Assert.That(resources, Has.Length.EqualTo(1));
    }

    [Test]
    public void RunAsyncExplainsThatTheOfflineSdkCannotDeploy()
    {
        var error = Assert.ThrowsAsync<InvalidOperationException>(() => Deployment.RunAsync<BucketStack>());

        Assert.That(error!.Message, Does.Contain("PulumiSdk=nuget").And.Contain("TestAsync"));
    }

    [Test]
    public void DeploymentInstanceIsOnlyAvailableInsideARun()
    {
        Assert.Throws<InvalidOperationException>(() => _ = Deployment.Instance);
    }

    [TestCase(true)]
    [TestCase(false)]
    public void AStackOutputTheConstructorNeverAssignsFailsTheRun(bool isPreview)
    {
        var error = Assert.ThrowsAsync<RunException>(() => Deployment.TestAsync<UnassignedOutputStack>(
            new RecordingMocks(), new TestOptions { IsPreview = isPreview }));

        Assert.That(error!.Message, Does.Contain("Output(s) 'missing' have no value assigned"));
    }

    private static string Explode(string arn) => throw new InvalidOperationException($"apply exploded on {arn}");

    public sealed class BucketStack : Stack
    {
        public BucketStack()
        {
            var bucket = new Bucket("b", new BucketArgs { Region = "r" });
            Arn = bucket.Arn;
        }

        [Output("arn")]
        public Output<string> Arn { get; set; }
    }

    public sealed class FailingStack : Stack
    {
        public FailingStack()
        {
            _ = new Note("before", new NoteArgs());
            throw new InvalidOperationException("the stack could not be built");
        }
    }

    public sealed class UnassignedOutputStack : Stack
    {
        [Output("missing")]
        public Output<string>? Missing { get; set; }
    }
}
