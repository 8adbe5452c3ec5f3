namespace IdentityFabric.Components.Preflight.Aws;

/// <summary>
/// How one Pulumi AWS resource's inputs reach the AWS API: the operation that creates it, which input feeds which
/// member (a path prefix maps a whole block; below it, segments are matched by name, case-insensitively, after the
/// renames the Terraform schema introduced), the inputs no API member takes (with the reason), and the required
/// members the provider fills in itself.
/// </summary>
/// <param name="Type">The Pulumi type token.</param>
/// <param name="Operation">The creating operation, e.g. <c>iam:CreateRole</c>.</param>
/// <param name="Members">Input path (list items as <c>[]</c>) → member path.</param>
/// <param name="ProviderOnly">Input → why no API member takes it.</param>
/// <param name="ProviderSupplied">Required members of the operation the provider supplies when no input does.</param>
/// <param name="Renames">Input segment → member segment, below a mapped prefix.</param>
public sealed record ApiMapping(
    string Type,
    string Operation,
    IReadOnlyDictionary<string, string> Members,
    IReadOnlyDictionary<string, string> ProviderOnly,
    IReadOnlySet<string> ProviderSupplied,
    IReadOnlyDictionary<string, string> Renames);

/// <summary>The deliberate mapping of every AWS resource type the fabric plans (Pulumi.Aws 7.10.0 inputs).</summary>
public static class ApiMappings
{
    private const string Region = "the provider's region (not an API member: it picks the endpoint)";
    private const string NamePrefix = "a Pulumi naming option: the provider derives the name from it";
    private const string TagsAll = "provider default tags merged into tags";

    // Terraform's App Mesh and Lattice blocks renamed a few API members (singular/plural lists, matcher).
    private static readonly Dictionary<string, string> AppMeshRenames = new(StringComparer.Ordinal)
    {
        ["exacts"] = "exact",
        ["jsons"] = "json",
    };

    private static readonly Dictionary<string, string> LatticeRenames = new(StringComparer.Ordinal)
    {
        ["value"] = "httpCode",
    };

    private static readonly Dictionary<string, string> NoRenames = new(StringComparer.Ordinal);

    private static readonly Dictionary<string, ApiMapping> ByType = Build().ToDictionary(m => m.Type, StringComparer.Ordinal);

    /// <summary>Every mapping, by type token.</summary>
    public static IReadOnlyDictionary<string, ApiMapping> All => ByType;

    /// <summary>The mapping of a type, or null when the fabric plans no such AWS type.</summary>
    /// <param name="type">A type token.</param>
    public static ApiMapping? For(string type) => ByType.GetValueOrDefault(type);

    private static IEnumerable<ApiMapping> Build()
    {
        yield return Map("aws:iam/role:Role", "iam:CreateRole",
            M("name", "RoleName"), M("assumeRolePolicy", "AssumeRolePolicyDocument"), M("description", "Description"),
            M("maxSessionDuration", "MaxSessionDuration"), M("path", "Path"), M("permissionsBoundary", "PermissionsBoundary"),
            M("tags", "Tags"),
            M("inlinePolicies[].name", "iam:PutRolePolicy.PolicyName"), M("inlinePolicies[].policy", "iam:PutRolePolicy.PolicyDocument"),
            M("managedPolicyArns[]", "iam:AttachRolePolicy.PolicyArn"))
            with
        {
            ProviderOnly = Only(("namePrefix", NamePrefix), ("forceDetachPolicies", "a provider option for deletion"), ("tagsAll", TagsAll)),
            ProviderSupplied = Set("iam:CreateRole.RoleName"),
        };
        yield return Map("aws:iam/rolePolicy:RolePolicy", "iam:PutRolePolicy",
            M("role", "RoleName"), M("name", "PolicyName"), M("policy", "PolicyDocument"))
            with
        { ProviderOnly = Only(("namePrefix", NamePrefix)), ProviderSupplied = Set("iam:PutRolePolicy.PolicyName") };
        yield return Map("aws:iam/policy:Policy", "iam:CreatePolicy",
            M("name", "PolicyName"), M("policy", "PolicyDocument"), M("path", "Path"), M("description", "Description"), M("tags", "Tags"))
            with
        { ProviderOnly = Only(("namePrefix", NamePrefix), ("tagsAll", TagsAll)), ProviderSupplied = Set("iam:CreatePolicy.PolicyName") };
        yield return Map("aws:iam/rolePolicyAttachment:RolePolicyAttachment", "iam:AttachRolePolicy",
            M("role", "RoleName"), M("policyArn", "PolicyArn"));
        yield return Map("aws:iam/openIdConnectProvider:OpenIdConnectProvider", "iam:CreateOpenIDConnectProvider",
            M("url", "Url"), M("clientIdLists", "ClientIDList"), M("thumbprintLists", "ThumbprintList"), M("tags", "Tags"))
            with
        { ProviderOnly = Only(("tagsAll", TagsAll)) };

        yield return Map("aws:secretsmanager/secret:Secret", "secretsmanager:CreateSecret",
            M("name", "Name"), M("description", "Description"), M("kmsKeyId", "KmsKeyId"), M("tags", "Tags"),
            M("replicas", "AddReplicaRegions"), M("forceOverwriteReplicaSecret", "ForceOverwriteReplicaSecret"),
            M("recoveryWindowInDays", "secretsmanager:DeleteSecret.RecoveryWindowInDays"))
            with
        {
            ProviderOnly = Only(("namePrefix", NamePrefix), ("region", Region), ("tagsAll", TagsAll),
                ("policy", "a resource policy: sent by PutResourcePolicy, whose model the preflight does not carry")),
            ProviderSupplied = Set("secretsmanager:CreateSecret.Name"),
        };
        yield return Map("aws:secretsmanager/secretVersion:SecretVersion", "secretsmanager:PutSecretValue",
            M("secretId", "SecretId"), M("secretString", "SecretString"), M("secretStringWo", "SecretString"),
            M("secretBinary", "SecretBinary"), M("versionStages", "VersionStages"))
            with
        { ProviderOnly = Only(("region", Region), ("secretStringWoVersion", "a provider trigger for write-only values")) };
        yield return Map("aws:secretsmanager/secretRotation:SecretRotation", "secretsmanager:RotateSecret",
            M("secretId", "SecretId"), M("rotationLambdaArn", "RotationLambdaARN"), M("rotationRules", "RotationRules"),
            M("rotateImmediately", "RotateImmediately"))
            with
        { ProviderOnly = Only(("region", Region)) };

        yield return Map("aws:cloudwatch/logGroup:LogGroup", "logs:CreateLogGroup",
            M("name", "logGroupName"), M("kmsKeyId", "kmsKeyId"), M("tags", "tags"), M("logGroupClass", "logGroupClass"),
            M("retentionInDays", "logs:PutRetentionPolicy.retentionInDays"))
            with
        {
            ProviderOnly = Only(("namePrefix", NamePrefix), ("region", Region), ("tagsAll", TagsAll), ("skipDestroy", "a provider option for deletion")),
            ProviderSupplied = Set("logs:CreateLogGroup.logGroupName"),
        };
        yield return Map("aws:cloudwatch/queryDefinition:QueryDefinition", "logs:PutQueryDefinition",
            M("name", "name"), M("queryString", "queryString"), M("logGroupNames", "logGroupNames"))
            with
        { ProviderOnly = Only(("region", Region)) };

        foreach (var mapping in Lattice())
        {
            yield return mapping;
        }

        foreach (var mapping in AppMesh())
        {
            yield return mapping;
        }
    }

    private static IEnumerable<ApiMapping> Lattice()
    {
        var common = Only(("region", Region), ("tagsAll", TagsAll));
        yield return Map("aws:vpclattice/serviceNetwork:ServiceNetwork", "vpc-lattice:CreateServiceNetwork",
            M("name", "name"), M("authType", "authType"), M("tags", "tags")) with
        { ProviderOnly = common, Renames = LatticeRenames };
        yield return Map("aws:vpclattice/serviceNetworkVpcAssociation:ServiceNetworkVpcAssociation", "vpc-lattice:CreateServiceNetworkVpcAssociation",
            M("serviceNetworkIdentifier", "serviceNetworkIdentifier"), M("vpcIdentifier", "vpcIdentifier"),
            M("securityGroupIds", "securityGroupIds"), M("tags", "tags")) with
        { ProviderOnly = common };
        yield return Map("aws:vpclattice/service:Service", "vpc-lattice:CreateService",
            M("name", "name"), M("authType", "authType"), M("certificateArn", "certificateArn"),
            M("customDomainName", "customDomainName"), M("tags", "tags")) with
        { ProviderOnly = common };
        yield return Map("aws:vpclattice/serviceNetworkServiceAssociation:ServiceNetworkServiceAssociation", "vpc-lattice:CreateServiceNetworkServiceAssociation",
            M("serviceIdentifier", "serviceIdentifier"), M("serviceNetworkIdentifier", "serviceNetworkIdentifier"), M("tags", "tags")) with
        { ProviderOnly = common };
        yield return Map("aws:vpclattice/targetGroup:TargetGroup", "vpc-lattice:CreateTargetGroup",
            M("name", "name"), M("type", "type"), M("config", "config"), M("tags", "tags")) with
        { ProviderOnly = common, Renames = LatticeRenames };
        yield return Map("aws:vpclattice/listener:Listener", "vpc-lattice:CreateListener",
            M("serviceIdentifier", "serviceIdentifier"), M("serviceArn", "serviceIdentifier"), M("name", "name"),
            M("port", "port"), M("protocol", "protocol"), M("defaultAction", "defaultAction"), M("tags", "tags")) with
        { ProviderOnly = common };
        yield return Map("aws:vpclattice/listenerRule:ListenerRule", "vpc-lattice:CreateRule",
            M("serviceIdentifier", "serviceIdentifier"), M("listenerIdentifier", "listenerIdentifier"), M("name", "name"),
            M("priority", "priority"), M("match", "match"), M("action", "action"), M("tags", "tags")) with
        { ProviderOnly = common };
        yield return Map("aws:vpclattice/authPolicy:AuthPolicy", "vpc-lattice:PutAuthPolicy",
            M("resourceIdentifier", "resourceIdentifier"), M("policy", "policy")) with
        { ProviderOnly = Only(("region", Region), ("state", "an output the provider reads back (ACTIVE or INACTIVE)")) };
        yield return Map("aws:vpclattice/accessLogSubscription:AccessLogSubscription", "vpc-lattice:CreateAccessLogSubscription",
            M("resourceIdentifier", "resourceIdentifier"), M("destinationArn", "destinationArn"),
            M("serviceNetworkLogType", "serviceNetworkLogType"), M("tags", "tags")) with
        { ProviderOnly = common };
    }

    private static IEnumerable<ApiMapping> AppMesh()
    {
        var common = Only(("region", Region), ("tagsAll", TagsAll));
        ApiMapping Mesh(string type, string operation, string nameMember, params (string, string)[] more) =>
            Map(type, operation, [M("name", nameMember), M("meshName", "meshName"), M("meshOwner", "meshOwner"), M("spec", "spec"), M("tags", "tags"), .. more])
            with
            { ProviderOnly = common, Renames = AppMeshRenames };

        yield return Map("aws:appmesh/mesh:Mesh", "appmesh:CreateMesh", M("name", "meshName"), M("spec", "spec"), M("tags", "tags"))
            with
        { ProviderOnly = common, Renames = AppMeshRenames };
        yield return Mesh("aws:appmesh/virtualNode:VirtualNode", "appmesh:CreateVirtualNode", "virtualNodeName");
        yield return Mesh("aws:appmesh/virtualService:VirtualService", "appmesh:CreateVirtualService", "virtualServiceName");
        yield return Mesh("aws:appmesh/virtualRouter:VirtualRouter", "appmesh:CreateVirtualRouter", "virtualRouterName");
        yield return Mesh("aws:appmesh/route:Route", "appmesh:CreateRoute", "routeName", M("virtualRouterName", "virtualRouterName"));
        yield return Mesh("aws:appmesh/virtualGateway:VirtualGateway", "appmesh:CreateVirtualGateway", "virtualGatewayName");
        yield return Mesh("aws:appmesh/gatewayRoute:GatewayRoute", "appmesh:CreateGatewayRoute", "gatewayRouteName", M("virtualGatewayName", "virtualGatewayName"));
    }

    private static (string Input, string Member) M(string input, string member) => (input, member);

    private static ApiMapping Map(string type, string operation, params (string Input, string Member)[] members) => new(
        type,
        operation,
        members.ToDictionary(m => m.Input, m => m.Member.Contains(':', StringComparison.Ordinal) ? m.Member : $"{operation}.{m.Member}", StringComparer.Ordinal),
        new Dictionary<string, string>(StringComparer.Ordinal),
        new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        NoRenames);

    private static Dictionary<string, string> Only(params (string Input, string Reason)[] inputs) =>
        inputs.ToDictionary(i => i.Input, i => i.Reason, StringComparer.Ordinal);

    private static HashSet<string> Set(params string[] members) => new(members, StringComparer.OrdinalIgnoreCase);
}
