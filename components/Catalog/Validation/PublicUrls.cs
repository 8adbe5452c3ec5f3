namespace IdentityFabric.Catalog.Validation;

/// <summary>
/// The URLs the edge and IAM fetch or trust for an identity provider (<c>issuer</c>, <c>jwksUrl</c>): https to a
/// public DNS name, written plainly. Whatever could make a fetch land somewhere other than the internet host a reader
/// sees is refused: IP addresses in any spelling (dotted, decimal, hex, octal, IPv6 and IPv4-mapped IPv6), loopback,
/// private, link-local and metadata addresses, local and reserved names, credentials, ports, trailing dots, spaces.
/// </summary>
public static class PublicUrls
{
    private const string Scheme = "https://";

    /// <summary>Top-level names that never reach a public host (RFC 2606, RFC 6761, RFC 6762, RFC 8375) or that
    /// private networks use for themselves.</summary>
    private static readonly HashSet<string> ReservedSuffixes = new(StringComparer.Ordinal)
    {
        "localhost", "local", "localdomain", "internal", "intranet", "lan", "home", "corp", "private",
        "test", "invalid", "example", "onion", "arpa", "home.arpa",
    };

    /// <summary>Why <paramref name="url"/> is not a public https URL, or null when it is.</summary>
    /// <param name="url">The URL as written in the catalog.</param>
    /// <param name="allowQuery">Whether a query string is acceptable (an OIDC issuer has none).</param>
    public static string? Problem(string url, bool allowQuery)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.Length == 0)
        {
            return "is empty";
        }

        var odd = url.FirstOrDefault(ch => ch <= ' ' || ch >= '\u007F');
        if (odd != default)
        {
            return odd == ' ' ? "holds a space" : $"holds a character outside printable ASCII (U+{(int)odd:X4}); write the host in ASCII (punycode)";
        }

        if (!url.StartsWith(Scheme, StringComparison.Ordinal))
        {
            return url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                ? "uses http; only https is accepted"
                : "must start with https://";
        }

        var rest = url[Scheme.Length..];
        var end = rest.IndexOfAny(['/', '?', '#', '\\']);
        var authority = end < 0 ? rest : rest[..end];
        var tail = end < 0 ? "" : rest[end..];
        if (authority.Contains('@', StringComparison.Ordinal))
        {
            return "holds credentials (user@host); a URL the edge fetches names a host only";
        }

        if (authority.StartsWith('['))
        {
            return "names an IP address; use the provider's public DNS name";
        }

        var colon = authority.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            return "names a port; use the default https port, with no port in the URL";
        }

        if (tail.Contains('\\', StringComparison.Ordinal))
        {
            return "holds a backslash";
        }

        if (tail.Contains('#', StringComparison.Ordinal))
        {
            return "holds a fragment ('#')";
        }

        if (!allowQuery && tail.Contains('?', StringComparison.Ordinal))
        {
            return "holds a query ('?'); an issuer has none";
        }

        return HostProblem(authority);
    }

    /// <summary>Why <paramref name="host"/> is not a public DNS name, or null when it is.</summary>
    /// <param name="host">The host part of a URL.</param>
    public static string? HostProblem(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        if (host.Length == 0)
        {
            return "names no host";
        }

        if (host.EndsWith('.'))
        {
            return $"host '{host}' ends with a dot; write it without";
        }

        var last = host[(host.LastIndexOf('.') + 1)..];
        // No top-level domain is numeric: a last label of digits (or 0x...) makes the host an IPv4 address in dotted,
        // short, octal or hex spelling; a single label (2130706433, 0x7f000001) is refused below as not a DNS name.
        if (last.Length > 0 && (last.All(char.IsAsciiDigit) || last.StartsWith("0x", StringComparison.OrdinalIgnoreCase)))
        {
            return $"host '{host}' is an IP address (in some spelling); use the provider's public DNS name";
        }

        if (!Hostnames.IsValid(host))
        {
            return $"host '{host}' is not a lower-case DNS name of at least two labels";
        }

        var suffix = ReservedSuffixes.FirstOrDefault(s => host == s || host.EndsWith("." + s, StringComparison.Ordinal));
        return suffix is null ? null : $"host '{host}' is under '{suffix}', a local or reserved name that the internet does not serve";
    }
}
