using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using IdentityFabric.Catalog;

namespace IdentityFabric.Components.Edge.RoutePolicy;

/// <summary>The compiled route policy of one environment: one KV value, whatever the number of routes.</summary>
/// <param name="Environment">The environment.</param>
/// <param name="KvKey">The KV key it is written under (<c>route-policy:&lt;environment&gt;</c>).</param>
/// <param name="Version">The content hash, <c>sha256:&lt;hex&gt;</c>.</param>
/// <param name="Json">The document in canonical JSON, version included.</param>
public sealed record RoutePolicyDocument(string Environment, string KvKey, string Version, string Json);

/// <summary>
/// Compiles routes, roles and machine clients into the route policy document of contracts/route-policy.md
/// (schema 1) and checks it the way the Worker will, so a document the Worker would refuse (and so serve
/// nothing but 503s) fails the deployment instead. The document holds names, patterns and group names only,
/// never a secret: it is written to KV in clear.
/// </summary>
public static partial class RoutePolicyCompiler
{
    /// <summary>The schema this compiler writes.</summary>
    public const int Schema = 1;

    /// <summary>The prefix of the document's KV key (owned by <c>workers-js/src/kv-keys.js</c>).</summary>
    public const string KvKeyPrefix = "route-policy:";

    /// <summary>The KV key of an environment's document: <c>route-policy:&lt;environment&gt;</c>.</summary>
    /// <param name="environment">A lower-case environment name.</param>
    /// <exception cref="RoutePolicyException">The name would make an odd key.</exception>
    public static string KvKey(string environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return EnvironmentName().IsMatch(environment)
            ? KvKeyPrefix + environment
            : throw new RoutePolicyException($"environment name '{environment}' cannot name a KV key");
    }

    /// <summary>The source of an environment's policy: every catalog role, every route exposed here (limited to
    /// the hostname of its entry point) and the machine clients whose routes are exposed here.</summary>
    /// <param name="view">The environment view.</param>
    /// <param name="machineClientIds">Each machine client's Access service token client id, by catalog name.</param>
    /// <exception cref="RoutePolicyException">A machine client has no client id.</exception>
    public static RoutePolicySource SourceFrom(EnvironmentView view, IReadOnlyDictionary<string, string> machineClientIds)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(machineClientIds);
        var personalData = view.Services
            .Where(s => s.Service.HandlesPersonalData)
            .Select(s => s.Service.Name)
            .ToHashSet(StringComparer.Ordinal);
        var routes = view.Routes
            .Select(p => new PolicyRouteSource
            {
                Id = p.Route.Id,
                Hosts = [p.Edge.Hostname],
                Path = p.Route.Path,
                Match = p.Route.Match,
                Methods = p.Route.Methods,
                IsPublic = p.Route.IsPublic,
                Roles = p.Route.AllowedRoles,
                Service = p.Route.Service,
                PersonalData = personalData.Contains(p.Route.Service),
            })
            .ToList();
        var exposed = routes.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var clients = view.MachineClients
            .Select(c => new PolicyMachineClientSource(
                c.Name,
                machineClientIds.TryGetValue(c.Name, out var id) ? id : throw new RoutePolicyException($"machine client '{c.Name}' has no client id"),
                c.Routes.Where(exposed.Contains).ToList()))
            .ToList();
        return new RoutePolicySource(
            view.Name,
            view.Roles.Select(r => new PolicyRoleSource(r.Name, r.IdpGroups)).ToList(),
            routes,
            clients);
    }

    /// <summary>Compiles a source into its document.</summary>
    /// <param name="source">Roles, routes and machine clients, in any order.</param>
    /// <exception cref="RoutePolicyException">The Worker would refuse the document; the message says why.</exception>
    public static RoutePolicyDocument Compile(RoutePolicySource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var kvKey = KvKey(source.Environment);

        var roles = new JsonObject();
        foreach (var role in source.Roles.OrderBy(r => r.Name, StringComparer.Ordinal))
        {
            Require(RoleName().IsMatch(role.Name), $"role name '{role.Name}' is not a valid assertion role");
            Require(!roles.ContainsKey(role.Name), $"role '{role.Name}' is declared twice");
            var groups = Sorted(role.Groups);
            Require(groups.Count > 0 && groups.All(g => g.Length > 0), $"role '{role.Name}' needs at least one non-empty IdP group");
            roles[role.Name] = Array(groups);
        }

        var compiled = source.Routes.Select(r => CompileRoute(r, roles)).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        CheckUniqueAndUnambiguous(compiled);
        var routeIds = compiled.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

        var clients = new JsonArray();
        var clientIds = new HashSet<string>(StringComparer.Ordinal);
        var clientNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var client in source.MachineClients.OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            Require(ClientName().IsMatch(client.Name), $"machine client name '{client.Name}' is not valid");
            Require(clientNames.Add(client.Name), $"machine client '{client.Name}' is declared twice");
            Require(client.ClientId.Length > 0, $"machine client '{client.Name}' has an empty client id");
            Require(clientIds.Add(client.ClientId), $"machine client '{client.Name}' shares its client id with another");
            var routes = Sorted(client.Routes);
            foreach (var route in routes)
            {
                Require(routeIds.Contains(route), $"machine client '{client.Name}' lists unknown route '{route}'");
            }

            clients.Add(new JsonObject
            {
                ["name"] = client.Name,
                ["clientId"] = client.ClientId,
                ["routes"] = Array(routes),
            });
        }

        var document = new JsonObject
        {
            ["schema"] = Schema,
            ["environment"] = source.Environment,
            ["roles"] = roles,
            ["routes"] = new JsonArray(compiled.Select(r => (JsonNode)r.Json).ToArray()),
            ["machineClients"] = clients,
        };
        if (document.Any(p => string.CompareOrdinal(p.Key, "version") >= 0))
        {
            throw new InvalidOperationException("the route policy's \"version\" must sort after every other top-level key");
        }

        var unversioned = CanonicalJson.Write(document);
        var version = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(unversioned)));

        // "version" sorts after every other key of the document, so its canonical form is the unversioned text with the
        // version as its last member (the hex digest needs no escaping): written once, not twice.
        return new RoutePolicyDocument(source.Environment, kvKey, version, string.Concat(unversioned.AsSpan(0, unversioned.Length - 1), ",\"version\":\"", version, "\"}"));
    }

    private sealed record CompiledRoute(string Id, string Pattern, string Match, IReadOnlyList<string>? Hosts, IReadOnlyList<string> Methods, JsonObject Json);

    private static CompiledRoute CompileRoute(PolicyRouteSource route, JsonObject roles)
    {
        Require(RouteId().IsMatch(route.Id), $"route id '{route.Id}' is not valid (lower-case letters, digits, '.', '_', '-')");
        string pattern;
        try
        {
            pattern = PolicyPath.Pattern(route.Path);
        }
        catch (RoutePolicyException e)
        {
            throw new RoutePolicyException($"route '{route.Id}': {e.Message}", e);
        }

        var methods = Sorted(route.Methods.Select(m => m.ToUpperInvariant()));
        if (methods.Count == 0 || methods.Contains("*"))
        {
            Require(methods.Count <= 1, $"route '{route.Id}' lists '*' beside other methods");
            methods = ["*"];
        }
        else
        {
            Require(methods.All(m => Method().IsMatch(m)), $"route '{route.Id}' lists an invalid method");
        }

        var allowed = Sorted(route.Roles);
        Require(route.IsPublic ? allowed.Count == 0 : allowed.Count > 0,
            route.IsPublic ? $"public route '{route.Id}' must not list roles" : $"route '{route.Id}' is not public and lists no role");
        foreach (var role in allowed)
        {
            Require(roles.ContainsKey(role), $"route '{route.Id}' names unknown role '{role}'");
        }

        Require(route.Service.Length > 0, $"route '{route.Id}' names no service");
        IReadOnlyList<string>? hosts = route.Hosts is { Count: > 0 } given ? Sorted(given.Select(PolicyPath.AsciiLower)) : null;
        foreach (var host in hosts ?? [])
        {
            Require(HostName().IsMatch(host), $"route '{route.Id}' names invalid host '{host}'");
        }

        var match = route.Match == PathMatch.Exact ? "exact" : "prefix";
        var json = new JsonObject { ["id"] = route.Id };
        if (hosts is not null)
        {
            json["hosts"] = Array(hosts);
        }

        json["pattern"] = pattern;
        json["match"] = match;
        json["methods"] = Array(methods);
        json["public"] = route.IsPublic;
        json["roles"] = Array(allowed);
        json["service"] = route.Service;
        if (route.PersonalData)
        {
            // Written only when true, so documents without personal-data routes keep their bytes and version.
            json["personalData"] = true;
        }

        return new CompiledRoute(route.Id, pattern, match, hosts, methods, json);
    }

    private static void CheckUniqueAndUnambiguous(IReadOnlyList<CompiledRoute> routes)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var scopes = new Dictionary<(string Match, string Pattern, string? Host), List<CompiledRoute>>();
        foreach (var route in routes)
        {
            Require(ids.Add(route.Id), $"route id '{route.Id}' is used twice");
            foreach (var host in route.Hosts ?? [null!])
            {
                var key = (route.Match, route.Pattern, (string?)host);
                if (!scopes.TryGetValue(key, out var group))
                {
                    scopes[key] = group = [];
                }

                var clash = group.FirstOrDefault(other => SharesMethod(other.Methods, route.Methods));
                Require(clash is null, $"routes '{clash?.Id}' and '{route.Id}' match the same {route.Match} path '{route.Pattern}' with a shared method");
                group.Add(route);
            }
        }
    }

    private static bool SharesMethod(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Contains("*") || b.Contains("*") || a.Intersect(b, StringComparer.Ordinal).Any();

    private static List<string> Sorted(IEnumerable<string> values) =>
        values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    private static JsonArray Array(IEnumerable<string> values) =>
        new(values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray());

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new RoutePolicyException(message);
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{0,62}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex EnvironmentName();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex RoleName();

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,127}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex RouteId();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex ClientName();

    [GeneratedRegex("^[A-Z]{1,16}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex Method();

    [GeneratedRegex("^(?=.{1,253}\\z)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\\z", RegexOptions.CultureInvariant)]
    private static partial Regex HostName();
}
