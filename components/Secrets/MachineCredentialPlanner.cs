using System.Text.Json;
using IdentityFabric.Catalog;
using IdentityFabric.Components.Iam;

namespace IdentityFabric.Components.Secrets;

/// <summary>Where one machine client's service token is delivered.</summary>
/// <param name="Client">The catalog machine client.</param>
/// <param name="SecretName">The Secrets Manager secret holding its credentials.</param>
/// <param name="ReaderRoleName">The one role that may read it (the client's workload runs under it).</param>
/// <param name="RecoveryWindowDays">The secret's recovery window.</param>
/// <param name="Protect">Whether the environment protects its secrets.</param>
public sealed record MachineCredentialPlan(string Client, string SecretName, string ReaderRoleName, int RecoveryWindowDays, bool Protect);

/// <summary>
/// Delivers each machine client's Cloudflare Access service token to AWS: a Secrets Manager secret named for the
/// client, readable only by the client's own role. Pure: no Pulumi, no I/O.
/// </summary>
/// <remarks>
/// Rotation follows the token: when the edge raises the token's secret version, Cloudflare issues a new client
/// secret and the stack writes it as a new version of the secret (Secrets Manager keeps the one before as
/// <c>AWSPREVIOUS</c>). The old client secret stays valid at Cloudflare until <c>previousSecretExpiresAt</c>, which
/// the document carries, so a client that has not yet re-read its secret keeps working through the overlap.
/// </remarks>
public static class MachineCredentialPlanner
{
    /// <summary>The plans of every machine client of the environment, ordered by client name.</summary>
    /// <param name="view">The environment view.</param>
    /// <exception cref="ArgumentException">A derived name does not fit its limits.</exception>
    public static IReadOnlyList<MachineCredentialPlan> Plan(EnvironmentView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var protect = view.Environment.Protects(ProtectedResourceKind.Secrets);
        var plans = view.MachineClients
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => new MachineCredentialPlan(
                c.Name,
                SecretName(view.Name, c.Name),
                ReaderRoleName(view.Name, c.Name),
                protect ? SecretPlanner.ProtectedRecoveryWindowDays : SecretPlanner.UnprotectedRecoveryWindowDays,
                protect))
            .ToList();
        var bad = plans.SelectMany(p => new[]
            {
                ResourceNames.IsValidSecretName(p.SecretName) ? null : $"secret name '{p.SecretName}'",
                ResourceNames.IsValidIamRoleName(p.ReaderRoleName) ? null : $"IAM role name '{p.ReaderRoleName}'",
            })
            .OfType<string>()
            .ToList();
        return bad.Count == 0 ? plans : throw new ArgumentException(string.Join("; ", bad.Select(b => b + " does not fit its limits")), nameof(view));
    }

    /// <summary>The secret of a machine client: <c>identity-fabric/{env}/machine-clients/{client}</c>.</summary>
    /// <param name="environment">Environment name.</param>
    /// <param name="client">Machine client name.</param>
    public static string SecretName(string environment, string client) => ResourceNames.SecretName(environment, ResourceNames.MachineClientSecretPrefix + client);

    /// <summary>The role that reads a machine client's secret: <c>{env}-{client}-client</c>.</summary>
    /// <param name="environment">Environment name.</param>
    /// <param name="client">Machine client name.</param>
    public static string ReaderRoleName(string environment, string client) => ResourceNames.MachineClientReaderRoleName(environment, client);

    /// <summary>The secret's resource policy (<see cref="SecretReaderPolicy"/>): its reader role only.</summary>
    /// <param name="environment">The environment.</param>
    /// <param name="plan">The client's plan.</param>
    public static IamPolicyDocument ResourcePolicy(DeploymentEnvironment environment, MachineCredentialPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return SecretReaderPolicy.For(environment, plan.ReaderRoleName);
    }

    /// <summary>The secret's value: the headers a client sends to the edge, the token's secret version and, during a
    /// rotation's overlap, until when the previous secret is still accepted.</summary>
    /// <param name="clientId">The token's client id.</param>
    /// <param name="clientSecret">The token's current client secret.</param>
    /// <param name="secretVersion">The token's secret version.</param>
    /// <param name="previousSecretExpiresAt">When the previous secret stops being accepted (RFC 3339), or null.</param>
    public static string Document(string clientId, string clientSecret, int secretVersion, string? previousSecretExpiresAt)
    {
        ArgumentException.ThrowIfNullOrEmpty(clientId);
        ArgumentException.ThrowIfNullOrEmpty(clientSecret);
        var document = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["clientId"] = clientId,
            ["clientSecret"] = clientSecret,
            ["secretVersion"] = secretVersion,
        };
        if (previousSecretExpiresAt is not null)
        {
            document["previousSecretExpiresAt"] = previousSecretExpiresAt;
        }

        return JsonSerializer.Serialize(document);
    }
}
