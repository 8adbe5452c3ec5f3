using IdentityFabric.Components.Iam;

namespace IdentityFabric.Components.Federation;

/// <summary>
/// The trust policy of a federated role: <c>sts:AssumeRoleWithWebIdentity</c> (with the <c>sts:TagSession</c> that
/// tags in the token require) from one OIDC provider, for one audience, and only with the session tag of one of the
/// role's IdP groups. One statement per group, because conditions inside a statement all have to hold, while
/// statements are alternatives.
/// </summary>
public static class FederatedTrustPolicy
{
    /// <summary>The action the edge calls.</summary>
    public const string AssumeAction = "sts:AssumeRoleWithWebIdentity";

    /// <summary>The permission STS requires when the token carries session tags.</summary>
    public const string TagSessionAction = "sts:TagSession";

    /// <summary>Renders the trust policy.</summary>
    /// <param name="role">The planned role.</param>
    /// <param name="providerArn">The ARN of the role's IAM OIDC provider.</param>
    public static string For(FederatedRolePlan role, string providerArn)
    {
        ArgumentNullException.ThrowIfNull(role);
        ArgumentException.ThrowIfNullOrEmpty(providerArn);
        if (role.IdpGroups.Count == 0)
        {
            // Without a group the role would be open to every holder of a token for the audience.
            throw new ArgumentException($"role '{role.CatalogName}' has no IdP group to require", nameof(role));
        }

        var document = new IamPolicyDocument();
        var index = 0;
        foreach (var group in role.IdpGroups.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            index++;
            document.Add(new IamStatement($"WebIdentityGroup{index}", [AssumeAction, TagSessionAction], [])
            {
                Principals = new Dictionary<string, IReadOnlyList<string>> { ["Federated"] = [providerArn] },
                Conditions = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>
                {
                    ["StringEquals"] = new Dictionary<string, IReadOnlyList<string>>
                    {
                        [$"{role.Provider.ConditionPrefix}:aud"] = [role.Audience],
                        [SessionTags.GroupConditionKey(group)] = [SessionTags.GroupTagValue],
                    },
                },
            });
        }

        return document.ToJson();
    }
}
