using System.Text.RegularExpressions;
using IdentityFabric.Catalog;

namespace IdentityFabric.Components.Ingress;

/// <summary>
/// The ingress rules of a Cloudflare Tunnel: one rule per hostname, ordered by hostname (so the config never changes
/// when the catalog is reordered), then the catch-all that cloudflared requires (the last rule, without a hostname),
/// which answers 404 to any hostname the tunnel does not serve.
/// </summary>
public static partial class TunnelIngressRules
{
    /// <summary>The catch-all rule's service: a fixed 404, never an origin.</summary>
    public const string CatchAllService = "http_status:404";

    /// <summary>The hostnames in rule order.</summary>
    /// <param name="hostnames">Hostnames the tunnel serves.</param>
    /// <exception cref="ArgumentException">None, a duplicate (in any letter case), a wildcard or a malformed name.</exception>
    public static IReadOnlyList<string> Order(IEnumerable<string> hostnames)
    {
        ArgumentNullException.ThrowIfNull(hostnames);
        var list = hostnames.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("a tunnel needs at least one hostname", nameof(hostnames));
        }

        var bad = list.FirstOrDefault(h => h is null || !Hostname().IsMatch(h));
        if (list.Any(h => h is null) || bad is not null)
        {
            throw new ArgumentException($"'{bad}' is not a lower-case hostname (wildcards are not served)", nameof(hostnames));
        }

        var duplicate = list.GroupBy(h => h, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"hostname '{duplicate.Key}' appears twice", nameof(hostnames));
        }

        return list.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The tunnel's name: <c>identity-fabric-{env}-ingress</c>, one per environment.</summary>
    /// <param name="environment">Environment name.</param>
    public static string TunnelName(string environment) => $"{ResourceNames.Prefix}-{environment}-ingress";

    [GeneratedRegex(@"^(?=.{1,253}\z)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Hostname();
}
