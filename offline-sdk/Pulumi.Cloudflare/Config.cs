namespace Pulumi.Cloudflare;

/// <summary>
/// Stand-in for the real package's provider configuration (<c>cloudflare:*</c> stack settings): only the settings
/// a program may read, with the real names and types. It exists here so that <c>Config</c> under
/// <c>using Pulumi; using Pulumi.Cloudflare;</c> is as ambiguous as with the real package.
/// </summary>
public static class Config
{
    private static readonly global::Pulumi.Config Settings = new("cloudflare");

    /// <summary>The API token (<c>cloudflare:apiToken</c>); the provider also reads <c>CLOUDFLARE_API_TOKEN</c>.</summary>
    public static string? ApiToken => Settings.Get("apiToken");

    /// <summary>The legacy API key (<c>cloudflare:apiKey</c>).</summary>
    public static string? ApiKey => Settings.Get("apiKey");

    /// <summary>The account e-mail that goes with an API key (<c>cloudflare:email</c>).</summary>
    public static string? Email => Settings.Get("email");

    /// <summary>The API base URL (<c>cloudflare:baseUrl</c>).</summary>
    public static string? BaseUrl => Settings.Get("baseUrl");
}
