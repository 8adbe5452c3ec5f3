using System.Collections.Immutable;
using System.Text.Json;
using IdentityFabric.AppMesh;
using IdentityFabric.AppMesh.Planning;
using IdentityFabric.Catalog;
using IdentityFabric.Components.Iam;
using IdentityFabric.Components.Identity;
using IdentityFabric.Components.Topology;
using IdentityFabric.Testing;
using NUnit.Framework;
using Pulumi;
using Pulumi.Testing;
using Pulumi.Utilities;
using Role = Pulumi.Aws.Iam.Role;
using Secret = Pulumi.Aws.SecretsManager.Secret;

namespace IdentityFabric.Tests;

/// <summary>
/// A service's identity belongs to the service, not to its mesh backend. These run the real program, so they hold
/// for the stack as wired, and compare what the mocks recorded across catalog edits.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class ServiceIdentitiesTests
{
    private const string RoleToken = "aws:iam/role:Role";
    private const string RolePolicyToken = "aws:iam/rolePolicy:RolePolicy";
    private const string Identities = "identities";
    private const string ProdLattice = "latticeServices: [catalog, inventory, notifications]";

    private static readonly string[] Stacks = ["dev", "staging", "prod"];

    private static readonly Dictionary<string, Run> Runs = [];

    // (service, the prod catalog's latticeServices after switching it): one service to Lattice, one back to App Mesh.
    private static readonly object[] Switches =
    [
        new object[] { "payments", "latticeServices: [catalog, inventory, notifications, payments]" },
        new object[] { "catalog", "latticeServices: [inventory, notifications]" },
    ];

    private sealed record Run(EnvironmentView View, ImmutableArray<Resource> Resources, FabricMocks Mocks);

    private static async Task<Run> Deployed(string stack)
    {
        if (!Runs.TryGetValue(stack, out var run))
        {
            var (resources, mocks) = await StackHarness.RunAsync(stack);
            run = new Run(ExampleCatalog.View(stack), resources, mocks);
            Runs[stack] = run;
        }

        return run;
    }

    [TestCaseSource(nameof(Stacks))]
    public async Task EveryServiceHasExactlyOneRoleWhateverItsBackend(string stack)
    {
        var run = await Deployed(stack);
        var roles = run.Mocks.OfType(RoleToken);
        foreach (var service in run.View.Services)
        {
            var named = roles.Where(r => Text(r.Inputs, "name") == service.RoleName).ToList();
            Assert.That(named, Has.Count.EqualTo(1), $"{service.Service.Name} ({service.Backend})");
            Assert.That(named[0].Name, Is.EqualTo(ServiceIdentityPlanner.RoleLogicalName(Identities, service.Service.Name)), "the identities own it, not a backend");
        }

        // No backend creates a service role: each of their roles is one of their own workloads'.
        var serviceRoles = run.View.Services.Select(s => s.RoleName).ToHashSet(StringComparer.Ordinal);
        var backendRoles = roles.Where(r => !r.Name!.StartsWith(Identities + "-", StringComparison.Ordinal)).Select(r => Text(r.Inputs, "name")!);
        Assert.That(backendRoles, Has.None.Matches<string>(serviceRoles.Contains));
        Assert.That(roles.Select(r => Text(r.Inputs, "name")), Is.Unique);
    }

    [TestCaseSource(nameof(Switches))]
    public async Task SwitchingAServiceBetweenBackendsKeepsItsRole(string service, string switchedTo)
    {
        var before = await Deployed("prod");
        var catalog = CopyCatalog(ProdLattice, switchedTo);
        var (resources, mocks) = await StackHarness.RunAsync("prod", new Dictionary<string, string> { ["identity-fabric:catalogPath"] = catalog });
        var backendBefore = before.View.Services.Single(s => s.Service.Name == service).Backend;
        Assert.That(mocks.OfType(RoleToken), Is.Not.Empty);

        // The switch really moved the service: the backends' own resources for it changed.
        var latticeServiceBefore = before.Mocks.Resources.Any(r => r.Name == $"lattice-{service}-service");
        var latticeServiceAfter = mocks.Resources.Any(r => r.Name == $"lattice-{service}-service");
        Assert.That(latticeServiceAfter, Is.Not.EqualTo(latticeServiceBefore), $"{service} left {backendBefore}");

        // Every role and its secrets policy: same logical name, type and inputs, and the same URN (so the same resource
        // to the engine: nothing is created, replaced or deleted).
        var roleName = ResourceNames.ServiceRoleName("prod", service);
        Assert.That(Fingerprints(mocks, roleName), Is.EqualTo(Fingerprints(before.Mocks, roleName)).And.Not.Empty);
        Assert.That(await RoleUrns(resources), Is.EquivalentTo(await RoleUrns(before.Resources)));
        var identitiesBefore = before.Mocks.Resources.Where(r => r.Name!.StartsWith(Identities + "-", StringComparison.Ordinal)).Select(Fingerprint);
        var identitiesAfter = mocks.Resources.Where(r => r.Name!.StartsWith(Identities + "-", StringComparison.Ordinal)).Select(Fingerprint);
        Assert.That(identitiesAfter, Is.EqualTo(identitiesBefore), "no identity of any service changes");
    }

    [TestCaseSource(nameof(Stacks))]
    public async Task EachServiceReadsExactlyItsOwnSecrets(string stack)
    {
        var run = await Deployed(stack);
        var arns = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var secret in run.Resources.OfType<Secret>())
        {
            arns[await OutputUtilities.GetValueAsync(secret.Name)] = await OutputUtilities.GetValueAsync(secret.Arn);
        }

        var policies = run.Mocks.OfType(RolePolicyToken);
        foreach (var service in run.View.Services)
        {
            var own = run.View.Secrets.Where(s => service.Service.Secrets.Contains(s.Secret.Name)).Select(s => arns[s.SecretName]).ToList();
            var statements = policies.Where(p => Text(p.Inputs, "role") == service.RoleName).SelectMany(p => Statements(Text(p.Inputs, "policy")!)).ToList();
            var read = statements.Where(s => s.Actions.Any(a => a.StartsWith("secretsmanager:", StringComparison.Ordinal))).ToList();
            Assert.That(read.SelectMany(s => s.Resources), Is.EquivalentTo(own), service.Service.Name);
            Assert.That(read.SelectMany(s => s.Resources), Has.All.Matches<string>(a => !a.Contains('*', StringComparison.Ordinal)));
            var secretPolicies = policies.Where(p => Text(p.Inputs, "role") == service.RoleName && Text(p.Inputs, "name") == ServiceIdentityPlanner.SecretsPolicyName).ToList();
            Assert.That(secretPolicies, Has.Count.EqualTo(own.Count == 0 ? 0 : 1), $"{service.Service.Name}: one secrets policy, none without secrets");
        }

        // Nobody else reads a service's secrets: the only roles granted secretsmanager on them are the owners'. (The
        // ingress and the machine clients' roles read their own secrets, never a catalog secret.)
        var catalogSecrets = run.View.Secrets.Select(s => arns[s.SecretName]).ToHashSet(StringComparer.Ordinal);
        var readers = policies.Where(p => Statements(Text(p.Inputs, "policy")!).Any(s =>
                s.Actions.Any(a => a.StartsWith("secretsmanager:", StringComparison.Ordinal)) && s.Resources.Any(r => r == "*" || catalogSecrets.Contains(r))))
            .Select(p => Text(p.Inputs, "role")).Distinct();
        Assert.That(readers, Is.EquivalentTo(run.View.Services.Where(s => s.Service.Secrets.Count > 0).Select(s => s.RoleName)));
    }

    [Test]
    public async Task TheAliasesNameWhereTheOlderLayoutKeptEachRole()
    {
        // The App Mesh component still names its gateway's role the way it once named every service role, and sits
        // where the alias says: a stack of the older layout has its roles adopted, not recreated.
        var run = await Deployed("dev");
        var owner = FormerIdentityOwner.AppMesh("appmesh");
        var mesh = run.Resources.OfType<AppMeshComponent>().Single();
        Assert.That(EngineUrn(await OutputUtilities.GetValueAsync(mesh.Urn)), Is.EqualTo(owner.ComponentUrn("dev", "identity-fabric")));
        Assert.That(run.Mocks.OfType(RoleToken).Select(r => r.Name), Does.Contain(owner.RoleLogicalName(AppMeshNames.GatewayWorkload)));
        Assert.That(owner.SecretsPolicyLogicalName("orders"), Is.Null, "App Mesh kept secrets in its own policy, which stays with it");

        var lattice = FormerIdentityOwner.Lattice("lattice");
        var staging = await Deployed("staging");
        var component = staging.Resources.OfType<IdentityFabric.Components.Lattice.LatticeComponent>().Single();
        Assert.That(EngineUrn(await OutputUtilities.GetValueAsync(component.Urn)), Is.EqualTo(lattice.ComponentUrn("staging", "identity-fabric")));
        Assert.That(lattice.RoleLogicalName("orders"), Is.EqualTo("lattice-orders-role"));
        Assert.That(lattice.SecretsPolicyLogicalName("orders"), Is.EqualTo("lattice-orders-secrets"));
    }

    // The engine leaves the root stack's type out of its children's qualified types (NewURN); the mock engine may keep it.
    private static string EngineUrn(string urn) => urn.Replace("::pulumi:pulumi:Stack$", "::", StringComparison.Ordinal);

    [Test]
    public void TheIdentitiesPlanEveryServiceOfTheTopologyWhateverItsBackend()
    {
        var view = ExampleCatalog.View("prod");
        var specs = ServiceIdentityPlanner.Plan(view, MeshTopologyBuilder.Build(view), WorkloadIdentity.Ecs);
        Assert.That(view.Services.Select(s => s.Backend).Distinct(), Is.EquivalentTo(new[] { MeshBackend.AppMesh, MeshBackend.Lattice }));
        Assert.That(specs.Select(s => s.Service), Is.EquivalentTo(view.Services.Select(s => s.Service.Name)));
        foreach (var spec in specs)
        {
            Assert.That(spec.RoleName, Is.EqualTo(ResourceNames.ServiceRoleName("prod", spec.Service)));
            Assert.That(spec.TrustPolicy, Is.EqualTo(ServiceIdentityPolicies.TrustPolicy(WorkloadIdentity.Ecs, view.Environment.AwsAccountId, spec.Service)));
            Assert.That(spec.Secrets, Is.EquivalentTo(view.Catalog.Services.Single(s => s.Name == spec.Service).Secrets));
        }
    }

    [Test]
    public void ATopologyOfAnotherEnvironmentIsRefused()
    {
        var prod = ExampleCatalog.View("prod");
        Assert.That(() => ServiceIdentityPlanner.Plan(prod, MeshTopologyBuilder.Build(ExampleCatalog.View("dev")), WorkloadIdentity.Ecs),
            Throws.ArgumentException.With.Message.Contains("dev"));
    }

    [TestCase("*")]
    [TestCase("arn:aws:secretsmanager:eu-west-1:111122223333:secret:*")]
    [TestCase("arn:aws:secretsmanager:eu-west-1:111122223333:secret:identity-fabric/dev/orders-db-??????")]
    [TestCase("identity-fabric/dev/orders-db")]
    [TestCase("")]
    public void ASecretsGrantWiderThanOneSecretIsRefused(string arn)
    {
        Assert.That(() => ServiceIdentityPlanner.ReadOwnSecretsDocument([arn]), Throws.ArgumentException);
        Assert.That(() => ServiceIdentityPlanner.ReadOwnSecretsDocument(["arn:aws:secretsmanager:eu-west-1:111122223333:secret:ok-AbC123", arn]), Throws.ArgumentException);
    }

    [Test]
    public void AServiceWhoseSecretHasNoArnIsRefusedByName()
    {
        var view = ExampleCatalog.View("dev");
        var arns = view.Secrets.Where(s => s.Secret.Name != "payments-db")
            .ToDictionary(s => s.Secret.Name, s => Output.Create($"arn:aws:secretsmanager:eu-west-1:111122223333:secret:{s.SecretName}"), StringComparer.Ordinal);
        var failure = Assert.CatchAsync(async () => await DeployIdentities(view, arns));
        Assert.That(failure!.ToString(), Does.Contain("payments-db").And.Contain("payments"));
    }

    [Test]
    public void AWildcardSecretArnNeverReachesAPolicy()
    {
        var view = ExampleCatalog.View("dev");
        var arns = view.Secrets.ToDictionary(
            s => s.Secret.Name,
            s => Output.Create(s.Secret.Name == "orders-db" ? "arn:aws:secretsmanager:eu-west-1:111122223333:secret:*" : $"arn:aws:secretsmanager:eu-west-1:111122223333:secret:{s.SecretName}"),
            StringComparer.Ordinal);
        var mocks = new FabricMocks();
        Assert.CatchAsync(async () => await DeployIdentities(view, arns, mocks));
        var policies = mocks.OfType(RolePolicyToken).Select(p => Text(p.Inputs, "policy")).OfType<string>();
        Assert.That(policies, Has.None.Contains("*"));
    }

    [Test]
    public async Task TheRoleArnsOutputNamesEveryServicesRole()
    {
        var view = ExampleCatalog.View("prod");
        ServiceIdentities? identities = null;
        await DeployIdentities(view, view.Secrets.ToDictionary(s => s.Secret.Name, s => Output.Create($"arn:aws:secretsmanager:eu-west-1:111122223333:secret:{s.SecretName}"), StringComparer.Ordinal), created: c => identities = c);
        var arns = await OutputUtilities.GetValueAsync(identities!.RoleArns);
        Assert.That(arns.Keys, Is.EquivalentTo(view.Services.Select(s => s.Service.Name)));
        foreach (var service in view.Services)
        {
            Assert.That(arns[service.Service.Name], Does.EndWith(":role/" + service.RoleName));
            Assert.That(await OutputUtilities.GetValueAsync(identities.Roles[service.Service.Name].Arn), Is.EqualTo(arns[service.Service.Name]));
            Assert.That(await OutputUtilities.GetValueAsync(identities.Roles[service.Service.Name].Name), Is.EqualTo(service.RoleName));
        }
    }

    private static async Task<ImmutableArray<Resource>> DeployIdentities(
        EnvironmentView view, IReadOnlyDictionary<string, Output<string>> arns, FabricMocks? mocks = null, Action<ServiceIdentities>? created = null) =>
        await Deployment.TestAsync(mocks ?? new FabricMocks(), new TestOptions { IsPreview = false, StackName = view.Name, ProjectName = "identity-fabric" }, () =>
        {
            var component = new ServiceIdentities(Identities, new ServiceIdentitiesArgs
            {
                View = view,
                Topology = MeshTopologyBuilder.Build(view),
                Workload = WorkloadIdentity.Ecs,
                SecretArns = arns,
            });
            created?.Invoke(component);
        });

    private static string CopyCatalog(string find, string replacement)
    {
        var dir = Path.Combine(Path.GetTempPath(), "identity-fabric-tests", "catalog-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var replaced = 0;
        foreach (var file in Directory.GetFiles(RepositoryPaths.Combine("catalog"), "*"))
        {
            var text = File.ReadAllText(file);
            if (text.Contains(find, StringComparison.Ordinal))
            {
                text = text.Replace(find, replacement, StringComparison.Ordinal);
                replaced++;
            }

            File.WriteAllText(Path.Combine(dir, Path.GetFileName(file)), text);
        }

        Assert.That(replaced, Is.EqualTo(1), $"the catalog holds '{find}' once");
        return dir;
    }

    private static async Task<List<string>> RoleUrns(ImmutableArray<Resource> resources)
    {
        var urns = new List<string>();
        foreach (var role in resources.OfType<Role>())
        {
            urns.Add(await OutputUtilities.GetValueAsync(role.Urn));
        }

        return urns;
    }

    private static List<string> Fingerprints(FabricMocks mocks, string roleName) =>
        mocks.Resources.Where(r => (r.Type == RoleToken && Text(r.Inputs, "name") == roleName) || (r.Type == RolePolicyToken && Text(r.Inputs, "role") == roleName && Text(r.Inputs, "name") == ServiceIdentityPlanner.SecretsPolicyName))
            .Select(Fingerprint)
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string Fingerprint(MockResourceArgs resource) => $"{resource.Name} {resource.Type} {Wire.Canonical(resource.Inputs)}";


    private static string? Text(IReadOnlyDictionary<string, object> inputs, string key) => inputs.TryGetValue(key, out var value) ? value as string : null;

    private sealed record Statement(IReadOnlyList<string> Actions, IReadOnlyList<string> Resources);

    private static List<Statement> Statements(string policy)
    {
        using var json = JsonDocument.Parse(policy);
        var statements = json.RootElement.GetProperty("Statement");
        return statements.EnumerateArray().Select(s => new Statement(Strings(s.GetProperty("Action")), Strings(s.GetProperty("Resource")))).ToList();
    }

    private static List<string> Strings(JsonElement value) => value.ValueKind == JsonValueKind.Array
        ? value.EnumerateArray().Select(v => v.GetString()!).ToList()
        : [value.GetString()!];
}
