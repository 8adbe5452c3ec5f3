using System.Security.Cryptography;
using System.Text;

namespace IdentityFabric.Assertions.Tests;

/// <summary>
/// Signs requests for tests that need fresh assertions (other keys, other times). The canonical form itself is
/// pinned by the shared vectors, which a separate implementation produced.
/// </summary>
internal static class TestSigner
{
    public static AssertionRequest Sign(
        string keyId,
        string secret,
        DateTimeOffset at,
        string method = "GET",
        string host = "api.example.com",
        string path = "/orders/42",
        string subject = "user:okta:00u1a2b3c4d5e6f7g8h9",
        string? roles = "admin,orders-reader",
        string? email = "alice@example.com")
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var headers = new List<KeyValuePair<string, string>>
        {
            new(AssertionHeaders.Version, AssertionHeaders.CurrentVersion),
            new(AssertionHeaders.Subject, subject),
            new(AssertionHeaders.Timestamp, timestamp),
            new(AssertionHeaders.KeyId, keyId),
            new(AssertionHeaders.Signature, Signature(keyId, secret, timestamp, method, host, path, subject, roles, email)),
        };
        if (roles is not null)
        {
            headers.Add(new(AssertionHeaders.Roles, roles));
        }

        if (email is not null)
        {
            headers.Add(new(AssertionHeaders.Email, email));
        }

        return new AssertionRequest(method, host, path, headers);
    }

    public static string Signature(
        string keyId, string secret, string timestamp, string method, string host, string path, string subject, string? roles, string? email)
    {
        var canonical = AssertionSyntax.CanonicalString(method, AssertionSyntax.CanonicalHost(host)!, path, timestamp, keyId, subject, roles, email);
        var mac = HMACSHA256.HashData(Convert.FromBase64String(ToBase64(secret)), Encoding.UTF8.GetBytes(canonical));
        return Convert.ToBase64String(mac).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    private static string ToBase64(string base64Url)
    {
        var text = base64Url.Replace('-', '+').Replace('_', '/');
        return text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '=');
    }
}
