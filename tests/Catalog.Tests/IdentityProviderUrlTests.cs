using IdentityFabric.Catalog.Validation;

namespace IdentityFabric.Catalog.Tests;

/// <summary>
/// An identity provider's <c>issuer</c> and <c>jwksUrl</c> are fetched or trusted by the edge and IAM: https to a
/// public DNS name only. Every spelling of a local, private or metadata address is refused by <c>validate</c> at the
/// line of the URL.
/// </summary>
public sealed class IdentityProviderUrlTests
{
    private static IEnumerable<TestCaseData> RefusedUrls()
    {
        string[] urls =
        [
            "http://login.example.com/keys",
            "HTTPS://login.example.com/keys",
            "https://localhost/keys",
            "https://login.localhost/keys",
            "https://127.0.0.1/keys",
            "https://127.1/keys",
            "https://10.0.0.8/keys",
            "https://172.16.5.4/keys",
            "https://172.31.255.255/keys",
            "https://192.168.1.1/keys",
            "https://169.254.169.254/latest/meta-data",
            "https://2130706433/keys",
            "https://0x7f000001/keys",
            "https://0x7f.0.0.1/keys",
            "https://0177.0.0.1/keys",
            "https://[::1]/keys",
            "https://[fe80::1]/keys",
            "https://[::ffff:127.0.0.1]/keys",
            "https://[::ffff:7f00:1]/keys",
            "https://user@login.example.com/keys",
            "https://user:secret@login.example.com/keys",
            "https://login.example.com@169.254.169.254/keys",
            "https://login.example.com./keys",
            "https://login.example.com:8443/keys",
            "https://login.example.com:443/keys",
            "https://keys.internal/jwks",
            "https://idp.corp/jwks",
            "https://printer.local/jwks",
            "https://router.home.arpa/jwks",
            "https://1.0.0.127.in-addr.arpa/jwks",
            "https://login/keys",
            "https://LOGIN.example.com/keys",
            "https://login.example.com/keys#frag",
            "https://login.example.com\\@evil.example.org/keys",
            "https://lоgin.example.com/keys",
            "https://login.example.com/k eys",
        ];
        return urls.Select(url => new TestCaseData(url).SetName($"JwksUrl {url} is refused"));
    }

    [TestCaseSource(nameof(RefusedUrls))]
    public void AJwksUrlThatIsNotPublicHttpsIsRefusedAtItsLine(string url)
    {
        var caseYaml = $"identityProviders:\n  - name: other\n    kind: oidc\n    issuer: https://idp.example.org\n    audiences: [api]\n    jwksUrl: \"{url.Replace("\\", "\\\\", StringComparison.Ordinal)}\"\n";

        var result = TestCatalogs.WithCase(caseYaml);

        Assert.That(result.Lines(), Has.Some.StartsWith("case.yaml:6:14: error: identityProviders[0].jwksUrl: jwksUrl '"), string.Join("\n", result.Lines()));
    }

    [TestCase("https://login.example.com/oauth2/default?x=1", "holds a query")]
    [TestCase("https://10.1.2.3", "is an IP address")]
    [TestCase("https://idp.local", "local or reserved name")]
    public void AnIssuerThatIsNotAPublicHttpsUrlIsRefusedAtItsLine(string issuer, string problem)
    {
        var caseYaml = $"identityProviders:\n  - name: other\n    kind: oidc\n    issuer: \"{issuer}\"\n    audiences: [api]\n    jwksUrl: https://idp.example.org/keys\n";

        var result = TestCatalogs.WithCase(caseYaml);

        Assert.That(result.Lines(), Has.Some.StartsWith("case.yaml:4:13: error: identityProviders[0].issuer: issuer '").And.Contains(problem));
    }

    [TestCase(" https://login.example.com/keys")]
    [TestCase("https://login.example.com/keys ")]
    public void AUrlWithLeadingOrTrailingSpacesIsRefusedByTheLoader(string url)
    {
        var caseYaml = $"identityProviders:\n  - name: other\n    kind: oidc\n    issuer: https://idp.example.org\n    audiences: [api]\n    jwksUrl: \"{url}\"\n";

        var result = TestCatalogs.WithCase(caseYaml);

        Assert.That(result.Lines(), Has.Member($"case.yaml:6:14: error: identityProviders[0].jwksUrl: '{url}' has leading or trailing spaces"));
    }

    [TestCase("https://login.example.com/oauth2/default/v1/keys")]
    [TestCase("https://example-team.cloudflareaccess.com/cdn-cgi/access/certs")]
    [TestCase("https://xn--bcher-kva.de/keys")]
    [TestCase("https://idp.example.org/keys?tenant=main")]
    [TestCase("https://a1.b2.example.io/keys")]
    public void APublicHttpsUrlIsAccepted(string url)
    {
        Assert.That(PublicUrls.Problem(url, allowQuery: true), Is.Null);
    }

    [TestCase("127.0.0.1")]
    [TestCase("10.0.0.1")]
    [TestCase("4294967295")]
    [TestCase("0x7f.1")]
    [TestCase("1.2.3.0x4")]
    public void NoSpellingOfAnIpv4AddressPassesAsAHostName(string host)
    {
        Assert.That(PublicUrls.HostProblem(host), Is.Not.Null);
    }
}
