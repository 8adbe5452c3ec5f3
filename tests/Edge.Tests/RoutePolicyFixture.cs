using System.Text.Json.Nodes;
using IdentityFabric.Catalog;
using IdentityFabric.Components.Edge.RoutePolicy;
using IdentityFabric.Testing;

namespace IdentityFabric.Edge.Tests;

/// <summary>contracts/route-policy.fixture.json, the contract the Worker's test suite reads too.</summary>
internal static class RoutePolicyFixture
{
    private static readonly Lazy<JsonObject> Root = new(() =>
        JsonNode.Parse(File.ReadAllText(RepositoryPaths.Combine("contracts", "route-policy.fixture.json")))!.AsObject());

    public static JsonObject Document => Root.Value;

    public static JsonObject Compiled => Root.Value["compiled"]!.AsObject();

    public static string KvKey => (string)Root.Value["kvKey"]!;

    /// <summary>The fixture's source, read with the defaults of route-policy.md §7.</summary>
    public static RoutePolicySource Source()
    {
        var source = Root.Value["source"]!.AsObject();
        return new RoutePolicySource(
            (string)source["environment"]!,
            source["roles"]!.AsArray().Select(r => new PolicyRoleSource((string)r!["name"]!, Strings(r["groups"]))).ToList(),
            source["routes"]!.AsArray().Select(r => new PolicyRouteSource
            {
                Id = (string)r!["id"]!,
                Hosts = r["hosts"] is { } hosts ? Strings(hosts) : null,
                Path = (string)r["path"]!,
                Match = (string?)r["match"] == "exact" ? PathMatch.Exact : PathMatch.Prefix,
                Methods = Strings(r["methods"]),
                IsPublic = (bool?)r["public"] ?? false,
                Roles = r["roles"] is { } roles ? Strings(roles) : [],
                Service = (string)r["service"]!,
                PersonalData = (bool?)r["personalData"] ?? false,
            }).ToList(),
            source["machineClients"]!.AsArray()
                .Select(c => new PolicyMachineClientSource((string)c!["name"]!, (string)c["clientId"]!, Strings(c["routes"])))
                .ToList());
    }

    private static List<string> Strings(JsonNode? node) => node!.AsArray().Select(n => (string)n!).ToList();
}
