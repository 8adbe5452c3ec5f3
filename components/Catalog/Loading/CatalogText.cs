using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace IdentityFabric.Catalog.Loading;

/// <summary>
/// Turns a catalog file's bytes into text the YAML parser reads with the same lines a person's editor shows. The bytes
/// must be UTF-8 (a leading byte order mark is dropped); characters that are invisible, that YAML or an editor would
/// read as a line break, or that can make text look other than it is (controls, bidirectional overrides, byte order
/// marks past the start, separators) are each reported at their true line and column.
/// </summary>
internal static class CatalogText
{
    /// <summary>At most this many problems of one kind are listed per file; a count says how many more there are.</summary>
    public const int MaxListedPerFile = 10;

    /// <summary>The text of the file, or null when its bytes are not UTF-8 (each bad sequence is reported).</summary>
    public static string? Decode(string file, byte[] bytes, ProblemCollector problems)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }
        else if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            problems.Add(CatalogProblem.Error(new SourceLocation(file, 1, 1, ""), "the file is UTF-16 (or UTF-32); save it as UTF-8"));
            return null;
        }

        if (Utf8.IsValid(span))
        {
            return Encoding.UTF8.GetString(span);
        }

        ReportInvalidUtf8(file, span, problems);
        return null;
    }

    /// <summary>
    /// Reports every character that may not appear in a catalog file, and returns the text with each replaced by a
    /// space (a byte order mark is removed), so that parsing goes on and lines and columns stay where they are. A file
    /// holding a NUL character is binary, not YAML: one problem says so, and null is returned (nothing to parse).
    /// </summary>
    public static string? Clean(string file, string text, ProblemCollector problems)
    {
        var first = IndexOfSuspect(text, 0);
        if (first < 0)
        {
            return text;
        }

        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            var (nulLine, nulColumn) = Position(text, nul);
            problems.Add(CatalogProblem.Error(new SourceLocation(file, nulLine, nulColumn, ""), "a NUL character: this is a binary file, not YAML text"));
            return null;
        }

        var builder = new StringBuilder(text.Length);
        var (line, column) = (1, 1);
        var listed = 0;
        var more = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (CatalogCharacters.Problem(text, i) is { } what)
            {
                if (listed < MaxListedPerFile)
                {
                    problems.Add(CatalogProblem.Error(new SourceLocation(file, line, column, ""), $"not allowed in a catalog file: {what}; remove it"));
                    listed++;
                }
                else
                {
                    more++;
                }

                if (ch != '\uFEFF')
                {
                    builder.Append(' ');
                }

                column++;
                continue;
            }

            builder.Append(ch);
            if (ch == '\n' || (ch == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                (line, column) = (line + 1, 1);
            }
            else if (ch != '\r')
            {
                column++;
            }
        }

        if (more > 0)
        {
            problems.Add(CatalogProblem.Error(new SourceLocation(file, 1, 1, ""), $"{more} more characters that are not allowed (only the first {MaxListedPerFile} are listed)"));
        }

        return builder.ToString();
    }

    private static (int Line, int Column) Position(string text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }

    private static int IndexOfSuspect(string text, int from)
    {
        // Most catalogs are printable ASCII with tabs and line breaks: skip those quickly.
        var index = text.AsSpan(from).IndexOfAnyExcept(PlainAscii);
        while (index >= 0)
        {
            var at = from + index;
            if (CatalogCharacters.Problem(text, at) is not null)
            {
                return at;
            }

            from = at + 1;
            index = from < text.Length ? text.AsSpan(from).IndexOfAnyExcept(PlainAscii) : -1;
        }

        return -1;
    }

    private static readonly SearchValues<char> PlainAscii = SearchValues.Create(
        "\t\n\r !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    /// <summary>One problem at the first byte that is not UTF-8, counting the others (a file in another encoding has
    /// many, and listing each would bury the one thing to do: save it as UTF-8).</summary>
    private static void ReportInvalidUtf8(string file, ReadOnlySpan<byte> bytes, ProblemCollector problems)
    {
        var (line, column) = (1, 1);
        SourceLocation? first = null;
        var shown = "";
        var count = 0;
        while (!bytes.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(bytes, out var rune, out var consumed);
            if (status != OperationStatus.Done)
            {
                if (count++ == 0)
                {
                    first = new SourceLocation(file, line, column, "");
                    shown = string.Join(" ", bytes[..consumed].ToArray().Select(b => "0x" + b.ToString("X2", CultureInfo.InvariantCulture)));
                }

                column++;
            }
            else if (rune.Value == '\n')
            {
                (line, column) = (line + 1, 1);
            }
            else
            {
                column += rune.Utf16SequenceLength;
            }

            bytes = bytes[consumed..];
        }

        if (first is not null)
        {
            var others = count > 1 ? $", and {count - 1} more invalid sequence(s) after it" : "";
            problems.Add(CatalogProblem.Error(first, $"invalid UTF-8 ({shown}){others}; the file must be saved as UTF-8"));
        }
    }
}

/// <summary>The characters no catalog value or file may hold, and what to call them in a message.</summary>
internal static class CatalogCharacters
{
    /// <summary>What the character at <paramref name="index"/> is, when it is not allowed; null when it is fine.
    /// Tab, line feed and carriage return are allowed (where they mean anything is up to the field).</summary>
    public static string? Problem(string text, int index)
    {
        var ch = text[index];
        if (ch is >= ' ' and < '\u007F')
        {
            return null;
        }

        if (char.IsHighSurrogate(ch))
        {
            return index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? NonCharacter(char.ConvertToUtf32(ch, text[index + 1])) : $"an unpaired surrogate ({Code(ch)})";
        }

        if (char.IsLowSurrogate(ch))
        {
            return index > 0 && char.IsHighSurrogate(text[index - 1]) ? null : $"an unpaired surrogate ({Code(ch)})";
        }

        return ch switch
        {
            '\t' or '\n' or '\r' => null,
            '\u0085' => $"a next-line character ({Code(ch)}), which YAML reads as a line break",
            < ' ' or (>= '\u007F' and <= '\u009F') => $"a control character ({Code(ch)})",
            '\u2028' or '\u2029' => $"a line or paragraph separator ({Code(ch)}), which YAML reads as a line break",
            '\uFEFF' => $"a byte order mark ({Code(ch)}) past the start of the file",
            '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') =>
                $"a bidirectional text control ({Code(ch)}), which can make text read other than it is",
            '\u200B' or '\u2060' => $"an invisible zero-width character ({Code(ch)})",
            '\uFFFD' => $"a replacement character ({Code(ch)}), usually left by a broken conversion of the file",
            _ => NonCharacter(ch),
        };
    }

    /// <summary>The first character of <paramref name="text"/> that is not allowed, with its index, or null.</summary>
    public static (int Index, string What)? FirstProblem(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is < ' ' or >= '\u007F' && Problem(text, i) is { } what)
            {
                return (i, what);
            }
        }

        return null;
    }

    private static string? NonCharacter(int value) =>
        (value & 0xFFFE) == 0xFFFE || value is >= 0xFDD0 and <= 0xFDEF ? $"a Unicode noncharacter (U+{value:X4})" : null;

    private static string Code(char ch) => $"U+{(int)ch:X4}";
}
