using System.Text.Json.Nodes;
using IdentityFabric.Catalog;
using IdentityFabric.Components.Edge.RoutePolicy;

namespace IdentityFabric.Components.Edge.Worker;

/// <summary>
/// The <c>FEDERATION_CONFIG</c> binding (contracts/worker-bindings.md, "STS federation bindings", and
/// docs/federation.md): how the Worker exchanges a verified token for the IAM role of the caller's catalog role.
/// </summary>
public static class FederationConfigDocument
{
    /// <summary>The SigV4 signing name of VPC Lattice services.</summary>
    public const string LatticeService = "vpc-lattice-svcs";

    /// <summary>The session length asked of STS, in seconds (the shortest STS grants).</summary>
    public const int DurationSeconds = 900;

    /// <summary>How long the Worker waits for STS, in milliseconds.</summary>
    public const int TimeoutMs = 3000;

    /// <summary>Whether an environment federates (identity propagation <c>sts</c> or <c>both</c>).</summary>
    /// <param name="environment">The environment.</param>
    public static bool Federates(DeploymentEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return environment.IdentityPropagation is IdentityPropagation.Sts or IdentityPropagation.Both;
    }

    /// <summary>The document for a federating environment.</summary>
    /// <param name="environment">The environment (its propagation mode and region).</param>
    /// <param name="roleArns">IAM role ARN by catalog role (the federation component's <c>roleArns</c>).</param>
    /// <exception cref="ArgumentException">The environment does not federate, or no role is mapped.</exception>
    public static string Build(DeploymentEnvironment environment, IReadOnlyDictionary<string, string> roleArns)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(roleArns);
        if (!Federates(environment))
        {
            throw new ArgumentException($"environment '{environment.Name}' propagates identity by assertion only");
        }

        if (roleArns.Count == 0)
        {
            throw new ArgumentException("federation needs at least one role ARN");
        }

        var roles = new JsonObject();
        foreach (var (role, arn) in roleArns.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            roles[role] = arn;
        }

        return CanonicalJson.Write(new JsonObject
        {
            ["mode"] = environment.IdentityPropagation == IdentityPropagation.Sts ? "sts" : "both",
            ["stsEndpoint"] = $"https://sts.{environment.AwsRegion}.amazonaws.com/",
            ["region"] = environment.AwsRegion,
            ["service"] = LatticeService,
            ["roleArnsByRole"] = roles,
            ["durationSeconds"] = DurationSeconds,
            ["timeoutMs"] = TimeoutMs,
        });
    }
}
