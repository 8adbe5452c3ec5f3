using System.Collections.Immutable;
using IdentityFabric.Testing;
using Pulumi;
using Pulumi.Cloudflare;
using Pulumi.Utilities;
using static IdentityFabric.Edge.Tests.EdgeRun;

namespace IdentityFabric.Edge.Tests;

/// <summary>Cloudflare gives every Worker a public workers.dev address when it is created, outside the zone's Access
/// applications: the edge and the federation Worker are both taken off it, previews included.</summary>
public sealed class WorkersDevTests
{
    private const string SubdomainType = "cloudflare:index/workersScriptSubdomain:WorkersScriptSubdomain";

    private static readonly ImmutableDictionary<string, string> RoleArns = ImmutableDictionary<string, string>.Empty
        .Add("support", "arn:aws:iam::222222222222:role/staging-support-federated");

    private static Task<EdgeRun> RunAsync(string environment) =>
        StartAsync(ExampleCatalog.View(environment), federation: (RoleArns, "U3RzQ2FjaGVLZXlTdHNDYWNoZUtleVN0c0NhY2hlSzI"));

    [TestCase("dev", 1)]
    [TestCase("staging", 2)]
    public async Task EveryWorkerIsOffWorkersDevAndItsPreviews(string environment, int workers)
    {
        var run = await RunAsync(environment);

        var scripts = run.OfType(ScriptType).Select(s => Text(s.Inputs, "scriptName")).ToList();
        var subdomains = run.OfType(SubdomainType).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(scripts, Has.Count.EqualTo(workers));
            Assert.That(subdomains.Select(s => Text(s.Inputs, "scriptName")), Is.EquivalentTo(scripts), "one setting per Worker");
            foreach (var subdomain in subdomains)
            {
                Assert.That(subdomain.Inputs["enabled"], Is.EqualTo(false), subdomain.Name);
                Assert.That(subdomain.Inputs["previewsEnabled"], Is.EqualTo(false), subdomain.Name);
                Assert.That(Text(subdomain.Inputs, "accountId"), Is.EqualTo(ExampleCatalog.View(environment).Environment.Cloudflare.AccountId), subdomain.Name);
            }
        });
    }

    [Test]
    public async Task TheSettingNamesEachWorkerByItsScriptOutputSoItFollowsTheUpload()
    {
        var run = await RunAsync("staging");

        foreach (var (subdomain, script) in new[] { ("edge-worker-subdomain", "edge-worker"), ("edge-federation-worker-subdomain", "edge-federation-worker") })
        {
            var args = (WorkersScriptSubdomainArgs)run.Requested.Single(r => r.Name == subdomain).Args;
            var dependencies = await OutputUtilities.GetDependenciesAsync(args.ScriptName.ToOutput());
            Assert.That(dependencies.Select(r => r.GetResourceName()), Is.EqualTo(new[] { script }), subdomain);
        }
    }
}
