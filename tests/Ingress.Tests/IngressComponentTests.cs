using System.Text;
using System.Text.Json;
using IdentityFabric.Components.Iam;
using IdentityFabric.Components.Ingress;
using IdentityFabric.Components.Topology;
using IdentityFabric.Testing;
using Pulumi;
using Pulumi.Aws.SecretsManager;
using Pulumi.Utilities;

namespace IdentityFabric.Ingress.Tests;

[TestFixture]
public sealed class IngressComponentTests
{
    private const string DnsToken = "cloudflare:index/dnsRecord:DnsRecord";
    private const string TunnelType = "cloudflare:index/zeroTrustTunnelCloudflared:ZeroTrustTunnelCloudflared";
    private const string TunnelConfigToken = "cloudflare:index/zeroTrustTunnelCloudflaredConfig:ZeroTrustTunnelCloudflaredConfig";
    private const string SecretToken = "aws:secretsmanager/secret:Secret";
    private const string SecretVersionToken = "aws:secretsmanager/secretVersion:SecretVersion";
    private const string RolePolicyToken = "aws:iam/rolePolicy:RolePolicy";
    private const string RoleToken = "aws:iam/role:Role";

    private static Task<ComponentRun<IngressComponent>> Deploy(string environment)
    {
        var view = ExampleCatalog.View(environment);
        var env = view.Environment;

        // Secrets Manager's ARN shape, in the environment's own account, so the access checks below see one account.
        var mocks = new FabricMocks().WithOutputs(SecretToken, args => new Dictionary<string, object>
        {
            ["arn"] = $"arn:aws:secretsmanager:{env.AwsRegion}:{env.AwsAccountId}:secret:{args.Inputs["name"]}-AbC123",
        });
        return ComponentRun<IngressComponent>.DeployAsync(mocks, environment, options => new IngressComponent("ingress", new IngressArgs
        {
            View = view,
            Topology = MeshTopologyBuilder.Build(view),
            Workload = WorkloadIdentity.Ecs,
        }, options));
    }

    private static IEnumerable<string> Environments() => ["dev", "staging", "prod"];

    [TestCaseSource(nameof(Environments))]
    public async Task TheIngressHostnameIsAProxiedRecordToItsTunnel(string environment)
    {
        var run = await Deploy(environment);
        var env = ExampleCatalog.View(environment).Environment;
        var record = run.OfType(DnsToken).Single();
        var tunnelId = await OutputUtilities.GetValueAsync(run.Component.TunnelId);

        Assert.That(Wire.Text(record.Inputs, "name"), Is.EqualTo($"ingress.{env.Cloudflare.ZoneName}"));
        Assert.That(Wire.Text(record.Inputs, "zoneId"), Is.EqualTo(env.Cloudflare.ZoneId));
        Assert.That(Wire.Text(record.Inputs, "type"), Is.EqualTo("CNAME"));
        Assert.That(Wire.Text(record.Inputs, "content"), Is.EqualTo($"{tunnelId}.cfargotunnel.com"));
        Assert.That(Wire.Flag(record.Inputs, "proxied"), Is.True, "proxied: the name resolves to Cloudflare, never to an origin address");
        Assert.That(Wire.Number(record.Inputs, "ttl"), Is.EqualTo(1), "1 is automatic, the only TTL a proxied record takes");
        Assert.That(await OutputUtilities.GetValueAsync(run.Component.OriginUrl), Is.EqualTo($"https://ingress.{env.Cloudflare.ZoneName}"));
    }

    [TestCaseSource(nameof(Environments))]
    public async Task TheTunnelServesTheIngressHostnameOnlyAndAnswers404ToAnyOther(string environment)
    {
        var run = await Deploy(environment);
        var view = ExampleCatalog.View(environment);
        var config = run.OfType(TunnelConfigToken).Single();
        var ingresses = Wire.List(config.Inputs, "config", "ingresses");

        Assert.That(ingresses, Has.Count.EqualTo(2));
        Assert.That(Wire.Text(ingresses[0], "hostname"), Is.EqualTo(view.Environment.Cloudflare.IngressHostname));
        Assert.That(Wire.Text(ingresses[0], "service"), Is.EqualTo(IngressIdentity.ProxyOrigin));
        Assert.That(Wire.At(ingresses[1], "hostname"), Is.Null, "the catch-all is last and has no hostname");
        Assert.That(Wire.Text(ingresses[1], "service"), Is.EqualTo(TunnelIngressRules.CatchAllService));

        // No edge hostname goes into the tunnel: those are the Worker's custom domains.
        var edgeHosts = view.Edges.Select(e => e.Hostname).Concat(view.BrowserApps.Select(a => a.Hostname));
        Assert.That(ingresses.Select(i => Wire.Text(i, "hostname")), Has.None.AnyOf(edgeHosts.Cast<object>().ToArray()));
        Assert.That(Wire.Text(config.Inputs, "tunnelId"), Is.EqualTo(await OutputUtilities.GetValueAsync(run.Component.TunnelId)));
        Assert.That(Wire.Text(run.OfType(TunnelType).Single().Inputs, "configSrc"), Is.EqualTo("cloudflare"), "remotely managed, so the config resource applies");
    }

    [Test]
    public async Task TheTunnelTokenIsStoredAsASecretAndIsNoOutput()
    {
        var run = await Deploy("staging");
        var env = ExampleCatalog.View("staging").Environment;
        var requested = (SecretVersionArgs)run.Requested.Single(r => r.Type == SecretVersionToken).Args;
        Output<string> value = requested.SecretString!;
        Assert.That(await Output.IsSecretAsync(value), Is.True, "encrypted in state, masked in every diff");

        var token = Wire.Text(run.OfType(SecretVersionToken).Single().Inputs, "secretString")!;
        using var decoded = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(token)));
        var tunnelId = await OutputUtilities.GetValueAsync(run.Component.TunnelId);
        var tunnelSecret = Wire.Text(run.OfType(TunnelType).Single().Inputs, "tunnelSecret")!;
        Assert.That(decoded.RootElement.GetProperty("a").GetString(), Is.EqualTo(env.Cloudflare.AccountId));
        Assert.That(decoded.RootElement.GetProperty("t").GetString(), Is.EqualTo(tunnelId));
        Assert.That(decoded.RootElement.GetProperty("s").GetString(), Is.EqualTo(tunnelSecret));
        Assert.That(Convert.FromBase64String(tunnelSecret), Has.Length.EqualTo(32));

        var secret = run.OfType(SecretToken).Single();
        Assert.That(Wire.Text(secret.Inputs, "name"), Is.EqualTo("identity-fabric/staging/ingress/tunnel-token"));
        Assert.That(Wire.Text(run.OfType(SecretVersionToken).Single().Inputs, "secretId"), Is.Not.Empty);

        var outputs = new[]
        {
            await OutputUtilities.GetValueAsync(run.Component.TunnelId), await OutputUtilities.GetValueAsync(run.Component.TunnelCname),
            await OutputUtilities.GetValueAsync(run.Component.TokenSecretArn), await OutputUtilities.GetValueAsync(run.Component.RoleArn),
            await OutputUtilities.GetValueAsync(run.Component.Hostname), await OutputUtilities.GetValueAsync(run.Component.OriginUrl),
        };
        Assert.That(outputs, Has.None.Contains(token).And.None.Contains(tunnelSecret));
    }

    [Test]
    public async Task OnlyTheIngressRoleCanReadTheTunnelToken()
    {
        var run = await Deploy("staging");
        var env = ExampleCatalog.View("staging").Environment;
        var secret = run.OfType(SecretToken).Single();
        var secretArn = await OutputUtilities.GetValueAsync(run.Component.TokenSecretArn);
        var resourcePolicy = Wire.Text(secret.Inputs, "policy");
        var ingressRole = IngressIdentity.RoleArn(env);
        var ingressPolicies = run.OfType(RolePolicyToken).Where(p => Wire.Text(p.Inputs, "role") == IngressIdentity.RoleName("staging")).Select(p => Wire.Text(p.Inputs, "policy")!).ToList();
        Assert.That(Wire.Text(run.OfType(RoleToken).Single().Inputs, "name"), Is.EqualTo(IngressIdentity.RoleName("staging")));

        Assert.That(SecretAccess.MayRead(ingressRole, ingressPolicies, resourcePolicy, secretArn), Is.True, "the ingress reads its token");

        // Attacks: roles that someone granted read on every secret, which IAM alone would let through.
        const string everything = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"secretsmanager:*","Resource":"*"}]}""";
        string[] others =
        [
            $"arn:aws:iam::{env.AwsAccountId}:role/staging-orders-envoy",
            $"arn:aws:iam::{env.AwsAccountId}:role/staging-admin-federated",
            $"arn:aws:iam::{env.AwsAccountId}:role/staging-ingress-gateway-envoy",
            $"arn:aws:iam::{env.AwsAccountId}:role/staging-edge-ingress-envoy-2",
            $"arn:aws:iam::{env.AwsAccountId}:role/staging-warehouse-sync-client",
            $"arn:aws:iam::999999999999:role/{IngressIdentity.RoleName("staging")}",
            "arn:aws:iam::999999999999:root",
        ];
        foreach (var other in others)
        {
            Assert.That(SecretAccess.MayRead(other, [everything], resourcePolicy, secretArn), Is.False, other);
        }

        // Without the resource policy the same broad grant would have read it: the denial is what holds.
        Assert.That(SecretAccess.MayRead(others[0], [everything], null, secretArn), Is.True);
        Assert.That(resourcePolicy, Is.EqualTo(SecretReaderPolicy.For(env, IngressIdentity.RoleName("staging")).ToJson()));
    }

    [Test]
    public async Task TheIngressRolesOwnGrantsAreTheTokenAndTheConfigurationPath()
    {
        var run = await Deploy("prod");
        var env = ExampleCatalog.View("prod").Environment;
        var policy = run.OfType(RolePolicyToken).Single();
        using var doc = JsonDocument.Parse(Wire.Text(policy.Inputs, "policy")!);
        var statements = doc.RootElement.GetProperty("Statement").EnumerateArray().ToList();
        var resources = statements.SelectMany(s => s.GetProperty("Resource").ValueKind == JsonValueKind.Array
            ? s.GetProperty("Resource").EnumerateArray().Select(r => r.GetString()!)
            : [s.GetProperty("Resource").GetString()!]).ToList();

        Assert.That(resources, Is.EquivalentTo(new[]
        {
            await OutputUtilities.GetValueAsync(run.Component.TokenSecretArn),
            $"arn:aws:ssm:{env.AwsRegion}:{env.AwsAccountId}:parameter/identity-fabric/prod/ingress/proxy-config",
            $"arn:aws:ssm:{env.AwsRegion}:{env.AwsAccountId}:parameter/identity-fabric/prod/ingress/proxy-config/*",
        }));
        Assert.That(resources, Has.None.EqualTo("*"));
    }

    [Test]
    public void ACatalogServiceMayNotTakeTheIngresssName()
    {
        var view = ExampleCatalog.View("dev");
        var topology = MeshTopologyBuilder.Build(view);
        var taken = topology with { Services = [.. topology.Services, topology.Services[0] with { Name = IngressIdentity.WorkloadName }] };
        Assert.That(() => IngressPlanner.Build(view, taken), Throws.ArgumentException.With.Message.Contains("edge-ingress"));
    }

    [Test]
    public void TheTunnelTokenIsWhatCloudflaredDecodes()
    {
        var secret = Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());
        var token = TunnelToken.Create("0000000000000000000000000000000a", "5c5b6b3e-1f1e-4f8a-9c6d-2b0c1d3e4f50", secret);
        using var json = JsonDocument.Parse(Convert.FromBase64String(token));
        Assert.That(json.RootElement.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "a", "t", "s" }));
        Assert.That(json.RootElement.GetProperty("s").GetString(), Is.EqualTo(secret));

        Assert.That(() => TunnelToken.Create("a", "t", Convert.ToBase64String(new byte[16])), Throws.ArgumentException, "a short secret");
        Assert.That(() => TunnelToken.Create("a", "t", "not base64!"), Throws.ArgumentException);
        Assert.That(() => TunnelToken.Create("", "t", secret), Throws.ArgumentException);
    }
}
