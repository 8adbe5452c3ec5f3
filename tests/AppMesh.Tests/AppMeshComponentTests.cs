using System.Text.Json;
using System.Text.RegularExpressions;
using IdentityFabric.AppMesh.Planning;
using IdentityFabric.Assertions;
using IdentityFabric.Catalog;
using IdentityFabric.Components.Audit;
using IdentityFabric.Components.Iam;
using IdentityFabric.Components.Ingress;
using IdentityFabric.Testing;
using NUnit.Framework;
using D = IdentityFabric.AppMesh.Tests.Support.AppMeshDeployment;

namespace IdentityFabric.AppMesh.Tests;

[TestFixture]
public sealed class AppMeshComponentTests
{
    private static readonly string[] Environments = ["dev", "prod"];

    private static readonly Dictionary<string, D> Deployments = [];

    private static async Task<D> Deployed(string environment)
    {
        if (!Deployments.TryGetValue(environment, out var deployment))
        {
            deployment = await D.RunAsync(ExampleCatalog.View(environment));
            Deployments[environment] = deployment;
        }

        return deployment;
    }

    private static MeshCertificates Certificates(EnvironmentView view) =>
        new(view.Environment.Mesh.CertificateSource, MeshCertificates.DefaultTrustDomain(view.Name), view.Name);

    private static IEnumerable<ServiceView> OnAppMesh(EnvironmentView view) => view.Services.Where(s => s.Backend == MeshBackend.AppMesh);

    private static string ServiceOfNode(EnvironmentView view, string nodeName) =>
        view.Services.Single(s => ResourceNames.VirtualNodeName(s.Service.Name, view.Name) == nodeName).Service.Name;

    [TestCaseSource(nameof(Environments))]
    public async Task EgressIsDropAll(string environment)
    {
        var d = await Deployed(environment);
        var meshes = d.OfType(D.MeshToken);
        Assert.That(meshes, Has.Count.EqualTo(1));
        Assert.That(Wire.Text(meshes[0].Inputs, "spec", "egressFilter", "type"), Is.EqualTo("DROP_ALL"));
    }

    [TestCaseSource(nameof(Environments))]
    public async Task EachNodesBackendsEqualTheCatalogsCalls(string environment)
    {
        var d = await Deployed(environment);
        var view = d.View;
        var appMesh = OnAppMesh(view).Select(s => s.Service.Name).ToHashSet();
        var nodes = d.OfType(D.MeshNode);
        Assert.That(nodes.Select(n => Wire.Text(n.Inputs, "name")), Is.EquivalentTo(appMesh.Select(s => ResourceNames.VirtualNodeName(s, view.Name))));

        foreach (var node in nodes)
        {
            var service = view.Catalog.Services.Single(s => s.Name == ServiceOfNode(view, Wire.Text(node.Inputs, "name")!));
            var backends = Wire.List(node.Inputs, "spec", "backends").Select(b => Wire.Text(b, "virtualService", "virtualServiceName")).ToList();
            var expected = service.Calls.Where(appMesh.Contains).Select(c => ResourceNames.VirtualServiceName(c, view.Name));
            Assert.That(backends, Is.EquivalentTo(expected), $"backends of {service.Name}");
        }
    }

    [Test]
    public async Task CallsToServicesOnLatticeAreNotAppMeshBackends()
    {
        var d = await Deployed("prod");
        var gateway = d.OfType(D.MeshNode).Single(n => Wire.Text(n.Inputs, "name") == ResourceNames.VirtualNodeName("gateway", "prod"));
        var backends = Wire.List(gateway.Inputs, "spec", "backends").Select(b => Wire.Text(b, "virtualService", "virtualServiceName")).ToList();

        Assert.That(d.View.Catalog.Services.Single(s => s.Name == "gateway").Calls, Does.Contain("catalog"), "the example's gateway calls catalog");
        Assert.That(backends, Does.Not.Contain(ResourceNames.VirtualServiceName("catalog", "prod")));
        Assert.That(d.OfType(D.MeshNode).Select(n => Wire.Text(n.Inputs, "name")), Does.Not.Contain(ResourceNames.VirtualNodeName("catalog", "prod")));
    }

    [TestCaseSource(nameof(Environments))]
    public async Task EveryListenerIsStrictMtls(string environment)
    {
        var d = await Deployed(environment);
        var listeners = d.OfType(D.MeshNode).SelectMany(n => Wire.List(n.Inputs, "spec", "listeners"))
            .Concat(d.OfType(D.GatewayToken).SelectMany(g => Wire.List(g.Inputs, "spec", "listeners")))
            .ToList();

        Assert.That(listeners, Has.Count.EqualTo(OnAppMesh(d.View).Count() + 1));
        foreach (var listener in listeners)
        {
            Assert.That(Wire.Text(listener, "tls", "mode"), Is.EqualTo("STRICT"));
            Assert.That(Wire.Map(listener, "tls", "certificate"), Is.Not.Empty, "a listener needs its own certificate");
            Assert.That(Wire.Map(listener, "tls", "validation", "trust"), Is.Not.Empty, "mutual TLS: client certificates are validated");
        }
    }

    [TestCaseSource(nameof(Environments))]
    public async Task EveryListenerAdmitsOnlyItsCatalogCallersAndTheGatewayForEdgeRoutes(string environment)
    {
        var d = await Deployed(environment);
        var view = d.View;
        var certificates = Certificates(view);
        var appMesh = OnAppMesh(view).Select(s => s.Service.Name).ToHashSet();
        foreach (var node in d.OfType(D.MeshNode))
        {
            var service = ServiceOfNode(view, Wire.Text(node.Inputs, "name")!);
            var expected = view.Catalog.Services.Where(s => appMesh.Contains(s.Name) && s.Calls.Contains(service))
                .Select(s => certificates.SubjectAlternativeName(s.Name))
                .ToList();
            if (view.Routes.Any(r => r.Route.Service == service))
            {
                expected.Add(certificates.SubjectAlternativeName(AppMeshNames.GatewayWorkload));
            }

            if (expected.Count == 0)
            {
                expected.Add(certificates.SubjectAlternativeName(service));
            }

            Assert.That(Wire.Strings(node.Inputs, "spec", "listeners", 0, "tls", "validation", "subjectAlternativeNames", "match", "exacts"),
                Is.EquivalentTo(expected), $"callers admitted by {service}");
        }
    }

    [TestCaseSource(nameof(Environments))]
    public async Task EveryClientPolicyValidatesSans(string environment)
    {
        var d = await Deployed(environment);
        var view = d.View;
        var certificates = Certificates(view);
        var policies = 0;
        foreach (var node in d.OfType(D.MeshNode))
        {
            foreach (var backend in Wire.List(node.Inputs, "spec", "backends"))
            {
                var vs = Wire.Text(backend, "virtualService", "virtualServiceName")!;
                var callee = view.Services.Single(s => ResourceNames.VirtualServiceName(s.Service.Name, view.Name) == vs).Service.Name;
                var tls = Wire.At(backend, "virtualService", "clientPolicy", "tls");
                Assert.That(Wire.Flag(tls, "enforce"), Is.True);
                Assert.That(Wire.Map(tls, "certificate"), Is.Not.Empty, "the caller presents its own certificate");
                Assert.That(Wire.Map(tls, "validation", "trust"), Is.Not.Empty);
                Assert.That(Wire.Strings(tls, "validation", "subjectAlternativeNames", "match", "exacts"), Is.EqualTo(new[] { certificates.SubjectAlternativeName(callee) }));
                policies++;
            }
        }

        var gateway = d.OfType(D.GatewayToken).Single();
        var defaults = Wire.At(gateway.Inputs, "spec", "backendDefaults", "clientPolicy", "tls");
        Assert.That(Wire.Flag(defaults, "enforce"), Is.True);
        var targets = view.Routes.Select(r => r.Route.Service).Where(s => view.Services.Single(v => v.Service.Name == s).Backend == MeshBackend.AppMesh).Distinct();
        Assert.That(Wire.Strings(defaults, "validation", "subjectAlternativeNames", "match", "exacts"), Is.EquivalentTo(targets.Select(certificates.SubjectAlternativeName)));
        Assert.That(policies, Is.GreaterThan(0));
    }

    [TestCaseSource(nameof(Environments))]
    public async Task AGatewayRouteExistsForEveryEdgeRouteAndNothingElse(string environment)
    {
        var d = await Deployed(environment);
        var view = d.View;
        var appMesh = OnAppMesh(view).Select(s => s.Service.Name).ToHashSet();
        var expected = view.Routes.Where(r => appMesh.Contains(r.Route.Service)).ToDictionary(r => ResourceNames.GatewayRouteName(r.Route.Id, view.Name), r => r.Route);
        var routes = d.OfType(D.GatewayRouteToken);

        Assert.That(routes.Select(r => Wire.Text(r.Inputs, "name")), Is.EquivalentTo(expected.Keys));
        foreach (var route in routes)
        {
            var edge = expected[Wire.Text(route.Inputs, "name")!];
            var http = Wire.At(route.Inputs, "spec", "httpRoute");
            Assert.That(Wire.Text(http, "action", "target", "virtualService", "virtualServiceName"), Is.EqualTo(ResourceNames.VirtualServiceName(edge.Service, view.Name)));
            Assert.That(Wire.Text(route.Inputs, "virtualGatewayName"), Is.EqualTo(ResourceNames.VirtualGatewayName(view.Name)));
            if (edge.Match == PathMatch.Prefix)
            {
                Assert.That(Wire.Text(http, "match", "prefix"), Is.EqualTo(edge.Path));
                Assert.That(Wire.At(http, "match", "path"), Is.Null);
            }
            else
            {
                Assert.That(Wire.Text(http, "match", "path", "exact"), Is.EqualTo(edge.Path));
                Assert.That(Wire.At(http, "match", "prefix"), Is.Null);
            }
        }
    }

    [TestCaseSource(nameof(Environments))]
    public async Task GatewayRoutesNeverRewriteTheSignedHostOrPath(string environment)
    {
        var d = await Deployed(environment);
        foreach (var route in d.OfType(D.GatewayRouteToken))
        {
            var rewrite = Wire.At(route.Inputs, "spec", "httpRoute", "action", "rewrite");
            Assert.That(Wire.Text(rewrite, "hostname", "defaultTargetHostname"), Is.EqualTo("DISABLED"));
            if (Wire.At(route.Inputs, "spec", "httpRoute", "match", "prefix") is not null)
            {
                Assert.That(Wire.Text(rewrite, "prefix", "defaultPrefix"), Is.EqualTo("DISABLED"), "App Mesh would otherwise strip the matched prefix");
            }
        }
    }

    [TestCaseSource(nameof(Environments))]
    public async Task GatewayRoutesRequireSignedIdentityHeaders(string environment)
    {
        var d = await Deployed(environment);
        var view = d.View;
        var routes = view.Routes.ToDictionary(r => ResourceNames.GatewayRouteName(r.Route.Id, view.Name), r => r);
        foreach (var route in d.OfType(D.GatewayRouteToken))
        {
            var (edge, edgeRoute) = routes[Wire.Text(route.Inputs, "name")!];
            var headers = Wire.List(route.Inputs, "spec", "httpRoute", "match", "headers")
                .ToDictionary(h => Wire.Text(h, "name")!, h => h);
            Assert.That(headers, Has.Count.LessThanOrEqualTo(IngressHeaderRules.MaxHeaderConditions));
            Assert.That(Wire.Text(headers[FabricHeaders.ForwardedHost], "match", "exact"), Is.EqualTo(edge.Hostname));

            if (edgeRoute.IsPublic)
            {
                Assert.That(Wire.Flag(headers[AssertionHeaders.Signature], "invert"), Is.True, "a public route refuses signed requests");
                Assert.That(Wire.At(headers[AssertionHeaders.Signature], "match"), Is.Null);
                continue;
            }

            foreach (var required in new[] { AssertionHeaders.Version, AssertionHeaders.Subject, AssertionHeaders.Timestamp, AssertionHeaders.KeyId, AssertionHeaders.Signature })
            {
                Assert.That(headers, Does.ContainKey(required), $"{edgeRoute.Id} requires {required}");
                Assert.That(Wire.Flag(headers[required], "invert"), Is.False);
                Assert.That(Wire.At(headers[required], "match"), Is.Null, "a presence match");
            }

            var pattern = Wire.Text(headers[AssertionHeaders.Roles], "match", "regex")!;
            foreach (var role in view.Roles.Select(r => r.Name))
            {
                Assert.That(Regex.IsMatch(role, pattern), Is.EqualTo(edgeRoute.AllowedRoles.Contains(role)), $"{edgeRoute.Id} and role {role}");
            }
        }
    }

    [TestCaseSource(nameof(Environments))]
    public async Task IamPoliciesNameSingleArns(string environment)
    {
        var d = await Deployed(environment);
        var view = d.View;
        var policies = d.OwnOfType(D.RolePolicyToken);
        Assert.That(policies, Has.Count.EqualTo(OnAppMesh(view).Count() + 1));

        var roleNames = d.OfType(D.RoleToken).ToDictionary(r => Wire.Text(r.Inputs, "name")!, r => r);
        foreach (var policy in policies)
        {
            var roleName = Wire.Text(policy.Inputs, "role")!;
            Assert.That(roleNames, Does.ContainKey(roleName));

            // Everything the role may do: this backend's policy and the identity's, attached to the same role.
            var statements = d.OfType(D.RolePolicyToken).Where(p => Wire.Text(p.Inputs, "role") == roleName).SelectMany(Statements).ToList();
            foreach (var statement in statements)
            {
                var arns = Resources(statement);
                Assert.That(arns, Is.Not.Empty);
                Assert.That(arns, Has.All.StartWith("arn:aws:"));
                Assert.That(arns, Has.None.Contains("*"));
            }

            var workload = roleName == AppMeshNames.GatewayRoleName(view.Name)
                ? AppMeshNames.GatewayWorkload
                : view.Services.Single(s => s.RoleName == roleName).Service.Name;
            var meshArn = workload == AppMeshNames.GatewayWorkload ? d.VirtualGatewayArn : d.NodeArns[workload];
            var secrets = workload == AppMeshNames.GatewayWorkload
                ? []
                : view.Catalog.Services.Single(s => s.Name == workload).Secrets.Select(s => D.SecretArn(view.Name, s)).ToList();

            var stream = statements.Single(s => s.GetProperty("Action").ToString().Contains(EnvoyRolePolicy.StreamAction, StringComparison.Ordinal));
            Assert.That(stream.GetProperty("Resource").GetString(), Is.EqualTo(meshArn), $"{workload} streams only its own configuration");
            var read = statements.Where(s => s.GetProperty("Action").ToString().Contains("secretsmanager:GetSecretValue", StringComparison.Ordinal)).ToList();
            var granted = read.SelectMany(Resources);
            Assert.That(granted, Is.EquivalentTo(secrets), $"{workload} reads only its own secrets");
        }
    }

    [TestCaseSource(nameof(Environments))]
    public async Task TheBackendCreatesOnlyItsGatewaysRoleAndGrantsOnTheServicesOwnRoles(string environment)
    {
        var d = await Deployed(environment);
        var view = d.View;
        Assert.That(d.OwnOfType(D.RoleToken).Select(r => Wire.Text(r.Inputs, "name")), Is.EqualTo(new[] { AppMeshNames.GatewayRoleName(view.Name) }));

        var identityRoles = d.OfType(D.RoleToken).Where(r => r.Name!.StartsWith(D.IdentitiesName + "-", StringComparison.Ordinal)).Select(r => Wire.Text(r.Inputs, "name")).ToList();
        Assert.That(identityRoles, Is.EquivalentTo(view.Services.Select(s => s.RoleName)), "every service has its identity, whatever its backend");
        var granted = d.OwnOfType(D.RolePolicyToken).Select(p => Wire.Text(p.Inputs, "role")).Where(r => r != AppMeshNames.GatewayRoleName(view.Name));
        Assert.That(granted, Is.EquivalentTo(OnAppMesh(view).Select(s => s.RoleName)), "one App Mesh grant per App Mesh service, on its own role");
        Assert.That(d.OwnOfType(D.RolePolicyToken).Select(p => Wire.Text(p.Inputs, "policy")), Has.None.Contains("secretsmanager"), "secrets are the identity's grant");
    }

    private static List<JsonElement> Statements(Pulumi.Testing.MockResourceArgs policy)
    {
        using var json = JsonDocument.Parse(Wire.Text(policy.Inputs, "policy")!);
        return json.RootElement.GetProperty("Statement").EnumerateArray().Select(s => s.Clone()).ToList();
    }

    private static List<string> Resources(JsonElement statement)
    {
        var resources = statement.GetProperty("Resource");
        return resources.ValueKind == JsonValueKind.Array ? resources.EnumerateArray().Select(r => r.GetString()!).ToList() : [resources.GetString()!];
    }

    [Test]
    public async Task EveryRoleTrustsOnlyTheConfiguredWorkloadPlatform()
    {
        var d = await Deployed("dev");
        foreach (var role in d.OfType(D.RoleToken))
        {
            using var trust = JsonDocument.Parse(Wire.Text(role.Inputs, "assumeRolePolicy")!);
            var statement = trust.RootElement.GetProperty("Statement").EnumerateArray().Single();
            Assert.That(statement.GetProperty("Principal").GetProperty("Service").GetString(), Is.EqualTo("ecs-tasks.amazonaws.com"));
            Assert.That(statement.GetProperty("Condition").GetProperty("StringEquals").GetProperty("aws:SourceAccount").GetString(), Is.EqualTo(d.View.Environment.AwsAccountId));
        }
    }

    [Test]
    public async Task OnEksEachRoleTrustsOnlyItsOwnServiceAccount()
    {
        var provider = "arn:aws:iam::111111111111:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/ABC";
        var d = await D.RunAsync(ExampleCatalog.View("dev"), workload: new WorkloadIdentity(WorkloadPlatform.Eks, provider));
        var byName = d.OfType(D.RoleToken).ToDictionary(r => Wire.Text(r.Inputs, "name")!, r => Wire.Text(r.Inputs, "assumeRolePolicy")!);

        Assert.That(byName[ResourceNames.ServiceRoleName("dev", "orders")], Does.Contain("system:serviceaccount:identity-fabric:orders\""));
        Assert.That(byName[AppMeshNames.GatewayRoleName("dev")], Does.Contain("system:serviceaccount:identity-fabric:ingress-gateway\""));
    }

    [TestCaseSource(nameof(Environments))]
    public async Task NamesFitAppMeshLimits(string environment)
    {
        var d = await Deployed(environment);
        var meshTokens = new[] { D.MeshToken, D.MeshNode, D.RouterToken, D.RouteToken, D.GatewayToken, D.GatewayRouteToken };
        var names = meshTokens.SelectMany(d.OfType).Select(r => Wire.Text(r.Inputs, "name")!).ToList();
        Assert.That(names, Has.All.Matches<string>(ResourceNames.IsValidAppMeshName));
        Assert.That(d.OfType(D.VirtualServiceToken).Select(r => Wire.Text(r.Inputs, "name")!), Has.All.Matches<string>(AppMeshNames.IsValidVirtualServiceName));
        Assert.That(d.OfType(D.RoleToken).Select(r => Wire.Text(r.Inputs, "name")!), Has.All.Matches<string>(ResourceNames.IsValidIamRoleName));
        Assert.That(d.OfType(D.LogGroupToken).Select(r => Wire.Text(r.Inputs, "name")!), Has.All.Matches<string>(AuditLogNames.IsValidLogGroupName));
    }

    [TestCaseSource(nameof(Environments))]
    public async Task EveryNodeAndGatewayLogs(string environment)
    {
        var d = await Deployed(environment);
        var hops = d.OfType(D.MeshNode).Concat(d.OfType(D.GatewayToken)).ToList();
        Assert.That(hops, Has.Count.EqualTo(OnAppMesh(d.View).Count() + 1));
        foreach (var hop in hops)
        {
            var file = Wire.At(hop.Inputs, "spec", "logging", "accessLog", "file");
            Assert.That(Wire.Text(file, "path"), Is.EqualTo(EnvoyAccessLogFormat.Path));
            var fields = Wire.List(file, "format", "jsons").ToDictionary(j => Wire.Text(j, "key")!, j => Wire.Text(j, "value")!);
            Assert.That(fields[AuditLogFields.TraceId], Is.EqualTo("%REQ(X-AMZN-TRACE-ID)%"));
            Assert.That(fields[AuditLogFields.TraceParent], Is.EqualTo("%REQ(TRACEPARENT)%"));
            Assert.That(fields[AuditLogFields.Subject], Is.EqualTo("%REQ(X-FABRIC-SUBJECT)%"));
            Assert.That(fields[AuditLogFields.Roles], Is.EqualTo("%REQ(X-FABRIC-ROLES)%"));
            Assert.That(fields[AuditLogFields.Hop], Is.EqualTo(Wire.Text(hop.Inputs, "name")), "each record names the hop that wrote it");
        }
    }

    [TestCaseSource(nameof(Environments))]
    public async Task EveryLogGroupHasRetention(string environment)
    {
        var d = await Deployed(environment);
        var groups = d.OfType(D.LogGroupToken);
        Assert.That(groups, Has.Count.EqualTo(1), "one access log group per environment");
        Assert.That(Wire.Number(groups[0].Inputs, "retentionInDays"), Is.EqualTo(d.View.Environment.LogRetentionDays).And.GreaterThan(0));
        Assert.That(d.LogGroupName, Is.EqualTo(AuditLogNames.AccessLogGroup(environment, "appmesh")));
    }

    [TestCaseSource(nameof(Environments))]
    public async Task ATraceQueryFollowsOneTraceThroughTheAccessLogs(string environment)
    {
        var d = await Deployed(environment);
        var query = d.OfType(D.QueryDefinitionToken).Single();
        Assert.That(Wire.Strings(query.Inputs, "logGroupNames"), Is.EqualTo(new[] { d.LogGroupName }));
        Assert.That(Wire.Text(query.Inputs, "queryString"), Is.EqualTo(TraceQuery.FollowOneTrace()));
        Assert.That(Wire.Text(query.Inputs, "name"), Is.EqualTo(AuditLogNames.TraceQueryName(environment, "appmesh")));
    }

    [TestCaseSource(nameof(Environments))]
    public async Task NoLogFormatIncludesATokenSignatureOrSecret(string environment)
    {
        var d = await Deployed(environment);
        foreach (var hop in d.OfType(D.MeshNode).Concat(d.OfType(D.GatewayToken)))
        {
            var format = Wire.List(hop.Inputs, "spec", "logging", "accessLog", "file", "format", "jsons")
                .Select(j => KeyValuePair.Create(Wire.Text(j, "key")!, Wire.Text(j, "value")!))
                .ToList();
            Assert.That(format, Is.Not.Empty);
            Assert.That(LogFormatSafety.Violations(format), Is.Empty);
            Assert.That(format.Select(f => f.Value.ToLowerInvariant()), Has.None.Contains("signature").And.None.Contains("authorization").And.None.Contains("cookie"));
        }
    }

    [TestCaseSource(nameof(Environments))]
    public async Task EachEnvoyGetsItsOwnArnAndXrayTracing(string environment)
    {
        var d = await Deployed(environment);
        var services = OnAppMesh(d.View).Select(s => s.Service.Name).ToList();
        Assert.That(d.EnvoyEnvironment.Keys, Is.EquivalentTo(services.Append(AppMeshNames.GatewayWorkload)));
        Assert.That(d.RoleArns.Keys, Is.EquivalentTo(services.Append(AppMeshNames.GatewayWorkload)));
        Assert.That(d.NodeArns.Keys, Is.EquivalentTo(services));
        foreach (var service in services)
        {
            Assert.That(d.EnvoyEnvironment[service]["APPMESH_RESOURCE_ARN"], Is.EqualTo(d.NodeArns[service]));
        }

        Assert.That(d.EnvoyEnvironment[AppMeshNames.GatewayWorkload]["APPMESH_RESOURCE_ARN"], Is.EqualTo(d.VirtualGatewayArn));
        Assert.That(d.EnvoyEnvironment.Values.Select(e => e["ENABLE_ENVOY_XRAY_TRACING"]), Has.All.EqualTo("1"));
        Assert.That(d.EnvoyEnvironment.Values.Select(e => e["AWS_REGION"]), Has.All.EqualTo(d.View.Environment.AwsRegion));
    }

    [Test]
    public async Task RoutesCarryTheCatalogsTimeoutsAndRetries()
    {
        var d = await Deployed("dev");
        var routes = d.OfType(D.RouteToken).ToDictionary(r => Wire.Text(r.Inputs, "name")!, r => r.Inputs);
        var orders = Wire.At(routes[AppMeshNames.RouteName("orders", "dev")], "spec", "http2Route");
        Assert.That(Wire.Number(orders, "timeout", "perRequest", "value"), Is.EqualTo(10_000));
        Assert.That(Wire.Text(orders, "timeout", "perRequest", "unit"), Is.EqualTo("ms"));
        Assert.That(Wire.Number(orders, "retryPolicy", "maxRetries"), Is.EqualTo(2));
        Assert.That(Wire.Number(orders, "retryPolicy", "perRetryTimeout", "value"), Is.EqualTo(3_000));
        Assert.That(Wire.Strings(orders, "retryPolicy", "httpRetryEvents"), Is.EqualTo(new[] { "gateway-error" }));

        var payments = Wire.At(routes[AppMeshNames.RouteName("payments", "dev")], "spec", "grpcRoute");
        Assert.That(Wire.Number(payments, "timeout", "perRequest", "value"), Is.EqualTo(20_000));
        Assert.That(Wire.At(payments, "retryPolicy"), Is.Null, "no retries unless the catalog asks");

        var catalog = Wire.At(routes[AppMeshNames.RouteName("catalog", "dev")], "spec", "httpRoute");
        Assert.That(Wire.At(catalog, "timeout"), Is.Null, "no timeout keeps App Mesh's default");
    }

    [Test]
    public async Task ANodesListenerAllowsTheRouteTimeoutBeyondEnvoysDefault()
    {
        var d = await Deployed("dev");
        var payments = d.OfType(D.MeshNode).Single(n => Wire.Text(n.Inputs, "name") == ResourceNames.VirtualNodeName("payments", "dev"));
        var listener = Wire.At(payments.Inputs, "spec", "listeners", 0);
        Assert.That(Wire.Number(listener, "timeout", "grpc", "perRequest", "value"), Is.EqualTo(20_000));
        Assert.That(Wire.Text(listener, "portMapping", "protocol"), Is.EqualTo("grpc"));
        Assert.That(Wire.Text(listener, "healthCheck", "protocol"), Is.EqualTo("grpc"));
        Assert.That(Wire.At(listener, "healthCheck", "path"), Is.Null);
    }

    [Test]
    public async Task SdsEnvironmentsUseSpiffeIdentitiesAndTheSpireSocket()
    {
        var d = await Deployed("prod");
        var node = d.OfType(D.MeshNode).Single(n => Wire.Text(n.Inputs, "name") == ResourceNames.VirtualNodeName("orders", "prod"));
        Assert.That(Wire.Text(node.Inputs, "spec", "listeners", 0, "tls", "certificate", "sds", "secretName"), Is.EqualTo("spiffe://prod.identity-fabric.internal/orders"));
        Assert.That(Wire.Strings(node.Inputs, "spec", "listeners", 0, "tls", "validation", "subjectAlternativeNames", "match", "exacts"),
            Has.All.StartWith("spiffe://prod.identity-fabric.internal/"));
        Assert.That(d.EnvoyEnvironment["orders"]["APPMESH_SDS_SOCKET_PATH"], Is.EqualTo(EnvoyEnvironments.SdsSocketPath));
    }

    [Test]
    public async Task FileEnvironmentsReadCertificatesFromTheMountedFolder()
    {
        var d = await Deployed("dev");
        var node = d.OfType(D.MeshNode).Single(n => Wire.Text(n.Inputs, "name") == ResourceNames.VirtualNodeName("orders", "dev"));
        Assert.That(Wire.Text(node.Inputs, "spec", "listeners", 0, "tls", "certificate", "file", "certificateChain"), Is.EqualTo("/etc/mesh/certs/cert.pem"));
        Assert.That(Wire.Text(node.Inputs, "spec", "listeners", 0, "tls", "validation", "trust", "file", "certificateChain"), Is.EqualTo("/etc/mesh/certs/ca.pem"));
        Assert.That(d.EnvoyEnvironment["orders"], Does.Not.ContainKey("APPMESH_SDS_SOCKET_PATH"));
    }

    [Test]
    public async Task DnsDiscoveryIsTheDefaultAndCloudMapIsAChoice()
    {
        var dns = await Deployed("dev");
        var node = dns.OfType(D.MeshNode).First();
        Assert.That(Wire.Text(node.Inputs, "spec", "serviceDiscovery", "dns", "hostname"), Does.EndWith(".dev.mesh.local"));

        var cloudMap = await D.RunAsync(ExampleCatalog.View("dev"), discovery: MeshServiceDiscovery.CloudMap);
        var orders = cloudMap.OfType(D.MeshNode).Single(n => Wire.Text(n.Inputs, "name") == ResourceNames.VirtualNodeName("orders", "dev"));
        Assert.That(Wire.Text(orders.Inputs, "spec", "serviceDiscovery", "awsCloudMap", "namespaceName"), Is.EqualTo("dev.mesh.local"));
        Assert.That(Wire.Text(orders.Inputs, "spec", "serviceDiscovery", "awsCloudMap", "serviceName"), Is.EqualTo("orders"));
        Assert.That(Wire.At(orders.Inputs, "spec", "serviceDiscovery", "dns"), Is.Null);
    }

    [Test]
    public void AServiceWhoseSecretHasNoArnIsRefusedByName()
    {
        var error = CatchAll(() => D.RunAsync(ExampleCatalog.View("dev"), omitSecrets: ["orders-db"]));
        Assert.That(error, Does.Contain("orders-db"));
    }

    private static string CatchAll(Func<Task> action)
    {
        try
        {
            action().GetAwaiter().GetResult();
        }
#pragma warning disable CA1031 // the policy is that some error names the secret, whatever wraps it
        catch (Exception e)
#pragma warning restore CA1031
        {
            return e.ToString();
        }

        return "";
    }
}
