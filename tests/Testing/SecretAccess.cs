using System.Text.Json;
using System.Text.RegularExpressions;

namespace IdentityFabric.Testing;

/// <summary>
/// Whether a principal may read a secret, evaluated as IAM does for the statements these policies use: an explicit
/// deny in the identity or the resource policy wins; otherwise an allow in either grants (same account) — across
/// accounts both must allow. Conditions: <c>ArnLike</c>, <c>ArnNotEquals</c>, <c>StringEquals</c>,
/// <c>StringNotEquals</c> on <c>aws:PrincipalArn</c> and <c>aws:PrincipalAccount</c>. Anything else fails the test.
/// </summary>
public static class SecretAccess
{
    /// <summary>The action that reveals a secret's value.</summary>
    public const string Read = "secretsmanager:GetSecretValue";

    /// <summary>Whether <paramref name="principalArn"/> may read <paramref name="secretArn"/>.</summary>
    /// <param name="principalArn">The caller (a role or account root ARN).</param>
    /// <param name="identityPolicies">The caller's identity policies (JSON).</param>
    /// <param name="resourcePolicy">The secret's resource policy (JSON), or null.</param>
    /// <param name="secretArn">The secret's ARN.</param>
    public static bool MayRead(string principalArn, IEnumerable<string> identityPolicies, string? resourcePolicy, string secretArn)
    {
        var account = principalArn.Split(':')[4];
        var secretAccount = secretArn.Split(':')[4];
        var identity = identityPolicies.SelectMany(Statements).ToList();
        var resource = resourcePolicy is null ? [] : Statements(resourcePolicy).ToList();
        var context = new Dictionary<string, string>(StringComparer.Ordinal) { ["aws:PrincipalArn"] = principalArn, ["aws:PrincipalAccount"] = account };

        bool Applies(JsonElement s, bool isResourcePolicy) =>
            Matches(s, "Action", Read)
            && (isResourcePolicy ? PrincipalMatches(s, principalArn) && Matches(s, "Resource", secretArn, resourceWildcardIsSelf: true) : Matches(s, "Resource", secretArn))
            && ConditionsHold(s, context);

        if (identity.Any(s => Effect(s) == "Deny" && Applies(s, false)) || resource.Any(s => Effect(s) == "Deny" && Applies(s, true)))
        {
            return false;
        }

        var byIdentity = identity.Any(s => Effect(s) == "Allow" && Applies(s, false));
        var byResource = resource.Any(s => Effect(s) == "Allow" && Applies(s, true));
        return account == secretAccount ? byIdentity || byResource : byIdentity && byResource;
    }

    private static IEnumerable<JsonElement> Statements(string policy)
    {
        var statement = JsonDocument.Parse(policy).RootElement.GetProperty("Statement");
        return statement.ValueKind == JsonValueKind.Array ? statement.EnumerateArray().ToList() : [statement];
    }

    private static string Effect(JsonElement s) => s.GetProperty("Effect").GetString()!;

    private static IEnumerable<string> Values(JsonElement e) =>
        e.ValueKind == JsonValueKind.Array ? e.EnumerateArray().Select(v => v.GetString()!).ToList() : [e.GetString()!];

    private static bool Matches(JsonElement s, string member, string value, bool resourceWildcardIsSelf = false) =>
        s.TryGetProperty(member, out var e) && Values(e).Any(p => (resourceWildcardIsSelf && p == "*") || Glob(p, value));

    private static bool PrincipalMatches(JsonElement s, string principalArn)
    {
        if (!s.TryGetProperty("Principal", out var p))
        {
            return false;
        }

        if (p.ValueKind == JsonValueKind.String)
        {
            return p.GetString() == "*";
        }

        return p.TryGetProperty("AWS", out var aws) && Values(aws).Any(v => v == "*" || v == principalArn || v == $"arn:aws:iam::{principalArn.Split(':')[4]}:root");
    }

    private static bool ConditionsHold(JsonElement s, Dictionary<string, string> context)
    {
        if (!s.TryGetProperty("Condition", out var conditions))
        {
            return true;
        }

        foreach (var op in conditions.EnumerateObject())
        {
            foreach (var key in op.Value.EnumerateObject())
            {
                var expected = Values(key.Value).ToList();
                var present = context.TryGetValue(key.Name, out var actual);
                var holds = op.Name switch
                {
                    "ArnLike" or "StringLike" => present && expected.Any(e => Glob(e, actual!)),
                    "ArnEquals" or "StringEquals" => present && expected.Contains(actual!),
                    "ArnNotEquals" or "StringNotEquals" => !present || !expected.Contains(actual!),
                    _ => throw new InvalidOperationException($"condition operator {op.Name} is not modelled"),
                };
                if (!holds)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool Glob(string pattern, string value) =>
        Regex.IsMatch(value, "^" + Regex.Escape(pattern).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant);
}
