using System.Text.RegularExpressions;
using IdentityFabric.Catalog;
using IdentityFabric.Components.Audit;
using IdentityFabric.Components.Iam;
using IdentityFabric.Components.Lattice;
using IdentityFabric.Lattice.Tests.Support;
using IdentityFabric.Testing;
using Pulumi.Utilities;
using D = IdentityFabric.Lattice.Tests.Support.LatticeDeployment;

namespace IdentityFabric.Lattice.Tests;

[TestFixture]
public sealed class LatticeComponentTests
{
    private static readonly string[] Environments = ["staging", "prod"];

    private static readonly Dictionary<string, D> Deployed = [];

    private static async Task<D> Deploy(string environment)
    {
        if (!Deployed.TryGetValue(environment, out var deployment))
        {
            deployment = await D.RunAsync(environment == "staging" ? Views.Staging : Views.Prod);
            Deployed[environment] = deployment;
        }

        return deployment;
    }

    private static IReadOnlyList<string> LatticeServices(EnvironmentView view) =>
        view.Services.Where(s => s.Backend == MeshBackend.Lattice).Select(s => s.Service.Name).Order(StringComparer.Ordinal).ToList();

    private static string RoleArn(EnvironmentView view, string roleName) => $"arn:aws:iam::{view.Environment.AwsAccountId}:role/{roleName}";

    [TestCaseSource(nameof(Environments))]
    public async Task EveryLatticeServiceRequiresIamAuth(string environment)
    {
        var d = await Deploy(environment);
        var services = d.OfType(D.ServiceToken);
        Assert.That(services.Select(s => Wire.Text(s.Inputs, "name")),
            Is.EquivalentTo(LatticeServices(d.View).Select(s => ResourceNames.LatticeServiceName(s, d.View.Name))));
        Assert.That(services.Select(s => Wire.Text(s.Inputs, "authType")), Has.All.EqualTo("AWS_IAM"));

        var network = d.OfType(D.NetworkToken).Single();
        Assert.That(Wire.Text(network.Inputs, "authType"), Is.EqualTo("AWS_IAM"));

        // Every service is reachable only through the IAM-authenticated network: each is associated with it.
        var associations = d.OfType("aws:vpclattice/serviceNetworkServiceAssociation:ServiceNetworkServiceAssociation");
        Assert.That(associations.Select(a => Wire.Text(a.Inputs, "serviceIdentifier")),
            Is.EquivalentTo(services.Select(s => s.Name + "-id")));
        Assert.That(associations.Select(a => Wire.Text(a.Inputs, "serviceNetworkIdentifier")), Has.All.EqualTo(network.Name + "-id"));
    }

    [TestCaseSource(nameof(Environments))]
    public async Task EachAuthPolicyAllowsExactlyTheCatalogsCallers(string environment)
    {
        var d = await Deploy(environment);
        var view = d.View;
        var env = view.Environment;
        var ingress = RoleArn(view, LatticePrincipals.IngressRoleName(view.Name));
        var policies = d.OfType(D.AuthPolicyToken).ToDictionary(p => Wire.Text(p.Inputs, "resourceIdentifier")!, p => PolicyJson.Parse(Wire.Text(p.Inputs, "policy")!));

        foreach (var service in LatticeServices(view))
        {
            var arn = d.LatticeArnOf(service);
            Assert.That(policies.ContainsKey(arn), $"no auth policy on {service}");
            var statements = policies[arn];

            // Callers, computed from the catalog itself (on either backend).
            var expectedCallers = view.Services.Where(s => s.Service.Calls.Contains(service)).Select(s => RoleArn(view, s.RoleName)).ToHashSet();
            var callers = statements.Where(s => s.Sid == LatticeAuthPolicies.CallersSid).ToList();
            Assert.That(callers.SelectMany(s => s.Principals), Is.EquivalentTo(expectedCallers), service);
            Assert.That(callers.SelectMany(s => s.Resources), Is.EqualTo(expectedCallers.Count > 0 ? new[] { arn + "/*" } : []), service);

            // Each edge route: the ingress plus the federated roles of the roles it allows, on its own path and methods.
            var routes = view.Routes.Where(r => r.Route.Service == service).Select(r => r.Route).ToList();
            var routeStatements = statements.Where(s => s.Sid != LatticeAuthPolicies.CallersSid).ToList();
            Assert.That(routeStatements, Has.Count.EqualTo(routes.Count), service);
            foreach (var route in routes)
            {
                var resource = arn + route.Path + (route.Match == PathMatch.Prefix ? "*" : "");
                var statement = routeStatements.Single(s => s.Resources.SequenceEqual([resource]) && s.Methods.ToHashSet().SetEquals(route.Methods));
                var expected = route.AllowedRoles.Select(r => RoleArn(view, ResourceNames.FederatedRoleName(view.Name, r))).Append(ingress);
                Assert.That(statement.Principals, Is.EquivalentTo(expected), route.Id);
                Assert.That(statement.Methods, Is.EquivalentTo(route.Methods), route.Id);
                Assert.That(statement.Actions, Is.EqualTo(new[] { "vpc-lattice-svcs:Invoke" }));
            }

            Assert.That(statements.Select(s => s.Effect), Has.All.EqualTo("Allow"));
        }

        Assert.That(env.IdentityPropagation, Is.EqualTo(IdentityPropagation.Both), "the example environments propagate both ways");
    }

    [TestCaseSource(nameof(Environments))]
    public async Task NoPrincipalIsAWildcard(string environment)
    {
        var d = await Deploy(environment);
        var policies = d.OfType(D.AuthPolicyToken).Select(p => Wire.Text(p.Inputs, "policy")!).ToList();
        Assert.That(policies, Has.Count.EqualTo(LatticeServices(d.View).Count + 1), "one per service plus the network's");
        foreach (var statement in policies.SelectMany(PolicyJson.Parse))
        {
            Assert.That(statement.HasWildcardPrincipal, Is.False, statement.Sid);
            Assert.That(statement.Principals, Is.Not.Empty, statement.Sid);
            Assert.That(statement.Principals, Has.All.Matches<string>(LatticePrincipals.IsExact), statement.Sid);
            Assert.That(statement.Principals, Has.All.Contain(":" + d.View.Environment.AwsAccountId + ":"), statement.Sid);
        }
    }

    [Test]
    public async Task TheServiceNetworkAdmitsOnlyItsOwnAccount()
    {
        var d = await Deploy("staging");
        var network = d.OfType(D.AuthPolicyToken).Single(p => Wire.Text(p.Inputs, "resourceIdentifier")!.Contains(":serviceNetwork/", StringComparison.Ordinal));
        var statement = PolicyJson.Parse(Wire.Text(network.Inputs, "policy")!).Single();
        Assert.That(statement.Principals, Is.EqualTo(new[] { $"arn:aws:iam::{d.View.Environment.AwsAccountId}:root" }));
        Assert.That(statement.Resources, Is.EqualTo(new[] { $"arn:aws:vpc-lattice:eu-west-1:{d.View.Environment.AwsAccountId}:service/*" }));
    }

    [Test]
    public async Task NoAppMeshResourceInALatticeOnlyStack()
    {
        var d = await Deploy("staging");
        Assert.That(d.View.Environment.Mesh.Backend, Is.EqualTo(MeshBackend.Lattice));
        Assert.That(d.Mocks.CloudResources, Is.Not.Empty);
        Assert.That(d.Mocks.CloudResources.Select(r => r.Type), Has.None.StartsWith("aws:appmesh/"));
        Assert.That(d.Mocks.Resources.Select(r => r.Type), Has.None.StartsWith("aws:servicediscovery/"));
        Assert.That(d.OfType(D.ServiceToken), Has.Count.EqualTo(d.View.Services.Count), "every catalog service runs on Lattice here");

        var queries = d.OfType("aws:cloudwatch/queryDefinition:QueryDefinition");
        Assert.That(Wire.Strings(queries.Single().Inputs, "logGroupNames"), Has.None.Contains("/appmesh/"));
    }

    [Test]
    public async Task SwitchingOneServiceInBothModeChangesOnlyThatServicesResources()
    {
        const string switched = "payments";
        var before = (await Deploy("prod")).Fingerprints();
        var after = (await D.RunAsync(Views.ProdWithSwitched(switched))).Fingerprints();

        var changed = before.Keys.Union(after.Keys)
            .Where(name => !before.TryGetValue(name, out var b) || !after.TryGetValue(name, out var a) || a != b)
            .ToList();
        var owned = new Regex($"(^|-){switched}(-|$)");

        // A role whose routes reach Lattice for the first time gets its one network-bounded grant (finance's routes are
        // all on payments); nothing else outside the switched service changes.
        var firstGrants = changed.Where(n => n.EndsWith("-federated-invokes", StringComparison.Ordinal) && !before.ContainsKey(n)).ToList();
        Assert.That(firstGrants, Is.EqualTo(new[] { "lattice-finance-federated-invokes" }));

        Assert.That(changed, Is.Not.Empty);
        Assert.That(changed.Except(firstGrants), Has.All.Matches<string>(owned.IsMatch));
        Assert.That(changed, Does.Contain($"lattice-{switched}-service").And.Contain($"lattice-{switched}-auth"));

        // Its identity is not the backend's: its role and secrets policy stay exactly as they were.
        Assert.That(changed, Has.None.StartWith(D.IdentitiesName + "-"));
        Assert.That(after[$"{D.IdentitiesName}-{switched}-role"], Is.EqualTo(before[$"{D.IdentitiesName}-{switched}-role"]));
        Assert.That(after.Keys.Where(k => k.EndsWith($"-{switched}-role", StringComparison.Ordinal)), Is.EqualTo(new[] { $"{D.IdentitiesName}-{switched}-role" }));
        Assert.That(changed, Does.Contain($"lattice-orders-invokes-{switched}"), "its App Mesh caller is granted the call");

        // payments calls notifications (already on Lattice): notifications' auth policy named payments' role before the
        // switch, since role ARNs do not depend on the backend, so it stays as it was.
        Assert.That(after["lattice-notifications-auth"], Is.EqualTo(before["lattice-notifications-auth"]));
        Assert.That(after[$"lattice-{switched}-invokes-notifications"], Is.EqualTo(before[$"lattice-{switched}-invokes-notifications"]));
        Assert.That(after["lattice-network-auth"], Is.EqualTo(before["lattice-network-auth"]));
    }

    [TestCaseSource(nameof(Environments))]
    public async Task AccessLogsHaveRetention(string environment)
    {
        var d = await Deploy(environment);
        var groups = d.OfType("aws:cloudwatch/logGroup:LogGroup");
        Assert.That(groups, Is.Not.Empty);
        Assert.That(groups.Select(g => Wire.Number(g.Inputs, "retentionInDays")), Has.All.EqualTo(d.View.Environment.LogRetentionDays));

        var group = groups.Single();
        var subscription = d.OfType("aws:vpclattice/accessLogSubscription:AccessLogSubscription").Single();
        var network = d.OfType(D.NetworkToken).Single();
        Assert.That(Wire.Text(subscription.Inputs, "destinationArn"), Does.EndWith(":logGroup/" + Wire.Text(group.Inputs, "name")));
        Assert.That(Wire.Text(subscription.Inputs, "resourceIdentifier"), Does.EndWith(":serviceNetwork/" + Wire.Text(network.Inputs, "name")));

        var query = d.OfType("aws:cloudwatch/queryDefinition:QueryDefinition").Single();
        Assert.That(Wire.Strings(query.Inputs, "logGroupNames"), Does.Contain(Wire.Text(group.Inputs, "name")));
        Assert.That(Wire.Text(query.Inputs, "queryString"), Does.Contain(TraceQuery.Placeholder));
        Assert.That(Wire.Text(query.Inputs, "name"), Is.EqualTo(AuditLogNames.TraceQueryName(d.View.Name, "lattice")));
    }

    [Test]
    public async Task WhileMigratingTheTraceQueryReadsBothBackendsLogs()
    {
        var d = await Deploy("prod");
        var query = d.OfType("aws:cloudwatch/queryDefinition:QueryDefinition").Single();
        Assert.That(Wire.Strings(query.Inputs, "logGroupNames"), Is.EquivalentTo(new[]
        {
            AuditLogNames.AccessLogGroup("prod", "lattice"),
            AuditLogNames.AccessLogGroup("prod", "appmesh"),
        }));
    }

    [TestCaseSource(nameof(Environments))]
    public async Task EveryCallIntoLatticeIsGrantedOnTheCallersRoleOnly(string environment)
    {
        var d = await Deploy(environment);
        var view = d.View;
        var lattice = LatticeServices(view).ToHashSet();
        var expected = view.Services
            .SelectMany(caller => caller.Service.Calls.Where(lattice.Contains).Select(callee => (Role: caller.RoleName, Resource: d.LatticeArnOf(callee) + "/*")))
            .ToList();
        var grants = d.OfType(D.RolePolicyToken)
            .Where(p => Wire.Text(p.Inputs, "name")!.StartsWith("lattice-invoke-", StringComparison.Ordinal) && Wire.Text(p.Inputs, "role") != LatticePrincipals.IngressRoleName(view.Name))
            .Where(p => !view.Roles.Any(r => Wire.Text(p.Inputs, "role") == ResourceNames.FederatedRoleName(view.Name, r.Name)))
            .Select(p => (Role: Wire.Text(p.Inputs, "role")!, Resource: PolicyJson.Parse(Wire.Text(p.Inputs, "policy")!).Single().Resources.Single()))
            .ToList();

        Assert.That(expected, Is.Not.Empty);
        Assert.That(grants, Is.EquivalentTo(expected));
    }

    [TestCaseSource(nameof(Environments))]
    public async Task EachServiceRoleIsItsOwnAndReadsOnlyItsSecrets(string environment)
    {
        var d = await Deploy(environment);
        var view = d.View;
        var roles = d.OfType(D.RoleToken).ToDictionary(r => Wire.Text(r.Inputs, "name")!);
        var latticeRoles = d.OfType(D.RoleToken).Where(r => r.Name!.StartsWith("lattice-", StringComparison.Ordinal)).ToList();
        foreach (var service in view.Services.Where(s => s.Backend == MeshBackend.Lattice))
        {
            var role = roles[service.RoleName];
            Assert.That(Wire.Text(role.Inputs, "assumeRolePolicy"),
                Is.EqualTo(ServiceIdentityPolicies.TrustPolicy(WorkloadIdentity.Ecs, view.Environment.AwsAccountId, service.Service.Name)));

            var secrets = d.OfType(D.RolePolicyToken).Where(p => Wire.Text(p.Inputs, "role") == service.RoleName && Wire.Text(p.Inputs, "name") == "read-own-secrets").ToList();
            var expected = view.Secrets.Where(s => service.Service.Secrets.Contains(s.Secret.Name)).Select(D.SecretArn).ToList();
            if (expected.Count == 0)
            {
                Assert.That(secrets, Is.Empty, service.Service.Name);
                continue;
            }

            Assert.That(PolicyJson.Parse(Wire.Text(secrets.Single().Inputs, "policy")!).Single().Resources, Is.EquivalentTo(expected), service.Service.Name);
        }

        Assert.That(roles.Keys, Does.Contain(LatticePrincipals.IngressRoleName(view.Name)));
        // The backend creates no role at all: each service's role is its identity's, one per service, and the
        // ingress's belongs to the mesh-neutral ingress component.
        Assert.That(latticeRoles, Is.Empty);
        Assert.That(roles, Has.Count.EqualTo(view.Services.Count + 1));
    }

    [Test]
    public async Task TheOutputsMapEveryLatticeServiceToItsArnDomainAndRole()
    {
        var d = await Deploy("prod");
        var services = LatticeServices(d.View);
        var arns = await OutputUtilities.GetValueAsync(d.Component.ServiceArns);
        var domains = await OutputUtilities.GetValueAsync(d.Component.ServiceDomains);
        var roles = await OutputUtilities.GetValueAsync(d.Component.RoleArns);

        Assert.That(arns.Keys, Is.EquivalentTo(services));
        Assert.That(services.Select(s => arns[s]), Is.EqualTo(services.Select(d.LatticeArnOf)));
        Assert.That(services.Select(s => domains[s]), Is.EqualTo(services.Select(s => D.DomainOf(ResourceNames.LatticeServiceName(s, "prod")))));
        Assert.That(roles.Keys, Is.EquivalentTo(services.Append(LatticeComponent.IngressKey)));
        Assert.That(await OutputUtilities.GetValueAsync(d.Component.LogGroupName), Is.EqualTo(AuditLogNames.AccessLogGroup("prod", "lattice")));
    }
}
