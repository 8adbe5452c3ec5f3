using IdentityFabric.AppMesh.Planning;
using IdentityFabric.Catalog;
using IdentityFabric.Components.Audit;
using IdentityFabric.Components.Ingress;
using IdentityFabric.Components.Routing;
using Pulumi;
using Pulumi.Aws.AppMesh.Inputs;

namespace IdentityFabric.AppMesh;

/// <summary>Turns plan values into App Mesh resource specs. No decisions are made here; they are in the plan.</summary>
internal static class AppMeshSpecs
{
    public const string StrictTls = "STRICT";
    public const string DropAll = "DROP_ALL";
    public const string Disabled = "DISABLED";
    public const string Milliseconds = "ms";

    public static string Protocol(ServiceProtocol protocol) => protocol switch
    {
        ServiceProtocol.Http => "http",
        ServiceProtocol.Http2 => "http2",
        ServiceProtocol.Grpc => "grpc",
        _ => throw new ArgumentOutOfRangeException(nameof(protocol), protocol, "unknown protocol"),
    };

    public static VirtualNodeSpecArgs Node(NodePlan node, MeshCertificates certificates, IReadOnlyDictionary<string, Output<string>> virtualServiceNames)
    {
        var service = node.Service;
        var health = service.HealthCheck;
        var healthCheck = new VirtualNodeSpecListenerHealthCheckArgs
        {
            Protocol = Protocol(service.Protocol),
            Port = service.Port,
            IntervalMillis = CallPolicies.Milliseconds(health.Interval),
            TimeoutMillis = CallPolicies.Milliseconds(health.Timeout),
            HealthyThreshold = health.HealthyThreshold,
            UnhealthyThreshold = health.UnhealthyThreshold,
        };
        if (service.Protocol != ServiceProtocol.Grpc)
        {
            healthCheck.Path = health.Path ?? "/";
        }

        var listener = new VirtualNodeSpecListenerArgs
        {
            PortMapping = new VirtualNodeSpecListenerPortMappingArgs { Port = service.Port, Protocol = Protocol(service.Protocol) },
            HealthCheck = healthCheck,
            Tls = new VirtualNodeSpecListenerTlsArgs
            {
                Mode = StrictTls,
                Certificate = certificates.Source == CertificateSource.Sds
                    ? new VirtualNodeSpecListenerTlsCertificateArgs { Sds = new VirtualNodeSpecListenerTlsCertificateSdsArgs { SecretName = certificates.SdsCertificate(service.Name) } }
                    : new VirtualNodeSpecListenerTlsCertificateArgs
                    {
                        File = new VirtualNodeSpecListenerTlsCertificateFileArgs { CertificateChain = MeshCertificates.CertificateChainFile, PrivateKey = MeshCertificates.PrivateKeyFile },
                    },
                Validation = new VirtualNodeSpecListenerTlsValidationArgs
                {
                    Trust = certificates.Source == CertificateSource.Sds
                        ? new VirtualNodeSpecListenerTlsValidationTrustArgs { Sds = new VirtualNodeSpecListenerTlsValidationTrustSdsArgs { SecretName = certificates.SdsTrustBundle } }
                        : new VirtualNodeSpecListenerTlsValidationTrustArgs { File = new VirtualNodeSpecListenerTlsValidationTrustFileArgs { CertificateChain = MeshCertificates.MeshTrustFile } },
                    SubjectAlternativeNames = new VirtualNodeSpecListenerTlsValidationSubjectAlternativeNamesArgs
                    {
                        Match = new VirtualNodeSpecListenerTlsValidationSubjectAlternativeNamesMatchArgs { Exacts = node.AllowedClientSans.ToList() },
                    },
                },
            },
        };

        if (ListenerTimeout(service.Protocol, node.Calls.PerRequestTimeout) is { } timeout)
        {
            listener.Timeout = timeout;
        }

        return new VirtualNodeSpecArgs
        {
            Listeners = { listener },
            Backends = node.Backends.Select(b => Backend(b, virtualServiceNames[b.Service], certificates, service.Name)).ToList(),
            ServiceDiscovery = node.Discovery.DnsHostname is { } hostname
                ? new VirtualNodeSpecServiceDiscoveryArgs { Dns = new VirtualNodeSpecServiceDiscoveryDnsArgs { Hostname = hostname } }
                : new VirtualNodeSpecServiceDiscoveryArgs
                {
                    AwsCloudMap = new VirtualNodeSpecServiceDiscoveryAwsCloudMapArgs { NamespaceName = node.Discovery.CloudMapNamespace!, ServiceName = node.Discovery.CloudMapService! },
                },
            Logging = new VirtualNodeSpecLoggingArgs
            {
                AccessLog = new VirtualNodeSpecLoggingAccessLogArgs
                {
                    File = new VirtualNodeSpecLoggingAccessLogFileArgs
                    {
                        Path = EnvoyAccessLogFormat.Path,
                        Format = new VirtualNodeSpecLoggingAccessLogFileFormatArgs
                        {
                            Jsons = EnvoyAccessLogFormat.Json(node.NodeName)
                                .Select(f => new VirtualNodeSpecLoggingAccessLogFileFormatJsonArgs { Key = f.Key, Value = f.Value })
                                .ToList(),
                        },
                    },
                },
            },
        };
    }

    private static VirtualNodeSpecBackendArgs Backend(BackendPlan backend, Output<string> virtualServiceName, MeshCertificates certificates, string caller) => new()
    {
        VirtualService = new VirtualNodeSpecBackendVirtualServiceArgs
        {
            VirtualServiceName = virtualServiceName,
            ClientPolicy = new VirtualNodeSpecBackendVirtualServiceClientPolicyArgs
            {
                Tls = new VirtualNodeSpecBackendVirtualServiceClientPolicyTlsArgs
                {
                    Enforce = true,
                    Certificate = certificates.Source == CertificateSource.Sds
                        ? new VirtualNodeSpecBackendVirtualServiceClientPolicyTlsCertificateArgs
                        {
                            Sds = new VirtualNodeSpecBackendVirtualServiceClientPolicyTlsCertificateSdsArgs { SecretName = certificates.SdsCertificate(caller) },
                        }
                        : new VirtualNodeSpecBackendVirtualServiceClientPolicyTlsCertificateArgs
                        {
                            File = new VirtualNodeSpecBackendVirtualServiceClientPolicyTlsCertificateFileArgs
                            {
                                CertificateChain = MeshCertificates.CertificateChainFile,
                                PrivateKey = MeshCertificates.PrivateKeyFile,
                            },
                        },
                    Validation = new VirtualNodeSpecBackendVirtualServiceClientPolicyTlsValidationArgs
                    {
                        Trust = certificates.Source == CertificateSource.Sds
                            ? new VirtualNodeSpecBackendVirtualServiceClientPolicyTlsValidationTrustArgs
                            {
                                Sds = new VirtualNodeSpecBackendVirtualServiceClientPolicyTlsValidationTrustSdsArgs { SecretName = certificates.SdsTrustBundle },
                            }
                            : new VirtualNodeSpecBackendVirtualServiceClientPolicyTlsValidationTrustArgs
                            {
                                File = new VirtualNodeSpecBackendVirtualServiceClientPolicyTlsValidationTrustFileArgs { CertificateChain = MeshCertificates.MeshTrustFile },
                            },
                        SubjectAlternativeNames = new VirtualNodeSpecBackendVirtualServiceClientPolicyTlsValidationSubjectAlternativeNamesArgs
                        {
                            Match = new VirtualNodeSpecBackendVirtualServiceClientPolicyTlsValidationSubjectAlternativeNamesMatchArgs { Exacts = { backend.Identity } },
                        },
                    },
                },
            },
        },
    };

    private static VirtualNodeSpecListenerTimeoutArgs? ListenerTimeout(ServiceProtocol protocol, TimeSpan? perRequest)
    {
        if (perRequest is not { } timeout)
        {
            return null;
        }

        var ms = CallPolicies.Milliseconds(timeout);
        return protocol switch
        {
            ServiceProtocol.Http => new VirtualNodeSpecListenerTimeoutArgs
            {
                Http = new VirtualNodeSpecListenerTimeoutHttpArgs { PerRequest = new VirtualNodeSpecListenerTimeoutHttpPerRequestArgs { Unit = Milliseconds, Value = ms } },
            },
            ServiceProtocol.Http2 => new VirtualNodeSpecListenerTimeoutArgs
            {
                Http2 = new VirtualNodeSpecListenerTimeoutHttp2Args { PerRequest = new VirtualNodeSpecListenerTimeoutHttp2PerRequestArgs { Unit = Milliseconds, Value = ms } },
            },
            _ => new VirtualNodeSpecListenerTimeoutArgs
            {
                Grpc = new VirtualNodeSpecListenerTimeoutGrpcArgs { PerRequest = new VirtualNodeSpecListenerTimeoutGrpcPerRequestArgs { Unit = Milliseconds, Value = ms } },
            },
        };
    }

    public static RouteSpecArgs Route(NodePlan node, Output<string> virtualNodeName) => node.Service.Protocol switch
    {
        ServiceProtocol.Http => new RouteSpecArgs { HttpRoute = HttpRoute(node.Calls, virtualNodeName) },
        ServiceProtocol.Http2 => new RouteSpecArgs { Http2Route = Http2Route(node.Calls, virtualNodeName) },
        _ => new RouteSpecArgs { GrpcRoute = GrpcRoute(node.Calls, virtualNodeName) },
    };

    private static RouteSpecHttpRouteArgs HttpRoute(CallPolicy calls, Output<string> virtualNodeName)
    {
        var route = new RouteSpecHttpRouteArgs
        {
            Match = new RouteSpecHttpRouteMatchArgs { Prefix = "/" },
            Action = new RouteSpecHttpRouteActionArgs { WeightedTargets = { new RouteSpecHttpRouteActionWeightedTargetArgs { VirtualNode = virtualNodeName, Weight = 100 } } },
        };
        if (calls.PerRequestTimeout is { } timeout)
        {
            route.Timeout = new RouteSpecHttpRouteTimeoutArgs { PerRequest = new RouteSpecHttpRouteTimeoutPerRequestArgs { Unit = Milliseconds, Value = CallPolicies.Milliseconds(timeout) } };
        }

        if (calls.Retries is { } retries)
        {
            route.RetryPolicy = new RouteSpecHttpRouteRetryPolicyArgs
            {
                MaxRetries = retries.MaxRetries,
                PerRetryTimeout = new RouteSpecHttpRouteRetryPolicyPerRetryTimeoutArgs { Unit = Milliseconds, Value = CallPolicies.Milliseconds(retries.PerTryTimeout) },
                HttpRetryEvents = retries.HttpEvents.ToList(),
                TcpRetryEvents = retries.TcpEvents.ToList(),
            };
        }

        return route;
    }

    private static RouteSpecHttp2RouteArgs Http2Route(CallPolicy calls, Output<string> virtualNodeName)
    {
        var route = new RouteSpecHttp2RouteArgs
        {
            Match = new RouteSpecHttp2RouteMatchArgs { Prefix = "/" },
            Action = new RouteSpecHttp2RouteActionArgs { WeightedTargets = { new RouteSpecHttp2RouteActionWeightedTargetArgs { VirtualNode = virtualNodeName, Weight = 100 } } },
        };
        if (calls.PerRequestTimeout is { } timeout)
        {
            route.Timeout = new RouteSpecHttp2RouteTimeoutArgs { PerRequest = new RouteSpecHttp2RouteTimeoutPerRequestArgs { Unit = Milliseconds, Value = CallPolicies.Milliseconds(timeout) } };
        }

        if (calls.Retries is { } retries)
        {
            route.RetryPolicy = new RouteSpecHttp2RouteRetryPolicyArgs
            {
                MaxRetries = retries.MaxRetries,
                PerRetryTimeout = new RouteSpecHttp2RouteRetryPolicyPerRetryTimeoutArgs { Unit = Milliseconds, Value = CallPolicies.Milliseconds(retries.PerTryTimeout) },
                HttpRetryEvents = retries.HttpEvents.ToList(),
                TcpRetryEvents = retries.TcpEvents.ToList(),
            };
        }

        return route;
    }

    private static RouteSpecGrpcRouteArgs GrpcRoute(CallPolicy calls, Output<string> virtualNodeName)
    {
        var route = new RouteSpecGrpcRouteArgs
        {
            // An empty match (no service or method name) matches every gRPC call to this service.
            Match = new RouteSpecGrpcRouteMatchArgs(),
            Action = new RouteSpecGrpcRouteActionArgs { WeightedTargets = { new RouteSpecGrpcRouteActionWeightedTargetArgs { VirtualNode = virtualNodeName, Weight = 100 } } },
        };
        if (calls.PerRequestTimeout is { } timeout)
        {
            route.Timeout = new RouteSpecGrpcRouteTimeoutArgs { PerRequest = new RouteSpecGrpcRouteTimeoutPerRequestArgs { Unit = Milliseconds, Value = CallPolicies.Milliseconds(timeout) } };
        }

        if (calls.Retries is { } retries)
        {
            route.RetryPolicy = new RouteSpecGrpcRouteRetryPolicyArgs
            {
                MaxRetries = retries.MaxRetries,
                PerRetryTimeout = new RouteSpecGrpcRouteRetryPolicyPerRetryTimeoutArgs { Unit = Milliseconds, Value = CallPolicies.Milliseconds(retries.PerTryTimeout) },
                GrpcRetryEvents = retries.GrpcEvents.ToList(),
                HttpRetryEvents = retries.HttpEvents.ToList(),
                TcpRetryEvents = retries.TcpEvents.ToList(),
            };
        }

        return route;
    }

    public static VirtualGatewaySpecArgs Gateway(GatewayPlan gateway, MeshCertificates certificates, IReadOnlyList<string> edgeClientSans)
    {
        var edgeValidation = new VirtualGatewaySpecListenerTlsValidationArgs
        {
            Trust = new VirtualGatewaySpecListenerTlsValidationTrustArgs
            {
                File = new VirtualGatewaySpecListenerTlsValidationTrustFileArgs { CertificateChain = MeshCertificates.EdgeClientTrustFile },
            },
        };
        if (edgeClientSans.Count > 0)
        {
            edgeValidation.SubjectAlternativeNames = new VirtualGatewaySpecListenerTlsValidationSubjectAlternativeNamesArgs
            {
                Match = new VirtualGatewaySpecListenerTlsValidationSubjectAlternativeNamesMatchArgs { Exacts = edgeClientSans.ToList() },
            };
        }

        return GatewaySpec(gateway, certificates, edgeValidation);
    }

    private static VirtualGatewaySpecArgs GatewaySpec(GatewayPlan gateway, MeshCertificates certificates, VirtualGatewaySpecListenerTlsValidationArgs edgeValidation) => new()
    {
        Listeners =
        {
            new VirtualGatewaySpecListenerArgs
            {
                // The edge forwards with fetch(), so the gateway speaks HTTP/1.1 to it; Envoy speaks each target's
                // own protocol (HTTP/2 for http2 and gRPC nodes) upstream.
                PortMapping = new VirtualGatewaySpecListenerPortMappingArgs { Port = gateway.Port, Protocol = "http" },
                Tls = new VirtualGatewaySpecListenerTlsArgs
                {
                    Mode = StrictTls,
                    Certificate = certificates.Source == CertificateSource.Sds
                        ? new VirtualGatewaySpecListenerTlsCertificateArgs { Sds = new VirtualGatewaySpecListenerTlsCertificateSdsArgs { SecretName = certificates.SdsCertificate(AppMeshNames.GatewayWorkload) } }
                        : new VirtualGatewaySpecListenerTlsCertificateArgs
                        {
                            File = new VirtualGatewaySpecListenerTlsCertificateFileArgs { CertificateChain = MeshCertificates.CertificateChainFile, PrivateKey = MeshCertificates.PrivateKeyFile },
                        },
                    Validation = edgeValidation,
                },
            },
        },
        BackendDefaults = new VirtualGatewaySpecBackendDefaultsArgs
        {
            ClientPolicy = new VirtualGatewaySpecBackendDefaultsClientPolicyArgs
            {
                Tls = new VirtualGatewaySpecBackendDefaultsClientPolicyTlsArgs
                {
                    Enforce = true,
                    Certificate = certificates.Source == CertificateSource.Sds
                        ? new VirtualGatewaySpecBackendDefaultsClientPolicyTlsCertificateArgs
                        {
                            Sds = new VirtualGatewaySpecBackendDefaultsClientPolicyTlsCertificateSdsArgs { SecretName = certificates.SdsCertificate(AppMeshNames.GatewayWorkload) },
                        }
                        : new VirtualGatewaySpecBackendDefaultsClientPolicyTlsCertificateArgs
                        {
                            File = new VirtualGatewaySpecBackendDefaultsClientPolicyTlsCertificateFileArgs
                            {
                                CertificateChain = MeshCertificates.CertificateChainFile,
                                PrivateKey = MeshCertificates.PrivateKeyFile,
                            },
                        },
                    Validation = new VirtualGatewaySpecBackendDefaultsClientPolicyTlsValidationArgs
                    {
                        Trust = certificates.Source == CertificateSource.Sds
                            ? new VirtualGatewaySpecBackendDefaultsClientPolicyTlsValidationTrustArgs
                            {
                                Sds = new VirtualGatewaySpecBackendDefaultsClientPolicyTlsValidationTrustSdsArgs { SecretName = certificates.SdsTrustBundle },
                            }
                            : new VirtualGatewaySpecBackendDefaultsClientPolicyTlsValidationTrustArgs
                            {
                                File = new VirtualGatewaySpecBackendDefaultsClientPolicyTlsValidationTrustFileArgs { CertificateChain = MeshCertificates.MeshTrustFile },
                            },
                        SubjectAlternativeNames = new VirtualGatewaySpecBackendDefaultsClientPolicyTlsValidationSubjectAlternativeNamesArgs
                        {
                            Match = new VirtualGatewaySpecBackendDefaultsClientPolicyTlsValidationSubjectAlternativeNamesMatchArgs { Exacts = gateway.BackendSans.ToList() },
                        },
                    },
                },
            },
        },
        Logging = new VirtualGatewaySpecLoggingArgs
        {
            AccessLog = new VirtualGatewaySpecLoggingAccessLogArgs
            {
                File = new VirtualGatewaySpecLoggingAccessLogFileArgs
                {
                    Path = EnvoyAccessLogFormat.Path,
                    Format = new VirtualGatewaySpecLoggingAccessLogFileFormatArgs
                    {
                        Jsons = EnvoyAccessLogFormat.Json(gateway.Name)
                            .Select(f => new VirtualGatewaySpecLoggingAccessLogFileFormatJsonArgs { Key = f.Key, Value = f.Value })
                            .ToList(),
                    },
                },
            },
        },
    };

    public static GatewayRouteSpecArgs GatewayRoute(GatewayRoutePlan route, Output<string> virtualServiceName)
    {
        var prefix = route.Route.Match == PathMatch.Prefix;
        var match = new GatewayRouteSpecHttpRouteMatchArgs { Headers = route.Headers.Select(Header).ToList() };
        var rewrite = new GatewayRouteSpecHttpRouteActionRewriteArgs
        {
            Hostname = new GatewayRouteSpecHttpRouteActionRewriteHostnameArgs { DefaultTargetHostname = Disabled },
        };
        if (prefix)
        {
            match.Prefix = route.Route.Path;
            rewrite.Prefix = new GatewayRouteSpecHttpRouteActionRewritePrefixArgs { DefaultPrefix = Disabled };
        }
        else
        {
            match.Path = new GatewayRouteSpecHttpRouteMatchPathArgs { Exact = route.Route.Path };
        }

        return new GatewayRouteSpecArgs
        {
            HttpRoute = new GatewayRouteSpecHttpRouteArgs
            {
                Match = match,
                Action = new GatewayRouteSpecHttpRouteActionArgs
                {
                    Target = new GatewayRouteSpecHttpRouteActionTargetArgs
                    {
                        VirtualService = new GatewayRouteSpecHttpRouteActionTargetVirtualServiceArgs { VirtualServiceName = virtualServiceName },
                    },

                    // The assertion signs the host and the path as the edge sent them (contract §2): the gateway must
                    // not replace the host with the virtual service name, nor strip the matched prefix.
                    Rewrite = rewrite,
                },
            },
        };
    }

    private static GatewayRouteSpecHttpRouteMatchHeaderArgs Header(HeaderRequirement requirement) => requirement.Condition switch
    {
        // A header condition without a match method is a presence check; inverted, an absence check.
        HeaderCondition.Present => new GatewayRouteSpecHttpRouteMatchHeaderArgs { Name = requirement.Name, Invert = false },
        HeaderCondition.Absent => new GatewayRouteSpecHttpRouteMatchHeaderArgs { Name = requirement.Name, Invert = true },
        HeaderCondition.Exact => new GatewayRouteSpecHttpRouteMatchHeaderArgs
        {
            Name = requirement.Name,
            Invert = false,
            Match = new GatewayRouteSpecHttpRouteMatchHeaderMatchArgs { Exact = requirement.Value! },
        },
        HeaderCondition.Regex => new GatewayRouteSpecHttpRouteMatchHeaderArgs
        {
            Name = requirement.Name,
            Invert = false,
            Match = new GatewayRouteSpecHttpRouteMatchHeaderMatchArgs { Regex = requirement.Value! },
        },
        _ => throw new ArgumentOutOfRangeException(nameof(requirement), requirement.Condition, "unknown header condition"),
    };
}
