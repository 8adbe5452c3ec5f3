using IdentityFabric.Components.Iam;

namespace IdentityFabric.AppMesh.Planning;

/// <summary>
/// The App Mesh grant of one Envoy's role: stream the configuration of exactly its own mesh object, named by a single
/// ARN. A service's secrets are not read through this policy: its identity
/// (<see cref="IdentityFabric.Components.Identity.ServiceIdentities"/>) grants that, whichever mesh it runs on.
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
    /// <exception cref="ArgumentException">An empty ARN, or one containing a wildcard.</exception>
    public static string Document(string meshResourceArn) =>
        new IamPolicyDocument()
            .Add(new IamStatement("StreamOwnMeshConfiguration", [StreamAction], [IamArns.RequireSingle(meshResourceArn, nameof(meshResourceArn))]))
            .ToJson();
}
