using System.Text.Json.Nodes;

namespace IdentityFabric.Components.Preflight;

/// <summary>Collects the findings of one preflight run and shows values the same way everywhere: truncated, secrets
/// masked.</summary>
internal sealed class FindingSink(PreflightContext context)
{
    /// <summary>Longest value shown in a finding.</summary>
    public const int MaxValueLength = 80;

    private readonly List<PreflightFinding> _findings = [];
    private readonly Dictionary<(string, string), UnmappedInput> _unmapped = [];

    public PreflightContext Context { get; } = context;

    public IReadOnlyList<PreflightFinding> Findings => _findings;

    public IReadOnlyList<UnmappedInput> Unmapped => _unmapped.Values
        .OrderBy(u => u.Type, StringComparer.Ordinal).ThenBy(u => u.Path, StringComparer.Ordinal).ToList();

    public void Error(PreflightResource? resource, string? path, JsonNode? value, string rule, string source, string message, bool secret = false) =>
        _findings.Add(new PreflightFinding
        {
            Severity = PreflightSeverity.Error,
            Rule = rule,
            Source = source,
            Message = message,
            Resource = resource?.Urn,
            ResourceType = resource?.Type,
            Path = path,
            Value = value is null ? null : Show(value, path, secret),
        });

    public void Quota(PreflightResource? resource, string? path, long count, long limit, string rule, string source, string message, string raise) =>
        _findings.Add(new PreflightFinding
        {
            Severity = PreflightSeverity.Warning,
            Rule = rule,
            Source = source,
            Message = message,
            Resource = resource?.Urn,
            ResourceType = resource?.Type,
            Path = path,
            Count = count,
            Limit = limit,
            Raise = raise,
        });

    public void NotMapped(string type, string path, string reason) => _unmapped.TryAdd((type, path), new UnmappedInput(type, path, reason));

    /// <summary>Takes in what another sink collected after this one's: its findings in order, and its unmapped inputs
    /// where this sink has none for the same type and path (the first reason found stays, as in one sink).</summary>
    public void Append(FindingSink other)
    {
        _findings.AddRange(other._findings);
        foreach (var (key, unmapped) in other._unmapped)
        {
            _unmapped.TryAdd(key, unmapped);
        }
    }

    /// <summary>A value as a finding shows it: the text of a string, JSON otherwise; cut to
    /// <see cref="MaxValueLength"/>; <c>[secret]</c> when secret by the model, by its wire name or by its value.</summary>
    public string Show(JsonNode value, string? path, bool secret)
    {
        var text = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value.ToJsonString();
        var key = path is null ? "" : LastSegment(path);
        if (secret || Context.IsSecret(key, text))
        {
            return "[secret]";
        }

        return text.Length > MaxValueLength ? text[..MaxValueLength] + "…" : text;
    }

    private static string LastSegment(string path)
    {
        var cut = path.LastIndexOfAny(['.', '#']);
        var last = cut < 0 ? path : path[(cut + 1)..];
        var bracket = last.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? last : last[..bracket];
    }
}
