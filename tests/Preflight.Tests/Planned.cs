namespace IdentityFabric.Preflight.Tests;

/// <summary>Crafted planned resources and one-call preflight runs over them.</summary>
internal static class Planned
{
    public const string Role = "aws:iam/role:Role";
    public const string RolePolicy = "aws:iam/rolePolicy:RolePolicy";
    public const string ManagedPolicy = "aws:iam/policy:Policy";
    public const string Oidc = "aws:iam/openIdConnectProvider:OpenIdConnectProvider";
    public const string Listener = "aws:vpclattice/listener:Listener";
    public const string Rule = "aws:vpclattice/listenerRule:ListenerRule";
    public const string AuthPolicy = "aws:vpclattice/authPolicy:AuthPolicy";
    public const string Association = "aws:vpclattice/serviceNetworkServiceAssociation:ServiceNetworkServiceAssociation";
    public const string Secret = "aws:secretsmanager/secret:Secret";
    public const string SecretVersion = "aws:secretsmanager/secretVersion:SecretVersion";
    public const string LogGroup = "aws:cloudwatch/logGroup:LogGroup";
    public const string VirtualNode = "aws:appmesh/virtualNode:VirtualNode";
    public const string Token = "cloudflare:index/zeroTrustAccessServiceToken:ZeroTrustAccessServiceToken";
    public const string Script = "cloudflare:index/workersScript:WorkersScript";
    public const string Kv = "cloudflare:index/workersKv:WorkersKv";
    public const string Domain = "cloudflare:index/workersCustomDomain:WorkersCustomDomain";
    public const string App = "cloudflare:index/zeroTrustAccessApplication:ZeroTrustAccessApplication";
    public const string TunnelConfig = "cloudflare:index/zeroTrustTunnelCloudflaredConfig:ZeroTrustTunnelCloudflaredConfig";

    public const string ServiceId = "svc-0123456789abcdef0";
    public const string ServiceArn = "arn:aws:vpc-lattice:eu-west-1:222222222222:service/" + ServiceId;
    public const string ListenerId = "listener-0123456789abcdef0";
    public const string TargetGroupId = "tg-0123456789abcdef0";
    public const string NetworkId = "sn-0123456789abcdef0";

    public static PreflightResource Resource(string type, string name, string json) =>
        new(type, name, $"urn:pulumi:test::identity-fabric::{type}::{name}", JsonNode.Parse(json)!.AsObject());

    public static PreflightResource Resource(string type, string name, JsonObject inputs) =>
        new(type, name, $"urn:pulumi:test::identity-fabric::{type}::{name}", inputs);

    public static PreflightReport Check(params PreflightResource[] resources) => PreflightCheck.Run(resources);

    public static PreflightReport Check(PreflightContext context, params PreflightResource[] resources) => PreflightCheck.Run(resources, context);

    /// <summary>A policy document as JSON text.</summary>
    public static string Policy(params object[] statements) =>
        new JsonObject { ["Version"] = "2012-10-17", ["Statement"] = JsonSerializerNode(statements) }.ToJsonString();

    public static JsonObject Statement(string effect, object action, object? resource = null, object? principal = null, object? condition = null)
    {
        var statement = new JsonObject { ["Effect"] = effect, ["Action"] = JsonSerializerNode(action) };
        if (principal is not null)
        {
            statement["Principal"] = JsonSerializerNode(principal);
        }

        if (resource is not null)
        {
            statement["Resource"] = JsonSerializerNode(resource);
        }

        if (condition is not null)
        {
            statement["Condition"] = JsonSerializerNode(condition);
        }

        return statement;
    }

    public static JsonObject RoleInputs(string name, string trust) => new() { ["name"] = name, ["assumeRolePolicy"] = trust };

    public static string EcsTrust() => Policy(Statement("Allow", "sts:AssumeRole", principal: new JsonObject { ["Service"] = "ecs-tasks.amazonaws.com" }));

    public static PreflightFinding Single(PreflightReport report, string rule)
    {
        var found = report.Findings.Where(f => f.Rule == rule).ToList();
        Assert.That(found, Has.Count.EqualTo(1), $"expected one {rule}, got: {string.Join(Environment.NewLine, report.Findings)}");
        return found[0];
    }

    private static JsonNode? JsonSerializerNode(object value) => value switch
    {
        JsonNode node => node.DeepClone(),
        string text => JsonValue.Create(text),
        object[] many => new JsonArray(many.Select(JsonSerializerNode).ToArray()),
        _ => JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(value)),
    };
}
