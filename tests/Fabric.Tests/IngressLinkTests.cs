using System.Text.Json;
using IdentityFabric.Components.Ingress;
using IdentityFabric.Stacks;
using IdentityFabric.Testing;
using NUnit.Framework;
using Pulumi.Utilities;

namespace IdentityFabric.Tests;

/// <summary>The edge reaches the mesh through what the stack creates, in every environment and on either backend.</summary>
[TestFixture]
public sealed class IngressLinkTests
{
    [TestCase("dev")]
    [TestCase("staging")]
    [TestCase("prod")]
    public async Task TheWorkerForwardsToTheIngressHostnameThatTheStackRoutesIntoItsTunnel(string stack)
    {
        var (resources, mocks) = await StackHarness.RunAsync(stack);
        var view = ExampleCatalog.View(stack);
        var ingress = view.Environment.Cloudflare.IngressHostname;

        var worker = mocks.OfType("cloudflare:index/workersScript:WorkersScript").Single(w => w.Name == "edge-worker");
        var origin = Wire.List(worker.Inputs, "bindings").Single(b => Wire.Text(b, "name") == "ORIGIN_URL");
        Assert.That(Wire.Text(origin, "text"), Is.EqualTo($"https://{ingress}"));

        var fabric = resources.OfType<FabricStack>().Single();
        var tunnelId = await OutputUtilities.GetValueAsync(fabric.IngressTunnelId);
        var record = mocks.OfType("cloudflare:index/dnsRecord:DnsRecord").Single();
        Assert.That(tunnelId, Is.Not.Empty);
        Assert.That(Wire.Text(record.Inputs, "name"), Is.EqualTo(ingress));
        Assert.That(Wire.Text(record.Inputs, "content"), Is.EqualTo($"{tunnelId}.cfargotunnel.com"));
        Assert.That(Wire.Flag(record.Inputs, "proxied"), Is.True);

        var rules = Wire.List(mocks.OfType("cloudflare:index/zeroTrustTunnelCloudflaredConfig:ZeroTrustTunnelCloudflaredConfig").Single().Inputs, "config", "ingresses");
        Assert.That(rules.Select(r => Wire.Text(r, "hostname")), Is.EqualTo(new[] { ingress, null }));

        // The Worker's own hostnames are custom domains, never the ingress.
        var domains = mocks.OfType("cloudflare:index/workersCustomDomain:WorkersCustomDomain").Select(d => Wire.Text(d.Inputs, "hostname")).ToList();
        Assert.That(domains, Is.Not.Empty.And.No.EqualTo(ingress));

        Assert.That(await OutputUtilities.GetValueAsync(fabric.IngressHostname), Is.EqualTo(ingress));
    }

    [TestCase("dev")]
    [TestCase("staging")]
    [TestCase("prod")]
    public async Task TheTokenTheConfigurationAndEveryMachineClientsCredentialAreStored(string stack)
    {
        var (_, mocks) = await StackHarness.RunAsync(stack);
        var view = ExampleCatalog.View(stack);
        var secrets = mocks.OfType("aws:secretsmanager/secret:Secret").Select(s => Wire.Text(s.Inputs, "name")).ToList();

        Assert.That(secrets, Does.Contain($"identity-fabric/{stack}/ingress/tunnel-token"));
        Assert.That(view.MachineClients, Is.Not.Empty);
        foreach (var client in view.MachineClients)
        {
            Assert.That(secrets.Count(s => s == $"identity-fabric/{stack}/machine-clients/{client.Name}"), Is.EqualTo(1), client.Name);
        }

        var parts = mocks.OfType("aws:ssm/parameter:Parameter").ToList();
        Assert.That(parts, Is.Not.Empty);
        var routes = parts.SelectMany(p => JsonDocument.Parse(Wire.Text(p.Inputs, "insecureValue")!).RootElement.GetProperty("routes").EnumerateArray()
            .Select(r => r.GetProperty("id").GetString())).ToList();
        Assert.That(routes, Is.EquivalentTo(view.Routes.Select(r => r.Route.Id)), "the stored configuration routes every edge route and nothing else");
        Assert.That(parts.Select(p => Wire.Text(p.Inputs, "name")), Has.All.StartWith($"/identity-fabric/{stack}/ingress/proxy-config/"));

        // The ingress role reads both, and exactly one Lattice grant joins them where Lattice is used.
        var ingressPolicies = mocks.OfType("aws:iam/rolePolicy:RolePolicy").Where(p => Wire.Text(p.Inputs, "role") == IngressIdentity.RoleName(stack)).Select(p => Wire.Text(p.Inputs, "name")).ToList();
        var expected = stack == "dev" ? new[] { "read-ingress-credentials" } : ["read-ingress-credentials", "lattice-invoke"];
        Assert.That(ingressPolicies, Is.EquivalentTo(expected));
    }
}
