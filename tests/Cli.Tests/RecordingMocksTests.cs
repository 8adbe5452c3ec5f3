using System.Collections.Immutable;
using Pulumi.Testing;

namespace IdentityFabric.Cli.Tests;

[TestFixture]
public sealed class RecordingMocksTests
{
    private static async Task<ImmutableDictionary<string, object>> StateOf(RecordingMocks mocks, string type, string name, ImmutableDictionary<string, object>? inputs = null)
    {
        var (_, state) = await mocks.NewResourceAsync(new MockResourceArgs { Type = type, Name = name, Inputs = inputs ?? ImmutableDictionary<string, object>.Empty, Id = "" });
        return (ImmutableDictionary<string, object>)state;
    }

    private static ImmutableDictionary<string, object> Keepers(string epoch) =>
        ImmutableDictionary<string, object>.Empty.Add("length", 32.0).Add("keepers", ImmutableDictionary<string, object>.Empty.Add("epoch", epoch));

    [Test]
    public async Task GeneratedValuesAreTheSameOnEveryRun()
    {
        var first = await StateOf(new RecordingMocks("111111111111", "eu-west-1"), "random:index/randomBytes:RandomBytes", "key", Keepers("0"));
        var second = await StateOf(new RecordingMocks("111111111111", "eu-west-1"), "random:index/randomBytes:RandomBytes", "key", Keepers("0"));

        Assert.That(second["base64"], Is.EqualTo(first["base64"]));
    }

    [Test]
    public async Task ChangingAKeeperGeneratesANewValue()
    {
        var mocks = new RecordingMocks("111111111111", "eu-west-1");
        var before = await StateOf(mocks, "random:index/randomBytes:RandomBytes", "key", Keepers("0"));
        var after = await StateOf(mocks, "random:index/randomBytes:RandomBytes", "key", Keepers("1"));

        Assert.That(after["base64"], Is.Not.EqualTo(before["base64"]));
    }

    [Test]
    public async Task GeneratedBytesHaveTheRequestedLength()
    {
        var state = await StateOf(new RecordingMocks("111111111111", "eu-west-1"), "random:index/randomBytes:RandomBytes", "key", Keepers("0"));

        Assert.That(Convert.FromBase64String((string)state["base64"]), Has.Length.EqualTo(32));
    }

    [Test]
    public async Task GeneratedPasswordsHaveTheRequestedLength()
    {
        var state = await StateOf(new RecordingMocks("111111111111", "eu-west-1"), "random:index/randomPassword:RandomPassword", "db",
            ImmutableDictionary<string, object>.Empty.Add("length", 48.0));

        Assert.That((string)state["result"], Has.Length.EqualTo(48));
    }

    [Test]
    public async Task EveryEncodingOfAGeneratedValueIsRememberedAsSecret()
    {
        var mocks = new RecordingMocks("111111111111", "eu-west-1");
        var state = await StateOf(mocks, "random:index/randomBytes:RandomBytes", "key", Keepers("0"));
        var base64Url = ((string)state["base64"]).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        Assert.That(mocks.GeneratedSecrets, Does.Contain(state["base64"]).And.Contain(state["hex"]).And.Contain(base64Url));
    }

    [Test]
    public async Task ServiceTokenSecretsAreRememberedAsSecret()
    {
        var mocks = new RecordingMocks("111111111111", "eu-west-1");
        var state = await StateOf(mocks, "cloudflare:index/zeroTrustAccessServiceToken:ZeroTrustAccessServiceToken", "token");

        Assert.That(mocks.GeneratedSecrets, Does.Contain(state["clientSecret"]));
        Assert.That(mocks.GeneratedSecrets, Does.Not.Contain(state["clientId"]), "the client id is not a secret");
    }

    [Test]
    public async Task AwsArnsAreBuiltInTheEnvironmentsAccountAndRegion()
    {
        var state = await StateOf(new RecordingMocks("222222222222", "us-east-2"), "aws:appmesh/mesh:Mesh", "mesh",
            ImmutableDictionary<string, object>.Empty.Add("name", "fabric-dev"));

        Assert.That(state["arn"], Is.EqualTo("arn:aws:appmesh:us-east-2:222222222222:mesh/fabric-dev"));
    }

    [Test]
    public async Task IamArnsAreGlobal()
    {
        var state = await StateOf(new RecordingMocks("222222222222", "us-east-2"), "aws:iam/role:Role", "role",
            ImmutableDictionary<string, object>.Empty.Add("name", "orders"));

        Assert.That(state["arn"], Is.EqualTo("arn:aws:iam::222222222222:role/orders"));
    }

    [Test]
    public async Task EveryRegisteredResourceIsRecordedWithItsInputs()
    {
        var mocks = new RecordingMocks("111111111111", "eu-west-1");
        await StateOf(mocks, "aws:iam/role:Role", "role", ImmutableDictionary<string, object>.Empty.Add("name", "orders"));
        await StateOf(mocks, "identity-fabric:edge:Edge", "edge");

        Assert.That(mocks.Resources.Select(r => (r.Type, r.Name)), Is.EqualTo(new[] { ("aws:iam/role:Role", "role"), ("identity-fabric:edge:Edge", "edge") }));
        Assert.That(mocks.Resources[0].Inputs["name"], Is.EqualTo("orders"));
    }

    [Test]
    public void AProviderFunctionThePlanCannotAnswerFailsWithItsToken()
    {
        var mocks = new RecordingMocks("111111111111", "eu-west-1");

        Assert.That(
            async () => await mocks.CallAsync(new MockCallArgs { Token = "aws:ec2/getVpc:getVpc", Args = ImmutableDictionary<string, object>.Empty }),
            Throws.InvalidOperationException.With.Message.Contains("aws:ec2/getVpc:getVpc"));
    }

    [Test]
    public async Task TheCallerIdentityIsTheEnvironmentsAccount()
    {
        var mocks = new RecordingMocks("333333333333", "eu-west-1");
        var result = (IDictionary<string, object>)await mocks.CallAsync(new MockCallArgs
        {
            Token = "aws:index/getCallerIdentity:getCallerIdentity",
            Args = ImmutableDictionary<string, object>.Empty,
        });

        Assert.That(result["accountId"], Is.EqualTo("333333333333"));
    }
}
