namespace IdentityFabric.Components.Iam;

/// <summary>
/// The IAM documents that make a service's identity, shared by both mesh backends: who may assume the role, and
/// which secrets it may read. Each names exact principals and exact ARNs; no wildcard resource.
/// </summary>
public static class ServiceIdentityPolicies
{
    /// <summary>The trust policy of a service's role.</summary>
    /// <param name="identity">Where workloads run.</param>
    /// <param name="accountId">The environment's AWS account id (ECS: the tasks must come from it).</param>
    /// <param name="serviceAccount">The Kubernetes service account name (EKS); usually the service name.</param>
    public static string TrustPolicy(WorkloadIdentity identity, string accountId, string serviceAccount)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var document = new IamPolicyDocument();
        if (identity.Platform == WorkloadPlatform.Ecs)
        {
            document.Add(new IamStatement("EcsTasksAssume", ["sts:AssumeRole"], [])
            {
                Principals = new Dictionary<string, IReadOnlyList<string>> { ["Service"] = ["ecs-tasks.amazonaws.com"] },
                Conditions = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>
                {
                    ["StringEquals"] = new Dictionary<string, IReadOnlyList<string>> { ["aws:SourceAccount"] = [accountId] },
                },
            });
        }
        else
        {
            var providerArn = identity.EksOidcProviderArn!;
            var issuer = providerArn[(providerArn.IndexOf("oidc-provider/", StringComparison.Ordinal) + "oidc-provider/".Length)..];
            document.Add(new IamStatement("EksServiceAccountAssume", ["sts:AssumeRoleWithWebIdentity"], [])
            {
                Principals = new Dictionary<string, IReadOnlyList<string>> { ["Federated"] = [providerArn] },
                Conditions = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>
                {
                    ["StringEquals"] = new Dictionary<string, IReadOnlyList<string>>
                    {
                        [$"{issuer}:sub"] = [$"system:serviceaccount:{identity.EksNamespace}:{serviceAccount}"],
                        [$"{issuer}:aud"] = ["sts.amazonaws.com"],
                    },
                },
            });
        }

        return document.ToJson();
    }

    /// <summary>Read access to exactly the given secrets; null when the service has none (no policy is needed).</summary>
    /// <param name="secretArns">The ARNs of the service's own secrets.</param>
    public static IamStatement? ReadOwnSecrets(IReadOnlyCollection<string> secretArns)
    {
        ArgumentNullException.ThrowIfNull(secretArns);
        return secretArns.Count == 0
            ? null
            : new IamStatement("ReadOwnSecrets", ["secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue"], secretArns.ToList());
    }
}
