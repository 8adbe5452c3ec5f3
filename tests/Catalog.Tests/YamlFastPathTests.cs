using System.Text;
using CsCheck;
using IdentityFabric.Catalog.Loading;

namespace IdentityFabric.Catalog.Tests;

/// <summary>
/// The loader reads plain YAML itself and leaves everything else to YamlDotNet. Wherever its own reader accepts a text,
/// YamlDotNet accepts it too and gives the same nodes, values, kinds and positions: checked on every catalog the tests
/// and the repository hold, and on generated and mutated texts full of YAML's special characters.
/// </summary>
public sealed class YamlFastPathTests
{
    private static readonly string[] Specials =
        [":", ": ", " #", "#", "-", "- ", "?", "? ", ",", "[", "]", "{", "}", "&a", "*a", "!", "!!str ", "|", ">", "'", "\"", "''", "\\",
         "%", "@", "`", " ", "  ", "\n", "\r\n", "\t", "---", "...", "é", "…", "~", "0x1F", "1e3", "-1", "true", "null", "a: b"];

    [Test]
    public void EveryCatalogInTheRepositoryIsReadTheSameWayByBothReaders()
    {
        var files = Directory.EnumerateFiles(TestCatalogs.RepositoryRoot, "*.y*ml", SearchOption.AllDirectories)
            .Where(f => !f.Contains("node_modules", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal) &&
                        !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/.git/", StringComparison.Ordinal) &&
                        !f.Contains("/.packages/", StringComparison.Ordinal))
            .ToList();
        var accepted = 0;
        foreach (var file in files)
        {
            accepted += Compare(File.ReadAllText(file), file) ? 1 : 0;
        }

        Assert.That(accepted, Is.GreaterThan(0), "the example catalog is plain YAML and is read without YamlDotNet");
        Assert.That(Compare(TestCatalogs.Base, "base"), Is.True, "the base test catalog is plain YAML");
    }

    [Test]
    public void AGeneratedCatalogLineIsReadTheSameWayByBothReaders()
    {
        var text = "services:\n" +
                   "  - {name: svc000001, protocol: http, port: 8001, healthCheck: {path: /healthz}, calls: [svc000002, svc000003]}\n" +
                   "  - {name: svc000002, protocol: grpc, port: 8002, healthCheck: {}, calls: []}\n" +
                   "edges:\n  - name: edge000\n    hostnames: {dev: edge000.dev.example.com}\n    routes:\n" +
                   "      - {name: route00001, path: /api/svc000001/0/, match: prefix, methods: [GET, HEAD], service: svc000001, roles: [role00, role07]}\n" +
                   "environments:\n  - name: dev\n    awsAccountId: \"111111111111\"\n    cloudflare: {accountId: 'aa', zoneId: \"bb\"}\n    mesh:\n      backend: appmesh\n      latticeServices: [a, b]\n";
        Assert.That(Compare(text, "generated"), Is.True);
    }

    [TestCase("a: b # c\n", true)]
    [TestCase("a: 'it''s'\nb: \"x y\"\n", true)]
    [TestCase("a:\n- b\n- c\nd: e\n", true)]
    [TestCase("a:\n  - b\n  - {c: d, e: [f, g]}\n", true)]
    [TestCase("a:\r\n  b: c\r\n", true)]
    [TestCase("a: b\u00A0c\né: ü\n", true)]
    [TestCase("a: -1\nb: [-2, -x]\n", true)]
    [TestCase("a: b:c\nd: http://x:8080/y\n", true)]
    [TestCase("a: x # y # z\nb: [ ]\nc: { }\n", true)]
    [TestCase("- a\n", false)]
    [TestCase("a: b\n  c\n", false)]
    [TestCase("a: |\n  x\n", false)]
    [TestCase("a: &x b\nc: *x\n", false)]
    [TestCase("a: !!str 5\n", false)]
    [TestCase("? a\n: b\n", false)]
    [TestCase("--- \na: b\n", false)]
    [TestCase("a: b\n---\nc: d\n", false)]
    [TestCase("a:\nb: c\n", false)]
    [TestCase("a: [b,\n  c]\n", false)]
    [TestCase("a: \"x\\ty\"\n", false)]
    [TestCase("a: {b: c:d}\n", true)]
    [TestCase("a:\tb\n", false)]
    public void EachConstructIsReadDirectlyOrLeftToYamlDotNet(string text, bool direct)
    {
        Assert.That(Compare(text, text), Is.EqualTo(direct));
    }

    [Test]
    public void GeneratedTextsAreEitherLeftToYamlDotNetOrReadAsItReadsThem()
    {
        var accepted = 0;
        var total = 0;
        Gen.Int.Sample(seed =>
        {
            var text = RandomYaml(new Random(seed));
            total++;
            accepted += Compare(text, $"seed {seed}") ? 1 : 0;
        }, iter: 4000, threads: 1);

        Assert.That(accepted, Is.GreaterThan(total / 10), "the generated texts exercise the plain reader, not only the fallback");
    }

    [Test]
    public void MutatedCatalogsAreEitherLeftToYamlDotNetOrReadAsItReadsThem()
    {
        var corpus = new[]
        {
            TestCatalogs.Base,
            File.ReadAllText(Directory.EnumerateFiles(TestCatalogs.ExampleDirectory, "*.yaml").Order(StringComparer.Ordinal).First()),
            RandomYaml(new Random(7)),
        };
        Gen.Select(Gen.Int[0, corpus.Length - 1], Gen.Int).Sample((which, seed) =>
        {
            var random = new Random(seed);
            var text = new StringBuilder(corpus[which]);
            for (var edits = random.Next(1, 4); edits > 0 && text.Length > 0; edits--)
            {
                var at = random.Next(text.Length);
                switch (random.Next(4))
                {
                    case 0: text.Insert(at, Specials[random.Next(Specials.Length)]); break;
                    case 1: text.Remove(at, Math.Min(text.Length - at, random.Next(1, 4))); break;
                    case 2: text.Insert(at, ' '); break;
                    default: text[at] = Specials[random.Next(Specials.Length)][0]; break;
                }
            }

            Compare(text.ToString(), $"corpus {which}, seed {seed}");
        }, iter: 4000, threads: 1);
    }

    /// <summary>Reads <paramref name="text"/> with both readers; fails when the plain reader accepts it and the two
    /// disagree. Returns whether the plain reader accepted it.</summary>
    private static bool Compare(string text, string what)
    {
        var expected = new Recorder();
        string? refusal = null;
        int expectedDocuments;
        try
        {
            expectedDocuments = YamlTree.ParseTopLevel(text, expected);
        }
        catch (Exception ex) // a syntax error, or (for some tags) an argument error from inside YamlDotNet
        {
            refusal = ex.Message;
            expectedDocuments = -1;
        }

        var actual = new Recorder();
        if (!YamlFastPath.TryParseTopLevel(text, actual, out var documents))
        {
            return false;
        }

        Assert.That(refusal, Is.Null, $"{what}: the plain reader accepted a text YamlDotNet refuses:\n{text}");
        Assert.That(actual.ToString(), Is.EqualTo(expected.ToString()), $"{what}: the readers disagree on:\n{text}");
        Assert.That(documents, Is.EqualTo(expectedDocuments), what);
        return true;
    }

    private static string RandomYaml(Random r)
    {
        var b = new StringBuilder();
        if (r.Next(8) == 0)
        {
            b.Append("# a comment\n");
        }

        for (var keys = r.Next(1, 4); keys > 0; keys--)
        {
            b.Append(Key(r)).Append(':');
            Value(b, r, 0, 0);
            if (r.Next(6) == 0)
            {
                b.Append(r.Next(2) == 0 ? "\n" : "  # between\n");
            }
        }

        return b.ToString();
    }

    private static void Value(StringBuilder b, Random r, int indent, int depth)
    {
        switch (depth > 3 ? r.Next(2) : r.Next(7))
        {
            case 0:
                b.Append(' ').Append(Scalar(r)).Append(Comment(r)).Append('\n');
                break;
            case 1:
                b.Append(' ').Append(Flow(r, depth)).Append(Comment(r)).Append('\n');
                break;
            case 2:
            case 3:
                b.Append(Comment(r)).Append('\n');
                Mapping(b, r, indent + r.Next(1, 4), depth + 1);
                break;
            case 4:
            case 5:
                b.Append('\n');
                List(b, r, indent + r.Next(0, 3), depth + 1);
                break;
            default:
                b.Append(r.Next(3) == 0 ? "\n" : " " + Specials[r.Next(Specials.Length)] + Scalar(r) + "\n");
                break;
        }
    }

    private static void Mapping(StringBuilder b, Random r, int indent, int depth)
    {
        for (var keys = r.Next(1, 4); keys > 0; keys--)
        {
            b.Append(' ', indent).Append(Key(r)).Append(':');
            Value(b, r, indent, depth);
        }
    }

    private static void List(StringBuilder b, Random r, int indent, int depth)
    {
        for (var items = r.Next(1, 4); items > 0; items--)
        {
            b.Append(' ', indent).Append('-');
            switch (depth > 3 ? r.Next(2) : r.Next(5))
            {
                case 0:
                    b.Append(' ').Append(Scalar(r)).Append(Comment(r)).Append('\n');
                    break;
                case 1:
                    b.Append(' ').Append(Flow(r, depth)).Append('\n');
                    break;
                case 2:
                case 3:
                    var inner = indent + 1 + r.Next(1, 3);
                    b.Append(' ', inner - indent - 1).Append(Key(r)).Append(':');
                    Value(b, r, inner, depth + 1);
                    for (var more = r.Next(0, 3); more > 0; more--)
                    {
                        b.Append(' ', inner + (r.Next(10) == 0 ? 1 : 0)).Append(Key(r)).Append(':');
                        Value(b, r, inner, depth + 1);
                    }

                    break;
                default:
                    b.Append('\n');
                    if (r.Next(2) == 0)
                    {
                        Mapping(b, r, indent + 2, depth + 1);
                    }
                    else
                    {
                        List(b, r, indent + 2, depth + 1);
                    }

                    break;
            }
        }
    }

    private static string Flow(Random r, int depth)
    {
        var map = r.Next(2) == 0;
        var items = Enumerable.Range(0, r.Next(0, 4)).Select(_ =>
        {
            var item = depth < 3 && r.Next(4) == 0 ? Flow(r, depth + 1) : Scalar(r);
            return map ? Key(r) + (r.Next(8) == 0 ? ":" : ": ") + item : item;
        });
        var separator = r.Next(5) switch { 0 => ",", 1 => " , ", _ => ", " };
        var body = string.Join(separator, items) + (r.Next(12) == 0 ? "," : "");
        return map ? "{" + body + "}" : "[" + (r.Next(6) == 0 ? " " : "") + body + "]";
    }

    private static string Key(Random r) => r.Next(10) switch
    {
        0 => "\"" + Word(r) + "\"",
        1 => Word(r) + Specials[r.Next(Specials.Length)] + Word(r),
        _ => Word(r),
    };

    private static string Scalar(Random r) => r.Next(12) switch
    {
        0 => "\"" + Word(r) + (r.Next(3) == 0 ? "\\n" : " x") + "\"",
        1 => "'" + Word(r) + (r.Next(2) == 0 ? "''" : "") + Word(r) + "'",
        2 => r.Next(6) switch { 0 => "true", 1 => "null", 2 => "~", 3 => "0o17", 4 => "-12", _ => "3.5" },
        3 => Word(r) + " " + Word(r),
        4 => Specials[r.Next(Specials.Length)] + Word(r),
        5 => Word(r) + Specials[r.Next(Specials.Length)] + Word(r),
        6 => "/api/" + Word(r) + "/",
        7 => "https://" + Word(r) + ".example.com/x?y=1",
        _ => Word(r),
    };

    private static string Word(Random r)
    {
        const string Letters = "abcdefghijklmnopqrstuvwxyz0123456789-_.";
        var chars = new char[r.Next(1, 8)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Letters[r.Next(i == 0 ? 26 : Letters.Length)];
        }

        return new string(chars);
    }

    private static string Comment(Random r) => r.Next(6) == 0 ? " # note" : "";

    [TestCase("kind: one\n", "entry")]
    [TestCase("services:\n  - a\n", "list")]
    [TestCase("services:\n  - a\n", "item")]
    [TestCase("- a\n", "document")]
    public void AFaultOfTheSinkIsNotReportedAsASyntaxErrorOfTheFile(string text, string where)
    {
        // YamlDotNet's own ArgumentException and InvalidOperationException mean a malformed file; the same exceptions
        // from the code that receives the nodes are that code's fault and must surface as such.
        Assert.That(() => YamlTree.ParseTopLevel(text, new Throwing(where, new ArgumentOutOfRangeException(where))), Throws.TypeOf<ArgumentOutOfRangeException>());
        Assert.That(() => YamlTree.ParseTopLevel(text, new Throwing(where, new InvalidOperationException(where))), Throws.TypeOf<InvalidOperationException>());
    }

    /// <summary>A sink that throws the given exception at one kind of call.</summary>
    private sealed class Throwing(string where, Exception fault) : ITopLevelSink
    {
        public void Document(YamlNode root) => Throw("document");

        public void BeginMapping() => Throw("mapping");

        public void Entry(YamlNode key, YamlNode value) => Throw("entry");

        public Action<YamlNode, int>? List(YamlNode key, int line, int column)
        {
            Throw("list");
            return (_, _) => Throw("item");
        }

        private void Throw(string call)
        {
            if (call == where)
            {
                throw fault;
            }
        }
    }

    /// <summary>Writes down every call a reader makes, with every node's kind, value and position.</summary>
    private sealed class Recorder : ITopLevelSink
    {
        private readonly StringBuilder _log = new();

        public void Document(YamlNode root) => Dump(_log.Append("document "), root).Append('\n');

        public void BeginMapping() => _log.Append("mapping\n");

        public void Entry(YamlNode key, YamlNode value) => Dump(Dump(_log.Append("entry "), key).Append(" = "), value).Append('\n');

        public Action<YamlNode, int>? List(YamlNode key, int line, int column)
        {
            Dump(_log.Append("list "), key).Append($" at {line}:{column}\n");
            return (item, index) => Dump(_log.Append($"  item {index} "), item).Append('\n');
        }

        public override string ToString() => _log.ToString();

        private static StringBuilder Dump(StringBuilder b, YamlNode node)
        {
            b.Append($"@{node.Line}:{node.Column}{(node.Via is null ? "" : " via " + node.Via)} ");
            switch (node)
            {
                case ScalarNode s:
                    return b.Append($"{s.Kind}({s.Value.Length})'{s.Value}'");
                case SequenceNode q:
                    b.Append('[');
                    foreach (var item in q.Items)
                    {
                        Dump(b, item).Append(", ");
                    }

                    return b.Append(']');
                case MappingNode m:
                    b.Append('{');
                    foreach (var (k, v) in m.Entries)
                    {
                        Dump(Dump(b, k).Append(": "), v).Append(", ");
                    }

                    return b.Append('}');
                default:
                    return b.Append('?');
            }
        }
    }
}
