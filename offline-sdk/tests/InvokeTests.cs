using System.Collections.Immutable;
using Pulumi.OfflineSdk.Tests.Support;

namespace Pulumi.OfflineSdk.Tests;

public sealed class InvokeTests
{
    private static RecordingMocks LookupMocks() => new()
    {
        Call = _ => new Dictionary<string, object> { ["account"] = "123456789012", ["count"] = 2.0 },
    };

    [Test]
    public async Task InvokesReachCallAsyncWithTheirTokenAndWireNamedArgs()
    {
        var mocks = LookupMocks();
        LookupResult result = null!;
        await Harness.RunAsync(mocks, () =>
        {
            result = Deployment.Instance.InvokeAsync<LookupResult>("test:index/lookup:lookup", new LookupArgs { Filter = "prod" }).GetAwaiter().GetResult();
        });

        var call = mocks.Calls.Single();
        Assert.That(call.Token, Is.EqualTo("test:index/lookup:lookup"));
        Assert.That(call.Args, Is.EquivalentTo(new Dictionary<string, object> { ["filter"] = "prod" }));
        Assert.That((result.Account, result.Count), Is.EqualTo(("123456789012", 2)));
    }

    [Test]
    public async Task OutputInvokesResolveThroughTheOutputConstructor()
    {
        Output<LookupResult> result = null!;
        await Harness.RunAsync(LookupMocks(), () => result = Deployment.Instance.Invoke<LookupResult>("test:index/lookup:lookup", new LookupArgs()));

        Assert.That((await Harness.ValueOf(result)).Account, Is.EqualTo("123456789012"));
    }

    [Test]
    public async Task OutputInvokesWithUnknownArgumentsAreUnknownAndNeverCalled()
    {
        var mocks = LookupMocks();
        mocks.State = _ => new Dictionary<string, object>();
        Output<LookupResult> result = null!;
        await Harness.RunAsync(mocks, () =>
        {
            var bucket = new Bucket("b", new BucketArgs { Region = "r" });
            result = Deployment.Instance.Invoke<LookupResult>("test:index/lookup:lookup", new LookupArgs { Filter = bucket.Arn });
        });

        Assert.That(await Harness.IsKnown(result), Is.False);
        Assert.That(mocks.Calls, Is.Empty);
    }

    [Test]
    public async Task SingleValueInvokesUnwrapTheOnlyResult()
    {
        Output<string> account = null!;
        var mocks = new RecordingMocks { Call = _ => new Dictionary<string, object> { ["account"] = "42" } };
        await Harness.RunAsync(mocks, () => account = Deployment.Instance.InvokeSingle<string>("test:index/account:get", InvokeArgs.Empty));

        Assert.That(await Harness.ValueOf(account), Is.EqualTo("42"));
    }

    [Test]
    public async Task TheGetResourceFunctionIsAnsweredFromRegisteredResourcesWithoutTheMocks()
    {
        var mocks = new RecordingMocks();
        Output<ImmutableDictionary<string, object>> found = null!;
        await Harness.RunAsync(mocks, () =>
        {
            var bucket = new Bucket("b", new BucketArgs { Region = "r" });
            found = bucket.Urn.Apply(urn => Deployment.Instance.Invoke<ImmutableDictionary<string, object>>("pulumi:pulumi:getResource", new UrnArgs { Urn = urn }));
        }, preview: false);

        var result = await Harness.ValueOf(found);
        Assert.That(result["id"], Is.EqualTo("b-id"));
        Assert.That(((ImmutableDictionary<string, object?>)result["state"])["arn"], Is.EqualTo("arn:test:b"));
        Assert.That(mocks.Calls, Is.Empty);
    }

    private sealed class UrnArgs : InvokeArgs
    {
        [Input("urn", required: true)]
        public string Urn { get; set; } = null!;
    }
}
