using IdentityFabric.Assertions.Keys;
using Moq;

namespace IdentityFabric.Assertions.Tests;

/// <summary>Attacks and rules beyond the shared vectors.</summary>
public sealed class VerifierTests
{
    private const string CurrentSecret = "fFqt_VFuJ6dxEI1Nfrn7kK-KpWX2RhxFScuIKcOqXjg";
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private static AssertionRequest Vector(string name) => AssertionVectors.Named(name).ToAssertionRequest();

    private static AssertionRequest WithHeader(AssertionRequest request, string name, string value) =>
        request with { Headers = [.. request.Headers.Select(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase) ? new KeyValuePair<string, string>(h.Key, value) : h)] };

    private static string Verify(AssertionRequest request) => AssertionVectors.Verifier().Verify(request).Code;

    [Test]
    public void EverySingleCharacterChangeToTheSignatureIsRejected()
    {
        var request = Vector("valid-current-key-full-identity");
        var signature = request.Headers.Single(h => h.Key == AssertionHeaders.Signature).Value;
        var accepted = new List<string>();
        for (var i = 0; i < signature.Length; i++)
        {
            foreach (var replacement in new[] { Alphabet[(Alphabet.IndexOf(signature[i], StringComparison.Ordinal) + 1) % 64], 'A' })
            {
                if (replacement == signature[i])
                {
                    continue;
                }

                var forged = string.Concat(signature.AsSpan(0, i), replacement.ToString(), signature.AsSpan(i + 1));
                var code = Verify(WithHeader(request, AssertionHeaders.Signature, forged));
                if (code is not ("bad-signature" or "malformed-header"))
                {
                    accepted.Add($"{forged}: {code}");
                }
            }
        }

        Assert.That(accepted, Is.Empty);
    }

    [TestCase("")]
    [TestCase("AAAA")]
    [TestCase("2kBz4RdPTfLtrl1n8yZ2crK6Kx3zX3-N6dZeKT_4p2")]
    [TestCase("2kBz4RdPTfLtrl1n8yZ2crK6Kx3zX3+N6dZeKT/4p20")]
    public void SignatureThatIsNotCanonicalBase64UrlIsMalformed(string signature) =>
        Assert.That(Verify(WithHeader(Vector("valid-current-key-full-identity"), AssertionHeaders.Signature, signature)), Is.EqualTo("malformed-header"));

    [TestCase("api.example.com", "valid")]
    [TestCase("API.Example.COM", "valid")]
    [TestCase("api.example.com:80", "valid")]
    [TestCase("api.example.com:443", "valid")]
    [TestCase("api.example.com:8443", "bad-signature")]
    [TestCase("api.example.com.", "bad-signature")]
    [TestCase("evil.example/api.example.com", "malformed-request")]
    [TestCase("api.example.com:", "malformed-request")]
    [TestCase("api.example.com:99999x", "malformed-request")]
    [TestCase("", "malformed-request")]
    [TestCase("[::1", "malformed-request")]
    public void HostCountsOnlyWithoutCaseAndDefaultPort(string host, string expected) =>
        Assert.That(Verify(Vector("valid-current-key-full-identity") with { Host = host }), Is.EqualTo(expected));

    [TestCase("/orders/42?expand=items", "valid")]
    [TestCase("/orders/42?expand=items#frag", "malformed-request")]
    [TestCase("/orders/42?expand=it ems", "malformed-request")]
    [TestCase("/orders/%34%32?expand=items", "bad-signature")]
    [TestCase("/orders/42/?expand=items", "bad-signature")]
    [TestCase("/ORDERS/42?expand=items", "bad-signature")]
    [TestCase("/orders/42", "bad-signature")]
    public void PathIsComparedExactlyAsSent(string path, string expected) =>
        Assert.That(Verify(Vector("valid-current-key-full-identity") with { Path = path }), Is.EqualTo(expected));

    [Test]
    public void ReasonDoesNotDependOnHeaderOrder()
    {
        var spoofed = Vector("foreign-identity-header");
        var reversed = spoofed with { Headers = [.. spoofed.Headers.Reverse(), new("x-fabric-subject", "second")] };

        Assert.That(Verify(spoofed), Is.EqualTo("foreign-identity-header"));
        Assert.That(Verify(reversed), Is.EqualTo("foreign-identity-header"));
    }

    [TestCase("alice\tadmin")]
    [TestCase(" alice")]
    [TestCase("alice ")]
    [TestCase("al\u00efce")]
    [TestCase("alice\u0000")]
    public void SubjectWithControlOrNonAsciiCharactersIsMalformed(string subject) =>
        Assert.That(Verify(WithHeader(Vector("valid-current-key-full-identity"), AssertionHeaders.Subject, subject)), Is.EqualTo("malformed-header"));

    [TestCase("00u1a2b3c4d5e6f7g8h9")]
    [TestCase("machine:")]
    [TestCase("machine:-batch")]
    [TestCase("machine:billing batch")]
    [TestCase("machine:billing:batch")]
    [TestCase("user:okta")]
    [TestCase("user:okta:")]
    [TestCase("user::00u1")]
    [TestCase("user:Okta:00u1")]
    [TestCase("user:ok_ta:00u1")]
    [TestCase("user:okta: 00u1")]
    [TestCase("User:okta:00u1")]
    [TestCase("svc:billing")]
    public void SubjectOutsideTheUserOrMachineSchemeIsMalformed(string subject)
    {
        var request = TestSigner.Sign(AssertionVectors.VerifierKeySet().Current.Id, CurrentSecret, AssertionVectors.Now, subject: subject);

        Assert.That(AssertionVectors.Verifier().Verify(request).Code, Is.EqualTo("malformed-header"));
    }

    [TestCase("user:okta:00u1", PrincipalKind.User, "okta", "00u1")]
    [TestCase("user:azure-ad:a:b:c", PrincipalKind.User, "azure-ad", "a:b:c")]
    [TestCase("user:access:machine:billing", PrincipalKind.User, "access", "machine:billing")]
    [TestCase("machine:billing-sync.job_1", PrincipalKind.Machine, null, "billing-sync.job_1")]
    public void SubjectIsReadAsItsKindProviderAndName(string subject, PrincipalKind kind, string? provider, string name)
    {
        var request = TestSigner.Sign(AssertionVectors.VerifierKeySet().Current.Id, CurrentSecret, AssertionVectors.Now, subject: subject);

        var identity = AssertionVectors.Verifier().Verify(request).Identity;

        Assert.That(identity?.Principal, Is.EqualTo(new AssertedPrincipal(kind, provider, name)));
        Assert.That(identity!.Subject, Is.EqualTo(subject));
    }

    [TestCase("admin,admin")]
    [TestCase("admin,")]
    [TestCase(",admin")]
    [TestCase("-admin")]
    [TestCase("ad min")]
    public void RolesOutsideTheirCanonicalFormAreMalformed(string roles) =>
        Assert.That(Verify(WithHeader(Vector("valid-current-key-full-identity"), AssertionHeaders.Roles, roles)), Is.EqualTo("malformed-header"));

    [Test]
    public void MoreThanAHundredRolesAreMalformed()
    {
        var clock = new ManualClock(AssertionVectors.Now);
        var keys = AssertionVectors.VerifierKeySet();
        var roles = string.Join(',', Enumerable.Range(0, 101).Select(i => $"r{i:D3}"));
        var request = TestSigner.Sign(keys.Current.Id, CurrentSecret, clock.Now, roles: roles);
        var hundred = TestSigner.Sign(keys.Current.Id, CurrentSecret, clock.Now, roles: string.Join(',', Enumerable.Range(0, 100).Select(i => $"r{i:D3}")));

        Assert.That(AssertionVectors.Verifier(clock).Verify(request).Code, Is.EqualTo("malformed-header"));
        Assert.That(AssertionVectors.Verifier(clock).Verify(hundred).Code, Is.EqualTo("valid"));
    }

    [Test]
    public void VerifierReadsTheKeySourceOnEveryRequestSoARotationNeedsNoRestart()
    {
        var keys = AssertionVectors.VerifierKeySet();
        var beforeRotation = new AssertionKeySet(keys.Previous!);
        var source = new Mock<IAssertionKeySource>(MockBehavior.Strict);
        source.SetupSequence(s => s.GetKeys()).Returns(beforeRotation).Returns(keys);
        var verifier = new AssertionVerifier(source.Object, new ManualClock(AssertionVectors.Now));
        var signedWithNewKey = Vector("valid-current-key-full-identity");

        Assert.That(verifier.Verify(signedWithNewKey).Code, Is.EqualTo("unknown-key"));
        Assert.That(verifier.Verify(signedWithNewKey).Code, Is.EqualTo("valid"));
        source.Verify(s => s.GetKeys(), Times.Exactly(2));
    }

    [Test]
    public void PreviousKeyStopsWorkingOnceTheRotationEnds()
    {
        var keys = AssertionVectors.VerifierKeySet();
        var afterOverlap = new AssertionKeySet(keys.Current, previous: null, retiredIds: [keys.Previous!.Id]);
        var verifier = new AssertionVerifier(new StaticAssertionKeySource(afterOverlap), new ManualClock(AssertionVectors.Now));

        Assert.That(verifier.Verify(Vector("valid-previous-key")).Code, Is.EqualTo("retired-key"));
    }

    [Test]
    public void HeadersThatFailTheirSyntaxNeverReachTheKeySource()
    {
        var source = new Mock<IAssertionKeySource>(MockBehavior.Strict);
        var verifier = new AssertionVerifier(source.Object, new ManualClock(AssertionVectors.Now));

        foreach (var name in new[] { "duplicate-subject-header", "missing-signature-header", "expired-timestamp", "padded-signature" })
        {
            Assert.That(verifier.Verify(Vector(name)).IsValid, Is.False, name);
        }

        source.Verify(s => s.GetKeys(), Times.Never);
    }

    [Test]
    public void ClockSkewAcceptedIsSixtySecondsEitherWay()
    {
        var clock = new ManualClock(AssertionVectors.Now);
        var verifier = AssertionVectors.Verifier(clock);
        var request = Vector("valid-current-key-full-identity");
        var signedAt = AssertionVectors.Named("valid-current-key-full-identity").Expect.Identity!.Timestamp;

        clock.Now = DateTimeOffset.FromUnixTimeSeconds(signedAt + 60);
        Assert.That(verifier.Verify(request).Code, Is.EqualTo("valid"));
        clock.Now = DateTimeOffset.FromUnixTimeSeconds(signedAt + 61);
        Assert.That(verifier.Verify(request).Code, Is.EqualTo("expired"));
        clock.Now = DateTimeOffset.FromUnixTimeSeconds(signedAt - 60).AddMilliseconds(999);
        Assert.That(verifier.Verify(request).Code, Is.EqualTo("valid"));
        clock.Now = DateTimeOffset.FromUnixTimeSeconds(signedAt - 61);
        Assert.That(verifier.Verify(request).Code, Is.EqualTo("not-yet-valid"));
    }
}
