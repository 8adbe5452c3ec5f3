using System.Text.Json;
using System.Text.Json.Nodes;

namespace IdentityFabric.Components.Iam;

/// <summary>
/// A small, deterministic IAM policy document builder. Statements keep their order and their actions and
/// resources are sorted, so the same catalog always yields the same JSON (and so no spurious diff).
/// </summary>
public sealed class IamPolicyDocument
{
    private readonly List<IamStatement> _statements = [];

    /// <summary>The statements added so far.</summary>
    public IReadOnlyList<IamStatement> Statements => _statements;

    /// <summary>Adds a statement.</summary>
    /// <param name="statement">The statement.</param>
    /// <returns>This document, for chaining.</returns>
    public IamPolicyDocument Add(IamStatement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        _statements.Add(statement);
        return this;
    }

    /// <summary>Renders the document as compact JSON with <c>Version</c> 2012-10-17.</summary>
    public string ToJson()
    {
        var statements = new JsonArray();
        foreach (var s in _statements)
        {
            statements.Add(s.ToJsonNode());
        }

        var root = new JsonObject { ["Version"] = "2012-10-17", ["Statement"] = statements };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }
}

/// <summary>One IAM policy statement.</summary>
/// <param name="Sid">Statement id (alphanumeric).</param>
/// <param name="Actions">Actions; sorted on output.</param>
/// <param name="Resources">Resource ARNs; sorted on output. Empty for trust policies.</param>
public sealed record IamStatement(string Sid, IReadOnlyList<string> Actions, IReadOnlyList<string> Resources)
{
    /// <summary>Allow (the default) or Deny.</summary>
    public string Effect { get; init; } = "Allow";

    /// <summary>Principals, as principal type (e.g. <c>AWS</c>, <c>Service</c>, <c>Federated</c>) to identifiers.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? Principals { get; init; }

    /// <summary>Conditions, as operator (e.g. <c>StringEquals</c>) to key to values.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>? Conditions { get; init; }

    internal JsonObject ToJsonNode()
    {
        var node = new JsonObject { ["Sid"] = Sid, ["Effect"] = Effect };
        if (Principals is { Count: > 0 })
        {
            var principals = new JsonObject();
            foreach (var (type, ids) in Principals.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                principals[type] = ValueOrList(ids);
            }

            node["Principal"] = principals;
        }

        node["Action"] = ValueOrList(Actions);
        if (Resources.Count > 0)
        {
            node["Resource"] = ValueOrList(Resources);
        }

        if (Conditions is { Count: > 0 })
        {
            var conditions = new JsonObject();
            foreach (var (op, keys) in Conditions.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                var byKey = new JsonObject();
                foreach (var (key, values) in keys.OrderBy(k => k.Key, StringComparer.Ordinal))
                {
                    byKey[key] = ValueOrList(values);
                }

                conditions[op] = byKey;
            }

            node["Condition"] = conditions;
        }

        return node;
    }

    private static JsonNode ValueOrList(IReadOnlyList<string> values)
    {
        var sorted = values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (sorted.Count == 1)
        {
            return JsonValue.Create(sorted[0]);
        }

        var array = new JsonArray();
        foreach (var value in sorted)
        {
            array.Add(JsonValue.Create(value));
        }

        return array;
    }
}
