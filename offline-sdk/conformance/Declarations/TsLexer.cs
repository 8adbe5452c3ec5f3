namespace OfflineSdk.Conformance.Declarations;

/// <summary>One token of a TypeScript declaration file: an identifier, a string literal or a punctuator.</summary>
internal readonly record struct TsToken(TsTokenKind Kind, string Text, int Line);

/// <summary>The kinds of <see cref="TsToken"/>.</summary>
internal enum TsTokenKind
{
    Identifier,
    String,
    Number,
    Punctuator,
    End,
}

/// <summary>
/// Splits a declaration file into tokens, dropping whitespace and comments. Enough of TypeScript for the files
/// that Pulumi's Node.js code generator writes; anything else is a token of its own and fails the parser loudly.
/// </summary>
internal static class TsLexer
{
    public static List<TsToken> Tokenize(string text)
    {
        var tokens = new List<TsToken>();
        var line = 1;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                i++;
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                while (i < text.Length && text[i] != '\n')
                {
                    i++;
                }
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? text.Length : end + 2;
                line += text.AsSpan(i, end - i).Count('\n');
                i = end;
            }
            else if (c is '"' or '\'' or '`')
            {
                var start = i++;
                while (i < text.Length && text[i] != c)
                {
                    i += text[i] == '\\' ? 2 : 1;
                }

                i = Math.Min(i + 1, text.Length);
                tokens.Add(new TsToken(TsTokenKind.String, text[(start + 1)..(i - 1)], line));
            }
            else if (char.IsLetter(c) || c is '_' or '$')
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '$'))
                {
                    i++;
                }

                tokens.Add(new TsToken(TsTokenKind.Identifier, text[start..i], line));
            }
            else if (char.IsDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '.'))
                {
                    i++;
                }

                tokens.Add(new TsToken(TsTokenKind.Number, text[start..i], line));
            }
            else if (c == '=' && i + 1 < text.Length && text[i + 1] == '>')
            {
                tokens.Add(new TsToken(TsTokenKind.Punctuator, "=>", line));
                i += 2;
            }
            else if (c == '.' && i + 2 < text.Length && text[i + 1] == '.' && text[i + 2] == '.')
            {
                tokens.Add(new TsToken(TsTokenKind.Punctuator, "...", line));
                i += 3;
            }
            else
            {
                tokens.Add(new TsToken(TsTokenKind.Punctuator, c.ToString(), line));
                i++;
            }
        }

        tokens.Add(new TsToken(TsTokenKind.End, "", line));
        return tokens;
    }
}
