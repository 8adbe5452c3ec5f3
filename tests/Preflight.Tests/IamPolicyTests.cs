using static IdentityFabric.Preflight.Tests.Planned;

namespace IdentityFabric.Preflight.Tests;

public sealed class IamPolicyTests
{
    private const string SecretArn = "arn:aws:secretsmanager:eu-west-1:222222222222:secret:identity-fabric/dev/orders-db-AbCdEf";
    private const string OidcArn = "arn:aws:iam::222222222222:oidc-provider/login.example.com/oauth2/default";

    private static PreflightResource InlinePolicy(string name, string policy, string role = "orders") =>
        Resource(RolePolicy, name, new JsonObject { ["role"] = role, ["name"] = name, ["policy"] = policy });

    private static PreflightResource Trust(string trust) => Resource(Role, "orders-role", RoleInputs("orders", trust));

    private static string WebIdentityTrust(string conditionKey) => Policy(Statement(
        "Allow", new[] { "sts:AssumeRoleWithWebIdentity", "sts:TagSession" },
        principal: new JsonObject { ["Federated"] = OidcArn },
        condition: new JsonObject { ["StringEquals"] = new JsonObject { [conditionKey] = "api://identity-fabric" } }));

    [Test]
    public void WellFormedPoliciesPass()
    {
        var report = Check(
            Trust(WebIdentityTrust("login.example.com/oauth2/default:aud")),
            InlinePolicy("read-secrets", Policy(Statement("Allow", new[] { "secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret" }, SecretArn))),
            InlinePolicy("invoke", Policy(Statement("Allow", "vpc-lattice-svcs:Invoke", ServiceArn + "/*"))),
            Resource(AuthPolicy, "auth", new JsonObject
            {
                ["resourceIdentifier"] = ServiceArn,
                ["policy"] = Policy(Statement("Allow", "vpc-lattice-svcs:Invoke", "arn:aws:vpc-lattice:eu-west-1:222222222222:service/*",
                    principal: new JsonObject { ["AWS"] = "arn:aws:iam::222222222222:role/orders" },
                    condition: new JsonObject { ["StringEquals"] = new JsonObject { ["vpc-lattice-svcs:RequestMethod"] = new JsonArray("GET") } })),
            }));
        Assert.That(report.Findings, Is.Empty, string.Join(Environment.NewLine, report.Findings));
    }

    [Test]
    public void APolicyThatIsNotJsonIsRefused()
    {
        var finding = Single(Check(InlinePolicy("broken", "{\"Version\":\"2012-10-17\",")), "iam.json");
        Assert.That((finding.Path, finding.ResourceType), Is.EqualTo(("policy", RolePolicy)));
    }

    [Test]
    public void AnIdentityPolicyMayNotNameAPrincipal()
    {
        var finding = Single(Check(InlinePolicy("p", Policy(Statement("Allow", "secretsmanager:GetSecretValue", SecretArn, principal: new JsonObject { ["AWS"] = "*" })))), "iam.principal");
        Assert.That(finding.Path, Is.EqualTo("policy#Statement[0].Principal"));
    }

    [Test]
    public void AnActionThatDoesNotExistIsRefused()
    {
        var finding = Single(Check(InlinePolicy("p", Policy(Statement("Allow", "secretsmanager:GetSecretValues", SecretArn)))), "iam.unknown-action");
        Assert.That((finding.Path, finding.Value), Is.EqualTo(("policy#Statement[0].Action", "secretsmanager:GetSecretValues")));
    }

    [Test]
    public void AWildcardThatMatchesNoActionIsRefused() =>
        Single(Check(InlinePolicy("p", Policy(Statement("Allow", "secretsmanager:Fetch*", SecretArn)))), "iam.unknown-action");

    [Test]
    public void IamOnlyActionsAreKnown() =>
        Assert.That(Check(InlinePolicy("p", Policy(Statement("Allow", "appmesh:StreamAggregatedResources",
            "arn:aws:appmesh:eu-west-1:222222222222:mesh/fabric/virtualNode/orders")))).Findings, Is.Empty);

    [Test]
    public void AResourceInTheWrongArnFormatForItsActionIsRefused()
    {
        var finding = Single(Check(InlinePolicy("p", Policy(Statement("Allow", "vpc-lattice-svcs:Invoke",
            "arn:aws:vpc-lattice:eu-west-1:222222222222:service/catalog-staging/*")))), "iam.resource-arn");
        Assert.That(finding.Value, Does.Contain("service/catalog-staging"));
    }

    [Test]
    public void AnAppMeshNodeArnWithoutItsMeshIsRefused() =>
        Single(Check(InlinePolicy("p", Policy(Statement("Allow", "appmesh:StreamAggregatedResources",
            "arn:aws:appmesh:eu-west-1:222222222222:virtualNode/orders-dev")))), "iam.resource-arn");

    [Test]
    public void AnUnknownConditionOperatorIsRefused()
    {
        var finding = Single(Check(InlinePolicy("p", Policy(Statement("Allow", "secretsmanager:GetSecretValue", SecretArn,
            condition: new JsonObject { ["StringEqualz"] = new JsonObject { ["aws:SourceAccount"] = "222222222222" } })))), "iam.condition-operator");
        Assert.That(finding.Path, Is.EqualTo("policy#Statement[0].Condition.StringEqualz"));
    }

    [Test]
    public void QualifiedOperatorsAreKnown() =>
        Assert.That(Check(InlinePolicy("p", Policy(Statement("Allow", "secretsmanager:GetSecretValue", SecretArn,
            condition: new JsonObject { ["ForAnyValue:StringLikeIfExists"] = new JsonObject { ["aws:PrincipalTag/team"] = "orders" } })))).Findings, Is.Empty);

    [Test]
    public void AMisspelledGlobalConditionKeyIsRefused() =>
        Single(Check(InlinePolicy("p", Policy(Statement("Allow", "secretsmanager:GetSecretValue", SecretArn,
            condition: new JsonObject { ["StringEquals"] = new JsonObject { ["aws:SourceAcount"] = "222222222222" } })))), "iam.condition-key");

    [Test]
    public void AnOidcConditionKeyMustNameTheProviderTheStatementTrusts()
    {
        var finding = Single(Check(Trust(WebIdentityTrust("accounts.example.org:aud"))), "iam.condition-key");
        Assert.That(finding.Message, Does.Contain("login.example.com/oauth2/default"));
    }

    [Test]
    public void AFederatedPrincipalMustBeAnOidcProviderArn()
    {
        var trust = WebIdentityTrust("login.example.com/oauth2/default:aud").Replace("oidc-provider/", "openIdConnectProvider/", StringComparison.Ordinal);
        var report = Check(Trust(trust));
        Assert.That(report.Findings.Select(f => f.Rule), Does.Contain("iam.principal"));
        Assert.That(report.Findings.First(f => f.Rule == "iam.principal").Path, Is.EqualTo("assumeRolePolicy#Statement[0].Principal.Federated"));
    }

    [Test]
    public void ATrustPolicyMayNotNameAResourceNorLetAnyoneIn()
    {
        var report = Check(Trust(Policy(Statement("Allow", "sts:AssumeRole", "*", principal: "*"))));
        Assert.That(report.Findings.Select(f => f.Rule), Is.EquivalentTo(new[] { "iam.principal", "iam.resource" }));
    }

    [Test]
    public void ALatticeAuthPolicyNamesAwsPrincipalsAndLatticeActionsOnly()
    {
        var report = Check(Resource(AuthPolicy, "auth", new JsonObject
        {
            ["resourceIdentifier"] = ServiceArn,
            ["policy"] = Policy(Statement("Allow", "secretsmanager:GetSecretValue", "*", principal: new JsonObject { ["Federated"] = OidcArn })),
        }));
        Assert.That(report.Findings.Select(f => f.Rule), Is.EquivalentTo(new[] { "iam.principal", "iam.action" }));
    }

    [Test]
    public void CharactersOutsideWhatIamAcceptsAreRefused()
    {
        // Written raw, as a program that builds its JSON by hand would (a serializer would escape it as \u0142).
        var policy = Policy(Statement("Allow", "secretsmanager:GetSecretValue", SecretArn)).Replace("AbCdEf", "AbCdEf\u0142", StringComparison.Ordinal);
        var finding = Single(Check(InlinePolicy("p", policy)), "iam.characters");
        Assert.That(finding.Message, Does.Contain("U+0142"));
    }

    [Test]
    public void TheInlinePoliciesOfOneRoleAreLimitedTogether()
    {
        // Each policy alone is small; together they cross IAM's 10,240 characters for one role.
        var statements = Enumerable.Range(0, 40).Select(i => (object)Statement("Allow", "vpc-lattice-svcs:Invoke", $"{ServiceArn}/api/route-{i:D3}/*")).ToArray();
        var policies = Enumerable.Range(0, 3).Select(i => InlinePolicy($"ingress-{i}", Policy(statements), role: "staging-lattice-ingress-envoy")).ToArray();
        var other = InlinePolicy("small", Policy(Statement("Allow", "secretsmanager:GetSecretValue", SecretArn)), role: "another-role");
        var finding = Single(Check([.. policies, other]), "iam.inline-policies-size");
        Assert.Multiple(() =>
        {
            Assert.That(finding.Severity, Is.EqualTo(PreflightSeverity.Error));
            Assert.That(finding.Message, Does.Contain("staging-lattice-ingress-envoy").And.Contain("3 inline policies"));
            Assert.That(finding.Source, Does.Contain("IAM and AWS STS quotas"));
            Assert.That(finding.Path, Is.EqualTo("policy"));
        });
    }

    [Test]
    public void WhitespaceDoesNotCountTowardsAPolicysSize()
    {
        var statements = Enumerable.Range(0, 60).Select(i => (object)Statement("Allow", "vpc-lattice-svcs:Invoke", $"{ServiceArn}/api/route-{i:D3}/*")).ToArray();
        var compact = Policy(statements);
        var padded = JsonNode.Parse(compact)!.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
        Assert.That(Check(InlinePolicy("a", padded, role: "r")).Findings, Is.Empty);
        Assert.That(padded.Length, Is.GreaterThan(10_240), "the padding alone would cross the limit");
        Assert.That(compact.Length, Is.LessThan(10_240));
    }

    [Test]
    public void AManagedPolicyOverItsLimitIsRefused()
    {
        var statements = Enumerable.Range(0, 60).Select(i => (object)Statement("Allow", "vpc-lattice-svcs:Invoke", $"{ServiceArn}/api/route-{i:D3}/*")).ToArray();
        var finding = Single(Check(Resource(ManagedPolicy, "big", new JsonObject { ["name"] = "big", ["policy"] = Policy(statements) })), "iam.managed-policy-size");
        Assert.That(finding.Message, Does.Contain("6144"));
    }

    [Test]
    public void ALongTrustPolicyIsAQuotaWarningThenAnError()
    {
        string TrustOf(int statements) => Policy(Enumerable.Range(0, statements).Select(i => (object)Statement("Allow", "sts:AssumeRole",
            principal: new JsonObject { ["AWS"] = $"arn:aws:iam::222222222222:role/caller-{i:D4}" })).ToArray());
        var warned = Single(Check(Trust(TrustOf(25))), "iam.trust-policy-size");
        var refused = Single(Check(Trust(TrustOf(50))), "iam.trust-policy-size");
        Assert.Multiple(() =>
        {
            Assert.That(warned.Severity, Is.EqualTo(PreflightSeverity.Warning));
            Assert.That(warned.Limit, Is.EqualTo(2048));
            Assert.That(warned.Raise, Does.Contain("4,096"));
            Assert.That(refused.Severity, Is.EqualTo(PreflightSeverity.Error));
        });
    }

    [Test]
    public void ALatticeAuthPolicyOverTenKilobytesIsRefused()
    {
        var statements = Enumerable.Range(0, 60).Select(i => (object)Statement("Allow", "vpc-lattice-svcs:Invoke", $"{ServiceArn}/api/route-{i:D3}/*",
            principal: new JsonObject { ["AWS"] = "arn:aws:iam::222222222222:role/orders" })).ToArray();
        Single(Check(Resource(AuthPolicy, "auth", new JsonObject { ["resourceIdentifier"] = ServiceArn, ["policy"] = Policy(statements) })), "lattice.auth-policy-size");
    }

    [Test]
    public void RoleNamesAreUniqueIgnoringCase()
    {
        var finding = Single(Check(
            Resource(Role, "a", RoleInputs("Orders-Envoy", EcsTrust())),
            Resource(Role, "b", RoleInputs("orders-envoy", EcsTrust()))), "iam.role-name-unique");
        Assert.That(finding.Resource, Does.EndWith("::b"));
    }
}
