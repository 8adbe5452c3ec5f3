using System.Text.Json;

namespace IdentityFabric.Federation.Tests;

/// <summary>What STS sees when the edge calls <c>AssumeRoleWithWebIdentity</c> with a token.</summary>
/// <param name="ProviderArn">The IAM OIDC provider that matched the token's issuer.</param>
/// <param name="ConditionPrefix">That provider's condition key prefix (issuer without scheme).</param>
/// <param name="Audience">The token's audience.</param>
/// <param name="Tags">The session tags of the token's <c>https://aws.amazon.com/tags</c> claim.</param>
internal sealed record WebIdentityRequest(string ProviderArn, string ConditionPrefix, string Audience, IReadOnlyDictionary<string, string> Tags);

/// <summary>
/// A deliberately small reading of IAM's evaluation rules for trust policies, enough to run requests against the
/// documents the component writes: Allow statements only, Principal.Federated, Action, and <c>StringEquals</c>
/// (keys compared without case, values with case, a missing key never matches). Any other operator or element makes
/// it throw rather than guess, so a policy that grows beyond what is checked here fails the tests.
/// </summary>
internal static class TrustPolicyEvaluator
{
    /// <summary>Whether STS would issue credentials: the assume action is allowed and, when the token carries session
    /// tags, so is <c>sts:TagSession</c>.</summary>
    public static bool Allows(string policyJson, WebIdentityRequest request)
    {
        using var document = JsonDocument.Parse(policyJson);
        var statements = document.RootElement.GetProperty("Statement").EnumerateArray().ToList();
        var assume = statements.Any(s => Matches(s, "sts:AssumeRoleWithWebIdentity", request));
        var tag = request.Tags.Count == 0 || statements.Any(s => Matches(s, "sts:TagSession", request));
        return assume && tag;
    }

    private static bool Matches(JsonElement statement, string action, WebIdentityRequest request)
    {
        foreach (var property in statement.EnumerateObject())
        {
            if (property.Name is not ("Sid" or "Effect" or "Principal" or "Action" or "Condition"))
            {
                throw new NotSupportedException($"policy element '{property.Name}' is not evaluated here");
            }
        }

        if (statement.GetProperty("Effect").GetString() != "Allow")
        {
            throw new NotSupportedException("Deny statements are not evaluated here");
        }

        if (!Strings(statement.GetProperty("Action")).Contains(action, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        var principal = statement.GetProperty("Principal");
        if (principal.EnumerateObject().Any(p => p.Name != "Federated")
            || !Strings(principal.GetProperty("Federated")).Contains(request.ProviderArn, StringComparer.Ordinal))
        {
            return false;
        }

        if (!statement.TryGetProperty("Condition", out var conditions))
        {
            return true;
        }

        foreach (var op in conditions.EnumerateObject())
        {
            if (op.Name != "StringEquals")
            {
                throw new NotSupportedException($"condition operator '{op.Name}' is not evaluated here");
            }

            foreach (var key in op.Value.EnumerateObject())
            {
                var actual = Context(key.Name, request);
                if (actual is null || !Strings(key.Value).Contains(actual, StringComparer.Ordinal))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static string? Context(string key, WebIdentityRequest request)
    {
        if (string.Equals(key, request.ConditionPrefix + ":aud", StringComparison.OrdinalIgnoreCase))
        {
            return request.Audience;
        }

        const string tagPrefix = "aws:RequestTag/";
        if (key.StartsWith(tagPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var tagKey = key[tagPrefix.Length..];
            return request.Tags.FirstOrDefault(t => string.Equals(t.Key, tagKey, StringComparison.OrdinalIgnoreCase)).Value;
        }

        // Keys of another provider (or unknown keys) are absent from this request's context.
        return null;
    }

    private static List<string> Strings(JsonElement element) => element.ValueKind == JsonValueKind.Array
        ? element.EnumerateArray().Select(e => e.GetString()!).ToList()
        : [element.GetString()!];
}
