using IdentityFabric.Components.Iam;

namespace IdentityFabric.AppMesh.Planning;

/// <summary>
/// The permissions of one Envoy's role: stream the configuration of exactly its own mesh object, and read exactly
/// its own secrets. Every statement names single ARNs; none uses a wildcard.
/// </summary>
/// <remarks>
/// Writing X-Ray segments is not granted here: IAM only grants <c>xray:PutTraceSegments</c> on <c>*</c>, so it
/// belongs to the X-Ray daemon's role. Shipping access logs is the container log driver's job (the task execution
/// role), not the sidecar's.
/// </remarks>
public static class EnvoyRolePolicy
{
    /// <summary>The App Mesh action an Envoy needs.</summary>
    public const string StreamAction = "appmesh:StreamAggregatedResources";

    /// <summary>The policy document JSON.</summary>
    /// <param name="meshResourceArn">The virtual node's or virtual gateway's ARN.</param>
    /// <param name="secretArns">The ARNs of the workload's own secrets (may be empty).</param>
    /// <exception cref="ArgumentException">An empty ARN, or one containing a wildcard.</exception>
    public static string Document(string meshResourceArn, IReadOnlyCollection<string> secretArns)
    {
        ArgumentNullException.ThrowIfNull(secretArns);
        RequireSingleArn(meshResourceArn, nameof(meshResourceArn));
        foreach (var arn in secretArns)
        {
            RequireSingleArn(arn, nameof(secretArns));
        }

        var document = new IamPolicyDocument().Add(new IamStatement("StreamOwnMeshConfiguration", [StreamAction], [meshResourceArn]));
        if (ServiceIdentityPolicies.ReadOwnSecrets(secretArns) is { } readSecrets)
        {
            document.Add(readSecrets);
        }

        return document.ToJson();
    }

    private static void RequireSingleArn(string arn, string parameter)
    {
        if (string.IsNullOrWhiteSpace(arn) || !arn.StartsWith("arn:", StringComparison.Ordinal) || arn.Contains('*', StringComparison.Ordinal) || arn.Contains('?', StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{arn}' is not a single ARN", parameter);
        }
    }
}
