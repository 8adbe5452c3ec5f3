using System.Text.RegularExpressions;

namespace IdentityFabric.Components.Preflight.Iam;

/// <summary>
/// What IAM accepts in a policy beyond the API operations the models list: the actions that exist only in IAM, the
/// condition operators, the global and service condition keys, and the resource ARN format of each service's
/// actions, for the services the fabric's policies use. Source: the IAM User Guide (policy elements reference,
/// global condition context keys) and the Service Authorization Reference pages of each service.
/// </summary>
internal static partial class IamVocabulary
{
    /// <summary>An ARN format: the service in the ARN, the resource types it starts with, and the full pattern.</summary>
    /// <param name="Service">The ARN's service part (<c>vpc-lattice</c> for <c>vpc-lattice-svcs</c> actions).</param>
    /// <param name="ResourceTypes">How the resource part begins (<c>service/</c>, <c>secret:</c>).</param>
    /// <param name="Full">The pattern of a whole ARN without wildcards.</param>
    internal sealed record ArnFormat(string Service, IReadOnlyList<string> ResourceTypes, Regex Full)
    {
        /// <summary>Whether a policy's resource fits: a whole ARN matches the pattern; an ARN with wildcards matches it
        /// for some text in place of the wildcards.</summary>
        public bool Accepts(string arn)
        {
            if (arn == "*")
            {
                return true;
            }

            if (!arn.Contains('*', StringComparison.Ordinal) && !arn.Contains('?', StringComparison.Ordinal))
            {
                return Full.IsMatch(arn);
            }

            // A wildcard stands for any text: the ARN fits when some text in place of each wildcard makes a whole ARN
            // of the format. The candidates cover what wildcards stand for in practice: a name, an id, an account.
            var pieces = arn.Split('*', '?');
            return pieces.Length - 1 > MaxWildcards || Fill(pieces, 1, pieces[0]);
        }

        private const int MaxWildcards = 4;

        private static readonly string[] Fillers = ["x", "", "svc-00000000000000000", "000000000000", "x/x"];

        private bool Fill(string[] pieces, int next, string prefix)
        {
            if (next == pieces.Length)
            {
                return Full.IsMatch(prefix);
            }

            foreach (var filler in Fillers)
            {
                if (Fill(pieces, next + 1, prefix + filler + pieces[next]))
                {
                    return true;
                }
            }

            return false;
        }

        public override string ToString() => Full.ToString();
    }

    public const string Source = "IAM User Guide, JSON policy elements reference; Service Authorization Reference";

    /// <summary>Actions that are not API operations of a modelled service (IAM-only permissions), and the actions of
    /// services without a model here.</summary>
    public static readonly IReadOnlySet<string> ExtraActions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "appmesh:StreamAggregatedResources",
        "vpc-lattice-svcs:Invoke", "vpc-lattice-svcs:Connect",
        "sts:TagSession", "sts:SetSourceIdentity", "sts:SetContext",
    };

    /// <summary>Services whose every action the preflight knows (from the models plus <see cref="ExtraActions"/>).</summary>
    public static readonly IReadOnlySet<string> KnownServices = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "appmesh", "vpc-lattice", "vpc-lattice-svcs", "iam", "secretsmanager", "logs", "sts",
    };

    public static readonly IReadOnlySet<string> Operators = new HashSet<string>(StringComparer.Ordinal)
    {
        "StringEquals", "StringNotEquals", "StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase", "StringLike", "StringNotLike",
        "NumericEquals", "NumericNotEquals", "NumericLessThan", "NumericLessThanEquals", "NumericGreaterThan", "NumericGreaterThanEquals",
        "DateEquals", "DateNotEquals", "DateLessThan", "DateLessThanEquals", "DateGreaterThan", "DateGreaterThanEquals",
        "Bool", "BinaryEquals", "IpAddress", "NotIpAddress", "ArnEquals", "ArnLike", "ArnNotEquals", "ArnNotLike", "Null",
    };

    public static readonly IReadOnlySet<string> GlobalKeys = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "aws:CalledVia", "aws:CalledViaFirst", "aws:CalledViaLast", "aws:CurrentTime", "aws:EpochTime", "aws:FederatedProvider",
        "aws:MultiFactorAuthAge", "aws:MultiFactorAuthPresent", "aws:PrincipalAccount", "aws:PrincipalArn", "aws:PrincipalIsAWSService",
        "aws:PrincipalOrgID", "aws:PrincipalOrgPaths", "aws:PrincipalServiceName", "aws:PrincipalServiceNamesList", "aws:PrincipalType",
        "aws:Referer", "aws:RequestedRegion", "aws:ResourceAccount", "aws:ResourceOrgID", "aws:ResourceOrgPaths", "aws:SecureTransport",
        "aws:SourceAccount", "aws:SourceArn", "aws:SourceIdentity", "aws:SourceIp", "aws:SourceOrgID", "aws:SourceOrgPaths",
        "aws:SourceVpc", "aws:SourceVpce", "aws:TagKeys", "aws:TokenIssueTime", "aws:UserAgent", "aws:userid", "aws:username",
        "aws:ViaAWSService", "aws:VpcSourceIp", "aws:Ec2InstanceSourceVpc", "aws:Ec2InstanceSourcePrivateIPv4",
    };

    /// <summary>Condition keys with a variable part after the slash.</summary>
    public static readonly IReadOnlyList<string> GlobalKeyPrefixes = ["aws:PrincipalTag/", "aws:RequestTag/", "aws:ResourceTag/"];

    public static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> ServiceKeys = new Dictionary<string, IReadOnlySet<string>>(StringComparer.OrdinalIgnoreCase)
    {
        ["vpc-lattice-svcs"] = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "vpc-lattice-svcs:Port", "vpc-lattice-svcs:RequestMethod", "vpc-lattice-svcs:RequestHeader/*", "vpc-lattice-svcs:RequestQueryString/*",
            "vpc-lattice-svcs:ServiceArn", "vpc-lattice-svcs:ServiceNetworkArn", "vpc-lattice-svcs:SourceVpc", "vpc-lattice-svcs:SourceVpcOwnerAccount",
        },
        ["sts"] = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "sts:AWSServiceName", "sts:ExternalId", "sts:RoleSessionName", "sts:SourceIdentity", "sts:TransitiveTagKeys", "sts:DurationSeconds",
        },
        ["secretsmanager"] = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "secretsmanager:SecretId", "secretsmanager:ResourceTag/*", "secretsmanager:VersionId", "secretsmanager:VersionStage",
            "secretsmanager:SecretPrimaryRegion", "secretsmanager:Name", "secretsmanager:Description", "secretsmanager:KmsKeyId",
            "secretsmanager:RotationLambdaARN", "secretsmanager:ForceDeleteWithoutRecovery", "secretsmanager:RecoveryWindowInDays",
            "secretsmanager:BlockPublicPolicy", "secretsmanager:AddReplicaRegions", "secretsmanager:ModifyRotationRules",
        },
        ["iam"] = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "iam:PassedToService", "iam:PermissionsBoundary", "iam:PolicyARN", "iam:ResourceTag/*", "iam:AssociatedResourceArn",
        },
    };

    /// <summary>The claims an IAM OIDC provider exposes as condition keys (<c>HOST/PATH:claim</c>).</summary>
    public static readonly IReadOnlySet<string> OidcClaims = new HashSet<string>(StringComparer.Ordinal) { "aud", "azp", "sub", "amr", "oaud", "email" };

    /// <summary>The resource ARN an action of a service takes, or null when the preflight does not know it.</summary>
    public static ArnFormat? ResourceFormat(string action)
    {
        var service = action[..action.IndexOf(':', StringComparison.Ordinal)].ToLowerInvariant();
        return service switch
        {
            "secretsmanager" when action.EndsWith(":ListSecrets", StringComparison.OrdinalIgnoreCase) || action.EndsWith(":GetRandomPassword", StringComparison.OrdinalIgnoreCase) => new("*", [], Anything()),
            "secretsmanager" => new("secretsmanager", ["secret:"], SecretArn()),
            "vpc-lattice-svcs" => new("vpc-lattice", ["service/"], LatticeServiceArn()),
            "appmesh" when action.EndsWith(":StreamAggregatedResources", StringComparison.OrdinalIgnoreCase) => new("appmesh", ["mesh/"], MeshNodeArn()),
            "appmesh" => new("appmesh", ["mesh/"], MeshArn()),
            "vpc-lattice" => new("vpc-lattice", ["servicenetwork/", "service/", "targetgroup/", "servicenetworkvpcassociation/", "servicenetworkserviceassociation/", "accesslogsubscription/"], LatticeArn()),
            "sts" or "iam" => new("iam", ["role/", "user/", "policy/", "oidc-provider/", "saml-provider/", "instance-profile/", "group/"], IamArn()),
            "logs" => new("logs", ["log-group:"], LogsArn()),
            _ => null,
        };
    }

    [GeneratedRegex(@"^\*$")]
    private static partial Regex Anything();

    [GeneratedRegex(@"^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:.+$")]
    private static partial Regex SecretArn();

    [GeneratedRegex(@"^arn:aws[a-z-]*:vpc-lattice:[a-z0-9-]+:\d{12}:service/svc-[0-9a-z]{17}(/.*)?$")]
    private static partial Regex LatticeServiceArn();

    [GeneratedRegex(@"^arn:aws[a-z-]*:appmesh:[a-z0-9-]+:\d{12}:mesh/[^/]+/(virtualNode|virtualGateway)/[^/]+$")]
    private static partial Regex MeshNodeArn();

    [GeneratedRegex(@"^arn:aws[a-z-]*:appmesh:[a-z0-9-]+:\d{12}:mesh/[^/]+(/.*)?$")]
    private static partial Regex MeshArn();

    [GeneratedRegex(@"^arn:aws[a-z-]*:vpc-lattice:[a-z0-9-]+:\d{12}:(servicenetwork/sn|service/svc|targetgroup/tg|servicenetworkvpcassociation/snva|servicenetworkserviceassociation/snsa|accesslogsubscription/als)-[0-9a-z]{17}(/.*)?$")]
    private static partial Regex LatticeArn();

    [GeneratedRegex(@"^arn:aws[a-z-]*:iam::\d{12}:(role|user|policy|oidc-provider|saml-provider|instance-profile|group)/.+$")]
    private static partial Regex IamArn();

    [GeneratedRegex(@"^arn:aws[a-z-]*:logs:[a-z0-9-]+:\d{12}:log-group:.+$")]
    private static partial Regex LogsArn();
}
