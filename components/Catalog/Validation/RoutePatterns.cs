using System.Text;

namespace IdentityFabric.Catalog.Validation;

/// <summary>
/// Route path patterns in canonical form. The edge normalizes request paths (case, <c>//</c>, trailing slash,
/// percent-encoding, dot segments) before matching, so patterns are compared in that same normalized form.
/// </summary>
public static class RoutePatterns
{
    /// <summary>The HTTP methods a route may list.</summary>
    public static readonly IReadOnlySet<string> Methods = new HashSet<string>(StringComparer.Ordinal)
    {
        "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS",
    };

    /// <summary>Why a pattern cannot be used as written, or null when it is fine. Patterns are written in canonical
    /// form: they start with <c>/</c> and hold no query, fragment, percent-encoding, wildcard, dot segment or
    /// whitespace; prefix patterns end with <c>/</c>.</summary>
    /// <param name="path">The pattern.</param>
    /// <param name="match">How it matches.</param>
    public static string? Problem(string path, PathMatch match)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!path.StartsWith('/'))
        {
            return $"path '{path}' must start with '/'";
        }

        foreach (var ch in path)
        {
            if (ch is '?' or '#')
            {
                return $"path '{path}' must not contain a query or fragment ('{ch}')";
            }

            if (ch == '%')
            {
                return $"path '{path}' must not contain percent-encoding; write the decoded characters";
            }

            if (ch is '*')
            {
                return $"path '{path}' must not contain '*'; use 'match: prefix' with a path ending in '/'";
            }

            if (ch == '\\' || char.IsWhiteSpace(ch) || char.IsControl(ch))
            {
                return $"path '{path}' must not contain whitespace, control characters or backslashes";
            }
        }

        // The edge's route policy (schema 1) stores a pattern in these characters only; the edge also cuts a segment at
        // ';' (path parameters) before matching, so a pattern holding one could never match as written.
        var outside = path.FirstOrDefault(ch => !IsPolicyPathChar(ch));
        if (outside != default)
        {
            return $"path '{path}' holds '{outside}'; a route path is written in letters, digits and - . _ ~ ! $ & ' ( ) + , = : @ / only";
        }

        if (path.Split('/').Any(segment => segment is "." or ".."))
        {
            return $"path '{path}' must not contain '.' or '..' segments";
        }

        if (match == PathMatch.Prefix && !path.EndsWith('/'))
        {
            return $"prefix path '{path}' must end with '/', or it would also match '{path}-anything'";
        }

        return null;
    }

    /// <summary>The longest path a VPC Lattice listener rule matches (CreateRule, exact or prefix).</summary>
    public const int LatticeRulePathMax = 200;

    /// <summary>The longest health-check path of a VPC Lattice target group.</summary>
    public const int LatticeHealthCheckPathMax = 2048;

    /// <summary>The longest exact path an App Mesh gateway route matches.</summary>
    public const int AppMeshExactPathMax = 255;

    /// <summary>The first character of <paramref name="path"/> that VPC Lattice refuses in a rule or health-check path
    /// (letters, digits and <c>@ : % _ + . ~ # ? &amp; / = -</c> only), or null.</summary>
    /// <param name="path">The path.</param>
    public static char? LatticePathRefuses(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        foreach (var ch in path)
        {
            if (!(char.IsAsciiLetterOrDigit(ch) || "@:%_+.~#?&/=-".Contains(ch, StringComparison.Ordinal)))
            {
                return ch;
            }
        }

        return null;
    }

    private static bool IsPolicyPathChar(char ch) =>
        char.IsAsciiLetterOrDigit(ch) || "-._~!$&'()+,=:@/".Contains(ch, StringComparison.Ordinal);

    /// <summary>The canonical form used for comparing patterns: lower case, repeated slashes collapsed, and for
    /// exact patterns the trailing slash removed (except for the root).</summary>
    /// <param name="path">The pattern.</param>
    /// <param name="match">How it matches.</param>
    public static string Normalize(string path, PathMatch match)
    {
        ArgumentNullException.ThrowIfNull(path);
        var builder = new StringBuilder(path.Length);
        foreach (var ch in path)
        {
            if (ch == '/' && builder.Length > 0 && builder[^1] == '/')
            {
                continue;
            }

            builder.Append(char.ToLowerInvariant(ch));
        }

        if (match == PathMatch.Exact && builder.Length > 1 && builder[^1] == '/')
        {
            builder.Length--;
        }

        return builder.ToString();
    }

    /// <summary>Whether two routes' method lists share at least one method (an empty list means every method).</summary>
    /// <param name="a">The first route's methods.</param>
    /// <param name="b">The second route's methods.</param>
    public static bool MethodsOverlap(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return true;
        }

        // A route lists a few methods: compare them pairwise rather than build a set per pair of routes.
        for (var i = 0; i < a.Count; i++)
        {
            for (var j = 0; j < b.Count; j++)
            {
                if (string.Equals(a[i], b[j], StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
