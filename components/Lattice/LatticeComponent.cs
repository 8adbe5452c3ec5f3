using System.Collections.Immutable;
using IdentityFabric.Catalog;
using IdentityFabric.Components.Audit;
using IdentityFabric.Components.Identity;
using IdentityFabric.Components.Outputs;
using IdentityFabric.Components.Topology;
using Pulumi;
using Pulumi.Aws.CloudWatch;
using Pulumi.Aws.Iam;
using Pulumi.Aws.VpcLattice;
using Pulumi.Aws.VpcLattice.Inputs;
using Pulumi.Aws.VpcLattice.Outputs;
using Service = Pulumi.Aws.VpcLattice.Service;

namespace IdentityFabric.Components.Lattice;

/// <summary>Inputs of <see cref="LatticeComponent"/>.</summary>
public sealed class LatticeArgs : ResourceArgs
{
    /// <summary>The environment's catalog view.</summary>
    public required EnvironmentView View { get; init; }

    /// <summary>The environment's topology; only services whose backend is Lattice are created here.</summary>
    public required MeshTopology Topology { get; init; }

    /// <summary>The IAM role of each service, by catalog service name (<see cref="ServiceIdentities.Roles"/>); must hold
    /// every service that is on Lattice or calls one. This component attaches its invoke grants to them and creates
    /// none.</summary>
    public required IReadOnlyDictionary<string, ServiceRole> ServiceRoles { get; init; }

    /// <summary>The ingress role (from the mesh-neutral ingress component). Auth policies name it, so they wait for
    /// it; this component attaches its one Lattice grant to it.</summary>
    public required ServiceRole IngressRole { get; init; }

    /// <summary>The VPC the service network serves and the target groups live in.</summary>
    public required string VpcId { get; init; }
}

/// <summary>
/// The VPC Lattice backend of one environment: a service network with IAM auth, and for each service that runs on
/// Lattice its service, target group, HTTPS listener and rules, network association and auth policy; the identity
/// grants of every catalog call into Lattice, of the ingress and of every federated role on the edge routes that admit
/// it; the access log and its trace query.
/// </summary>
/// <remarks>
/// Service roles are not this backend's: they come from <see cref="ServiceIdentities"/>, and this component only
/// attaches <c>vpc-lattice-svcs:Invoke</c> grants to them, so switching a service to or from Lattice leaves its role
/// in place. The ingress role, the tunnel that carries the edge's requests to the ingress and the ingress proxy's
/// configuration belong to the mesh-neutral ingress component; this backend attaches one bounded grant to that role.
/// </remarks>
public sealed class LatticeComponent : ComponentResource
{
    /// <summary>The key of the ingress role in <see cref="RoleArns"/>.</summary>
    public const string IngressKey = ResourceNames.IngressRoleKey;

    /// <summary>Creates the backend.</summary>
    /// <param name="name">The component's logical name.</param>
    /// <param name="args">The environment, its topology, the services' and the ingress's roles, and the VPC.</param>
    /// <param name="options">Resource options.</param>
    /// <exception cref="ArgumentException">No VPC, a service named like the ingress or (with federation) like a federated
    /// role, a Lattice service that calls one still on App Mesh, a missing service role, or a catalog value Lattice
    /// cannot express.</exception>
    public LatticeComponent(string name, LatticeArgs args, ComponentResourceOptions? options = null)
        : base("identity-fabric:mesh:Lattice", name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        var view = args.View;
        var environment = view.Environment;
        var topology = args.Topology;
        if (string.IsNullOrWhiteSpace(args.VpcId))
        {
            throw new ArgumentException("the Lattice backend needs a VPC id (identity-fabric:vpcId)", nameof(args));
        }

        if (topology.Services.Any(s => s.Name == LatticePrincipals.IngressName))
        {
            throw new ArgumentException($"a catalog service may not be named '{LatticePrincipals.IngressName}': the ingress's role has that name", nameof(args));
        }

        var unreachable = LatticeMigration.UnreachableCalls(topology);
        if (unreachable.Count > 0)
        {
            var calls = string.Join(", ", unreachable.Select(c => $"{c.Caller} -> {c.Callee}"));
            throw new ArgumentException($"services on Lattice cannot call services still on App Mesh ({calls}); switch the callees first", nameof(args));
        }

        var services = topology.On(MeshBackend.Lattice).ToList();
        var tags = FabricTags.For(environment.Name, "lattice");
        var child = new CustomResourceOptions { Parent = this };

        var network = new ServiceNetwork($"{name}-{ResourceNames.LatticeNetworkKey}", new ServiceNetworkArgs
        {
            Name = ResourceNames.ServiceNetworkName(environment.Name),
            AuthType = "AWS_IAM",
            Tags = tags,
        }, new CustomResourceOptions { Parent = this, Protect = environment.Protects(ProtectedResourceKind.Mesh) });

        _ = new ServiceNetworkVpcAssociation($"{name}-{ResourceNames.LatticeNetworkKey}-vpc", new ServiceNetworkVpcAssociationArgs
        {
            ServiceNetworkIdentifier = network.Id,
            VpcIdentifier = args.VpcId,
            Tags = tags,
        }, child);

        _ = new AuthPolicy($"{name}-{ResourceNames.LatticeNetworkKey}-auth", new AuthPolicyArgs
        {
            ResourceIdentifier = network.Arn,
            Policy = LatticeAuthPolicies.NetworkPolicy(environment).ToJson(),
        }, child);

        var logGroup = CreateAudit(name, environment, topology, network, tags);

        ServiceRole RoleOf(string service) => args.ServiceRoles.TryGetValue(service, out var role)
            ? role
            : throw new ArgumentException($"no IAM role for service '{service}'", nameof(args));

        // Auth policies name roles by ARN; each is written once the roles it names exist (its callers' roles and the
        // ingress role), so the dependencies grow with the calls, not with the number of services squared.
        var onLattice = services.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var callerRoles = new Dictionary<string, Resource>(StringComparer.Ordinal);
        foreach (var caller in topology.Services.Where(s => s.Calls.Any(onLattice.Contains)))
        {
            callerRoles.TryAdd(caller.Name, RoleOf(caller.Name).Resource);
        }

        List<Resource> PrincipalRoles(ServiceNode node) => node.Callers
            .Select(caller => callerRoles.TryGetValue(caller, out var role) ? role : RoleOf(caller).Resource)
            .Append(args.IngressRole.Resource)
            .ToList();
        var serviceArns = new Dictionary<string, Output<string>>(StringComparer.Ordinal);
        var federatedRoles = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var domains = new Dictionary<string, Output<string>>(StringComparer.Ordinal);
        var ingressSigns = false;
        foreach (var node in services)
        {
            var service = CreateService(name, node, args, network, tags, child);
            var grants = LatticeAuthPolicies.Grants(node, topology, environment);
            if (!grants.IsEmpty)
            {
                _ = new AuthPolicy($"{name}-{node.Name}-auth", new AuthPolicyArgs
                {
                    ResourceIdentifier = service.Arn,
                    Policy = service.Arn.Apply(arn => LatticeAuthPolicies.ServicePolicy(grants, arn).ToJson()),
                }, new CustomResourceOptions { Parent = this, DependsOn = PrincipalRoles(node) });
            }

            ingressSigns |= grants.Routes.Any(r => r.IngressMaySign);

            foreach (var federated in LatticeIdentityPolicies.FederatedGrants(grants, environment))
            {
                federatedRoles.TryAdd(federated.CatalogRole, federated.RoleName);
            }

            serviceArns[node.Name] = service.Arn;
            domains[node.Name] = service.DnsEntries.Apply(FirstDomain);
        }

        // Every call the catalog allows into Lattice, from a caller on either backend: one inline policy per call, on
        // the caller's role (whichever backend it runs on, the role is the service's own), so switching one service
        // touches only the calls that involve it.
        foreach (var caller in topology.Services)
        {
            foreach (var callee in caller.Calls.Where(serviceArns.ContainsKey))
            {
                _ = new RolePolicy($"{name}-{caller.Name}-invokes-{callee}", new RolePolicyArgs
                {
                    Role = RoleOf(caller.Name).Name,
                    Name = $"lattice-invoke-{callee}",
                    Policy = serviceArns[callee].Apply(arn => LatticeIdentityPolicies.InvokeCallee(arn).ToJson()),
                }, child);
            }
        }

        // The ingress's identity side: one statement bounded by the service network, whatever the catalog's size; the
        // auth policies above decide which routes and methods it may send.
        if (ingressSigns)
        {
            _ = new RolePolicy($"{name}-ingress-invokes", new RolePolicyArgs
            {
                Role = args.IngressRole.Name,
                Name = "lattice-invoke",
                Policy = network.Arn.Apply(arn => LatticeIdentityPolicies.NetworkInvoke(environment, [arn]).ToJson()),
            }, child);
        }

        // IAM also requires the caller's own policies to allow a call, so each federated role that an auth policy admits
        // gets the same one grant as the ingress, attached by name to the federation component's role (the stack orders
        // that component first): the auth policies above decide its routes and methods. One statement per route or
        // service would grow with the catalog past IAM's 10,240 characters of inline policy per role (at about 35
        // services a role may reach).
        foreach (var (catalogRole, roleName) in federatedRoles)
        {
            _ = new RolePolicy($"{name}-{catalogRole}-federated-invokes", new RolePolicyArgs
            {
                Role = roleName,
                Name = "lattice-invoke",
                Policy = network.Arn.Apply(arn => LatticeIdentityPolicies.NetworkInvoke(environment, [arn]).ToJson()),
            }, child);
        }

        var roleArns = services.Select(s => KeyValuePair.Create(s.Name, RoleOf(s.Name).Arn)).Append(KeyValuePair.Create(IngressKey, args.IngressRole.Arn));
        ServiceNetworkArn = network.Arn;
        ServiceArns = OutputMaps.Collect(serviceArns);
        ServiceDomains = OutputMaps.Collect(domains);
        RoleArns = OutputMaps.Collect(roleArns);
        LogGroupName = logGroup.Name;
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["serviceNetworkArn"] = ServiceNetworkArn,
            ["serviceArns"] = ServiceArns,
            ["serviceDomains"] = ServiceDomains,
            ["roleArns"] = RoleArns,
            ["logGroupName"] = LogGroupName,
        });
    }

    /// <summary>The service network's ARN.</summary>
    [Output("serviceNetworkArn")]
    public Output<string> ServiceNetworkArn { get; private set; } = null!;

    /// <summary>Lattice service ARNs by catalog service name.</summary>
    [Output("serviceArns")]
    public Output<ImmutableDictionary<string, string>> ServiceArns { get; private set; } = null!;

    /// <summary>Each Lattice service's DNS name (what callers address and sign for), by catalog service name.</summary>
    [Output("serviceDomains")]
    public Output<ImmutableDictionary<string, string>> ServiceDomains { get; private set; } = null!;

    /// <summary>IAM role ARNs by catalog service name, plus <see cref="IngressKey"/> for the ingress.</summary>
    [Output("roleArns")]
    public Output<ImmutableDictionary<string, string>> RoleArns { get; private set; } = null!;

    /// <summary>The CloudWatch log group holding the service network's access records.</summary>
    [Output("logGroupName")]
    public Output<string> LogGroupName { get; private set; } = null!;

    private LogGroup CreateAudit(string name, DeploymentEnvironment environment, MeshTopology topology, ServiceNetwork network, Dictionary<string, string> tags)
    {
        var logGroup = new LogGroup($"{name}-access-logs", new LogGroupArgs
        {
            Name = AuditLogNames.AccessLogGroup(environment.Name, LatticeAuditQuery.Backend),
            RetentionInDays = LatticeAuditQuery.Retention(environment.LogRetentionDays),
            Tags = tags,
        }, new CustomResourceOptions { Parent = this });

        _ = new AccessLogSubscription($"{name}-access-log-subscription", new AccessLogSubscriptionArgs
        {
            ResourceIdentifier = network.Arn,
            DestinationArn = logGroup.Arn,
            ServiceNetworkLogType = "SERVICE",
            Tags = tags,
        }, new CustomResourceOptions { Parent = this });

        _ = new QueryDefinition($"{name}-trace-query", new QueryDefinitionArgs
        {
            Name = AuditLogNames.TraceQueryName(environment.Name, LatticeAuditQuery.Backend),
            LogGroupNames = LatticeAuditQuery.LogGroups(environment.Name, topology.On(MeshBackend.AppMesh).Any()).ToList(),
            QueryString = LatticeAuditQuery.FollowOneTrace(),
        }, new CustomResourceOptions { Parent = this, DependsOn = { logGroup } });

        return logGroup;
    }

    private Service CreateService(string name, ServiceNode node, LatticeArgs args, ServiceNetwork network, Dictionary<string, string> tags, CustomResourceOptions child)
    {
        var environment = args.View.Environment;
        var service = new Service($"{name}-{node.Name}-service", new ServiceArgs
        {
            Name = ResourceNames.LatticeServiceName(node.Name, environment.Name),
            AuthType = "AWS_IAM",
            Tags = tags,
        }, child);

        var spec = LatticeTargetGroups.For(node, environment.Name);
        var targets = new TargetGroup($"{name}-{node.Name}-targets", new TargetGroupArgs
        {
            Name = spec.Name,
            Type = spec.Type,
            Config = new TargetGroupConfigArgs
            {
                Port = spec.Port,
                Protocol = spec.Protocol,
                ProtocolVersion = spec.ProtocolVersion,
                VpcIdentifier = args.VpcId,
                IpAddressType = "IPV4",
                HealthCheck = spec.HealthCheck is { } check
                    ? new TargetGroupConfigHealthCheckArgs
                    {
                        Enabled = true,
                        Path = check.Path,
                        Protocol = spec.Protocol,
                        ProtocolVersion = check.ProtocolVersion,
                        Port = spec.Port,
                        HealthCheckIntervalSeconds = check.IntervalSeconds,
                        HealthCheckTimeoutSeconds = check.TimeoutSeconds,
                        HealthyThresholdCount = check.HealthyThreshold,
                        UnhealthyThresholdCount = check.UnhealthyThreshold,
                        Matcher = new TargetGroupConfigHealthCheckMatcherArgs { Value = check.Matcher },
                    }
                    : new TargetGroupConfigHealthCheckArgs { Enabled = false },
            },
            Tags = tags,
        }, child);

        var listener = new Listener($"{name}-{node.Name}-https", new ListenerArgs
        {
            Name = "https",
            Protocol = "HTTPS",
            Port = 443,
            ServiceIdentifier = service.Id,
            DefaultAction = new ListenerDefaultActionArgs
            {
                FixedResponse = new ListenerDefaultActionFixedResponseArgs { StatusCode = 404 },
            },
            Tags = tags,
        }, child);

        foreach (var rule in LatticeListenerRules.For(node, args.Topology))
        {
            var path = new ListenerRuleMatchHttpMatchPathMatchMatchArgs();
            if (rule.Match == PathMatch.Exact)
            {
                path.Exact = rule.Path;
            }
            else
            {
                path.Prefix = rule.Path;
            }

            var match = new ListenerRuleMatchHttpMatchArgs
            {
                PathMatch = new ListenerRuleMatchHttpMatchPathMatchArgs { CaseSensitive = true, Match = path },
            };
            if (rule.Method is { } method)
            {
                match.Method = method;
            }

            _ = new ListenerRule($"{name}-{node.Name}-rule-{rule.Name}", new ListenerRuleArgs
            {
                Name = rule.Name,
                Priority = rule.Priority,
                ServiceIdentifier = service.Id,
                ListenerIdentifier = listener.ListenerId,
                Match = new ListenerRuleMatchArgs { HttpMatch = match },
                Action = new ListenerRuleActionArgs
                {
                    Forward = new ListenerRuleActionForwardArgs
                    {
                        TargetGroups = { new ListenerRuleActionForwardTargetGroupArgs { TargetGroupIdentifier = targets.Id, Weight = 100 } },
                    },
                },
                Tags = tags,
            }, child);
        }

        _ = new ServiceNetworkServiceAssociation($"{name}-{node.Name}-association", new ServiceNetworkServiceAssociationArgs
        {
            ServiceIdentifier = service.Id,
            ServiceNetworkIdentifier = network.Id,
            Tags = tags,
        }, child);

        return service;
    }

    private static string FirstDomain(ImmutableArray<ServiceDnsEntry> entries) =>
        entries.IsDefaultOrEmpty ? "" : entries[0].DomainName ?? "";

}
