using System.Collections.Immutable;
using IdentityFabric.Catalog;
using IdentityFabric.Components.Iam;
using IdentityFabric.Components.Topology;
using Pulumi;
using Pulumi.Aws.Iam;
using Role = Pulumi.Aws.Iam.Role;

namespace IdentityFabric.Components.Identity;

/// <summary>A service's IAM role as other components use it: to attach their own policies and to name it.</summary>
/// <param name="Name">The role's IAM name.</param>
/// <param name="Arn">The role's ARN.</param>
/// <param name="Resource">The role itself, for components that must wait until it exists.</param>
public sealed record ServiceRole(Output<string> Name, Output<string> Arn, Resource Resource);

/// <summary>What <see cref="ServiceIdentities"/> is built from.</summary>
public sealed class ServiceIdentitiesArgs : ResourceArgs
{
    /// <summary>The environment view.</summary>
    public required EnvironmentView View { get; init; }

    /// <summary>The environment's topology: every catalog service gets an identity, whatever its backend.</summary>
    public required MeshTopology Topology { get; init; }

    /// <summary>Where the services run, which decides who may assume their roles.</summary>
    public required WorkloadIdentity Workload { get; init; }

    /// <summary>Catalog secret name to its Secrets Manager ARN; must hold every secret of every service.</summary>
    public required IReadOnlyDictionary<string, Output<string>> SecretArns { get; init; }

    /// <summary>Components that owned service roles in an older layout of the stack; their names become aliases so
    /// the roles are adopted in place. Empty for a stack that never had them.</summary>
    public IReadOnlyList<FormerIdentityOwner> FormerOwners { get; init; } = [];
}

/// <summary>
/// The identity of every catalog service, independent of its mesh backend: one IAM role per service (trusted by its
/// workload only) and one inline policy letting it read exactly its own secrets. The mesh backends attach their own
/// grants to these roles; since no backend owns a role, switching a service between backends never moves, replaces
/// or recreates it.
/// </summary>
public sealed class ServiceIdentities : ComponentResource
{
    /// <summary>Each service's role ARN, by catalog service name.</summary>
    [Output("roleArns")]
    public Output<ImmutableDictionary<string, string>> RoleArns { get; private set; } = null!;

    /// <summary>Each service's role, by catalog service name, for the components that attach policies to it.</summary>
    public IReadOnlyDictionary<string, ServiceRole> Roles { get; }

    /// <summary>Creates the identities.</summary>
    /// <param name="name">The component's name; children are named from it.</param>
    /// <param name="args">The environment, its topology, the workload platform and the secrets' ARNs.</param>
    /// <param name="options">Resource options.</param>
    /// <exception cref="ArgumentException">A service's secret has no ARN, or a secret ARN is not a single ARN.</exception>
    public ServiceIdentities(string name, ServiceIdentitiesArgs args, ComponentResourceOptions? options = null)
        : base("identity-fabric:identity:ServiceIdentities", name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        var environment = args.View.Environment;
        var specs = ServiceIdentityPlanner.Plan(args.View, args.Topology, args.Workload);
        var tags = FabricTags.For(environment.Name, ServiceIdentityPlanner.TagComponent);
        var stack = Deployment.Instance.StackName;
        var project = Deployment.Instance.ProjectName;

        var roles = new Dictionary<string, ServiceRole>(StringComparer.Ordinal);
        foreach (var spec in specs)
        {
            var secretArns = spec.Secrets
                .Select(secret => args.SecretArns.TryGetValue(secret, out var arn)
                    ? arn
                    : throw new ArgumentException($"no Secrets Manager ARN for secret '{secret}' of service '{spec.Service}'", nameof(args)))
                .ToList();

            var roleOptions = new CustomResourceOptions { Parent = this, Protect = environment.Protects(ProtectedResourceKind.Iam) };
            roleOptions.Aliases.AddRange(args.FormerOwners.Select(owner => (Input<Alias>)new Alias
            {
                Name = owner.RoleLogicalName(spec.Service),
                ParentUrn = owner.ComponentUrn(stack, project),
            }));
            var role = new Role(ServiceIdentityPlanner.RoleLogicalName(name, spec.Service), new RoleArgs
            {
                Name = spec.RoleName,
                Description = spec.Description,
                AssumeRolePolicy = spec.TrustPolicy,
                Tags = tags,
            }, roleOptions);

            if (secretArns.Count > 0)
            {
                var policyOptions = new CustomResourceOptions { Parent = this };
                policyOptions.Aliases.AddRange(args.FormerOwners
                    .Where(owner => owner.SecretsPolicyLogicalName(spec.Service) is not null)
                    .Select(owner => (Input<Alias>)new Alias
                    {
                        Name = owner.SecretsPolicyLogicalName(spec.Service)!,
                        ParentUrn = owner.ComponentUrn(stack, project),
                    }));
                _ = new RolePolicy(ServiceIdentityPlanner.SecretsLogicalName(name, spec.Service), new RolePolicyArgs
                {
                    Role = role.Name,
                    Name = ServiceIdentityPlanner.SecretsPolicyName,
                    Policy = Output.All(secretArns).Apply(arns => ServiceIdentityPlanner.ReadOwnSecretsDocument(arns)!),
                }, policyOptions);
            }

            roles[spec.Service] = new ServiceRole(role.Name, role.Arn, role);
        }

        Roles = roles;
        var arns = roles.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        RoleArns = Output.All(arns.Select(r => r.Value.Arn)).Apply(values =>
            arns.Select((r, i) => KeyValuePair.Create(r.Key, values[i])).ToImmutableDictionary(StringComparer.Ordinal));
        RegisterOutputs(new Dictionary<string, object?> { ["roleArns"] = RoleArns });
    }
}
