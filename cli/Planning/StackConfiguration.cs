using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace IdentityFabric.Cli.Planning;

/// <summary>
/// A stack's configuration as the Pulumi CLI would hand it to the program: the project's defaults from
/// <c>Pulumi.yaml</c>, overlaid with <c>Pulumi.STACK.yaml</c>, overlaid with command-line values. Encrypted
/// (<c>secure:</c>) values are never decrypted: they become the literal <see cref="SecretMasker.Mask"/>.
/// </summary>
/// <param name="ProjectRoot">The folder holding <c>Pulumi.yaml</c>.</param>
/// <param name="ProjectName">The project name.</param>
/// <param name="StackName">The stack name.</param>
/// <param name="Values">Values by <c>namespace:key</c>; structured values as JSON text.</param>
/// <param name="SecretKeys">The keys whose values are secret.</param>
public sealed record StackConfiguration(
    string ProjectRoot,
    string ProjectName,
    string StackName,
    IReadOnlyDictionary<string, string> Values,
    IReadOnlySet<string> SecretKeys)
{
    /// <summary>The value of a key of the project's namespace, or null.</summary>
    /// <param name="key">The key without namespace.</param>
    public string? Get(string key) => Values.GetValueOrDefault($"{ProjectName}:{key}");

    /// <summary>A copy with one value set (a bare key goes to the project's namespace).</summary>
    /// <param name="key">The key, with or without namespace.</param>
    /// <param name="value">The value.</param>
    public StackConfiguration With(string key, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(value);
        var values = new SortedDictionary<string, string>(Values.ToDictionary(), StringComparer.Ordinal)
        {
            [Qualify(ProjectName, key)] = value,
        };
        return this with { Values = values };
    }

    /// <summary>The nearest folder at or above <paramref name="start"/> that holds <c>Pulumi.yaml</c>.</summary>
    /// <param name="start">Where to start looking.</param>
    /// <exception cref="PlanException">There is none.</exception>
    public static string FindProjectRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pulumi.yaml")))
            {
                return dir.FullName;
            }
        }

        throw new PlanException($"no Pulumi.yaml in {start} or any folder above it");
    }

    /// <summary>Reads the configuration of a stack.</summary>
    /// <param name="projectRoot">The folder holding <c>Pulumi.yaml</c> and the stack files.</param>
    /// <param name="stack">The stack name.</param>
    /// <exception cref="PlanException">A file is missing or malformed.</exception>
    public static StackConfiguration Load(string projectRoot, string stack)
    {
        ArgumentException.ThrowIfNullOrEmpty(projectRoot);
        ArgumentException.ThrowIfNullOrEmpty(stack);
        var projectFile = Path.Combine(projectRoot, "Pulumi.yaml");
        var stackFile = Path.Combine(projectRoot, $"Pulumi.{stack}.yaml");
        if (!File.Exists(stackFile))
        {
            throw new PlanException($"no stack file {stackFile} (stacks here: {string.Join(", ", KnownStacks(projectRoot))})");
        }

        var project = ReadMapping(projectFile);
        var projectName = Scalar(project, "name") ?? throw new PlanException($"{projectFile}: no project name");
        var values = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var secrets = new SortedSet<string>(StringComparer.Ordinal);

        if (Child(project, "config") is YamlMappingNode defaults)
        {
            foreach (var (keyNode, declaration) in defaults.Children)
            {
                var key = Qualify(projectName, ((YamlScalarNode)keyNode).Value ?? "");
                // A declaration ({type, default, description}) gives its default, if any; anything else is the value.
                var value = declaration is YamlMappingNode typed && (Child(typed, "type") ?? Child(typed, "default") ?? Child(typed, "description")) is not null
                    ? Child(typed, "default")
                    : declaration;
                if (value is not null)
                {
                    values[key] = ToConfigValue(value, key, secrets, projectFile);
                }
            }
        }

        if (Child(ReadMapping(stackFile), "config") is YamlMappingNode config)
        {
            foreach (var (keyNode, valueNode) in config.Children)
            {
                var key = Qualify(projectName, ((YamlScalarNode)keyNode).Value ?? "");
                values[key] = ToConfigValue(valueNode, key, secrets, stackFile);
            }
        }

        return new StackConfiguration(projectRoot, projectName, stack, values, secrets);
    }

    /// <summary>The stacks that have a file in the project root.</summary>
    /// <param name="projectRoot">The project root.</param>
    public static IEnumerable<string> KnownStacks(string projectRoot) =>
        Directory.GetFiles(projectRoot, "Pulumi.*.yaml")
            .Select(Path.GetFileName)
            .Select(f => f![7..^5])
            .Order(StringComparer.Ordinal);

    private static string Qualify(string project, string key) => key.Contains(':', StringComparison.Ordinal) ? key : $"{project}:{key}";

    private static string ToConfigValue(YamlNode node, string key, ISet<string> secrets, string file)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                return scalar.Value ?? "";
            case YamlMappingNode mapping when IsSecure(mapping):
                secrets.Add(key);
                return SecretMasker.Mask;
            default:
                var json = ToJson(node, out var holdsSecret);
                if (holdsSecret)
                {
                    secrets.Add(key);
                }

                return json?.ToJsonString() ?? throw new PlanException($"{file}: {key} has a value the plan cannot read");
        }
    }

    private static bool IsSecure(YamlMappingNode mapping) =>
        mapping.Children.Count == 1 && mapping.Children.Keys.Single() is YamlScalarNode { Value: "secure" };

    private static JsonNode? ToJson(YamlNode node, out bool holdsSecret)
    {
        var secret = false;
        JsonNode? Convert(YamlNode n)
        {
            switch (n)
            {
                case YamlMappingNode mapping when IsSecure(mapping):
                    secret = true;
                    return JsonValue.Create(SecretMasker.Mask);
                case YamlMappingNode mapping:
                    var obj = new JsonObject();
                    foreach (var (k, v) in mapping.Children)
                    {
                        obj[((YamlScalarNode)k).Value ?? ""] = Convert(v);
                    }

                    return obj;
                case YamlSequenceNode sequence:
                    return new JsonArray(sequence.Children.Select(Convert).ToArray());
                case YamlScalarNode { Style: ScalarStyle.Plain } scalar when scalar.Value is "true" or "false":
                    return JsonValue.Create(scalar.Value == "true");
                case YamlScalarNode { Style: ScalarStyle.Plain } scalar
                    when double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number):
                    return JsonValue.Create(number);
                case YamlScalarNode scalar:
                    return JsonValue.Create(scalar.Value ?? "");
                default:
                    return null;
            }
        }

        var result = Convert(node);
        holdsSecret = secret;
        return result;
    }

    private static YamlMappingNode ReadMapping(string file)
    {
        try
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(file))
            {
                stream.Load(reader);
            }

            return stream.Documents.FirstOrDefault()?.RootNode as YamlMappingNode ?? new YamlMappingNode();
        }
        catch (Exception failure) when (failure is YamlException or IOException)
        {
            throw new PlanException($"{file}: {failure.Message}", failure);
        }
    }

    private static YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private static string? Scalar(YamlMappingNode mapping, string key) => (Child(mapping, key) as YamlScalarNode)?.Value;
}
