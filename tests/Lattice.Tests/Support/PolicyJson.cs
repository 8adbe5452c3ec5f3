using System.Text.Json;

namespace IdentityFabric.Lattice.Tests.Support;

/// <summary>One statement of an IAM policy, read back from its JSON.</summary>
internal sealed record PolicyStatement(
    string? Sid,
    string Effect,
    IReadOnlyList<string> Principals,
    bool HasWildcardPrincipal,
    IReadOnlyList<string> Actions,
    IReadOnlyList<string> Resources,
    IReadOnlyList<string> Methods);

/// <summary>Reads IAM policy JSON the way IAM does: a value or a list, a principal string or map.</summary>
internal static class PolicyJson
{
    public static IReadOnlyList<PolicyStatement> Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var statements = document.RootElement.GetProperty("Statement");
        var list = statements.ValueKind == JsonValueKind.Array ? statements.EnumerateArray().ToList() : [statements];
        return list.Select(Read).ToList();
    }

    private static PolicyStatement Read(JsonElement s)
    {
        var principals = new List<string>();
        var wildcard = false;
        if (s.TryGetProperty("Principal", out var principal))
        {
            if (principal.ValueKind == JsonValueKind.String)
            {
                principals.Add(principal.GetString()!);
                wildcard = principal.GetString() == "*";
            }
            else
            {
                foreach (var byType in principal.EnumerateObject())
                {
                    var ids = Strings(byType.Value);
                    principals.AddRange(ids);
                    wildcard |= ids.Any(id => id.Contains('*', StringComparison.Ordinal));
                }
            }
        }

        var methods = new List<string>();
        if (s.TryGetProperty("Condition", out var condition))
        {
            foreach (var op in condition.EnumerateObject())
            {
                foreach (var key in op.Value.EnumerateObject().Where(k => k.Name == "vpc-lattice-svcs:RequestMethod"))
                {
                    methods.AddRange(Strings(key.Value));
                }
            }
        }

        return new PolicyStatement(
            s.TryGetProperty("Sid", out var sid) ? sid.GetString() : null,
            s.GetProperty("Effect").GetString()!,
            principals,
            wildcard,
            s.TryGetProperty("Action", out var action) ? Strings(action) : [],
            s.TryGetProperty("Resource", out var resource) ? Strings(resource) : [],
            methods);
    }

    private static List<string> Strings(JsonElement value) => value.ValueKind == JsonValueKind.Array
        ? value.EnumerateArray().Select(v => v.GetString()!).ToList()
        : [value.GetString()!];
}
