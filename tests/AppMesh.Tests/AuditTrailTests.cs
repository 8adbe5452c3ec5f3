using System.Text.RegularExpressions;
using IdentityFabric.Components.Audit;
using IdentityFabric.Testing;
using NUnit.Framework;

namespace IdentityFabric.AppMesh.Tests;

[TestFixture]
public sealed partial class AuditTrailTests
{
    private static readonly IReadOnlyList<KeyValuePair<string, string>> Format = EnvoyAccessLogFormat.Json("orders-dev");

    [Test]
    public void TheEnvoyFormatCarriesEveryAuditFieldInOrder() =>
        Assert.That(Format.Select(f => f.Key), Is.EqualTo(AuditLogFields.All.Select(f => f.Key)));

    [Test]
    public void TheEnvoyFormatIsSafe() => Assert.That(LogFormatSafety.Violations(Format), Is.Empty);

    [Test]
    public void TheEnvoyFormatLogsThePathWithoutItsQuery() =>
        Assert.That(Format.Single(f => f.Key == AuditLogFields.RequestPath).Value, Does.StartWith("%REQ_WITHOUT_QUERY("));

    [Test]
    public void TheEnvoyFormatNeverLogsTheEmailOrTheSignature() =>
        Assert.That(Format.Select(f => f.Value.ToLowerInvariant()), Has.None.Contains("x-fabric-email").And.None.Contains("x-fabric-signature"));

    [Test]
    public void AHopNameCannotInjectAnOperator() =>
        Assert.That(() => EnvoyAccessLogFormat.Json("orders-%REQ(AUTHORIZATION)%"), Throws.ArgumentException);

    [TestCase("%REQ(X-Fabric-Signature)%")]
    [TestCase("%REQ(x-fabric-signature)%")]
    [TestCase("%REQ(x-request-id?X-FABRIC-SIGNATURE)%")]
    [TestCase("%REQ(AUTHORIZATION):64%")]
    [TestCase("%req(authorization)%")]
    [TestCase("%REQ(Proxy-Authorization)%")]
    [TestCase("%REQ(Cookie)%")]
    [TestCase("%RESP(Set-Cookie)%")]
    [TestCase("%REQ(cf-access-jwt-assertion)%")]
    [TestCase("%REQ(X-Amz-Security-Token)%")]
    [TestCase("%REQ(x-api-key)%")]
    [TestCase("%REQ(X-Session-Token)%")]
    [TestCase("%TRAILER(x-client-secret)%")]
    [TestCase("%REQ(x-fabric-email)%")]
    [TestCase("%REQ(:PATH)%")]
    [TestCase("%REQ(X-ENVOY-ORIGINAL-PATH?:PATH)%")]
    [TestCase("prefix %REQ(:path)% suffix")]
    [TestCase("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln")]
    public void AFormatThatWouldLogACredentialIsFlagged(string value) =>
        Assert.That(LogFormatSafety.Violations([KeyValuePair.Create("field", value)]), Is.Not.Empty);

    [TestCase("token")]
    [TestCase("clientSecret")]
    [TestCase("x_signature")]
    [TestCase("sessionCookie")]
    public void AKeyNamedAfterASecretIsFlagged(string key) =>
        Assert.That(LogFormatSafety.Violations([KeyValuePair.Create(key, "%START_TIME%")]), Is.Not.Empty);

    [TestCase("%REQ(X-FABRIC-SUBJECT)%")]
    [TestCase("%REQ(X-FABRIC-KEY-ID)%")]
    [TestCase("%REQ_WITHOUT_QUERY(X-ENVOY-ORIGINAL-PATH?:PATH)%")]
    [TestCase("%DOWNSTREAM_PEER_URI_SAN%")]
    [TestCase("literal")]
    public void IdentityAndTraceFieldsAreAllowed(string value) =>
        Assert.That(LogFormatSafety.Violations([KeyValuePair.Create("field", value)]), Is.Empty);

    [Test]
    public void TheTraceQueryJoinsTheW3cAndXrayFormsOfOneTraceId()
    {
        // The edge derives X-Ray's root from the W3C trace id; the query must undo that split.
        const string traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        const string traceparent = "00-" + traceId + "-00f067aa0ba902b7-01";
        const string xray = "Root=1-4bf92f35-77b34da6a3ce929d0e0e4736;Parent=00f067aa0ba902b7;Sampled=1";
        var query = TraceQuery.FollowOneTrace();
        var parses = ParseLine().Matches(query).Select(m => (Field: m.Groups["field"].Value, Pattern: m.Groups["pattern"].Value)).ToList();
        Assert.That(parses.Select(p => p.Field), Is.EqualTo(new[] { AuditLogFields.TraceParent, AuditLogFields.TraceId }));

        var w3c = Regex.Match(traceparent, parses[0].Pattern);
        var xrayMatch = Regex.Match(xray, parses[1].Pattern);
        Assert.That(w3c.Groups["w3cTraceId"].Value, Is.EqualTo(traceId));
        Assert.That(xrayMatch.Groups["xrayEpoch"].Value + xrayMatch.Groups["xrayRandom"].Value, Is.EqualTo(traceId));
        Assert.That(query, Does.Contain($"w3cTraceId = \"{TraceQuery.Placeholder}\" or concat(xrayEpoch, xrayRandom) = \"{TraceQuery.Placeholder}\""));
        Assert.That(query, Does.Contain("sort @timestamp asc"));
    }

    [Test]
    public void TheTraceQueryShowsWhoCalledAtEveryHop()
    {
        var fields = TraceQuery.FollowOneTrace().Split('\n')[0];
        foreach (var field in new[] { AuditLogFields.Hop, AuditLogFields.Subject, AuditLogFields.Roles, AuditLogFields.CallerCertificateUri, AuditLogFields.ResponseCode, AuditLogFields.RequestId })
        {
            Assert.That(fields, Does.Contain(field));
        }
    }

    [Test]
    public void AuditNamesFitCloudWatch()
    {
        foreach (var environment in new[] { "dev", "staging", "prod" })
        {
            Assert.That(AuditLogNames.IsValidLogGroupName(AuditLogNames.AccessLogGroup(environment, "appmesh")), Is.True);
            Assert.That(AuditLogNames.TraceQueryName(environment, "lattice").Length, Is.LessThanOrEqualTo(AuditLogNames.QueryDefinitionNameMax));
            Assert.That(AuditLogNames.RetentionDays, Does.Contain(ExampleCatalog.View(environment).Environment.LogRetentionDays));
        }

        Assert.That(AuditLogNames.IsValidLogGroupName("/identity-fabric/dev appmesh"), Is.False);
        Assert.That(AuditLogNames.IsValidLogGroupName(new string('a', 513)), Is.False);
    }

    [GeneratedRegex(@"\| parse (?<field>\w+) /(?<pattern>[^/]+)/")]
    private static partial Regex ParseLine();
}
