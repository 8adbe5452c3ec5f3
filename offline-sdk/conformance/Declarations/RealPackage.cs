using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace OfflineSdk.Conformance.Declarations;

/// <summary>What a resource's generated <c>.js</c> module states beyond its declarations.</summary>
/// <param name="Token">The type token the class registers (<c>pulumi:providers:x</c> for a provider).</param>
/// <param name="SecretInputs">Inputs the constructor wraps in <c>pulumi.secret</c>.</param>
/// <param name="SecretOutputs">The <c>additionalSecretOutputs</c> of the resource's default options.</param>
/// <param name="JsonInputs">Inputs sent as JSON text (<c>.apply(JSON.stringify)</c>, provider args).</param>
internal sealed record TsResourceModule(
    string Token,
    ImmutableHashSet<string> SecretInputs,
    ImmutableHashSet<string> SecretOutputs,
    ImmutableHashSet<string> JsonInputs);

/// <summary>
/// One real provider package as published on npm, unpacked under <c>offline-sdk/conformance/.packages</c>:
/// finds a resource's declaration file and module from its type token and reads the shared input and output
/// type declarations.
/// </summary>
internal sealed partial class RealPackage
{
    private readonly ConcurrentDictionary<string, TsFile?> _files = new(StringComparer.Ordinal);
    private readonly Lazy<TsFile> _inputs;
    private readonly Lazy<TsFile> _outputs;
    private readonly Lazy<TsFile?> _config;

    public RealPackage(string name, string version, string root)
    {
        Name = name;
        Version = version;
        Root = root;
        _inputs = new Lazy<TsFile>(() => TsParser.ParseFile(Path.Combine(root, "types", "input.d.ts")));
        _outputs = new Lazy<TsFile>(() => TsParser.ParseFile(Path.Combine(root, "types", "output.d.ts")));
        _config = new Lazy<TsFile?>(() => ReadConfig(Path.Combine(root, "config", "vars.d.ts")));
    }

    /// <summary>The npm name, e.g. <c>@pulumi/aws</c>.</summary>
    public string Name { get; }

    public string Version { get; }

    public string Root { get; }

    public TsFile Inputs => _inputs.Value;

    public TsFile Outputs => _outputs.Value;

    /// <summary>The provider settings (<c>config/vars.d.ts</c>) as one declaration named <c>Config</c>, or null when
    /// the package has none.</summary>
    public TsFile? Config => _config.Value;

    /// <summary>
    /// The module path of a type token: <c>aws:vpclattice/listener:Listener</c> lives in <c>vpclattice/listener</c>,
    /// <c>cloudflare:index/workersScript:WorkersScript</c> in <c>workersScript</c>, a provider in <c>provider</c>.
    /// </summary>
    public static string ModulePathOf(string token)
    {
        if (token.StartsWith("pulumi:providers:", StringComparison.Ordinal))
        {
            return "provider";
        }

        var parts = token.Split(':');
        if (parts.Length != 3 || !parts[1].Contains('/', StringComparison.Ordinal))
        {
            throw new FormatException($"'{token}' is not a resource type token");
        }

        var module = parts[1][..parts[1].IndexOf('/', StringComparison.Ordinal)];
        var file = parts[1][(parts[1].IndexOf('/', StringComparison.Ordinal) + 1)..];
        return module == "index" ? file : $"{module}/{file}";
    }

    /// <summary>The resource's declarations, or null when the package has no module for the token.</summary>
    public TsFile? ResourceDeclarations(string token)
        => _files.GetOrAdd(token, t =>
        {
            var path = Path.Combine(Root, ModulePathOf(t) + ".d.ts");
            return File.Exists(path) ? TsParser.ParseFile(path) : null;
        });

    /// <summary>The resource's module facts, or null when the package has no module for the token.</summary>
    public TsResourceModule? ResourceModule(string token)
    {
        var path = Path.Combine(Root, ModulePathOf(token) + ".js");
        return File.Exists(path) ? ReadModule(File.ReadAllText(path)) : null;
    }

    internal static TsResourceModule ReadModule(string js)
    {
        var typeMatch = PulumiType().Match(js);
        var token = typeMatch.Success ? typeMatch.Groups["token"].Value : "";
        if (js.Contains("extends pulumi.ProviderResource", StringComparison.Ordinal))
        {
            token = "pulumi:providers:" + token;
        }

        var secretInputs = SecretInput().Matches(js).Select(m => m.Groups["name"].Value).ToImmutableHashSet();
        var jsonInputs = JsonInput().Matches(js).Select(m => m.Groups["name"].Value).ToImmutableHashSet();
        var secretOutputs = AdditionalSecretOutputs().Match(js) is { Success: true } list
            ? QuotedName().Matches(list.Groups["names"].Value).Select(m => m.Groups[1].Value).ToImmutableHashSet()
            : [];
        return new TsResourceModule(token, secretInputs, secretOutputs, jsonInputs);
    }

    /// <summary>Reads <c>export declare const name: type;</c> lines, one setting each.</summary>
    internal static TsFile? ReadConfig(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var text = File.ReadAllText(path);
        var settings = ImmutableDictionary.CreateBuilder<string, TsProperty>(StringComparer.Ordinal);
        foreach (Match match in ConfigSetting().Matches(text))
        {
            var line = text.AsSpan(0, match.Index).Count('\n') + 1;
            var (shape, optional) = TsParser.ParseType(match.Groups["type"].Value);
            settings[match.Groups["name"].Value] = new TsProperty(match.Groups["name"].Value, optional, shape, line);
        }

        return new TsFile(path, ImmutableDictionary<string, TsDeclaration>.Empty.Add("Config", new TsDeclaration("Config", false, settings.ToImmutable())));
    }

    [GeneratedRegex(@"^export declare const (?<name>\w+): (?<type>[^;]+);", RegexOptions.Multiline)]
    private static partial Regex ConfigSetting();

    [GeneratedRegex(@"__pulumiType = ['""](?<token>[^'""]+)['""]")]
    private static partial Regex PulumiType();

    [GeneratedRegex(@"resourceInputs\[""(?<name>\w+)""\] = args\?\.\w+ \? pulumi\.secret\(")]
    private static partial Regex SecretInput();

    [GeneratedRegex(@"resourceInputs\[""(?<name>\w+)""\] = pulumi\.output\([^\n]*\)\.apply\(JSON\.stringify\)")]
    private static partial Regex JsonInput();

    [GeneratedRegex(@"additionalSecretOutputs: \[(?<names>[^\]]*)\]")]
    private static partial Regex AdditionalSecretOutputs();

    [GeneratedRegex(@"""(\w+)""")]
    private static partial Regex QuotedName();
}
