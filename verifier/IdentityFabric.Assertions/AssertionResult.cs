using System.Diagnostics.CodeAnalysis;

namespace IdentityFabric.Assertions;

/// <summary>
/// The outcome of verifying an assertion: the identity, or the reason it was rejected.
/// </summary>
public sealed class AssertionResult
{
    private AssertionResult(AssertedIdentity? identity, AssertionFailure failure)
    {
        Identity = identity;
        Failure = failure;
    }

    /// <summary>The verified identity; set exactly when <see cref="IsValid"/> is true.</summary>
    public AssertedIdentity? Identity { get; }

    /// <summary>Why verification failed; <see cref="AssertionFailure.None"/> when valid.</summary>
    public AssertionFailure Failure { get; }

    /// <summary>The contract's reason code (<c>valid</c>, <c>bad-signature</c>, ...).</summary>
    public string Code => Failure.ToCode();

    /// <summary>True when the assertion is valid.</summary>
    [MemberNotNullWhen(true, nameof(Identity))]
    public bool IsValid => Failure == AssertionFailure.None;

    /// <summary>A valid result.</summary>
    /// <param name="identity">The verified identity.</param>
    public static AssertionResult Valid(AssertedIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return new AssertionResult(identity, AssertionFailure.None);
    }

    /// <summary>A rejected result.</summary>
    /// <param name="failure">The reason; never <see cref="AssertionFailure.None"/>.</param>
    public static AssertionResult Rejected(AssertionFailure failure)
    {
        if (failure == AssertionFailure.None)
        {
            throw new ArgumentOutOfRangeException(nameof(failure), "A rejection needs a reason.");
        }

        return new AssertionResult(null, failure);
    }

    /// <inheritdoc />
    public override string ToString() => IsValid ? $"valid ({Identity.Subject}, key {Identity.KeyId})" : Code;
}
