using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using IdentityFabric.Components.Preflight.Data;

namespace IdentityFabric.Components.Preflight.Iam;

/// <summary>Which kind of policy a document is: it decides which elements and principals it may hold.</summary>
internal enum PolicyKind
{
    /// <summary>A role's trust policy: a principal, sts actions, no resource.</summary>
    Trust,

    /// <summary>An identity policy (inline or managed): no principal.</summary>
    Identity,

    /// <summary>A VPC Lattice auth policy: a resource policy over vpc-lattice-svcs actions.</summary>
    LatticeAuth,
}

/// <summary>
/// IAM policy semantics and sizes: valid JSON, the version, statements, effects, principals allowed in each kind of
/// policy, actions that exist, condition operators and keys, resource ARN formats per action, the characters IAM
/// accepts; the aggregate size of a role's inline policies, managed policy size, trust policy size, Lattice auth
/// policy size, and role names unique case-insensitively.
/// </summary>
internal static partial class IamPolicyRules
{
    private static readonly HashSet<string> ProviderDomains = new(StringComparer.OrdinalIgnoreCase)
    {
        "cognito-identity.amazonaws.com", "accounts.google.com", "graph.facebook.com", "www.amazon.com",
    };

    public static void Check(IReadOnlyList<PreflightResource> resources, ConstraintTable table, CloudLimits limits, FindingSink sink)
    {
        var inlineByRole = new Dictionary<string, List<(PreflightResource Resource, string Path, long Size)>>(StringComparer.Ordinal);
        var rolesByName = new Dictionary<string, PreflightResource>(StringComparer.OrdinalIgnoreCase);
        foreach (var resource in resources)
        {
            switch (resource.Type)
            {
                case "aws:iam/role:Role":
                    var roleName = Text(resource.Inputs["name"]);
                    if (roleName is not null && !rolesByName.TryAdd(roleName, resource))
                    {
                        var limit = limits["iam.role.name.chars"];
                        sink.Error(resource, "name", resource.Inputs["name"], "iam.role-name-unique", limit.Source,
                            $"role names are unique case-insensitively; '{Text(rolesByName[roleName].Inputs["name"])}' ({rolesByName[roleName].Name}) is planned too");
                    }

                    if (Text(resource.Inputs["assumeRolePolicy"]) is { } trust)
                    {
                        var size = Document(resource, "assumeRolePolicy", trust, PolicyKind.Trust, table, sink);
                        var quota = limits["iam.role.trustPolicy.chars"];
                        if (size > quota.RaisableTo)
                        {
                            sink.Error(resource, "assumeRolePolicy", null, "iam.trust-policy-size", quota.Source,
                                $"{size} characters (whitespace not counted): a trust policy takes at most {quota.RaisableTo} even with a raised quota");
                        }
                        else if (size > quota.Value)
                        {
                            sink.Quota(resource, "assumeRolePolicy", size, quota.Value, "iam.trust-policy-size", quota.Source,
                                $"the trust policy has {size} characters (whitespace not counted), the default quota is {quota.Value}", quota.RaiseText);
                        }
                    }

                    if (resource.Inputs["inlinePolicies"] is JsonArray inline && roleName is not null)
                    {
                        for (var i = 0; i < inline.Count; i++)
                        {
                            if (Text(inline[i]?["policy"]) is { } document)
                            {
                                var path = $"inlinePolicies[{i}].policy";
                                Add(inlineByRole, roleName, (resource, path, Document(resource, path, document, PolicyKind.Identity, table, sink)));
                            }
                        }
                    }

                    break;
                case "aws:iam/rolePolicy:RolePolicy":
                    if (Text(resource.Inputs["policy"]) is { } policy)
                    {
                        var size = Document(resource, "policy", policy, PolicyKind.Identity, table, sink);
                        Add(inlineByRole, Text(resource.Inputs["role"]) ?? resource.Name, (resource, "policy", size));
                    }

                    break;
                case "aws:iam/policy:Policy":
                    if (Text(resource.Inputs["policy"]) is { } managed)
                    {
                        var size = Document(resource, "policy", managed, PolicyKind.Identity, table, sink);
                        var limit = limits["iam.managedPolicy.chars"];
                        if (size > limit.Value)
                        {
                            sink.Error(resource, "policy", null, "iam.managed-policy-size", limit.Source,
                                $"{size} characters (whitespace not counted), a managed policy takes at most {limit.Value}");
                        }
                    }

                    break;
                case "aws:vpclattice/authPolicy:AuthPolicy":
                    if (Text(resource.Inputs["policy"]) is { } auth)
                    {
                        Document(resource, "policy", auth, PolicyKind.LatticeAuth, table, sink);
                        var limit = limits["lattice.authPolicy.bytes"];
                        var bytes = System.Text.Encoding.UTF8.GetByteCount(auth);
                        if (bytes > limit.Value)
                        {
                            sink.Error(resource, "policy", null, "lattice.auth-policy-size", limit.Source,
                                $"{bytes} bytes, an auth policy takes at most {limit.Value}");
                        }
                    }

                    break;
                default:
                    break;
            }
        }

        var aggregate = limits["iam.role.inlinePolicies.chars"];
        foreach (var (role, policies) in inlineByRole.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var total = policies.Sum(p => p.Size);
            if (total > aggregate.Value)
            {
                var largest = policies.OrderByDescending(p => p.Size).First();
                sink.Error(largest.Resource, largest.Path, null, "iam.inline-policies-size", aggregate.Source,
                    $"role '{role}' carries {policies.Count} inline policies of {total.ToString("N0", CultureInfo.InvariantCulture)} characters together " +
                    $"(whitespace not counted); IAM takes at most {aggregate.Value.ToString("N0", CultureInfo.InvariantCulture)} per role");
            }
        }
    }

    /// <summary>Checks one policy document and returns its size as IAM counts it (whitespace not counted).</summary>
    internal static long Document(PreflightResource resource, string path, string text, PolicyKind kind, ConstraintTable table, FindingSink sink)
    {
        var size = text.Count(c => !char.IsWhiteSpace(c));
        var bad = text.FirstOrDefault(c => !(c is '\t' or '\n' or '\r' || (c >= ' ' && c <= '\u00FF')));
        if (bad != default)
        {
            sink.Error(resource, path, JsonValue.Create(text), "iam.characters", "IAM User Guide, \"IAM and AWS STS quotas\"",
                $"U+{(int)bad:X4} is not allowed in a policy document (IAM takes tab, LF, CR and U+0020–U+00FF)");
        }

        JsonObject? root;
        try
        {
            root = JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException failure)
        {
            sink.Error(resource, path, JsonValue.Create(text), "iam.json", IamVocabulary.Source, $"not valid JSON: {failure.Message}");
            return size;
        }

        if (root is null)
        {
            sink.Error(resource, path, JsonValue.Create(text), "iam.json", IamVocabulary.Source, "a policy is a JSON object");
            return size;
        }

        var version = Text(root["Version"]);
        if (version is not ("2012-10-17" or "2008-10-17"))
        {
            sink.Error(resource, $"{path}#Version", root["Version"], "iam.version", IamVocabulary.Source,
                "Version must be \"2012-10-17\" (or the legacy \"2008-10-17\"); without it policy variables are not supported");
        }

        var statements = root["Statement"] switch
        {
            JsonArray list => list.ToList(),
            JsonObject one => [one],
            _ => null,
        };
        if (statements is null || statements.Count == 0)
        {
            sink.Error(resource, $"{path}#Statement", null, "iam.statement", IamVocabulary.Source, "a policy needs at least one Statement");
            return size;
        }

        for (var i = 0; i < statements.Count; i++)
        {
            var at = $"{path}#Statement[{i}]";
            if (statements[i] is not JsonObject statement)
            {
                sink.Error(resource, at, statements[i], "iam.statement", IamVocabulary.Source, "a statement is a JSON object");
                continue;
            }

            Statement(resource, at, statement, kind, table, sink);
        }

        return size;
    }

    private static void Statement(PreflightResource resource, string at, JsonObject statement, PolicyKind kind, ConstraintTable table, FindingSink sink)
    {
        if (Text(statement["Effect"]) is not ("Allow" or "Deny"))
        {
            sink.Error(resource, $"{at}.Effect", statement["Effect"], "iam.effect", IamVocabulary.Source, "Effect must be \"Allow\" or \"Deny\"");
        }

        var hasPrincipal = statement.ContainsKey("Principal") || statement.ContainsKey("NotPrincipal");
        if (kind == PolicyKind.Identity && hasPrincipal)
        {
            sink.Error(resource, $"{at}.Principal", statement["Principal"] ?? statement["NotPrincipal"], "iam.principal", IamVocabulary.Source,
                "an identity policy must not name a principal (IAM refuses it as MalformedPolicyDocument)");
        }

        if (kind != PolicyKind.Identity && !hasPrincipal)
        {
            sink.Error(resource, at, null, "iam.principal", IamVocabulary.Source,
                kind == PolicyKind.Trust ? "a trust policy statement must name a Principal" : "an auth policy statement must name a Principal");
        }

        var providers = new List<string>();
        if (statement["Principal"] is { } principal)
        {
            Principals(resource, $"{at}.Principal", principal, kind, providers, sink);
        }

        var actions = Strings(statement["Action"] ?? statement["NotAction"]);
        if (statement.ContainsKey("Action") == statement.ContainsKey("NotAction"))
        {
            sink.Error(resource, $"{at}.Action", null, "iam.action", IamVocabulary.Source, "a statement takes exactly one of Action and NotAction");
        }

        foreach (var action in actions)
        {
            Action(resource, $"{at}.Action", action, kind, table, sink);
        }

        var hasResource = statement.ContainsKey("Resource") || statement.ContainsKey("NotResource");
        if (kind == PolicyKind.Trust && hasResource)
        {
            sink.Error(resource, $"{at}.Resource", statement["Resource"] ?? statement["NotResource"], "iam.resource", IamVocabulary.Source,
                "a trust policy must not name a Resource (IAM: \"Has prohibited field Resource\")");
        }
        else if (kind == PolicyKind.Identity && !hasResource)
        {
            sink.Error(resource, at, null, "iam.resource", IamVocabulary.Source, "an identity policy statement needs a Resource");
        }

        if (statement["Resource"] is { } resources)
        {
            foreach (var arn in Strings(resources))
            {
                foreach (var action in actions.Where(a => a.Contains(':', StringComparison.Ordinal) && !a.Contains('*', StringComparison.Ordinal)))
                {
                    if (IamVocabulary.ResourceFormat(action) is { } format && !format.Accepts(arn))
                    {
                        sink.Error(resource, $"{at}.Resource", JsonValue.Create(arn), "iam.resource-arn", IamVocabulary.Source,
                            $"{action} takes resources of the form {format}");
                    }
                }
            }
        }

        if (statement["Condition"] is JsonObject condition)
        {
            Conditions(resource, $"{at}.Condition", condition, providers, sink);
        }
        else if (statement["Condition"] is { } other)
        {
            sink.Error(resource, $"{at}.Condition", other, "iam.condition", IamVocabulary.Source, "Condition is an object of operators");
        }
    }

    private static void Principals(PreflightResource resource, string at, JsonNode principal, PolicyKind kind, List<string> providers, FindingSink sink)
    {
        if (principal is JsonValue star && Text(star) == "*")
        {
            if (kind == PolicyKind.Trust)
            {
                sink.Error(resource, at, principal, "iam.principal", IamVocabulary.Source, "a trust policy that lets anyone assume the role is refused here");
            }

            return;
        }

        if (principal is not JsonObject byKind)
        {
            sink.Error(resource, at, principal, "iam.principal", IamVocabulary.Source, "Principal is \"*\" or an object of AWS, Service, Federated");
            return;
        }

        foreach (var (type, value) in byKind)
        {
            var allowed = kind == PolicyKind.LatticeAuth ? type == "AWS" : type is "AWS" or "Service" or "Federated";
            if (!allowed)
            {
                sink.Error(resource, $"{at}.{type}", value, "iam.principal", IamVocabulary.Source,
                    kind == PolicyKind.LatticeAuth ? "a Lattice auth policy names AWS principals (or \"*\")" : $"'{type}' is not a principal type (AWS, Service, Federated)");
                continue;
            }

            foreach (var name in Strings(value))
            {
                var ok = type switch
                {
                    "AWS" => name == "*" || AccountId().IsMatch(name) || AwsPrincipal().IsMatch(name),
                    "Service" => ServicePrincipal().IsMatch(name),
                    _ => Federated(name, providers),
                };
                if (!ok)
                {
                    sink.Error(resource, $"{at}.{type}", JsonValue.Create(name), "iam.principal", IamVocabulary.Source,
                        type switch
                        {
                            "AWS" => "an AWS principal is an account id or arn:aws:iam::ACCOUNT:root|role/NAME|user/NAME",
                            "Service" => "a service principal is SERVICE.amazonaws.com",
                            _ => "a federated principal is arn:aws:iam::ACCOUNT:oidc-provider/HOST/PATH, a saml-provider ARN or an IdP domain",
                        });
                }
            }
        }
    }

    private static bool Federated(string name, List<string> providers)
    {
        if (OidcProvider().Match(name) is { Success: true } match)
        {
            providers.Add(match.Groups["url"].Value);
            return true;
        }

        return ProviderDomains.Contains(name) || SamlProvider().IsMatch(name);
    }

    private static void Action(PreflightResource resource, string at, string action, PolicyKind kind, ConstraintTable table, FindingSink sink)
    {
        var colon = action.IndexOf(':', StringComparison.Ordinal);
        if (action != "*" && (colon <= 0 || colon == action.Length - 1))
        {
            sink.Error(resource, at, JsonValue.Create(action), "iam.action", IamVocabulary.Source, "an action is SERVICE:ACTION");
            return;
        }

        var service = action == "*" ? "*" : action[..colon];
        if (kind == PolicyKind.Trust && !service.Equals("sts", StringComparison.OrdinalIgnoreCase))
        {
            sink.Error(resource, at, JsonValue.Create(action), "iam.action", IamVocabulary.Source, "a trust policy grants sts actions only (AssumeRole*, TagSession, SetSourceIdentity)");
            return;
        }

        if (kind == PolicyKind.LatticeAuth && !service.Equals("vpc-lattice-svcs", StringComparison.OrdinalIgnoreCase))
        {
            sink.Error(resource, at, JsonValue.Create(action), "iam.action", IamVocabulary.Source, "a Lattice auth policy grants vpc-lattice-svcs actions only");
            return;
        }

        if (!IamVocabulary.KnownServices.Contains(service))
        {
            return;
        }

        if (!KnownActions.GetOrAdd(action, a => Exists(a, service, table)))
        {
            sink.Error(resource, at, JsonValue.Create(action), "iam.unknown-action", IamVocabulary.Source + "; " + table.SourceLine,
                $"no action '{action}' exists in {service}");
        }
    }

    // Whether an action (or a wildcard) names an existing action depends on the action alone: decided once per text.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> KnownActions = new(StringComparer.Ordinal);

    private static bool Exists(string action, string service, ConstraintTable table)
    {
        if (!action.Contains('*', StringComparison.Ordinal) && !action.Contains('?', StringComparison.Ordinal))
        {
            return table.Actions.Contains(action) || IamVocabulary.ExtraActions.Contains(action);
        }

        var pattern = new Regex("^" + Regex.Escape(action).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return table.Actions.Concat(IamVocabulary.ExtraActions)
            .Where(a => a.StartsWith(service + ":", StringComparison.OrdinalIgnoreCase))
            .Any(pattern.IsMatch);
    }

    private static void Conditions(PreflightResource resource, string at, JsonObject condition, List<string> providers, FindingSink sink)
    {
        foreach (var (op, block) in condition)
        {
            var bare = op;
            foreach (var prefix in new[] { "ForAnyValue:", "ForAllValues:" })
            {
                if (bare.StartsWith(prefix, StringComparison.Ordinal))
                {
                    bare = bare[prefix.Length..];
                }
            }

            if (bare.EndsWith("IfExists", StringComparison.Ordinal) && bare != "Null")
            {
                bare = bare[..^"IfExists".Length];
            }

            if (!IamVocabulary.Operators.Contains(bare))
            {
                sink.Error(resource, $"{at}.{op}", null, "iam.condition-operator", IamVocabulary.Source, $"'{op}' is not a condition operator");
            }

            if (block is not JsonObject keys)
            {
                sink.Error(resource, $"{at}.{op}", block, "iam.condition", IamVocabulary.Source, "an operator takes an object of condition keys");
                continue;
            }

            foreach (var (key, _) in keys)
            {
                if (!KnownKey(key, providers, out var why))
                {
                    sink.Error(resource, $"{at}.{op}.{key}", null, "iam.condition-key", IamVocabulary.Source, why);
                }
            }
        }
    }

    private static bool KnownKey(string key, List<string> providers, out string why)
    {
        why = "";
        var colon = key.LastIndexOf(':');
        if (colon <= 0)
        {
            why = $"'{key}' is not a condition key (SERVICE:KEY)";
            return false;
        }

        var service = key[..colon];
        if (service.Contains('/', StringComparison.Ordinal) || service.Contains('.', StringComparison.Ordinal))
        {
            // An OIDC provider's claim: HOST/PATH:claim, for a provider this statement trusts.
            if (!IamVocabulary.OidcClaims.Contains(key[(colon + 1)..]))
            {
                why = $"an OIDC provider exposes {string.Join(", ", IamVocabulary.OidcClaims)} as condition keys, not '{key[(colon + 1)..]}'";
                return false;
            }

            if (!providers.Contains(service, StringComparer.Ordinal))
            {
                why = providers.Count == 0
                    ? $"'{key}' names an OIDC provider, but the statement trusts none"
                    : $"'{key}' names the OIDC provider '{service}', but the statement trusts {string.Join(", ", providers)}";
                return false;
            }

            return true;
        }

        if (service.Equals("aws", StringComparison.OrdinalIgnoreCase))
        {
            if (IamVocabulary.GlobalKeys.Contains(key) || IamVocabulary.GlobalKeyPrefixes.Any(p => key.StartsWith(p, StringComparison.OrdinalIgnoreCase) && key.Length > p.Length))
            {
                return true;
            }

            why = $"'{key}' is not a global condition key";
            return false;
        }

        if (!IamVocabulary.ServiceKeys.TryGetValue(service, out var keys))
        {
            return true;
        }

        var slash = key.IndexOf('/', StringComparison.Ordinal);
        if (keys.Contains(key) || (slash > 0 && keys.Contains(key[..(slash + 1)] + "*")))
        {
            return true;
        }

        why = $"'{key}' is not a condition key of {service}";
        return false;
    }

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }

    internal static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    internal static List<string> Strings(JsonNode? node) => node switch
    {
        JsonArray list => list.Select(Text).OfType<string>().ToList(),
        JsonValue value when Text(value) is { } text => [text],
        _ => [],
    };

    [GeneratedRegex(@"^\d{12}$")]
    private static partial Regex AccountId();

    [GeneratedRegex(@"^arn:aws[a-z-]*:(iam::\d{12}:(root|role/.+|user/.+)|sts::\d{12}:assumed-role/.+)$")]
    private static partial Regex AwsPrincipal();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9.-]*\.amazonaws\.com(\.cn)?$")]
    private static partial Regex ServicePrincipal();

    [GeneratedRegex(@"^arn:aws[a-z-]*:iam::\d{12}:oidc-provider/(?<url>[a-zA-Z0-9.-]+(/[^\s]*)?)$")]
    private static partial Regex OidcProvider();

    [GeneratedRegex(@"^arn:aws[a-z-]*:iam::\d{12}:saml-provider/[\w+=,.@-]+$")]
    private static partial Regex SamlProvider();
}
