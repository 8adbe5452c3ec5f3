using System.Collections.Immutable;
using IdentityFabric.Components.Lattice;
using IdentityFabric.Lattice.Tests.Support;
using IdentityFabric.Testing;
using Pulumi;
using Pulumi.Cloudflare;
using Pulumi.Random;
using Pulumi.Testing;
using Pulumi.Utilities;

namespace IdentityFabric.Lattice.Tests;

[TestFixture]
public sealed class IngressTunnelTests
{
    private const string ConfigToken = "cloudflare:index/zeroTrustTunnelCloudflaredConfig:ZeroTrustTunnelCloudflaredConfig";
    private const string TunnelToken = "cloudflare:index/zeroTrustTunnelCloudflared:ZeroTrustTunnelCloudflared";

    private static readonly Dictionary<string, string> Origins = new(StringComparer.Ordinal)
    {
        ["api.staging.example.com"] = "http://127.0.0.1:10000",
        ["admin.staging.example.com"] = "http://10.0.12.7:8443",
    };

    private static async Task<(FabricMocks Mocks, ImmutableArray<Resource> Resources, IngressTunnel Tunnel)> Deploy(ResourceTransformation? watch = null)
    {
        var mocks = new FabricMocks();
        IngressTunnel? tunnel = null;
        var options = new ComponentResourceOptions();
        if (watch is not null)
        {
            options.ResourceTransformations.Add(watch);
        }

        var resources = await Deployment.TestAsync(mocks, new TestOptions { IsPreview = false, StackName = "staging", ProjectName = "identity-fabric" }, () =>
        {
            tunnel = new IngressTunnel("edge-tunnel", new IngressTunnelArgs
            {
                View = Views.Staging,
                OriginsByHostname = Origins.ToDictionary(o => o.Key, o => (Input<string>)o.Value),
            }, options);
        });
        return (mocks, resources, tunnel!);
    }

    [Test]
    public async Task TunnelHasCatchAll404()
    {
        var (mocks, _, _) = await Deploy();
        var ingresses = Wire.List(mocks.OfType(ConfigToken).Single().Inputs, "config", "ingresses");

        Assert.That(ingresses, Has.Count.EqualTo(Origins.Count + 1));
        var last = ingresses[^1];
        Assert.That(Wire.Text(last, "service"), Is.EqualTo("http_status:404"));
        Assert.That(Wire.At(last, "hostname"), Is.Null, "the catch-all matches every hostname");
        Assert.That(ingresses.Take(Origins.Count).Select(i => Wire.Text(i, "service")), Has.None.StartsWith("http_status:"));
        Assert.That(ingresses.Take(Origins.Count).Select(i => (Wire.Text(i, "hostname"), Wire.Text(i, "service"))),
            Is.EqualTo(Origins.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => ((string?)o.Key, (string?)o.Value))));
    }

    [Test]
    public async Task TunnelConfigBelongsToTheTunnelAndTheEnvironmentsAccount()
    {
        var (mocks, _, tunnel) = await Deploy();
        var config = mocks.OfType(ConfigToken).Single();
        var created = mocks.OfType(TunnelToken).Single();
        var account = Views.Staging.Environment.Cloudflare.AccountId;

        Assert.That(Wire.Text(config.Inputs, "tunnelId"), Is.EqualTo(await OutputUtilities.GetValueAsync(tunnel.TunnelId)));
        Assert.That(Wire.Text(config.Inputs, "accountId"), Is.EqualTo(account));
        Assert.That(Wire.Text(created.Inputs, "accountId"), Is.EqualTo(account));
        Assert.That(Wire.Text(created.Inputs, "configSrc"), Is.EqualTo("cloudflare"), "remotely managed, so the config resource applies");
        Assert.That(await OutputUtilities.GetValueAsync(tunnel.TunnelCname), Is.EqualTo(await OutputUtilities.GetValueAsync(tunnel.TunnelId) + ".cfargotunnel.com"));
    }

    [Test]
    public async Task TunnelSecretIsSecret()
    {
        Input<string>? given = null;
        var (mocks, resources, tunnel) = await Deploy(args =>
        {
            if (args.Args is ZeroTrustTunnelCloudflaredArgs tunnelArgs)
            {
                given = tunnelArgs.TunnelSecret;
            }

            return null;
        });
        var random = resources.OfType<RandomBytes>().Single();

        // What the provider receives is a secret, so it is encrypted in state and masked in every diff.
        Assert.That(given, Is.Not.Null);
        Output<string> secret = given!;
        Assert.That(await Output.IsSecretAsync(secret), Is.True);

        // Generated, not written anywhere: the tunnel gets the random bytes, 32 of them.
        var sent = Wire.Text(mocks.OfType(TunnelToken).Single().Inputs, "tunnelSecret");
        Assert.That(sent, Is.EqualTo(await OutputUtilities.GetValueAsync(random.Base64)));
        Assert.That(Convert.FromBase64String(sent!), Has.Length.EqualTo(32));
        Assert.That(Wire.Number(mocks.OfType("random:index/randomBytes:RandomBytes").Single().Inputs, "length"), Is.EqualTo(32));

        // And no output of the component carries it.
        var outputs = new[] { await OutputUtilities.GetValueAsync(tunnel.TunnelId), await OutputUtilities.GetValueAsync(tunnel.TunnelCname) };
        Assert.That(outputs, Has.None.Contains(sent!));
    }

    [Test]
    public void ATunnelRefusesHostnamesItCouldNotServeExactly()
    {
        Assert.That(() => TunnelIngressRules.Order([]), Throws.ArgumentException);
        Assert.That(() => TunnelIngressRules.Order(["*.example.com"]), Throws.ArgumentException);
        Assert.That(() => TunnelIngressRules.Order(["API.example.com"]), Throws.ArgumentException);
        Assert.That(() => TunnelIngressRules.Order(["api.example.com", "api.example.com"]), Throws.ArgumentException);
        Assert.That(() => TunnelIngressRules.Order(["api.example.com/admin"]), Throws.ArgumentException);
        Assert.That(TunnelIngressRules.Order(["b.example.com", "a.example.com"]), Is.EqualTo(new[] { "a.example.com", "b.example.com" }));
    }

    [Test]
    public async Task TheLatticeBackendTunnelsEveryEdgeHostnameToItsIngress()
    {
        var d = await LatticeDeployment.RunAsync(Views.Staging);
        var ingresses = Wire.List(d.OfType(ConfigToken).Single().Inputs, "config", "ingresses");
        var hostnames = Views.Staging.Edges.Select(e => e.Hostname).ToList();

        Assert.That(ingresses.SkipLast(1).Select(i => Wire.Text(i, "hostname")), Is.EquivalentTo(hostnames));
        Assert.That(ingresses.SkipLast(1).Select(i => Wire.Text(i, "service")), Has.All.EqualTo(LatticeComponent.IngressProxyOrigin));
        Assert.That(Wire.Text(ingresses[^1], "service"), Is.EqualTo(TunnelIngressRules.CatchAllService));
        Assert.That(await OutputUtilities.GetValueAsync(d.Component.TunnelId), Is.Not.Empty);
    }
}
