using System.Collections.Immutable;
using OfflineSdk.Conformance.Comparison;

namespace OfflineSdk.Conformance.Declarations;

/// <summary>
/// Reads the declaration files that Pulumi's Node.js code generator writes (<c>types/input.d.ts</c>,
/// <c>types/output.d.ts</c>, one <c>.d.ts</c> per resource): namespaces, interfaces and classes with their
/// properties. Functions, type aliases, constants and methods are skipped; a construct it does not know fails
/// with the file and line, so a changed generator cannot make the check pass by being misread.
/// </summary>
internal sealed class TsParser
{
    private readonly List<TsToken> _tokens;
    private readonly string _path;
    private int _at;

    private TsParser(string path, string text)
    {
        _path = path;
        _tokens = TsLexer.Tokenize(text);
    }

    public static TsFile ParseFile(string path) => Parse(path, File.ReadAllText(path));

    public static TsFile Parse(string path, string text) => new TsParser(path, text).ParseTop();

    /// <summary>Parses a type expression on its own (for tests and messages).</summary>
    public static (Shape Shape, bool Optional) ParseType(string text)
    {
        var parser = new TsParser("<type>", text);
        var shape = parser.ParseUnion();
        parser.Expect(TsTokenKind.End);
        return SplitUndefined(shape);
    }

    private TsToken Current => _tokens[_at];

    private TsFile ParseTop()
    {
        var declarations = ImmutableDictionary.CreateBuilder<string, TsDeclaration>();
        var namespaces = new Stack<string>();
        while (Current.Kind != TsTokenKind.End)
        {
            if (Is("}") && namespaces.Count > 0)
            {
                _at++;
                namespaces.Pop();
                continue;
            }

            if (Is(";"))
            {
                _at++;
                continue;
            }

            if (IsWord("export") || IsWord("declare"))
            {
                _at++;
                continue;
            }

            if (IsWord("namespace"))
            {
                _at++;
                var name = ExpectIdentifier();
                Expect("{");
                namespaces.Push(name);
                continue;
            }

            if (IsWord("interface") || IsWord("class"))
            {
                var isClass = IsWord("class");
                _at++;
                var name = ExpectIdentifier();
                SkipTo("{");
                var prefix = string.Join('.', namespaces.Reverse());
                var declaration = new TsDeclaration(name, isClass, ParseMembers());
                declarations[prefix.Length == 0 ? name : $"{prefix}.{name}"] = declaration;
                continue;
            }

            if (IsWord("import") || IsWord("type") || IsWord("const") || IsWord("let") || IsWord("function")
                || IsWord("enum") || Is("{") || Is("*") || IsWord("default"))
            {
                SkipStatement();
                continue;
            }

            throw Error($"unexpected '{Current.Text}' at the top level");
        }

        return new TsFile(_path, declarations.ToImmutable());
    }

    private ImmutableDictionary<string, TsProperty> ParseMembers()
    {
        var properties = ImmutableDictionary.CreateBuilder<string, TsProperty>(StringComparer.Ordinal);
        while (!Is("}"))
        {
            if (Current.Kind == TsTokenKind.End)
            {
                throw Error("unterminated interface or class");
            }

            var isStatic = false;
            while ((IsWord("readonly") || IsWord("static") || IsWord("private") || IsWord("protected") || IsWord("public"))
                   && Peek(1).Kind is TsTokenKind.Identifier or TsTokenKind.String)
            {
                isStatic |= IsWord("static");
                _at++;
            }

            if (Is("["))
            {
                SkipMember();
                continue;
            }

            var line = Current.Line;
            var name = Current.Kind is TsTokenKind.Identifier or TsTokenKind.String
                ? Current.Text
                : throw Error($"expected a member name, found '{Current.Text}'");
            _at++;
            var optional = false;
            if (Is("?"))
            {
                optional = true;
                _at++;
            }

            if (Is("(") || Is("<"))
            {
                SkipMember();
                continue;
            }

            Expect(":");
            var shape = ParseUnion();
            Accept(";");
            Accept(",");
            if (isStatic)
            {
                continue;
            }

            var (bare, undefinedAllowed) = SplitUndefined(shape);
            properties[name] = new TsProperty(name, optional || undefinedAllowed, bare, line);
        }

        _at++;
        return properties.ToImmutable();
    }

    private Shape ParseUnion()
    {
        Accept("|");
        var options = new List<Shape> { ParsePostfix() };
        while (Is("|"))
        {
            _at++;
            options.Add(ParsePostfix());
        }

        return options.Count == 1 ? options[0] : UnionShape.Of(options);
    }

    private Shape ParsePostfix()
    {
        var shape = ParsePrimary();
        while (Is("[") && Peek(1).Text == "]")
        {
            _at += 2;
            shape = new ListShape(shape);
        }

        return shape;
    }

    private Shape ParsePrimary()
    {
        if (Is("("))
        {
            _at++;
            var inner = ParseUnion();
            Expect(")");
            return inner;
        }

        if (Is("{"))
        {
            return ParseObjectLiteral();
        }

        if (Current.Kind == TsTokenKind.String)
        {
            _at++;
            return Shape.String;
        }

        if (Current.Kind == TsTokenKind.Number)
        {
            _at++;
            return Shape.Number;
        }

        var name = ExpectIdentifier();
        while (Is("."))
        {
            _at++;
            name += "." + ExpectIdentifier();
        }

        var arguments = new List<Shape>();
        if (Is("<"))
        {
            _at++;
            arguments.Add(ParseUnion());
            while (Is(","))
            {
                _at++;
                arguments.Add(ParseUnion());
            }

            Expect(">");
        }

        return Named(name, arguments);
    }

    private Shape ParseObjectLiteral()
    {
        Expect("{");
        if (Is("[") && Peek(1).Kind == TsTokenKind.Identifier && Peek(2).Text == ":")
        {
            _at += 3;
            var keyType = ExpectIdentifier();
            Expect("]");
            Expect(":");
            var value = ParseUnion();
            Accept(";");
            Expect("}");
            return keyType == "string" ? new MapShape(value) : throw Error($"map keyed by {keyType}");
        }

        throw Error("object type literal that is not a string-keyed map");
    }

    private Shape Named(string name, List<Shape> arguments)
    {
        switch (name)
        {
            case "pulumi.Input" or "pulumi.Output" or "Promise" when arguments.Count == 1:
                return arguments[0];
            case "string" or "pulumi.ID" or "pulumi.URN":
                return Shape.String;
            case "number":
                return Shape.Number;
            case "boolean":
                return Shape.Bool;
            case "any" or "object" or "unknown":
                return Shape.Any;
            case "undefined":
                return Undefined;
            case "Record" when arguments.Count == 2:
                return new MapShape(arguments[1]);
            case "Array" when arguments.Count == 1:
                return new ListShape(arguments[0]);
        }

        var parts = name.Split('.');
        var kind = parts[0] switch
        {
            "inputs" => RefKind.Input,
            "outputs" => RefKind.Output,
            "enums" => RefKind.Enum,
            _ => (RefKind?)null,
        };
        if (kind is { } family && parts.Length >= 2)
        {
            return new RefShape(family, string.Join('.', parts[1..^1]), parts[^1]);
        }

        return new RefShape(RefKind.Resource, "", name);
    }

    /// <summary>The marker for <c>undefined</c> inside unions; taken out by <see cref="SplitUndefined"/>.</summary>
    private static readonly Shape Undefined = new ScalarShape("undefined");

    private static (Shape Shape, bool Optional) SplitUndefined(Shape shape)
    {
        if (shape is UnionShape union && union.Options.Contains(Undefined))
        {
            return (UnionShape.Of(union.Options.Where(o => o != Undefined)), true);
        }

        return (shape, false);
    }

    private void SkipMember()
    {
        var depth = 0;
        while (Current.Kind != TsTokenKind.End)
        {
            var text = Current.Text;
            if (depth == 0 && (text == ";" || text == "}"))
            {
                if (text == ";")
                {
                    _at++;
                }

                return;
            }

            depth += text switch
            {
                "(" or "{" or "[" or "<" => 1,
                ")" or "}" or "]" or ">" => -1,
                _ => 0,
            };
            _at++;
        }
    }

    private void SkipStatement()
    {
        var depth = 0;
        while (Current.Kind != TsTokenKind.End)
        {
            var text = Current.Text;
            _at++;
            depth += text switch
            {
                "(" or "{" or "[" => 1,
                ")" or "}" or "]" => -1,
                _ => 0,
            };
            if (depth == 0 && text == ";")
            {
                return;
            }
        }
    }

    private void SkipTo(string text)
    {
        while (!Is(text))
        {
            if (Current.Kind == TsTokenKind.End)
            {
                throw Error($"expected '{text}'");
            }

            _at++;
        }

        _at++;
    }

    private TsToken Peek(int ahead) => _tokens[Math.Min(_at + ahead, _tokens.Count - 1)];

    private bool Is(string punctuator) => Current.Kind == TsTokenKind.Punctuator && Current.Text == punctuator;

    private bool IsWord(string word) => Current.Kind == TsTokenKind.Identifier && Current.Text == word;

    private void Accept(string punctuator)
    {
        if (Is(punctuator))
        {
            _at++;
        }
    }

    private void Expect(string punctuator)
    {
        if (!Is(punctuator))
        {
            throw Error($"expected '{punctuator}', found '{Current.Text}'");
        }

        _at++;
    }

    private void Expect(TsTokenKind kind)
    {
        if (Current.Kind != kind)
        {
            throw Error($"expected {kind}, found '{Current.Text}'");
        }
    }

    private string ExpectIdentifier()
    {
        if (Current.Kind != TsTokenKind.Identifier)
        {
            throw Error($"expected a name, found '{Current.Text}'");
        }

        return _tokens[_at++].Text;
    }

    private FormatException Error(string message) => new($"{_path}:{Current.Line}: {message}");
}
