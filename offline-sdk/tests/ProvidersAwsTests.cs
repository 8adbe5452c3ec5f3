using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Pulumi.Aws.AppMesh;
using Pulumi.Aws.AppMesh.Inputs;
using Pulumi.Testing;
using Pulumi.Utilities;
using Iam = Pulumi.Aws.Iam;
using Lattice = Pulumi.Aws.VpcLattice;
using SecretsManager = Pulumi.Aws.SecretsManager;

namespace Pulumi.OfflineSdk.Tests;

/// <summary>
/// Pins the Pulumi.Aws stand-in to the wire contract of the real package: the type tokens and the
/// nested property names the engine (and so the mocks) receive.
/// </summary>
public sealed class ProvidersAwsTests
{
    /// <summary>Echoes inputs as state, adds an ARN, and remembers every registration.</summary>
    private sealed class EchoMocks : IMocks
    {
        public ConcurrentQueue<MockResourceArgs> Registered { get; } = new();

        public MockResourceArgs Named(string name) => Registered.Single(r => r.Name == name);

        public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
        {
            Registered.Enqueue(args);
            var state = new Dictionary<string, object>(args.Inputs) { ["arn"] = $"arn:aws:test:::{args.Name}" };
            return Task.FromResult<(string?, object)>(($"{args.Name}-id", state));
        }

        public Task<object> CallAsync(MockCallArgs args) => Task.FromResult<object>(ImmutableDictionary<string, object>.Empty);
    }

    private static Task RunAsync(IMocks mocks, Action program)
        => Deployment.TestAsync(mocks, new TestOptions { IsPreview = false }, program);

    /// <summary>Walks nested engine values: string keys index objects, integers index lists.</summary>
    private static object? At(object? root, params object[] path)
    {
        var current = root;
        foreach (var step in path)
        {
            current = (step, current) switch
            {
                (string key, IReadOnlyDictionary<string, object> map) => map.TryGetValue(key, out var value)
                    ? value
                    : throw new AssertionException($"no key '{key}' among [{string.Join(", ", map.Keys)}]"),
                (int index, IList list) => list[index],
                _ => throw new AssertionException($"cannot step '{step}' into {current?.GetType().Name ?? "null"}"),
            };
        }

        return current;
    }

    private static VirtualNodeSpecArgs StrictNodeSpec() => new()
    {
        Listeners =
        {
            new VirtualNodeSpecListenerArgs
            {
                PortMapping = new VirtualNodeSpecListenerPortMappingArgs { Port = 8080, Protocol = "http" },
                HealthCheck = new VirtualNodeSpecListenerHealthCheckArgs
                {
                    Protocol = "http",
                    Path = "/healthz",
                    HealthyThreshold = 2,
                    UnhealthyThreshold = 3,
                    TimeoutMillis = 2000,
                    IntervalMillis = 5000,
                },
                Tls = new VirtualNodeSpecListenerTlsArgs
                {
                    Mode = "STRICT",
                    Certificate = new VirtualNodeSpecListenerTlsCertificateArgs
                    {
                        Sds = new VirtualNodeSpecListenerTlsCertificateSdsArgs { SecretName = "spiffe://fabric/orders" },
                    },
                    Validation = new VirtualNodeSpecListenerTlsValidationArgs
                    {
                        SubjectAlternativeNames = new VirtualNodeSpecListenerTlsValidationSubjectAlternativeNamesArgs
                        {
                            Match = new VirtualNodeSpecListenerTlsValidationSubjectAlternativeNamesMatchArgs { Exacts = { "gateway.fabric.local" } },
                        },
                        Trust = new VirtualNodeSpecListenerTlsValidationTrustArgs
                        {
                            Sds = new VirtualNodeSpecListenerTlsValidationTrustSdsArgs { SecretName = "spiffe://fabric" },
                        },
                    },
                },
                Timeout = new VirtualNodeSpecListenerTimeoutArgs
                {
                    Http = new VirtualNodeSpecListenerTimeoutHttpArgs
                    {
                        PerRequest = new VirtualNodeSpecListenerTimeoutHttpPerRequestArgs { Unit = "s", Value = 15 },
                    },
                },
            },
        },
        Backends =
        {
            new VirtualNodeSpecBackendArgs
            {
                VirtualService = new VirtualNodeSpecBackendVirtualServiceArgs
                {
                    VirtualServiceName = "payments.fabric.local",
                    ClientPolicy = new VirtualNodeSpecBackendVirtualServiceClientPolicyArgs
                    {
                        Tls = new VirtualNodeSpecBackendVirtualServiceClientPolicyTlsArgs
                        {
                            Enforce = true,
                            Ports = { 8443 },
                            Validation = new VirtualNodeSpecBackendVirtualServiceClientPolicyTlsValidationArgs
                            {
                                SubjectAlternativeNames = new VirtualNodeSpecBackendVirtualServiceClientPolicyTlsValidationSubjectAlternativeNamesArgs
                                {
                                    Match = new VirtualNodeSpecBackendVirtualServiceClientPolicyTlsValidationSubjectAlternativeNamesMatchArgs
                                    {
                                        Exacts = { "payments.fabric.local" },
                                    },
                                },
                                Trust = new VirtualNodeSpecBackendVirtualServiceClientPolicyTlsValidationTrustArgs
                                {
                                    Acm = new VirtualNodeSpecBackendVirtualServiceClientPolicyTlsValidationTrustAcmArgs
                                    {
                                        CertificateAuthorityArns = { "arn:aws:acm-pca:eu-west-1:111122223333:certificate-authority/fabric" },
                                    },
                                },
                            },
                        },
                    },
                },
            },
        },
        ServiceDiscovery = new VirtualNodeSpecServiceDiscoveryArgs
        {
            AwsCloudMap = new VirtualNodeSpecServiceDiscoveryAwsCloudMapArgs
            {
                NamespaceName = "fabric.local",
                ServiceName = "orders",
                Attributes = { { "env", "dev" } },
            },
        },
        Logging = new VirtualNodeSpecLoggingArgs
        {
            AccessLog = new VirtualNodeSpecLoggingAccessLogArgs
            {
                File = new VirtualNodeSpecLoggingAccessLogFileArgs
                {
                    Path = "/dev/stdout",
                    Format = new VirtualNodeSpecLoggingAccessLogFileFormatArgs
                    {
                        Jsons = { new VirtualNodeSpecLoggingAccessLogFileFormatJsonArgs { Key = "traceId", Value = "%REQ(X-AMZN-TRACE-ID)%" } },
                    },
                },
            },
        },
    };

    [Test]
    public async Task AVirtualNodeRegistersUnderTheRealTokenWithItsListenerTreeUnderWireNames()
    {
        var mocks = new EchoMocks();
        await RunAsync(mocks, () => _ = new VirtualNode("orders", new VirtualNodeArgs { MeshName = "fabric", Spec = StrictNodeSpec() }));

        var node = mocks.Named("orders");
        var listener = At(node.Inputs, "spec", "listeners", 0);
        Assert.That(node.Type, Is.EqualTo("aws:appmesh/virtualNode:VirtualNode"));
        Assert.That(At(node.Inputs, "meshName"), Is.EqualTo("fabric"));
        Assert.That(At(listener, "tls", "mode"), Is.EqualTo("STRICT"));
        Assert.That(At(listener, "tls", "certificate", "sds", "secretName"), Is.EqualTo("spiffe://fabric/orders"));
        Assert.That(At(listener, "tls", "validation", "subjectAlternativeNames", "match", "exacts", 0), Is.EqualTo("gateway.fabric.local"));
        Assert.That(At(listener, "tls", "validation", "trust", "sds", "secretName"), Is.EqualTo("spiffe://fabric"));
        Assert.That(At(listener, "portMapping", "port"), Is.EqualTo(8080));
        Assert.That(At(listener, "healthCheck", "unhealthyThreshold"), Is.EqualTo(3));
        Assert.That(At(listener, "timeout", "http", "perRequest", "value"), Is.EqualTo(15));
    }

    [Test]
    public async Task BackendTlsPoliciesDiscoveryAndLoggingTravelUnderWireNames()
    {
        var mocks = new EchoMocks();
        await RunAsync(mocks, () => _ = new VirtualNode("orders", new VirtualNodeArgs { MeshName = "fabric", Spec = StrictNodeSpec() }));

        var spec = At(mocks.Named("orders").Inputs, "spec");
        var tls = At(spec, "backends", 0, "virtualService", "clientPolicy", "tls");
        Assert.That(At(spec, "backends", 0, "virtualService", "virtualServiceName"), Is.EqualTo("payments.fabric.local"));
        Assert.That(At(tls, "enforce"), Is.EqualTo(true));
        Assert.That(At(tls, "ports", 0), Is.EqualTo(8443));
        Assert.That(At(tls, "validation", "subjectAlternativeNames", "match", "exacts", 0), Is.EqualTo("payments.fabric.local"));
        Assert.That(At(tls, "validation", "trust", "acm", "certificateAuthorityArns", 0), Does.StartWith("arn:aws:acm-pca:"));
        Assert.That(At(spec, "serviceDiscovery", "awsCloudMap", "attributes", "env"), Is.EqualTo("dev"));
        Assert.That(At(spec, "logging", "accessLog", "file", "format", "jsons", 0, "key"), Is.EqualTo("traceId"));
    }

    [Test]
    public async Task AnEchoedVirtualNodeSpecDeserializesIntoTheOutputTypes()
    {
        VirtualNode node = null!;
        await RunAsync(new EchoMocks(), () => node = new VirtualNode("orders", new VirtualNodeArgs { MeshName = "fabric", Spec = StrictNodeSpec() }));

        var spec = await OutputUtilities.GetValueAsync(node.Spec);
        Assert.That(spec.Listeners.Single().Tls!.Mode, Is.EqualTo("STRICT"));
        Assert.That(spec.Listeners.Single().PortMapping.Port, Is.EqualTo(8080));
        Assert.That(spec.Backends.Single().VirtualService.ClientPolicy!.Tls!.Ports, Is.EqualTo(new[] { 8443 }));
        Assert.That(spec.ServiceDiscovery!.AwsCloudMap!.Attributes!["env"], Is.EqualTo("dev"));
        Assert.That(await OutputUtilities.GetValueAsync(node.Arn), Is.EqualTo("arn:aws:test:::orders"));
    }

    [Test]
    public async Task RoutesCarryWeightedTargetsRetriesAndTimeoutsUnderWireNames()
    {
        var mocks = new EchoMocks();
        await RunAsync(mocks, () => _ = new Route("orders-route", new RouteArgs
        {
            MeshName = "fabric",
            VirtualRouterName = "orders-router",
            Spec = new RouteSpecArgs
            {
                Priority = 10,
                Http2Route = new RouteSpecHttp2RouteArgs
                {
                    Match = new RouteSpecHttp2RouteMatchArgs
                    {
                        Prefix = "/",
                        Method = "POST",
                        Headers = { new RouteSpecHttp2RouteMatchHeaderArgs { Name = "x-fabric-role", Invert = false, Match = new RouteSpecHttp2RouteMatchHeaderMatchArgs { Exact = "admin" } } },
                    },
                    Action = new RouteSpecHttp2RouteActionArgs
                    {
                        WeightedTargets = { new RouteSpecHttp2RouteActionWeightedTargetArgs { VirtualNode = "orders", Weight = 100, Port = 8080 } },
                    },
                    RetryPolicy = new RouteSpecHttp2RouteRetryPolicyArgs
                    {
                        MaxRetries = 2,
                        HttpRetryEvents = { "server-error" },
                        PerRetryTimeout = new RouteSpecHttp2RouteRetryPolicyPerRetryTimeoutArgs { Unit = "ms", Value = 500 },
                    },
                    Timeout = new RouteSpecHttp2RouteTimeoutArgs { PerRequest = new RouteSpecHttp2RouteTimeoutPerRequestArgs { Unit = "s", Value = 5 } },
                },
            },
        }));

        var route = mocks.Named("orders-route");
        var http2 = At(route.Inputs, "spec", "http2Route");
        Assert.That(route.Type, Is.EqualTo("aws:appmesh/route:Route"));
        Assert.That(At(route.Inputs, "virtualRouterName"), Is.EqualTo("orders-router"));
        Assert.That(At(route.Inputs, "spec", "priority"), Is.EqualTo(10));
        Assert.That(At(http2, "match", "headers", 0, "match", "exact"), Is.EqualTo("admin"));
        Assert.That(At(http2, "action", "weightedTargets", 0, "virtualNode"), Is.EqualTo("orders"));
        Assert.That(At(http2, "retryPolicy", "perRetryTimeout", "unit"), Is.EqualTo("ms"));
        Assert.That(At(http2, "retryPolicy", "httpRetryEvents", 0), Is.EqualTo("server-error"));
        Assert.That(At(http2, "timeout", "perRequest", "value"), Is.EqualTo(5));
    }

    [Test]
    public async Task GatewayRoutesMatchHostnamesAndTargetVirtualServicesUnderWireNames()
    {
        var mocks = new EchoMocks();
        await RunAsync(mocks, () => _ = new GatewayRoute("orders-gw", new GatewayRouteArgs
        {
            MeshName = "fabric",
            VirtualGatewayName = "ingress",
            Spec = new GatewayRouteSpecArgs
            {
                HttpRoute = new GatewayRouteSpecHttpRouteArgs
                {
                    Match = new GatewayRouteSpecHttpRouteMatchArgs
                    {
                        Prefix = "/orders",
                        Hostname = new GatewayRouteSpecHttpRouteMatchHostnameArgs { Suffix = ".fabric.example" },
                    },
                    Action = new GatewayRouteSpecHttpRouteActionArgs
                    {
                        Target = new GatewayRouteSpecHttpRouteActionTargetArgs
                        {
                            VirtualService = new GatewayRouteSpecHttpRouteActionTargetVirtualServiceArgs { VirtualServiceName = "orders.fabric.local" },
                        },
                        Rewrite = new GatewayRouteSpecHttpRouteActionRewriteArgs
                        {
                            Prefix = new GatewayRouteSpecHttpRouteActionRewritePrefixArgs { Value = "/" },
                        },
                    },
                },
            },
        }));

        var route = mocks.Named("orders-gw");
        var http = At(route.Inputs, "spec", "httpRoute");
        Assert.That(route.Type, Is.EqualTo("aws:appmesh/gatewayRoute:GatewayRoute"));
        Assert.That(At(route.Inputs, "virtualGatewayName"), Is.EqualTo("ingress"));
        Assert.That(At(http, "match", "hostname", "suffix"), Is.EqualTo(".fabric.example"));
        Assert.That(At(http, "action", "target", "virtualService", "virtualServiceName"), Is.EqualTo("orders.fabric.local"));
        Assert.That(At(http, "action", "rewrite", "prefix", "value"), Is.EqualTo("/"));
    }

    [Test]
    public async Task ARoleSendsItsTrustPolicyTextAndTagsUnderIamWireNames()
    {
        var mocks = new EchoMocks();
        Iam.Role role = null!;
        const string trust = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ecs-tasks.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";
        await RunAsync(mocks, () => role = new Iam.Role("orders-task", new Iam.RoleArgs
        {
            AssumeRolePolicy = trust,
            MaxSessionDuration = 3600,
            PermissionsBoundary = "arn:aws:iam::111122223333:policy/boundary",
            Tags = { { "service", "orders" } },
        }));

        var registered = mocks.Named("orders-task");
        Assert.That(registered.Type, Is.EqualTo("aws:iam/role:Role"));
        Assert.That(At(registered.Inputs, "assumeRolePolicy"), Is.EqualTo(trust));
        Assert.That(At(registered.Inputs, "maxSessionDuration"), Is.EqualTo(3600));
        Assert.That(At(registered.Inputs, "permissionsBoundary"), Does.EndWith("policy/boundary"));
        Assert.That(At(registered.Inputs, "tags", "service"), Is.EqualTo("orders"));
        Assert.That(await OutputUtilities.GetValueAsync(role.Arn), Is.EqualTo("arn:aws:test:::orders-task"));
    }

    [Test]
    public async Task AStructuredPolicyDocumentTravelsWithItsCapitalisedIamKeys()
    {
        var mocks = new EchoMocks();
        await RunAsync(mocks, () => _ = new Iam.RolePolicy("orders-policy", new Iam.RolePolicyArgs
        {
            Role = "orders-task",
            Policy = new Iam.Inputs.PolicyDocumentArgs
            {
                Version = "2012-10-17",
                Statement =
                {
                    new Iam.Inputs.PolicyStatementArgs { Effect = "Allow", Action = "appmesh:StreamAggregatedResources", Resource = "arn:aws:appmesh:*" },
                },
            },
        }));

        var policy = mocks.Named("orders-policy");
        Assert.That(policy.Type, Is.EqualTo("aws:iam/rolePolicy:RolePolicy"));
        Assert.That(At(policy.Inputs, "policy", "Version"), Is.EqualTo("2012-10-17"));
        Assert.That(At(policy.Inputs, "policy", "Statement", 0, "Effect"), Is.EqualTo("Allow"));
        Assert.That(At(policy.Inputs, "policy", "Statement", 0, "Action"), Is.EqualTo("appmesh:StreamAggregatedResources"));
    }

    [Test]
    public async Task ASecretVersionWrapsItsSecretStringAsASecretWhileTheMocksSeeThePlainValue()
    {
        var mocks = new EchoMocks();
        var args = new SecretsManager.SecretVersionArgs
        {
            SecretId = "fabric/hmac",
            SecretString = "k3y-material",
            VersionStages = { "AWSCURRENT" },
        };
        await RunAsync(mocks, () => _ = new SecretsManager.SecretVersion("hmac-current", args));

        var registered = mocks.Named("hmac-current");
        Assert.That(registered.Type, Is.EqualTo("aws:secretsmanager/secretVersion:SecretVersion"));
        Assert.That(At(registered.Inputs, "secretString"), Is.EqualTo("k3y-material"));
        Assert.That(At(registered.Inputs, "versionStages", 0), Is.EqualTo("AWSCURRENT"));
        Assert.That(await Output.IsSecretAsync((Output<string>)args.SecretString!), Is.True);
        Assert.That(await Output.IsSecretAsync((Output<string>)args.SecretId), Is.False);
    }

    [Test]
    public async Task ARotationScheduleTravelsUnderItsWireNames()
    {
        var mocks = new EchoMocks();
        await RunAsync(mocks, () => _ = new SecretsManager.SecretRotation("hmac-rotation", new SecretsManager.SecretRotationArgs
        {
            SecretId = "fabric/hmac",
            RotationLambdaArn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate",
            RotateImmediately = false,
            RotationRules = new SecretsManager.Inputs.SecretRotationRotationRulesArgs { ScheduleExpression = "rate(30 days)", Duration = "2h" },
        }));

        var rotation = mocks.Named("hmac-rotation");
        Assert.That(rotation.Type, Is.EqualTo("aws:secretsmanager/secretRotation:SecretRotation"));
        Assert.That(At(rotation.Inputs, "rotationRules", "scheduleExpression"), Is.EqualTo("rate(30 days)"));
        Assert.That(At(rotation.Inputs, "rotateImmediately"), Is.EqualTo(false));
    }

    [Test]
    public async Task LatticeListenerRulesMatchPathsAndForwardToWeightedTargetGroups()
    {
        var mocks = new EchoMocks();
        await RunAsync(mocks, () => _ = new Lattice.ListenerRule("orders-rule", new Lattice.ListenerRuleArgs
        {
            ListenerIdentifier = "listener-1",
            ServiceIdentifier = "svc-1",
            Priority = 20,
            Match = new Lattice.Inputs.ListenerRuleMatchArgs
            {
                HttpMatch = new Lattice.Inputs.ListenerRuleMatchHttpMatchArgs
                {
                    Method = "GET",
                    PathMatch = new Lattice.Inputs.ListenerRuleMatchHttpMatchPathMatchArgs
                    {
                        CaseSensitive = true,
                        Match = new Lattice.Inputs.ListenerRuleMatchHttpMatchPathMatchMatchArgs { Prefix = "/orders" },
                    },
                },
            },
            Action = new Lattice.Inputs.ListenerRuleActionArgs
            {
                Forward = new Lattice.Inputs.ListenerRuleActionForwardArgs
                {
                    TargetGroups = { new Lattice.Inputs.ListenerRuleActionForwardTargetGroupArgs { TargetGroupIdentifier = "tg-1", Weight = 100 } },
                },
            },
        }));

        var rule = mocks.Named("orders-rule");
        Assert.That(rule.Type, Is.EqualTo("aws:vpclattice/listenerRule:ListenerRule"));
        Assert.That(At(rule.Inputs, "match", "httpMatch", "pathMatch", "match", "prefix"), Is.EqualTo("/orders"));
        Assert.That(At(rule.Inputs, "match", "httpMatch", "pathMatch", "caseSensitive"), Is.EqualTo(true));
        Assert.That(At(rule.Inputs, "action", "forward", "targetGroups", 0, "targetGroupIdentifier"), Is.EqualTo("tg-1"));
        Assert.That(At(rule.Inputs, "priority"), Is.EqualTo(20));
    }

    private static readonly (string Token, Func<string, Resource> Create)[] EveryResource =
    [
        ("aws:appmesh/mesh:Mesh", n => new Mesh(n)),
        ("aws:appmesh/virtualNode:VirtualNode", n => new VirtualNode(n, new VirtualNodeArgs { MeshName = "m", Spec = new VirtualNodeSpecArgs() })),
        ("aws:appmesh/virtualRouter:VirtualRouter", n => new VirtualRouter(n, new VirtualRouterArgs { MeshName = "m", Spec = new VirtualRouterSpecArgs() })),
        ("aws:appmesh/route:Route", n => new Route(n, new RouteArgs { MeshName = "m", VirtualRouterName = "r", Spec = new RouteSpecArgs() })),
        ("aws:appmesh/virtualService:VirtualService", n => new VirtualService(n, new VirtualServiceArgs { MeshName = "m", Spec = new VirtualServiceSpecArgs() })),
        ("aws:appmesh/virtualGateway:VirtualGateway", n => new VirtualGateway(n, new VirtualGatewayArgs
        {
            MeshName = "m",
            Spec = new VirtualGatewaySpecArgs
            {
                Listeners = { new VirtualGatewaySpecListenerArgs { PortMapping = new VirtualGatewaySpecListenerPortMappingArgs { Port = 443, Protocol = "http" } } },
            },
        })),
        ("aws:appmesh/gatewayRoute:GatewayRoute", n => new GatewayRoute(n, new GatewayRouteArgs { MeshName = "m", VirtualGatewayName = "g", Spec = new GatewayRouteSpecArgs() })),
        ("aws:iam/role:Role", n => new Iam.Role(n, new Iam.RoleArgs { AssumeRolePolicy = "{}" })),
        ("aws:iam/rolePolicy:RolePolicy", n => new Iam.RolePolicy(n, new Iam.RolePolicyArgs { Role = "r", Policy = "{}" })),
        ("aws:iam/openIdConnectProvider:OpenIdConnectProvider", n => new Iam.OpenIdConnectProvider(n, new Iam.OpenIdConnectProviderArgs { Url = "https://idp.example", ClientIdLists = { "sts.amazonaws.com" } })),
        ("aws:secretsmanager/secret:Secret", n => new SecretsManager.Secret(n)),
        ("aws:secretsmanager/secretVersion:SecretVersion", n => new SecretsManager.SecretVersion(n, new SecretsManager.SecretVersionArgs { SecretId = "s" })),
        ("aws:secretsmanager/secretRotation:SecretRotation", n => new SecretsManager.SecretRotation(n, new SecretsManager.SecretRotationArgs { SecretId = "s", RotationRules = new SecretsManager.Inputs.SecretRotationRotationRulesArgs() })),
        ("aws:vpclattice/serviceNetwork:ServiceNetwork", n => new Lattice.ServiceNetwork(n)),
        ("aws:vpclattice/serviceNetworkVpcAssociation:ServiceNetworkVpcAssociation", n => new Lattice.ServiceNetworkVpcAssociation(n, new Lattice.ServiceNetworkVpcAssociationArgs { VpcIdentifier = "vpc-1", ServiceNetworkIdentifier = "sn-1" })),
        ("aws:vpclattice/service:Service", n => new Lattice.Service(n)),
        ("aws:vpclattice/targetGroup:TargetGroup", n => new Lattice.TargetGroup(n, new Lattice.TargetGroupArgs { Type = "IP" })),
        ("aws:vpclattice/listener:Listener", n => new Lattice.Listener(n, new Lattice.ListenerArgs { Protocol = "HTTPS", DefaultAction = new Lattice.Inputs.ListenerDefaultActionArgs() })),
        ("aws:vpclattice/listenerRule:ListenerRule", n => new Lattice.ListenerRule(n, new Lattice.ListenerRuleArgs { ListenerIdentifier = "l", ServiceIdentifier = "s", Priority = 1, Match = new Lattice.Inputs.ListenerRuleMatchArgs { HttpMatch = new Lattice.Inputs.ListenerRuleMatchHttpMatchArgs() }, Action = new Lattice.Inputs.ListenerRuleActionArgs() })),
        ("aws:vpclattice/serviceNetworkServiceAssociation:ServiceNetworkServiceAssociation", n => new Lattice.ServiceNetworkServiceAssociation(n, new Lattice.ServiceNetworkServiceAssociationArgs { ServiceIdentifier = "s", ServiceNetworkIdentifier = "sn" })),
        ("aws:vpclattice/authPolicy:AuthPolicy", n => new Lattice.AuthPolicy(n, new Lattice.AuthPolicyArgs { ResourceIdentifier = "sn", Policy = "{}" })),
        ("aws:vpclattice/accessLogSubscription:AccessLogSubscription", n => new Lattice.AccessLogSubscription(n, new Lattice.AccessLogSubscriptionArgs { ResourceIdentifier = "sn", DestinationArn = "arn:aws:logs:x" })),
        ("aws:cloudwatch/logGroup:LogGroup", n => new Pulumi.Aws.CloudWatch.LogGroup(n)),
        ("aws:cloudwatch/queryDefinition:QueryDefinition", n => new Pulumi.Aws.CloudWatch.QueryDefinition(n, new Pulumi.Aws.CloudWatch.QueryDefinitionArgs { QueryString = "fields @message" })),
        ("aws:servicediscovery/privateDnsNamespace:PrivateDnsNamespace", n => new Pulumi.Aws.ServiceDiscovery.PrivateDnsNamespace(n, new Pulumi.Aws.ServiceDiscovery.PrivateDnsNamespaceArgs { Vpc = "vpc-1" })),
    ];

    [Test]
    public async Task EveryMirroredResourceRegistersUnderTheRealPackagesTypeToken()
    {
        var mocks = new EchoMocks();
        await RunAsync(mocks, () =>
        {
            for (var i = 0; i < EveryResource.Length; i++)
            {
                _ = EveryResource[i].Create($"r{i}");
            }
        });

        var registered = mocks.Registered.ToDictionary(r => r.Name!, r => r.Type);
        Assert.That(registered, Has.Count.EqualTo(EveryResource.Length));
        for (var i = 0; i < EveryResource.Length; i++)
        {
            Assert.That(registered[$"r{i}"], Is.EqualTo(EveryResource[i].Token), $"resource #{i}");
        }
    }

    [Test]
    public async Task ResourcesWithoutRequiredArgumentsRegisterWithTheirOptionalSpec()
    {
        var mocks = new EchoMocks();
        await RunAsync(mocks, () =>
        {
            _ = new Mesh("fabric", new MeshArgs
            {
                Spec = new MeshSpecArgs { EgressFilter = new MeshSpecEgressFilterArgs { Type = "DROP_ALL" } },
            });
            _ = new Lattice.ServiceNetwork("fabric-sn", new Lattice.ServiceNetworkArgs { AuthType = "AWS_IAM" });
        });

        Assert.That(At(mocks.Named("fabric").Inputs, "spec", "egressFilter", "type"), Is.EqualTo("DROP_ALL"));
        Assert.That(At(mocks.Named("fabric-sn").Inputs, "authType"), Is.EqualTo("AWS_IAM"));
    }
}
