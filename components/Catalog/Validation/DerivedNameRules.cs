namespace IdentityFabric.Catalog.Validation;

public static partial class CatalogValidator
{
    /// <summary>Catalog names without a derived cloud name (edges, apps, clients) are held to this length.</summary>
    public const int MaxPlainNameLength = 255;

    private const int WorkerScriptNameMax = 63;

    /// <summary>The longest route id the edge's route policy (schema 1) carries.</summary>
    private const int RoutePolicyRouteIdMax = 128;

    /// <summary>The longest role name the edge's route policy (schema 1) carries.</summary>
    private const int RoutePolicyRoleNameMax = 64;

    /// <summary>Service names that the program keeps for its own workloads and resources (<see cref="ResourceNames.ReservedServiceNames"/>).</summary>
    private static void CheckReservedServiceNames(ValidationContext c)
    {
        foreach (var service in c.Catalog.Services.Where(s => s.Name.Length > 0))
        {
            if (ResourceNames.ReservedServiceNames.TryGetValue(service.Name, out var why))
            {
                c.Error(c.At(service.Location, "name"), $"the service name '{service.Name}' is reserved: {why}");
            }
        }
    }

    private static void CheckDerivedNames(ValidationContext c)
    {
        var environments = c.Catalog.Environments.Where(e => e.Name.Length > 0).ToList();
        var plainEnvironments = environments.Select(e => IsValidName(e.Name)).ToArray();
        foreach (var service in c.Catalog.Services.Where(s => s.Name.Length > 0))
        {
            // A valid service name joined to a valid environment name by hyphens gives a valid name for every one of
            // these objects, so only the length decides; other names are spelled out and checked in full.
            var plainName = IsValidName(service.Name);
            for (var k = 0; k < environments.Count; k++)
            {
                var env = environments[k];
                if (plainName && plainEnvironments[k] && env.Name.Length + service.Name.Length + "--envoy".Length <= ResourceNames.IamRoleNameMax)
                {
                    continue;
                }

                var roleName = ResourceNames.ServiceRoleName(env.Name, service.Name);
                if (!ResourceNames.IsValidIamRoleName(roleName))
                {
                    c.Error(c.At(service.Location, "name"), TooLong("IAM role", roleName, env, ResourceNames.IamRoleNameMax));
                    break;
                }
            }

            // What only VPC Lattice refuses is checked where an environment runs the service there, and that environment
            // is looked up once, only for a name or health-check path Lattice would refuse.
            var reservedPrefix = service.Name.StartsWith(ResourceNames.LatticeServicePrefix, StringComparison.Ordinal) || service.Name.StartsWith(ResourceNames.LatticeTargetGroupPrefix, StringComparison.Ordinal);
            var health = service.HealthCheck.Path is { Length: > 0 } p ? p : null;
            var healthTooLong = health?.Length > RoutePatterns.LatticeHealthCheckPathMax;
            var healthRefused = health is null || healthTooLong ? null : RoutePatterns.LatticePathRefuses(health);
            if ((reservedPrefix || healthTooLong || healthRefused is not null) &&
                environments.FirstOrDefault(e => e.Mesh.BackendFor(service.Name) == MeshBackend.Lattice) is { } onLattice)
            {
                // Lattice keeps svc-… and tg-… for its own ids, and a service's Lattice service and target group names
                // start with its own name.
                if (reservedPrefix)
                {
                    c.Error(c.At(service.Location, "name"), $"service name '{service.Name}' begins its VPC Lattice service and target group names, and Lattice refuses those starting with '{ResourceNames.LatticeServicePrefix}' or '{ResourceNames.LatticeTargetGroupPrefix}' (environment '{onLattice.Name}' runs it on VPC Lattice)");
                }

                // A Lattice target group checks health on a path of at most 2,048 characters of a narrow set.
                if (healthTooLong || healthRefused is not null)
                {
                    c.Error(c.At(service.HealthCheck.Location, "path"), healthTooLong
                        ? $"health-check path is {health!.Length} characters; a VPC Lattice target group takes at most {RoutePatterns.LatticeHealthCheckPathMax} (environment '{onLattice.Name}' runs the service on VPC Lattice)"
                        : $"health-check path '{health}' holds '{healthRefused}', which a VPC Lattice target group refuses (letters, digits and @ : % _ + . ~ # ? & / = - only; environment '{onLattice.Name}' runs the service on VPC Lattice)");
                }
            }

            for (var k = 0; k < environments.Count; k++)
            {
                var env = environments[k];
                var joined = service.Name.Length + 1 + env.Name.Length;
                if (plainName && plainEnvironments[k] && joined <= ResourceNames.LatticeServiceNameMax)
                {
                    continue; // short enough for every object of either backend: no need to ask which one it runs on
                }

                var backend = env.Mesh.BackendFor(service.Name);
                // Past the check above, a plain name is too long for Lattice: only App Mesh's names can still all fit.
                if (plainName && plainEnvironments[k] && backend != MeshBackend.Lattice && joined + "router-".Length <= ResourceNames.AppMeshNameMax)
                {
                    continue;
                }

                if (MeshNameProblem(service, env, backend) is { } problem)
                {
                    c.Error(c.At(service.Location, "name"), problem);
                    break;
                }
            }
        }

        foreach (var route in c.Catalog.AllRoutes.Where(r => r.Id.Length > 0))
        {
            SourceLocation At() => c.At(route.Location, route.Id == route.Name ? "name" : "id");
            if (route.Id.Length > RoutePolicyRouteIdMax)
            {
                c.Error(At(), $"route id is {route.Id.Length} characters; the edge's route policy takes at most {RoutePolicyRouteIdMax}");
                continue;
            }

            foreach (var env in environments)
            {
                var gateway = ResourceNames.GatewayRouteName(route.Id, env.Name);
                if (env.Mesh.Backend != MeshBackend.Lattice && !ResourceNames.IsValidAppMeshName(gateway))
                {
                    c.Error(At(), TooLong("App Mesh gateway route", gateway, env, ResourceNames.AppMeshNameMax));
                    break;
                }

                var rule = ResourceNames.LatticeRuleName(route.Id);
                if (env.Mesh.Backend != MeshBackend.AppMesh && !ResourceNames.IsValidLatticeName(rule, ResourceNames.LatticeNameMax))
                {
                    c.Error(At(), TooLong("VPC Lattice listener rule", rule, env, ResourceNames.LatticeNameMax));
                    break;
                }

                if (RouteBackendPathProblem(route, env) is { } pathProblem)
                {
                    c.Error(c.At(route.Location, "path"), pathProblem);
                    break;
                }

                if (env.Mesh.Backend != MeshBackend.AppMesh && (rule == ResourceNames.LatticeCallersRuleName || rule.StartsWith(ResourceNames.LatticeRulePrefix, StringComparison.Ordinal)))
                {
                    c.Error(At(), rule == ResourceNames.LatticeCallersRuleName
                        ? $"route id '{route.Id}' is the name of the listener rule each Lattice service keeps for its catalog callers (environment '{env.Name}' runs VPC Lattice)"
                        : $"route id '{route.Id}' names a VPC Lattice listener rule, and Lattice refuses rule names starting with '{ResourceNames.LatticeRulePrefix}' (environment '{env.Name}' runs VPC Lattice)");
                    break;
                }
            }
        }

        CheckReservedServiceNames(c);

        foreach (var role in c.Catalog.Roles.Where(r => r.Name.Length > 0))
        {
            if (role.Name.Length > RoutePolicyRoleNameMax)
            {
                c.Error(c.At(role.Location, "name"), $"role name is {role.Name.Length} characters; the edge's route policy takes at most {RoutePolicyRoleNameMax}");
                continue;
            }

            foreach (var env in environments.Where(e => e.IdentityPropagation != IdentityPropagation.Assertion))
            {
                var name = ResourceNames.FederatedRoleName(env.Name, role.Name);
                if (!ResourceNames.IsValidIamRoleName(name))
                {
                    c.Error(c.At(role.Location, "name"), TooLong("federated IAM role", name, env, ResourceNames.IamRoleNameMax));
                    break;
                }
            }
        }

        foreach (var secret in c.Catalog.Secrets.Where(s => s.Name.Length > 0 && SecretNameProblem(s.Name) is null))
        {
            SourceLocation Here() => c.At(secret.Location, "name");
            if (secret.Name.Length > ResourceNames.AwsTagValueMax)
            {
                c.Error(Here(), $"secret name is {secret.Name.Length} characters; it is the value of the secret's tag identity-fabric:secret, and AWS tag values take at most {ResourceNames.AwsTagValueMax}");
                continue; // its derived names are longer still: one error says it
            }

            if (ResourceNames.LooksLikeArnSuffix(secret.Name))
            {
                c.Warning(Here(), $"secret name '{secret.Name}' ends in a hyphen and six characters, like the suffix Secrets Manager adds to ARNs; lookups by partial ARN could pick the wrong secret");
            }

            foreach (var env in environments)
            {
                var name = ResourceNames.SecretName(env.Name, secret.Name);
                if (name.Length > ResourceNames.SecretNameMax)
                {
                    c.Error(Here(), TooLong("Secrets Manager secret", name, env, ResourceNames.SecretNameMax));
                    break;
                }

                if (!ResourceNames.IsValidSecretName(name))
                {
                    c.Error(Here(), $"Secrets Manager secret name '{name}' may only hold letters, digits and /_+=.@-");
                    break;
                }
            }
        }

        foreach (var provider in c.Catalog.IdentityProviders.Where(p => p.Name.Length > 0))
        {
            var key = ResourceNames.JwksKvKey(provider.Name);
            if (!ResourceNames.IsValidKvKey(key))
            {
                c.Error(c.At(provider.Location, "name"),
                    $"KV key '{Shorten(key)}' is {ResourceNames.KvKeyBytes(key)} bytes; Workers KV keys hold at most {ResourceNames.KvKeyMaxBytes}");
            }
        }

        foreach (var env in environments)
        {
            var worker = ResourceNames.WorkerScriptName(env.Name);
            var federation = ResourceNames.FederationWorkerScriptName(env.Name);
            if (worker.Length > WorkerScriptNameMax)
            {
                c.Error(c.At(env.Location, "name"), $"Worker script name '{Shorten(worker)}' is {worker.Length} characters; the limit is {WorkerScriptNameMax}");
            }
            else if (env.IdentityPropagation != IdentityPropagation.Assertion && federation.Length > WorkerScriptNameMax)
            {
                // Federating environments deploy a second Worker whose name is the edge's, suffixed.
                c.Error(c.At(env.Location, "name"), $"federation Worker script name '{Shorten(federation)}' is {federation.Length} characters; the limit is {WorkerScriptNameMax}");
            }

            if (env.Name.EndsWith(ResourceNames.FederationWorkerSuffix, StringComparison.Ordinal))
            {
                var other = env.Name[..^ResourceNames.FederationWorkerSuffix.Length];
                c.Error(c.At(env.Location, "name"),
                    $"environment names ending in '{ResourceNames.FederationWorkerSuffix}' are reserved: this environment's Worker script '{Shorten(worker)}' would be the federation Worker of an environment '{other}', in this catalog or another stack of the account, and one upload would replace the other");
            }

            var key = ResourceNames.RoutePolicyKvKey(env.Name);
            if (!ResourceNames.IsValidKvKey(key))
            {
                c.Error(c.At(env.Location, "name"), $"KV key '{Shorten(key)}' is {ResourceNames.KvKeyBytes(key)} bytes; Workers KV keys hold at most {ResourceNames.KvKeyMaxBytes}");
            }
        }

        // A machine client's name is a key of the edge's route policy and part of the IAM role that reads its
        // credentials in every environment.
        foreach (var client in c.Catalog.MachineClients.Where(m => m.Name.Length > 0))
        {
            if (client.Name.Length > ResourceNames.MachineClientNameMax)
            {
                c.Error(c.At(client.Location, "name"), $"machine client name is {client.Name.Length} characters; the edge's route policy takes at most {ResourceNames.MachineClientNameMax}");
                continue;
            }

            foreach (var env in environments)
            {
                var reader = ResourceNames.MachineClientReaderRoleName(env.Name, client.Name);
                if (!ResourceNames.IsValidIamRoleName(reader))
                {
                    c.Error(c.At(client.Location, "name"), TooLong("IAM role", reader, env, ResourceNames.IamRoleNameMax));
                    break;
                }
            }
        }

        var plain = c.Catalog.Edges.Select(e => (e.Name, e.Location, "edge entry point"))
            .Concat(c.Catalog.BrowserApps.Select(a => (a.Name, a.Location, "browser app")));
        foreach (var (name, location, what) in plain)
        {
            if (name.Length > MaxPlainNameLength)
            {
                c.Error(c.At(location, "name"), $"{what} name is {name.Length} characters; the limit is {MaxPlainNameLength}");
            }
        }
    }

    /// <summary>Why the mesh that runs a route's service in <paramref name="env"/> cannot match its path: VPC Lattice
    /// listener rules take at most 200 characters of a narrower set, App Mesh gateway routes exact paths of at most 255.
    /// Only paths the route policy accepts reach here.</summary>
    private static string? RouteBackendPathProblem(EdgeRoute route, DeploymentEnvironment env)
    {
        var path = route.Path;
        var refused = RoutePatterns.LatticePathRefuses(path);
        if (path.Length <= RoutePatterns.LatticeRulePathMax && refused is null)
        {
            return null; // fits either backend
        }

        if (path.Length == 0 || RoutePatterns.Problem(path, route.Match) is not null || route.Service.Length == 0)
        {
            return null; // reported as it is
        }

        var backend = env.Mesh.BackendFor(route.Service);
        if (backend == MeshBackend.Lattice)
        {
            return path.Length > RoutePatterns.LatticeRulePathMax
                ? $"path is {path.Length} characters; a VPC Lattice listener rule matches at most {RoutePatterns.LatticeRulePathMax} (environment '{env.Name}' runs service '{route.Service}' on VPC Lattice)"
                : $"path '{path}' holds '{refused}', which a VPC Lattice listener rule cannot match (letters, digits and @ : _ + . ~ & / = - only; environment '{env.Name}' runs service '{route.Service}' on VPC Lattice)";
        }

        return route.Match == PathMatch.Exact && path.Length > RoutePatterns.AppMeshExactPathMax
            ? $"exact path is {path.Length} characters; an App Mesh gateway route matches at most {RoutePatterns.AppMeshExactPathMax} (environment '{env.Name}' runs service '{route.Service}' on App Mesh)"
            : null;
    }

    /// <summary>Why a mesh object name derived for <paramref name="service"/> in <paramref name="env"/> is not valid.</summary>
    private static string? MeshNameProblem(Service service, DeploymentEnvironment env, MeshBackend backend)
    {
        var names = backend == MeshBackend.Lattice
            ? new[]
            {
                ("VPC Lattice service", ResourceNames.LatticeServiceName(service.Name, env.Name), ResourceNames.LatticeServiceNameMax),
                ("VPC Lattice target group", ResourceNames.LatticeTargetGroupName(service.Name, env.Name), 128),
            }
            : new[]
            {
                ("App Mesh virtual node", ResourceNames.VirtualNodeName(service.Name, env.Name), ResourceNames.AppMeshNameMax),
                ("App Mesh virtual router", ResourceNames.VirtualRouterName(service.Name, env.Name), ResourceNames.AppMeshNameMax),
            };
        var bad = names.FirstOrDefault(n => backend == MeshBackend.Lattice
            ? !ResourceNames.IsValidLatticeName(n.Item2, n.Item3)
            : !ResourceNames.IsValidAppMeshName(n.Item2));
        return bad.Item1 is null ? null : TooLong(bad.Item1, bad.Item2, env, bad.Item3);
    }

    private static string TooLong(string what, string name, DeploymentEnvironment env, int max) =>
        name.Length > max
            ? $"{what} name '{Shorten(name)}' derived for environment '{env.Name}' is {name.Length} characters; the limit is {max}"
            : $"{what} name '{Shorten(name)}' derived for environment '{env.Name}' is not valid for that kind of object";

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
