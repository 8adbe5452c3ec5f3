namespace IdentityFabric.Assertions.Tests;

/// <summary>The shared vectors: the verifier accepts exactly the valid cases and names each invalid one's reason.</summary>
public sealed class VectorTests
{
    private static IEnumerable<TestCaseData> ValidCases() =>
        AssertionVectors.Valid.Select(c => new TestCaseData(c).SetName($"ValidVectorIsAccepted({c.Name})"));

    private static IEnumerable<TestCaseData> InvalidCases() =>
        AssertionVectors.Invalid.Select(c => new TestCaseData(c).SetName($"InvalidVectorIsRejectedWithItsReason({c.Name})"));

    [TestCaseSource(nameof(ValidCases))]
    public void ValidVectorIsAccepted(VectorCase c)
    {
        var result = AssertionVectors.Verifier().Verify(c.ToAssertionRequest());

        Assert.That(result.Code, Is.EqualTo("valid"), c.Description);
        var expected = c.Expect.Identity!;
        Assert.Multiple(() =>
        {
            Assert.That(result.Identity!.Subject, Is.EqualTo(expected.Subject));
            Assert.That(result.Identity.Roles, Is.EqualTo(expected.Roles));
            Assert.That(result.Identity.Email, Is.EqualTo(expected.Email));
            Assert.That(result.Identity.KeyId, Is.EqualTo(expected.KeyId));
            Assert.That(result.Identity.IssuedAt.ToUnixTimeSeconds(), Is.EqualTo(expected.Timestamp));
            Assert.That(result.Identity.Principal.Kind.ToString().ToLowerInvariant(), Is.EqualTo(expected.Principal.Kind));
            Assert.That(result.Identity.Principal.Provider, Is.EqualTo(expected.Principal.Provider));
            Assert.That(result.Identity.Principal.Name, Is.EqualTo(expected.Principal.Name));
        });
    }

    [TestCaseSource(nameof(InvalidCases))]
    public void InvalidVectorIsRejectedWithItsReason(VectorCase c)
    {
        var result = AssertionVectors.Verifier().Verify(c.ToAssertionRequest());

        Assert.That(result.IsValid, Is.False, c.Description);
        Assert.That(result.Code, Is.EqualTo(c.Expect.Reason), c.Description);
        Assert.That(result.Identity, Is.Null);
    }

    [TestCaseSource(nameof(ValidCases))]
    public void CanonicalStringOfEachValidVectorIsTheOneTheContractPrints(VectorCase c)
    {
        var headers = c.Request.Headers.ToDictionary(h => h[0].ToLowerInvariant(), h => h[1]);
        var canonical = AssertionSyntax.CanonicalString(
            c.Request.Method,
            AssertionSyntax.CanonicalHost(c.Request.Host)!,
            c.Request.Path,
            headers[AssertionHeaders.Timestamp],
            headers[AssertionHeaders.KeyId],
            headers[AssertionHeaders.Subject],
            headers.GetValueOrDefault(AssertionHeaders.Roles),
            headers.GetValueOrDefault(AssertionHeaders.Email));

        Assert.That(canonical, Is.EqualTo(c.Canonical));
    }

    [Test]
    public void VectorsHoldTheCasesTheContractPromises()
    {
        Assert.That(AssertionVectors.Valid.Count(), Is.GreaterThanOrEqualTo(3));
        Assert.That(AssertionVectors.Invalid.Count(), Is.GreaterThanOrEqualTo(8));
        Assert.That(AssertionVectors.Document.Cases.Select(c => c.Name), Is.Unique);
    }

    [Test]
    public void EveryRejectionReasonIsExercisedBySomeVector()
    {
        var reasons = AssertionVectors.Invalid.Select(c => c.Expect.Reason).ToHashSet();
        var all = Enum.GetValues<AssertionFailure>().Where(f => f != AssertionFailure.None).Select(f => f.ToCode());

        Assert.That(reasons, Is.EquivalentTo(all));
    }

    [Test]
    public void AUserWhoseOwnSubjectReadsLikeAMachineIsNeverTheMachine()
    {
        var machine = AssertionVectors.Verifier().Verify(AssertionVectors.Named("valid-no-roles-no-email-default-port").ToAssertionRequest()).Identity!;
        var user = AssertionVectors.Verifier().Verify(AssertionVectors.Named("valid-user-whose-subject-reads-like-a-machine").ToAssertionRequest()).Identity!;

        Assert.That(machine.Principal, Is.EqualTo(new AssertedPrincipal(PrincipalKind.Machine, null, "billing-batch")));
        Assert.That(user.Principal, Is.EqualTo(new AssertedPrincipal(PrincipalKind.User, "okta", "machine:billing-batch")));
        Assert.That(user.Subject, Is.Not.EqualTo(machine.Subject));
    }

    [Test]
    public void ValidVectorsCoverCurrentAndPreviousKeys()
    {
        var keyIds = AssertionVectors.Valid.Select(c => c.Expect.Identity!.KeyId).ToHashSet();
        var keys = AssertionVectors.VerifierKeySet();

        Assert.That(keyIds, Is.EquivalentTo(new[] { keys.Current.Id, keys.Previous!.Id }));
    }
}
