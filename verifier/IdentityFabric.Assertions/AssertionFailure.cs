namespace IdentityFabric.Assertions;

/// <summary>
/// Why an assertion was rejected (contracts/identity-assertion.md §8). Meant for logs and metrics, never for the
/// client.
/// </summary>
public enum AssertionFailure
{
    /// <summary>No failure: the assertion is valid.</summary>
    None = 0,

    /// <summary>A spoofable identity header reached the service.</summary>
    ForeignIdentityHeader,

    /// <summary>An <c>x-fabric-*</c> header the contract does not define.</summary>
    UnknownHeader,

    /// <summary>An assertion header appears more than once.</summary>
    DuplicateHeader,

    /// <summary>A required assertion header is absent.</summary>
    MissingHeader,

    /// <summary>The version header is not 1.</summary>
    UnsupportedVersion,

    /// <summary>An assertion header value breaks its syntax.</summary>
    MalformedHeader,

    /// <summary>The method, host or path cannot be signed.</summary>
    MalformedRequest,

    /// <summary>The timestamp is older than the accepted window.</summary>
    Expired,

    /// <summary>The timestamp is later than the accepted window.</summary>
    NotYetValid,

    /// <summary>The key id names neither the current nor the previous key.</summary>
    UnknownKey,

    /// <summary>The key id names a retired key.</summary>
    RetiredKey,

    /// <summary>The signature does not match.</summary>
    BadSignature,
}

/// <summary>The stable reason codes of <see cref="AssertionFailure"/>, as the contract and its vectors spell them.</summary>
public static class AssertionFailureCodes
{
    /// <summary>The contract's code for a failure, e.g. <c>bad-signature</c>; <c>valid</c> for <see cref="AssertionFailure.None"/>.</summary>
    /// <param name="failure">The failure.</param>
    public static string ToCode(this AssertionFailure failure) => failure switch
    {
        AssertionFailure.None => "valid",
        AssertionFailure.ForeignIdentityHeader => "foreign-identity-header",
        AssertionFailure.UnknownHeader => "unknown-header",
        AssertionFailure.DuplicateHeader => "duplicate-header",
        AssertionFailure.MissingHeader => "missing-header",
        AssertionFailure.UnsupportedVersion => "unsupported-version",
        AssertionFailure.MalformedHeader => "malformed-header",
        AssertionFailure.MalformedRequest => "malformed-request",
        AssertionFailure.Expired => "expired",
        AssertionFailure.NotYetValid => "not-yet-valid",
        AssertionFailure.UnknownKey => "unknown-key",
        AssertionFailure.RetiredKey => "retired-key",
        AssertionFailure.BadSignature => "bad-signature",
        _ => throw new ArgumentOutOfRangeException(nameof(failure), failure, "Unknown assertion failure."),
    };
}
