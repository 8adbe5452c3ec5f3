using static IdentityFabric.Preflight.Tests.Planned;

namespace IdentityFabric.Preflight.Tests;

public sealed class QuotaTests
{
    [Test]
    public void MoreRolesThanTheAccountsDefaultQuotaIsAWarningWithCountDefaultAndRaise()
    {
        var roles = Enumerable.Range(0, 1001).Select(i => Resource(Role, $"r{i}", RoleInputs($"role-{i:D4}", EcsTrust()))).ToArray();
        var report = Check(roles);
        var finding = Single(report, "quota.iam.account.roles");
        Assert.Multiple(() =>
        {
            Assert.That(report.Passed, Is.True, "a quota is a warning, not a refusal");
            Assert.That(finding.Severity, Is.EqualTo(PreflightSeverity.Warning));
            Assert.That((finding.Count, finding.Limit), Is.EqualTo(((long?)1001, (long?)1000)));
            Assert.That(finding.Raise, Does.Contain("5,000"));
            Assert.That(finding.Source, Does.Contain("IAM and AWS STS quotas"));
        });
    }

    [Test]
    public void AtTheQuotaNothingIsReported() =>
        Assert.That(Check(Enumerable.Range(0, 1000).Select(i => Resource(Role, $"r{i}", RoleInputs($"role-{i:D4}", EcsTrust()))).ToArray()).Findings, Is.Empty);

    [Test]
    public void ServicesPerServiceNetworkAreCountedPerNetwork()
    {
        var associations = Enumerable.Range(0, 501).Select(i => Resource(Association, $"a{i}", new JsonObject
        {
            ["serviceIdentifier"] = $"svc-{i:D17}",
            ["serviceNetworkIdentifier"] = NetworkId,
        })).Append(Resource(Association, "other", new JsonObject { ["serviceIdentifier"] = ServiceId, ["serviceNetworkIdentifier"] = "sn-11111111111111111" })).ToArray();
        var finding = Single(Check(associations), "quota.lattice.serviceNetwork.services");
        Assert.Multiple(() =>
        {
            Assert.That((finding.Count, finding.Limit), Is.EqualTo(((long?)501, (long?)500)));
            Assert.That(finding.Message, Does.Contain(NetworkId));
        });
    }

    [Test]
    public void SixRulesOnOneListenerCrossTheRulesQuota()
    {
        PreflightResource RuleOn(string listener, int i) => Resource(Rule, $"{listener}-rule{i}", new JsonObject
        {
            ["name"] = $"rule{i}",
            ["priority"] = i + 1,
            ["serviceIdentifier"] = ServiceId,
            ["listenerIdentifier"] = listener,
            ["match"] = new JsonObject { ["httpMatch"] = new JsonObject { ["pathMatch"] = new JsonObject { ["match"] = new JsonObject { ["prefix"] = "/x" } } } },
            ["action"] = new JsonObject { ["fixedResponse"] = new JsonObject { ["statusCode"] = 404 } },
        });
        var rules = Enumerable.Range(0, 6).Select(i => RuleOn(ListenerId, i))
            .Concat(Enumerable.Range(0, 6).Select(i => RuleOn("listener-11111111111111111", i)))
            .Concat(Enumerable.Range(0, 5).Select(i => RuleOn("listener-22222222222222222", i))).ToArray();
        var report = Check(rules);
        var finding = Single(report, "quota.lattice.listener.rules");
        Assert.Multiple(() =>
        {
            Assert.That(report.Errors, Is.Empty);
            Assert.That((finding.Count, finding.Limit), Is.EqualTo(((long?)6, (long?)5)));
            Assert.That(finding.Message, Does.Contain("2 listeners are over the quota"));
        });
    }

    [Test]
    public void CloudflareAccountLimitsAreWarnings()
    {
        var tokens = Enumerable.Range(0, 51).Select(i => Resource(Token, $"t{i}", "{\"name\":\"t\"}")).ToArray();
        var finding = Single(Check(tokens), "quota.cloudflare.account.serviceTokens");
        Assert.That((finding.Count, finding.Limit, finding.Severity), Is.EqualTo(((long?)51, (long?)50, PreflightSeverity.Warning)));
    }

    [TestCase(5, true)]
    [TestCase(31, true)]
    [TestCase(7, false)]
    [TestCase(0, false)]
    public void ARecoveryWindowIsSevenToThirtyDays(int days, bool refused)
    {
        var report = Check(Resource(Secret, "s", new JsonObject { ["name"] = "identity-fabric/dev/db", ["recoveryWindowInDays"] = days }));
        Assert.That(report.Findings.Any(f => f.Rule == "secretsmanager.recovery-window"), Is.EqualTo(refused));
    }

    [TestCase(2, true)]
    [TestCase(30, false)]
    [TestCase(3653, false)]
    public void LogRetentionIsOneOfTheAllowedValues(int days, bool refused)
    {
        var report = Check(Resource(LogGroup, "l", new JsonObject { ["name"] = "/identity-fabric/dev", ["retentionInDays"] = days }));
        Assert.That(report.Findings.Any(f => f.Rule == "logs.retention"), Is.EqualTo(refused));
    }

    [Test]
    public void AnOidcProviderIsHttpsWithoutPortOrQueryAndAtMostFiveThumbprints()
    {
        var report = Check(Resource(Oidc, "o", new JsonObject
        {
            ["url"] = "https://login.example.com:8443/oauth2?x=1",
            ["clientIdLists"] = new JsonArray("api"),
            ["thumbprintLists"] = new JsonArray(Enumerable.Range(0, 6).Select(i => (JsonNode?)JsonValue.Create(new string((char)('a' + i), 40))).ToArray()),
        }));
        Assert.That(report.Findings.Select(f => f.Rule), Does.Contain("iam.oidc-url").And.Contain("iam.oidc-lists"));
    }
}
