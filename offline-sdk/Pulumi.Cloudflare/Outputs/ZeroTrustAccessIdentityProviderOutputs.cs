using System.Collections.Immutable;

namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class ZeroTrustAccessIdentityProviderConfig
{
    public readonly string? AppsDomain;
    public readonly ImmutableArray<string> Attributes;
    public readonly string? AuthUrl;
    public readonly string? AuthorizationServerId;
    public readonly string? CentrifyAccount;
    public readonly string? CentrifyAppId;
    public readonly string? CertsUrl;
    public readonly ImmutableArray<string> Claims;
    public readonly string? ClientId;
    public readonly string? ClientSecret;
    public readonly bool? ConditionalAccessEnabled;
    public readonly string? DirectoryId;
    public readonly string? EmailAttributeName;
    public readonly string? EmailClaimName;
    public readonly ImmutableArray<string> IdpPublicCerts;
    public readonly string? IssuerUrl;
    public readonly string? OktaAccount;
    public readonly string? OneloginAccount;
    public readonly string? PingEnvId;
    public readonly bool? PkceEnabled;
    public readonly string? Prompt;
    public readonly string? RedirectUrl;
    public readonly ImmutableArray<string> Scopes;
    public readonly bool? SignRequest;
    public readonly string? SsoTargetUrl;
    public readonly bool? SupportGroups;
    public readonly string? TokenUrl;

    [OutputConstructor]
    private ZeroTrustAccessIdentityProviderConfig(string? appsDomain, ImmutableArray<string> attributes, string? authUrl, string? authorizationServerId, string? centrifyAccount, string? centrifyAppId, string? certsUrl, ImmutableArray<string> claims, string? clientId, string? clientSecret, bool? conditionalAccessEnabled, string? directoryId, string? emailAttributeName, string? emailClaimName, ImmutableArray<string> idpPublicCerts, string? issuerUrl, string? oktaAccount, string? oneloginAccount, string? pingEnvId, bool? pkceEnabled, string? prompt, string? redirectUrl, ImmutableArray<string> scopes, bool? signRequest, string? ssoTargetUrl, bool? supportGroups, string? tokenUrl)
    {
        AppsDomain = appsDomain;
        Attributes = attributes;
        AuthUrl = authUrl;
        AuthorizationServerId = authorizationServerId;
        CentrifyAccount = centrifyAccount;
        CentrifyAppId = centrifyAppId;
        CertsUrl = certsUrl;
        Claims = claims;
        ClientId = clientId;
        ClientSecret = clientSecret;
        ConditionalAccessEnabled = conditionalAccessEnabled;
        DirectoryId = directoryId;
        EmailAttributeName = emailAttributeName;
        EmailClaimName = emailClaimName;
        IdpPublicCerts = idpPublicCerts;
        IssuerUrl = issuerUrl;
        OktaAccount = oktaAccount;
        OneloginAccount = oneloginAccount;
        PingEnvId = pingEnvId;
        PkceEnabled = pkceEnabled;
        Prompt = prompt;
        RedirectUrl = redirectUrl;
        Scopes = scopes;
        SignRequest = signRequest;
        SsoTargetUrl = ssoTargetUrl;
        SupportGroups = supportGroups;
        TokenUrl = tokenUrl;
    }
}
