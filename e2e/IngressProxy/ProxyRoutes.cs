using System.Text.Json;
using System.Text.RegularExpressions;

namespace IdentityFabric.E2e.IngressProxy;

/// <summary>One header condition of a route, as the generated configuration states it.</summary>
/// <param name="Name">The header name.</param>
/// <param name="Condition"><c>present</c>, <c>absent</c>, <c>exact</c> or <c>regex</c>.</param>
/// <param name="Value">The exact value or the anchored pattern.</param>
internal sealed record HeaderRule(string Name, string Condition, string? Value)
{
    public bool Holds(IHeaderDictionary headers)
    {
        var present = headers.TryGetValue(Name, out var values);
        var value = present ? values.ToString() : null;
        return Condition switch
        {
            "present" => present,
            "absent" => !present,
            "exact" => present && string.Equals(value, Value, StringComparison.Ordinal),
            "regex" => present && Regex.IsMatch(value!, Value!, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)),
            _ => false,
        };
    }
}

/// <summary>One route of the generated configuration.</summary>
internal sealed record ProxyRoute(string Id, string Path, bool Exact, IReadOnlyList<string> Methods, string Service, string Backend, IReadOnlyList<HeaderRule> Headers)
{
    public bool Admits(HttpRequest request)
    {
        var path = request.Path.Value ?? "";
        var pathMatches = Exact ? string.Equals(path, Path, StringComparison.Ordinal) : path.StartsWith(Path, StringComparison.Ordinal);
        return pathMatches
            && (Methods.Count == 0 || Methods.Contains(request.Method, StringComparer.Ordinal))
            && Headers.All(h => h.Holds(request.Headers));
    }
}

/// <summary>The routes of every configuration part, in part order (the generator's most-specific-first order).</summary>
internal static class ProxyRoutes
{
    public static IReadOnlyList<ProxyRoute> Load(string directory)
    {
        var parts = Directory.GetFiles(directory, "*.json")
            .Select(file => JsonDocument.Parse(File.ReadAllText(file)).RootElement)
            .OrderBy(part => part.GetProperty("part").GetInt32())
            .ToList();
        if (parts.Count == 0 || parts.Any(p => p.GetProperty("parts").GetInt32() != parts.Count) || parts.Any(p => p.GetProperty("version").GetInt32() != 1))
        {
            throw new InvalidOperationException($"'{directory}' does not hold every part of one version-1 configuration");
        }

        return parts.SelectMany(p => p.GetProperty("routes").EnumerateArray()).Select(r => new ProxyRoute(
                r.GetProperty("id").GetString()!,
                r.GetProperty("path").GetString()!,
                r.GetProperty("match").GetString() == "exact",
                r.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!).ToList(),
                r.GetProperty("service").GetString()!,
                r.GetProperty("backend").GetString()!,
                r.GetProperty("headers").EnumerateArray().Select(h => new HeaderRule(
                    h.GetProperty("name").GetString()!,
                    h.GetProperty("condition").GetString()!,
                    h.TryGetProperty("value", out var v) ? v.GetString() : null)).ToList()))
            .ToList();
    }
}
