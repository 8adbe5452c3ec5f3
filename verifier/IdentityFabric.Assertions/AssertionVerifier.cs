using System.Security.Cryptography;
using System.Text;
using IdentityFabric.Assertions.Keys;

namespace IdentityFabric.Assertions;

/// <summary>
/// Verifies the edge's signed identity assertion (contracts/identity-assertion.md, version 2). Stateless apart
/// from its key source and clock, and safe to share between threads.
/// </summary>
public sealed class AssertionVerifier
{
    /// <summary>How far the timestamp may lie from the verifier's clock, either way.</summary>
    public static readonly TimeSpan AcceptedSkew = TimeSpan.FromSeconds(60);

    private static readonly string[] Known =
    [
        AssertionHeaders.Version, AssertionHeaders.Subject, AssertionHeaders.Roles, AssertionHeaders.Email,
        AssertionHeaders.Timestamp, AssertionHeaders.KeyId, AssertionHeaders.Signature,
    ];

    private readonly IAssertionKeySource keys;
    private readonly TimeProvider clock;

    /// <summary>Creates a verifier.</summary>
    /// <param name="keys">Where the key set in force comes from.</param>
    /// <param name="clock">The clock the time window is checked against.</param>
    public AssertionVerifier(IAssertionKeySource keys, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(clock);
        this.keys = keys;
        this.clock = clock;
    }

    /// <summary>Verifies one request; never throws for hostile input, it returns the reason instead.</summary>
    /// <param name="request">The request's method, host, path and headers.</param>
    public AssertionResult Verify(AssertionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);

        // §8 step 1: scan every name before deciding, so the reason does not depend on header order.
        var values = new string?[Known.Length];
        bool foreign = false, unknown = false, duplicate = false;
        foreach (var (name, value) in request.Headers)
        {
            if (name is null)
            {
                continue;
            }

            if (AssertionHeaders.IsForeignIdentityHeader(name))
            {
                foreign = true;
            }
            else if (AssertionHeaders.IsFabricHeader(name))
            {
                var index = Array.FindIndex(Known, known => string.Equals(known, name, StringComparison.OrdinalIgnoreCase));
                if (index < 0)
                {
                    unknown = true;
                }
                else if (values[index] is not null)
                {
                    duplicate = true;
                }
                else
                {
                    values[index] = value ?? string.Empty;
                }
            }
        }

        if (foreign)
        {
            return AssertionResult.Rejected(AssertionFailure.ForeignIdentityHeader);
        }

        if (unknown)
        {
            return AssertionResult.Rejected(AssertionFailure.UnknownHeader);
        }

        if (duplicate)
        {
            return AssertionResult.Rejected(AssertionFailure.DuplicateHeader);
        }

        var (version, subject, roles, email, timestamp, keyId, signature) =
            (values[0], values[1], values[2], values[3], values[4], values[5], values[6]);
        if (version is null || subject is null || timestamp is null || keyId is null || signature is null)
        {
            return AssertionResult.Rejected(AssertionFailure.MissingHeader);
        }

        if (version != AssertionHeaders.CurrentVersion)
        {
            return AssertionResult.Rejected(AssertionFailure.UnsupportedVersion);
        }

        var roleList = roles is null ? [] : AssertionSyntax.ParseRoles(roles);
        var mac = AssertionSyntax.DecodeSignature(signature);
        var principal = AssertionSyntax.IsSubject(subject) ? AssertionSyntax.ParsePrincipal(subject) : null;
        if (principal is null
            || roleList is null
            || (email is not null && !AssertionSyntax.IsEmail(email))
            || !AssertionSyntax.TryParseTimestamp(timestamp, out var issuedAt)
            || !AssertionSyntax.IsKeyId(keyId)
            || mac is null)
        {
            return AssertionResult.Rejected(AssertionFailure.MalformedHeader);
        }

        var host = request.Host is null ? null : AssertionSyntax.CanonicalHost(request.Host);
        if (request.Method is null || !AssertionSyntax.IsMethod(request.Method) || host is null
            || request.Path is null || !AssertionSyntax.IsPath(request.Path))
        {
            return AssertionResult.Rejected(AssertionFailure.MalformedRequest);
        }

        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var skew = (long)AcceptedSkew.TotalSeconds;
        if (issuedAt < now - skew)
        {
            return AssertionResult.Rejected(AssertionFailure.Expired);
        }

        if (issuedAt > now + skew)
        {
            return AssertionResult.Rejected(AssertionFailure.NotYetValid);
        }

        var keySet = keys.GetKeys();
        var key = keySet.Find(keyId);
        if (key is null)
        {
            return AssertionResult.Rejected(keySet.RetiredIds.Contains(keyId) ? AssertionFailure.RetiredKey : AssertionFailure.UnknownKey);
        }

        var canonical = AssertionSyntax.CanonicalString(request.Method, host, request.Path, timestamp, keyId, subject, roles, email);
        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(key.Secret, Encoding.UTF8.GetBytes(canonical), expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, mac))
        {
            return AssertionResult.Rejected(AssertionFailure.BadSignature);
        }

        return AssertionResult.Valid(new AssertedIdentity(subject, roleList, email, keyId, DateTimeOffset.FromUnixTimeSeconds(issuedAt))
        {
            Principal = principal,
        });
    }
}
