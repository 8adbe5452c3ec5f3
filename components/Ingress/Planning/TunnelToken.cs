using System.Text;
using System.Text.Json;

namespace IdentityFabric.Components.Ingress;

/// <summary>
/// The token <c>cloudflared tunnel run --token</c> takes: base64 of a JSON object with the account tag (<c>a</c>),
/// the tunnel id (<c>t</c>) and the tunnel secret (<c>s</c>, the secret's base64). The stack generates the secret,
/// so it builds the token itself instead of reading it back from Cloudflare.
/// </summary>
public static class TunnelToken
{
    /// <summary>The token of a tunnel.</summary>
    /// <param name="accountTag">The Cloudflare account id that owns the tunnel.</param>
    /// <param name="tunnelId">The tunnel's id.</param>
    /// <param name="secretBase64">The tunnel secret, base64 (at least 32 bytes).</param>
    /// <exception cref="ArgumentException">An empty part, or a secret that is not base64 of 32 bytes or more.</exception>
    public static string Create(string accountTag, string tunnelId, string secretBase64)
    {
        ArgumentException.ThrowIfNullOrEmpty(accountTag);
        ArgumentException.ThrowIfNullOrEmpty(tunnelId);
        ArgumentException.ThrowIfNullOrEmpty(secretBase64);
        var secret = new byte[secretBase64.Length];
        if (!Convert.TryFromBase64String(secretBase64, secret, out var length) || length < 32)
        {
            throw new ArgumentException("the tunnel secret must be base64 of at least 32 bytes", nameof(secretBase64));
        }

        var json = JsonSerializer.Serialize(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["a"] = accountTag,
            ["t"] = tunnelId,
            ["s"] = secretBase64,
        });
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
    }
}
