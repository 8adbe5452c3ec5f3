using System.Text;

namespace IdentityFabric.Assertions;

/// <summary>
/// The field rules and the canonical string of contracts/identity-assertion.md (§2–§4), in one place so the
/// verifier and the tests agree on them.
/// </summary>
internal static class AssertionSyntax
{
    internal const string CanonicalTag = "fabric-assertion/2";
    internal const int MaxRoles = 100;
    internal const int SignatureLength = 43;

    private const string TokenSymbols = "!#$%&'*+-.^_`|~";
    private const string Base64UrlAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    internal static bool IsSubject(string value) =>
        value.Length is >= 1 and <= 255
        && AllIn(value, 0x20, 0x7E)
        && value[0] != ' '
        && value[^1] != ' ';

    /// <summary>
    /// The subject's scheme (§1): <c>user:PROVIDER:SUBJECT</c>, PROVIDER matching <c>[a-z0-9][a-z0-9-]*</c> and
    /// SUBJECT non-empty and not starting with a space, or <c>machine:NAME</c>, NAME matching
    /// <c>[A-Za-z0-9][A-Za-z0-9._-]{0,63}</c>. Null when the subject follows neither.
    /// </summary>
    internal static AssertedPrincipal? ParsePrincipal(string subject)
    {
        const string user = "user:", machine = "machine:";
        if (subject.StartsWith(machine, StringComparison.Ordinal))
        {
            var name = subject[machine.Length..];
            return name.Length is >= 1 and <= 64 && char.IsAsciiLetterOrDigit(name[0])
                && AllOf(name, static c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-')
                ? new AssertedPrincipal(PrincipalKind.Machine, null, name)
                : null;
        }

        if (!subject.StartsWith(user, StringComparison.Ordinal))
        {
            return null;
        }

        var colon = subject.IndexOf(':', user.Length);
        if (colon < 0)
        {
            return null;
        }

        var provider = subject[user.Length..colon];
        var id = subject[(colon + 1)..];
        return provider.Length >= 1 && (char.IsAsciiLetterLower(provider[0]) || char.IsAsciiDigit(provider[0]))
            && AllOf(provider, static c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
            && id.Length > 0 && id[0] != ' '
            ? new AssertedPrincipal(PrincipalKind.User, provider, id)
            : null;
    }

    internal static bool IsEmail(string value) =>
        value.Length is >= 3 and <= 254 && AllIn(value, 0x21, 0x7E) && value.Contains('@', StringComparison.Ordinal);

    internal static bool IsKeyId(string value)
    {
        if (value.Length is < 1 or > 64)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    internal static bool IsRoleName(ReadOnlySpan<char> value)
    {
        if (value.Length is < 1 or > 64 || !char.IsAsciiLetterOrDigit(value[0]))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Parses a present roles header in canonical form (non-empty, sorted, unique, comma-joined); null when it is not.</summary>
    internal static string[]? ParseRoles(string value)
    {
        var roles = value.Split(',');
        if (roles.Length > MaxRoles)
        {
            return null;
        }

        for (var i = 0; i < roles.Length; i++)
        {
            if (!IsRoleName(roles[i]) || (i > 0 && string.CompareOrdinal(roles[i - 1], roles[i]) >= 0))
            {
                return null;
            }
        }

        return roles;
    }

    /// <summary>Parses unix seconds: "0" or digits without sign or leading zero, at most 12 of them.</summary>
    internal static bool TryParseTimestamp(string value, out long seconds)
    {
        seconds = 0;
        if (value.Length is < 1 or > 12 || (value.Length > 1 && value[0] == '0'))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            seconds = (seconds * 10) + (c - '0');
        }

        return true;
    }

    /// <summary>Decodes a canonical, unpadded base64url MAC of 32 bytes; null when the text is not one.</summary>
    internal static byte[]? DecodeSignature(string value) => DecodeKey32(value);

    /// <summary>Decodes exactly 32 bytes from 43 canonical base64url characters (no padding).</summary>
    internal static byte[]? DecodeKey32(string value)
    {
        if (value.Length != SignatureLength)
        {
            return null;
        }

        foreach (var c in value)
        {
            if (Base64UrlAlphabet.IndexOf(c, StringComparison.Ordinal) < 0)
            {
                return null;
            }
        }

        // 43 characters carry 258 bits; the last character's two spare bits must be zero, so each
        // 32-byte value has exactly one spelling.
        if ((Base64UrlAlphabet.IndexOf(value[^1], StringComparison.Ordinal) & 0b11) != 0)
        {
            return null;
        }

        return System.Buffers.Text.Base64Url.DecodeFromChars(value);
    }

    internal static bool IsMethod(string value)
    {
        if (value.Length is < 1 or > 32)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || TokenSymbols.Contains(c, StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The host as signed: lowercased, a default port dropped; null when the host is not valid.</summary>
    internal static string? CanonicalHost(string host)
    {
        var lower = host.ToLowerInvariant();
        var end = lower.Length;
        var portStart = lower.LastIndexOf(':');
        int nameEnd;
        if (lower.StartsWith('['))
        {
            var close = lower.IndexOf(']', StringComparison.Ordinal);
            if (close < 2 || !AllOf(lower.AsSpan(1, close - 1), static c => char.IsAsciiHexDigit(c) || c is ':' or '.'))
            {
                return null;
            }

            nameEnd = close + 1;
            if (nameEnd != end && lower[nameEnd] != ':')
            {
                return null;
            }
        }
        else
        {
            nameEnd = portStart >= 0 ? portStart : end;
            if (nameEnd == 0 || !AllOf(lower.AsSpan(0, nameEnd), static c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
            {
                return null;
            }
        }

        if (nameEnd != end)
        {
            var port = lower.AsSpan(nameEnd + 1);
            if (port.Length is < 1 or > 5 || !AllOf(port, char.IsAsciiDigit))
            {
                return null;
            }

            if (port is "443" or "80")
            {
                return lower[..nameEnd];
            }
        }

        return lower;
    }

    internal static bool IsPath(string value) =>
        value.Length is >= 1 and <= 8192
        && value[0] == '/'
        && AllIn(value, 0x21, 0x7E)
        && !value.Contains('#', StringComparison.Ordinal);

    /// <summary>The canonical string of §4. Inputs must already have passed the rules above.</summary>
    internal static string CanonicalString(
        string method,
        string canonicalHost,
        string path,
        string timestamp,
        string keyId,
        string subject,
        string? roles,
        string? email)
    {
        var builder = new StringBuilder(128 + path.Length + subject.Length + (roles?.Length ?? 0));
        builder.Append(CanonicalTag).Append('\n')
            .Append(method.ToUpperInvariant()).Append('\n')
            .Append(canonicalHost).Append('\n')
            .Append(path).Append('\n')
            .Append(timestamp).Append('\n')
            .Append(keyId).Append('\n')
            .Append(subject).Append('\n')
            .Append(roles ?? string.Empty).Append('\n')
            .Append(email ?? string.Empty);
        return builder.ToString();
    }

    private static bool AllIn(string value, int low, int high)
    {
        foreach (var c in value)
        {
            if (c < low || c > high)
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllOf(ReadOnlySpan<char> value, Func<char, bool> predicate)
    {
        foreach (var c in value)
        {
            if (!predicate(c))
            {
                return false;
            }
        }

        return true;
    }
}
