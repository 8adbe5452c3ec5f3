using IdentityFabric.Catalog;

namespace IdentityFabric.Components.Iam;

/// <summary>
/// The resource policy of a secret that exactly one workload of the fabric may read (the ingress's tunnel token, a
/// machine client's credentials). An identity policy alone would leave the secret to whichever other role is ever
/// granted <c>secretsmanager:GetSecretValue</c> widely; this policy denies it to every other role of the
/// environment (their names all start with <c>{env}-</c>) and to every principal of another account, whatever
/// their own policies say.
/// </summary>
/// <remarks>
/// Principals of the account outside the fabric's naming (account administrators, the role that runs
/// <c>pulumi up</c>, which reads back the versions it writes) keep the access IAM gives them: denying them would make
/// the stack unable to manage its own secret. Only denials are stated, so the policy names no principal that must
/// exist before it is written; the reader's read comes from its own identity policy.
/// </remarks>
public static class SecretReaderPolicy
{
    /// <summary>The actions that reveal a secret's value.</summary>
    public static IReadOnlyList<string> ReadActions { get; } = ["secretsmanager:GetSecretValue"];

    /// <summary>The statement id of the denial to the environment's other roles.</summary>
    public const string OtherRolesSid = "OnlyTheReaderAmongFabricRoles";

    /// <summary>The statement id of the denial to other accounts.</summary>
    public const string OtherAccountsSid = "NoOtherAccount";

    /// <summary>The resource policy: only <paramref name="readerRoleName"/> among the environment's roles, and no
    /// principal of another account, may read the secret.</summary>
    /// <param name="environment">The environment (account and name).</param>
    /// <param name="readerRoleName">The one role of the environment that may read it.</param>
    /// <exception cref="ArgumentException">The reader is not a role of the environment's naming.</exception>
    public static IamPolicyDocument For(DeploymentEnvironment environment, string readerRoleName)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentException.ThrowIfNullOrEmpty(readerRoleName);
        if (!ResourceNames.IsValidIamRoleName(readerRoleName) || !readerRoleName.StartsWith(environment.Name + "-", StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{readerRoleName}' is not a role name of environment '{environment.Name}'", nameof(readerRoleName));
        }

        var account = environment.AwsAccountId;
        var everyone = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { ["AWS"] = ["*"] };
        return new IamPolicyDocument()
            .Add(new IamStatement(OtherRolesSid, ReadActions, ["*"])
            {
                Effect = "Deny",
                Principals = everyone,
                Conditions = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>(StringComparer.Ordinal)
                {
                    ["ArnLike"] = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
                    {
                        ["aws:PrincipalArn"] = [$"arn:aws:iam::{account}:role/{environment.Name}-*"],
                    },
                    ["ArnNotEquals"] = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
                    {
                        ["aws:PrincipalArn"] = [$"arn:aws:iam::{account}:role/{readerRoleName}"],
                    },
                },
            })
            .Add(new IamStatement(OtherAccountsSid, ["secretsmanager:*"], ["*"])
            {
                Effect = "Deny",
                Principals = everyone,
                Conditions = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>(StringComparer.Ordinal)
                {
                    ["StringNotEquals"] = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
                    {
                        ["aws:PrincipalAccount"] = [account],
                    },
                },
            });
    }

    /// <summary>The reader's identity statement: read the one secret.</summary>
    /// <param name="sid">The statement id.</param>
    /// <param name="secretArn">The secret's ARN.</param>
    public static IamStatement ReadStatement(string sid, string secretArn)
    {
        ArgumentException.ThrowIfNullOrEmpty(secretArn);
        return new IamStatement(sid, ["secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue"], [secretArn]);
    }
}
