using System.Text.RegularExpressions;
using IdentityFabric.Assertions;

namespace IdentityFabric.Components.Audit;

/// <summary>
/// Checks an access-log format for anything that would write a credential or personal data into a log: a header
/// that carries a token, a cookie, a secret or the assertion's signature; the raw path with its query string; a
/// key named after a secret; a literal that looks like a JWT. Envoy's header operators are read in every spelling
/// they accept (any letter case, <c>A?B</c> fallbacks, a <c>:N</c> length limit).
/// </summary>
public static partial class LogFormatSafety
{
    /// <summary>Header names that carry credentials or personal data, compared case-insensitively.</summary>
    public static IReadOnlyList<string> ForbiddenHeaders { get; } =
    [
        AssertionHeaders.Signature,
        AssertionHeaders.Email,
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "cf-access-jwt-assertion",
        "cf-access-token",
        "x-amz-security-token",
        "x-forwarded-client-cert",
    ];

    private static readonly string[] SensitiveWords =
        ["token", "secret", "signature", "password", "passwd", "jwt", "assertion", "credential", "api-key", "apikey", "cookie", "session", "authorization"];

    /// <summary>The problems found; empty when the format is safe.</summary>
    /// <param name="format">The (key, value) pairs of a JSON access-log format, or a text format as one pair.</param>
    public static IReadOnlyList<string> Violations(IEnumerable<KeyValuePair<string, string>> format)
    {
        ArgumentNullException.ThrowIfNull(format);
        var problems = new List<string>();
        foreach (var (key, value) in format)
        {
            if (IsSensitiveName(key))
            {
                problems.Add($"key '{key}' names a secret");
            }

            foreach (Match op in HeaderOperator().Matches(value))
            {
                var command = op.Groups["command"].Value.ToUpperInvariant();
                foreach (var header in op.Groups["headers"].Value.Split('?'))
                {
                    var name = header.Trim().ToLowerInvariant();
                    if (ForbiddenHeaders.Contains(name, StringComparer.Ordinal) || IsSensitiveName(name))
                    {
                        problems.Add($"key '{key}' logs header '{name}'");
                    }
                    else if (name is ":path" or "x-envoy-original-path" && command != "REQ_WITHOUT_QUERY")
                    {
                        problems.Add($"key '{key}' logs the path with its query string");
                    }
                }
            }

            if (JwtShape().IsMatch(value))
            {
                problems.Add($"key '{key}' holds a value shaped like a JWT");
            }
        }

        return problems;
    }

    private static bool IsSensitiveName(string name)
    {
        var lower = name.ToLowerInvariant().Replace('_', '-');
        return SensitiveWords.Any(w => lower.Contains(w, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"%(?<command>REQ_WITHOUT_QUERY|REQ|RESP|TRAILER)\((?<headers>[^)]*)\)(?::\d+)?%", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderOperator();

    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*", RegexOptions.CultureInvariant)]
    private static partial Regex JwtShape();
}
