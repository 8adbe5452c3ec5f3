using System.Collections.Immutable;
using IdentityFabric.Catalog;
using IdentityFabric.Components.Iam;
using IdentityFabric.Components.Outputs;
using Pulumi;
using Pulumi.Aws.Iam;
using Pulumi.Aws.SecretsManager;
using IamRole = Pulumi.Aws.Iam.Role;

namespace IdentityFabric.Components.Secrets;

/// <summary>One machine client's Access service token, as the edge created it.</summary>
/// <param name="SecretVersion">The token's secret version (rises with each rotation).</param>
/// <param name="PreviousSecretExpiresAt">Until when the previous secret is accepted (RFC 3339), or null.</param>
/// <param name="ClientId">The token's client id.</param>
/// <param name="ClientSecret">The token's current client secret (secret).</param>
public sealed record MachineClientToken(int SecretVersion, string? PreviousSecretExpiresAt, Output<string> ClientId, Output<string> ClientSecret);

/// <summary>Inputs of <see cref="MachineClientCredentials"/>.</summary>
public sealed class MachineClientCredentialsArgs : ResourceArgs
{
    /// <summary>The environment's catalog view.</summary>
    public required EnvironmentView View { get; init; }

    /// <summary>Each machine client's token, by client name; must hold every machine client of the view.</summary>
    public required IReadOnlyDictionary<string, MachineClientToken> Tokens { get; init; }

    /// <summary>Where the clients' workloads run, which decides who may assume their reader roles.</summary>
    public required WorkloadIdentity Workload { get; init; }
}

/// <summary>
/// Each machine client's service token delivered to AWS: a Secrets Manager secret named for the client
/// (<see cref="MachineCredentialPlanner"/>), rewritten whenever the token rotates, readable by the client's own role
/// only (its resource policy denies every other role of the environment and every other account).
/// </summary>
public sealed class MachineClientCredentials : ComponentResource
{
    /// <summary>Creates the secrets and reader roles.</summary>
    /// <param name="name">The component's logical name.</param>
    /// <param name="args">The view, the tokens and where the clients run.</param>
    /// <param name="options">Resource options.</param>
    /// <exception cref="ArgumentException">A machine client without a token, or a derived name that does not fit.</exception>
    public MachineClientCredentials(string name, MachineClientCredentialsArgs args, ComponentResourceOptions? options = null)
        : base("identity-fabric:secrets:MachineClientCredentials", name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        var env = args.View.Environment;
        var tags = FabricTags.For(env.Name, "secrets");
        var child = new CustomResourceOptions { Parent = this };
        var secretArns = new Dictionary<string, Output<string>>(StringComparer.Ordinal);
        var roleArns = new Dictionary<string, Output<string>>(StringComparer.Ordinal);
        foreach (var plan in MachineCredentialPlanner.Plan(args.View))
        {
            var token = args.Tokens.TryGetValue(plan.Client, out var t)
                ? t
                : throw new ArgumentException($"no service token for machine client '{plan.Client}'", nameof(args));

            var role = new IamRole($"{name}-{plan.Client}-reader", new RoleArgs
            {
                Name = plan.ReaderRoleName,
                Description = $"Machine client {plan.Client}: reads its own Access service token, nothing else.",
                AssumeRolePolicy = ServiceIdentityPolicies.TrustPolicy(args.Workload, env.AwsAccountId, plan.Client),
                Tags = tags,
            }, new CustomResourceOptions { Parent = this, Protect = env.Protects(ProtectedResourceKind.Iam) });

            var secret = new Secret($"{name}-{plan.Client}", new SecretArgs
            {
                Name = plan.SecretName,
                Description = $"Cloudflare Access service token of machine client {plan.Client}; rotated with the token.",
                Policy = MachineCredentialPlanner.ResourcePolicy(env, plan).ToJson(),
                RecoveryWindowInDays = plan.RecoveryWindowDays,
                Tags = tags,
            }, new CustomResourceOptions { Parent = this, Protect = plan.Protect });

            _ = new SecretVersion($"{name}-{plan.Client}-version", new SecretVersionArgs
            {
                SecretId = secret.Id,
                SecretString = Output.CreateSecret(Output.Tuple(token.ClientId, token.ClientSecret)
                    .Apply(v => MachineCredentialPlanner.Document(v.Item1, v.Item2, token.SecretVersion, token.PreviousSecretExpiresAt))),
            }, child);

            _ = new RolePolicy($"{name}-{plan.Client}-read", new RolePolicyArgs
            {
                Role = role.Name,
                Name = "read-own-token",
                Policy = secret.Arn.Apply(arn => new IamPolicyDocument().Add(SecretReaderPolicy.ReadStatement("ReadOwnToken", arn)).ToJson()),
            }, child);

            secretArns[plan.Client] = secret.Arn;
            roleArns[plan.Client] = role.Arn;
        }

        SecretArns = OutputMaps.Collect(secretArns);
        ReaderRoleArns = OutputMaps.Collect(roleArns);
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["secretArns"] = SecretArns,
            ["readerRoleArns"] = ReaderRoleArns,
        });
    }

    /// <summary>Each machine client's credential secret ARN, by client name.</summary>
    [Output("secretArns")]
    public Output<ImmutableDictionary<string, string>> SecretArns { get; private set; } = null!;

    /// <summary>Each machine client's reader role ARN, by client name.</summary>
    [Output("readerRoleArns")]
    public Output<ImmutableDictionary<string, string>> ReaderRoleArns { get; private set; } = null!;
}
