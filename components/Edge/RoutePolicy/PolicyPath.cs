using System.Text;

namespace IdentityFabric.Components.Edge.RoutePolicy;

/// <summary>
/// The path normalization of contracts/route-policy.md §3, applied by the compiler to the catalog's paths: the
/// same rules the Worker applies to request paths, so a pattern and every spelling of the path it names meet in
/// one canonical form.
/// </summary>
public static class PolicyPath
{
    /// <summary>Longest path accepted (§3.1).</summary>
    public const int MaxLength = 4096;

    private const string PatternCharacters = "abcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,=:@/";

    /// <summary>
    /// The match key of a path: percent-escapes decoded, <c>;</c> parameters removed, empty and <c>.</c> segments
    /// dropped, <c>..</c> resolved (never above the root), ASCII letters lower-cased, no trailing slash.
    /// </summary>
    /// <param name="path">The path as written.</param>
    /// <exception cref="RoutePolicyException">The path is refused by §3.</exception>
    public static string Key(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0 || path[0] != '/')
        {
            throw new RoutePolicyException($"path '{path}' must start with '/'");
        }

        if (path.Length > MaxLength)
        {
            throw new RoutePolicyException($"path is longer than {MaxLength} characters");
        }

        if (path.Any(c => c < 0x20 || c == 0x7f || c is '\\' or '?' or '#'))
        {
            throw new RoutePolicyException($"path '{path}' holds a backslash, a control character, '?' or '#'");
        }

        var segments = new List<string>();
        foreach (var raw in path.Split('/').Skip(1))
        {
            var semicolon = raw.IndexOf(';', StringComparison.Ordinal);
            var segment = Decode(semicolon >= 0 ? raw[..semicolon] : raw, path);
            if (segment.Length > 0)
            {
                CheckLookalike(segment, path);
            }

            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }

                continue;
            }

            segments.Add(AsciiLower(segment));
        }

        return "/" + string.Join('/', segments);
    }

    /// <summary>The stored pattern of a catalog path: its <see cref="Key"/>, which schema 1 requires to use only the
    /// characters <c>a-z 0-9 - . _ ~ ! $ &amp; ' ( ) * + , = : @ /</c>.</summary>
    /// <param name="path">The path as written.</param>
    /// <exception cref="RoutePolicyException">The path is refused, or its key holds other characters.</exception>
    public static string Pattern(string path)
    {
        var key = Key(path);
        var bad = key.FirstOrDefault(c => !PatternCharacters.Contains(c, StringComparison.Ordinal));
        if (bad != default)
        {
            throw new RoutePolicyException($"path '{path}' holds '{bad}', which a schema 1 pattern cannot carry");
        }

        return key;
    }

    /// <summary>Lower-cases ASCII letters only: no Unicode case folding can alias a route.</summary>
    /// <param name="value">The text.</param>
    public static string AsciiLower(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return string.Create(value.Length, value, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
            }
        });
    }

    /// <summary>
    /// Refuses a decoded segment that an origin applying Unicode or whitespace folding would read as another
    /// segment (§3.4): one that is empty, <c>.</c> or <c>..</c>, or holds <c>/</c> or <c>\</c>, once folded by NFKC
    /// with its spaces and invisible characters removed; and one with a non-ASCII character that NFKC or simple case
    /// mapping turns into ASCII (fullwidth letters, the Kelvin sign, dotless i).
    /// </summary>
    private static void CheckLookalike(string segment, string path)
    {
        if (segment.All(c => c is > ' ' and < (char)0x7f))
        {
            return;
        }

        var folded = new StringBuilder();
        foreach (var rune in segment.Normalize(NormalizationForm.FormKC).EnumerateRunes())
        {
            if (!Rune.IsWhiteSpace(rune) && !IsDefaultIgnorable(rune.Value))
            {
                folded.Append(rune.ToString());
            }
        }

        var text = folded.ToString();
        if (text is "" or "." or ".." || text.Contains('/', StringComparison.Ordinal) || text.Contains('\\', StringComparison.Ordinal))
        {
            throw new RoutePolicyException($"path '{path}' has a segment that reads as '.', '..' or a separator once folded");
        }

        foreach (var rune in segment.EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                continue;
            }

            var compatible = rune.ToString().Normalize(NormalizationForm.FormKC);
            // U+0130 and U+0131 are the only non-ASCII characters whose simple case mapping (Unicode's, which
            // Java's and JavaScript's case-insensitive comparisons use) is ASCII; .NET's invariant casing keeps them.
            if (compatible.Any(char.IsAscii) || rune.Value is 0x130 or 0x131
                || Rune.ToUpperInvariant(rune).IsAscii || Rune.ToLowerInvariant(rune).IsAscii)
            {
                throw new RoutePolicyException($"path '{path}' holds '{rune}', which folds to ASCII");
            }
        }
    }

    /// <summary>Unicode's Default_Ignorable_Code_Point: characters an origin may drop without a trace.</summary>
    private static bool IsDefaultIgnorable(int c) => c is 0x00AD or 0x034F or 0x061C or 0x115F or 0x1160 or 0x17B4 or 0x17B5
        or (>= 0x180B and <= 0x180F) or (>= 0x200B and <= 0x200F) or (>= 0x202A and <= 0x202E) or (>= 0x2060 and <= 0x206F)
        or 0x3164 or (>= 0xFE00 and <= 0xFE0F) or 0xFEFF or 0xFFA0 or (>= 0xFFF0 and <= 0xFFF8) or (>= 0x1BCA0 and <= 0x1BCA3)
        or (>= 0x1D173 and <= 0x1D17A) or (>= 0xE0000 and <= 0xE0FFF);

    private static string Decode(string raw, string path)
    {
        if (!raw.Contains('%', StringComparison.Ordinal))
        {
            return raw;
        }

        var bytes = new List<byte>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != '%')
            {
                var next = raw.IndexOf('%', i);
                var end = next < 0 ? raw.Length : next;
                bytes.AddRange(Encoding.UTF8.GetBytes(raw[i..end]));
                i = end - 1;
                continue;
            }

            if (i + 2 >= raw.Length || !Uri.IsHexDigit(raw[i + 1]) || !Uri.IsHexDigit(raw[i + 2]))
            {
                throw new RoutePolicyException($"path '{path}' holds a malformed percent-escape");
            }

            var b = (byte)Convert.ToInt32(raw.Substring(i + 1, 2), 16);
            if (b is 0x2f or 0x5c or 0x3b or 0x25)
            {
                throw new RoutePolicyException($"path '{path}' encodes '/', '\\', ';' or '%', which an origin could read differently");
            }

            if (b < 0x20 || b == 0x7f)
            {
                throw new RoutePolicyException($"path '{path}' encodes a control character");
            }

            bytes.Add(b);
            i += 2;
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes.ToArray());
        }
        catch (DecoderFallbackException)
        {
            throw new RoutePolicyException($"path '{path}' decodes to invalid UTF-8");
        }
    }
}

/// <summary>The catalog cannot be compiled into a route policy the Worker would accept; the message says why.</summary>
public sealed class RoutePolicyException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RoutePolicyException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public RoutePolicyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public RoutePolicyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
