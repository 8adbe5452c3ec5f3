using System.Text.Json.Nodes;
using IdentityFabric.Catalog;
using IdentityFabric.Components.Edge.RoutePolicy;

namespace IdentityFabric.Components.Edge.Worker;

/// <summary>
/// The <c>AUTH_CONFIG</c> binding (contracts/worker-bindings.md): the catalog's identity providers as the Worker
/// reads them. The Worker refuses the whole config when one provider is invalid, and then answers every protected
/// request with 500, so the same rules are checked here, where a mistake fails the deployment instead.
/// </summary>
public static class AuthConfigDocument
{
    /// <summary>Algorithms a provider may allow: asymmetric only, never <c>none</c>, never HS*.</summary>
    public static IReadOnlySet<string> SupportedAlgorithms { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA",
    };

    /// <summary>Largest clock skew the Worker accepts, in seconds.</summary>
    public const int MaxClockSkewSeconds = 300;

    /// <summary>Largest maximum token age the Worker accepts, in seconds.</summary>
    public const int MaxTokenAgeSeconds = 86400;

    /// <summary>
    /// The document. Cloudflare Access tokens carry the AUD tag of the Access application they were issued for,
    /// known only once the applications exist: an Access provider accepts the catalog's audiences plus
    /// <paramref name="accessAudiences"/> (the tags of the fabric's own Access applications). An Access provider
    /// left with no audience at all is omitted, since the Worker would refuse the whole config for it.
    /// </summary>
    /// <param name="providers">The catalog's identity providers.</param>
    /// <param name="accessAudiences">AUD tags of the Access applications.</param>
    /// <exception cref="ArgumentException">A provider breaks a rule the Worker enforces.</exception>
    public static string Build(IEnumerable<IdentityProvider> providers, IEnumerable<string> accessAudiences)
    {
        ArgumentNullException.ThrowIfNull(providers);
        ArgumentNullException.ThrowIfNull(accessAudiences);
        var tags = accessAudiences.ToList();
        var list = new JsonArray();
        foreach (var provider in providers.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var isAccess = provider.Kind == IdentityProviderKind.CloudflareAccess;
            var audiences = provider.Audiences.Concat(isAccess ? tags : [])
                .Where(a => a.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToList();
            if (audiences.Count == 0)
            {
                if (isAccess)
                {
                    continue;
                }

                throw new ArgumentException($"identity provider '{provider.Name}' names no audience");
            }

            Check(provider);
            list.Add(new JsonObject
            {
                ["name"] = provider.Name,
                ["kind"] = isAccess ? "access" : "oidc",
                ["issuer"] = provider.Issuer,
                ["audiences"] = Strings(audiences),
                ["jwksUrl"] = provider.JwksUrl,
                ["algorithms"] = Strings(provider.AllowedAlgorithms.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
                ["clockSkewSeconds"] = (int)provider.ClockSkew.TotalSeconds,
                ["maxTokenAgeSeconds"] = (int)provider.MaxTokenAge.TotalSeconds,
                ["claims"] = new JsonObject
                {
                    ["subject"] = provider.Claims.Subject,
                    ["groups"] = provider.Claims.Groups,
                    ["email"] = provider.Claims.Email,
                },
            });
        }

        return CanonicalJson.Write(new JsonObject { ["identityProviders"] = list });
    }

    private static void Check(IdentityProvider provider)
    {
        var name = provider.Name;
        if (provider.AllowedAlgorithms.Count == 0 || provider.AllowedAlgorithms.Any(a => !SupportedAlgorithms.Contains(a)))
        {
            throw new ArgumentException($"identity provider '{name}' allows an algorithm the edge refuses (only asymmetric JWS algorithms)");
        }

        if (!Uri.TryCreate(provider.JwksUrl, UriKind.Absolute, out var jwks) || jwks.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException($"identity provider '{name}' has a JWKS URL that is not https");
        }

        if (provider.ClockSkew < TimeSpan.Zero || provider.ClockSkew.TotalSeconds > MaxClockSkewSeconds)
        {
            throw new ArgumentException($"identity provider '{name}' has a clock skew outside 0–{MaxClockSkewSeconds} s");
        }

        if (provider.MaxTokenAge < TimeSpan.Zero || provider.MaxTokenAge.TotalSeconds > MaxTokenAgeSeconds)
        {
            throw new ArgumentException($"identity provider '{name}' has a maximum token age outside 0–{MaxTokenAgeSeconds} s");
        }
    }

    private static JsonArray Strings(IEnumerable<string> values) =>
        new(values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray());
}
