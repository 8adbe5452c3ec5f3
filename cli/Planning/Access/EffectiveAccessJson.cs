using System.Text.Json;
using System.Text.Json.Nodes;
using IdentityFabric.Catalog;

namespace IdentityFabric.Cli.Planning.Access;

/// <summary>
/// The <c>access</c> section of the JSON plan, and reading it back for <c>diff</c>. Keys are fixed and lists ordered,
/// so the same model always prints the same bytes.
/// </summary>
public static class EffectiveAccessJson
{
    /// <summary>The plan's key for the model.</summary>
    public const string Key = "access";

    /// <summary>
    /// Writes the model, one list item at a time: a large estate's model is never held as one JSON tree, nor as its
    /// whole text, while the plan is written.
    /// </summary>
    /// <param name="writer">Where to write (the value of the plan's <see cref="Key"/> property).</param>
    /// <param name="access">The model.</param>
    /// <param name="options">The plan's serializer options.</param>
    public static void WriteTo(Utf8JsonWriter writer, EffectiveAccess access, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(access);
        writer.WriteStartObject();
        writer.WriteString("environment", access.Environment);
        WriteArray(writer, "roles", access.Roles, Role, options);
        WriteArray(writer, "hosts", access.Hosts, Host, options);
        WriteArray(writer, "routes", access.Routes, Route, options);
        WriteArray(writer, "apps", access.Apps, App, options);
        WriteArray(writer, "calls", access.Calls, Call, options);
        WriteArray(writer, "federated", access.Federated, Federated, options);
        writer.WriteEndObject();
    }

    private static void WriteArray<T>(Utf8JsonWriter writer, string name, IEnumerable<T> items, Func<T, JsonObject> item, JsonSerializerOptions options)
    {
        writer.WritePropertyName(name);
        writer.WriteStartArray();
        foreach (var i in items)
        {
            item(i).WriteTo(writer, options);
            PlanJson.FlushIfFull(writer);
        }

        writer.WriteEndArray();
    }

    private static JsonObject Role(RoleMembership r) => new()
    {
        ["role"] = r.Role,
        ["idpGroups"] = Strings(r.IdpGroups),
        ["provider"] = r.Provider,
    };

    private static JsonObject Host(EdgeHostAccess h) => new()
    {
        ["hostname"] = h.Hostname,
        ["edge"] = h.Edge,
        ["providers"] = Strings(h.Providers),
    };

    private static JsonObject Route(RouteAccess r) => new()
    {
        ["route"] = r.RouteId,
        ["host"] = r.Host,
        ["path"] = r.Scope.Path,
        ["match"] = Match(r.Scope.Match),
        ["methods"] = Methods(r.Methods),
        ["service"] = r.Service,
        ["public"] = r.IsPublic,
        ["roles"] = Strings(r.Roles),
        ["machineClients"] = Strings(r.MachineClients),
    };

    private static JsonObject App(AppAccess a) => new()
    {
        ["app"] = a.App,
        ["domain"] = a.Domain,
        ["roles"] = Strings(a.Roles),
    };

    private static JsonObject Call(MeshCall c) => new()
    {
        ["caller"] = c.Caller,
        ["callee"] = c.Callee,
        ["callerBackend"] = Backend(c.CallerBackend),
        ["calleeBackend"] = Backend(c.CalleeBackend),
    };

    private static JsonObject Federated(FederatedAccess f) => new()
    {
        ["role"] = f.Role,
        ["iamRole"] = f.IamRole,
        ["provider"] = f.Provider,
        ["idpGroups"] = Strings(f.IdpGroups),
        ["invokes"] = Array(f.Invokes, i => new JsonObject
        {
            ["service"] = i.Service,
            ["route"] = i.RouteId,
            ["path"] = i.Scope.Path,
            ["match"] = Match(i.Scope.Match),
            ["methods"] = Methods(i.Methods),
        }),
    };

    /// <summary>Reads a model written by <see cref="WriteTo"/>.</summary>
    /// <param name="node">The <c>access</c> node.</param>
    /// <param name="source">Where it came from, for messages.</param>
    /// <exception cref="PlanException">The node is not a model; the message names the field.</exception>
    public static EffectiveAccess Read(JsonNode node, string source)
    {
        ArgumentNullException.ThrowIfNull(node);
        var reader = new Reader(source);
        var root = reader.Object(node, Key);
        return new EffectiveAccess(
            reader.String(root, "environment", Key),
            reader.List(root, "roles", Key, (o, at) => new RoleMembership(
                reader.String(o, "role", at), reader.Strings(o, "idpGroups", at), reader.OptionalString(o, "provider", at))),
            reader.List(root, "hosts", Key, (o, at) => new EdgeHostAccess(
                reader.String(o, "hostname", at), reader.String(o, "edge", at), reader.Strings(o, "providers", at))),
            reader.List(root, "routes", Key, (o, at) => new RouteAccess(
                reader.String(o, "route", at),
                reader.String(o, "host", at),
                new PathScope(reader.String(o, "path", at), reader.Match(o, at)),
                MethodSet.Of(reader.Strings(o, "methods", at)),
                reader.String(o, "service", at),
                reader.Boolean(o, "public", at),
                reader.Strings(o, "roles", at),
                reader.Strings(o, "machineClients", at))),
            reader.List(root, "apps", Key, (o, at) => new AppAccess(
                reader.String(o, "app", at), reader.String(o, "domain", at), reader.Strings(o, "roles", at))),
            reader.List(root, "calls", Key, (o, at) => new MeshCall(
                reader.String(o, "caller", at),
                reader.String(o, "callee", at),
                reader.Backend(o, "callerBackend", at),
                reader.Backend(o, "calleeBackend", at))),
            reader.List(root, "federated", Key, (o, at) => new FederatedAccess(
                reader.String(o, "role", at),
                reader.String(o, "iamRole", at),
                reader.String(o, "provider", at),
                reader.Strings(o, "idpGroups", at),
                reader.List(o, "invokes", at, (i, iat) => new LatticeInvoke(
                    reader.String(i, "service", iat),
                    reader.String(i, "route", iat),
                    new PathScope(reader.String(i, "path", iat), reader.Match(i, iat)),
                    MethodSet.Of(reader.Strings(i, "methods", iat)))))));
    }

    private static string Match(PathMatch match) => match == PathMatch.Prefix ? "prefix" : "exact";

    private static string Backend(MeshBackend backend) => backend switch
    {
        MeshBackend.AppMesh => "appmesh",
        MeshBackend.Lattice => "lattice",
        _ => "both",
    };

    private static JsonArray Methods(MethodSet methods) => methods.IsAny ? new JsonArray("*") : Strings(methods.Names);

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    private static JsonArray Array<T>(IEnumerable<T> items, Func<T, JsonObject> write) => new(items.Select(i => (JsonNode?)write(i)).ToArray());

    // Reads with messages that name the plan file and the field, e.g. "plan.json: access.routes[3].path: expected a string".
    private sealed class Reader(string source)
    {
        public JsonObject Object(JsonNode? node, string at) =>
            node as JsonObject ?? throw Fail(at, "expected an object");

        public string String(JsonObject owner, string key, string at) =>
            OptionalString(owner, key, at) ?? throw Fail($"{at}.{key}", "expected a string");

        public string? OptionalString(JsonObject owner, string key, string at) => owner[key] switch
        {
            null => null,
            JsonValue value when value.TryGetValue<string>(out var text) => text,
            _ => throw Fail($"{at}.{key}", "expected a string"),
        };

        public bool Boolean(JsonObject owner, string key, string at) =>
            owner[key] is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : throw Fail($"{at}.{key}", "expected true or false");

        public IReadOnlyList<string> Strings(JsonObject owner, string key, string at)
        {
            var array = owner[key] as JsonArray ?? throw Fail($"{at}.{key}", "expected a list of strings");
            return array.Select((item, index) => item is JsonValue value && value.TryGetValue<string>(out var text)
                    ? text
                    : throw Fail($"{at}.{key}[{index}]", "expected a string"))
                .ToList();
        }

        public PathMatch Match(JsonObject owner, string at) => OptionalString(owner, "match", at) switch
        {
            "exact" => PathMatch.Exact,
            "prefix" => PathMatch.Prefix,
            _ => throw Fail($"{at}.match", "expected \"exact\" or \"prefix\""),
        };

        public MeshBackend Backend(JsonObject owner, string key, string at) => OptionalString(owner, key, at) switch
        {
            "appmesh" => MeshBackend.AppMesh,
            "lattice" => MeshBackend.Lattice,
            _ => throw Fail($"{at}.{key}", "expected \"appmesh\" or \"lattice\""),
        };

        public IReadOnlyList<T> List<T>(JsonObject owner, string key, string at, Func<JsonObject, string, T> read)
        {
            var array = owner[key] as JsonArray ?? throw Fail($"{at}.{key}", "expected a list");
            return array.Select((item, index) => read(Object(item, $"{at}.{key}[{index}]"), $"{at}.{key}[{index}]")).ToList();
        }

        private PlanException Fail(string at, string problem) => new($"{source}: {at}: {problem}");
    }
}
