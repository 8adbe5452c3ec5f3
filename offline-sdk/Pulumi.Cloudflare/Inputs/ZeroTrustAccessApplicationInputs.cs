namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustAccessApplicationPolicyIncludeArgs : global::Pulumi.ResourceArgs
{
    [Input("anyValidServiceToken")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyIncludeAnyValidServiceTokenArgs>? AnyValidServiceToken { get; set; }

    [Input("azureAd")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyIncludeAzureAdArgs>? AzureAd { get; set; }

    [Input("certificate")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyIncludeCertificateArgs>? Certificate { get; set; }

    [Input("email")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyIncludeEmailArgs>? Email { get; set; }

    [Input("emailDomain")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyIncludeEmailDomainArgs>? EmailDomain { get; set; }

    [Input("emailList")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyIncludeEmailListArgs>? EmailList { get; set; }

    [Input("everyone")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyIncludeEveryoneArgs>? Everyone { get; set; }

    [Input("geo")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyIncludeGeoArgs>? Geo { get; set; }

    [Input("group")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyIncludeGroupArgs>? Group { get; set; }

    [Input("gsuite")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyIncludeGsuiteArgs>? Gsuite { get; set; }

    [Input("ip")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyIncludeIpArgs>? Ip { get; set; }

    [Input("ipList")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyIncludeIpListArgs>? IpList { get; set; }

    [Input("oidc")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyIncludeOidcArgs>? Oidc { get; set; }

    [Input("okta")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyIncludeOktaArgs>? Okta { get; set; }

    [Input("saml")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyIncludeSamlArgs>? Saml { get; set; }

    [Input("serviceToken")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyIncludeServiceTokenArgs>? ServiceToken { get; set; }

    public ZeroTrustAccessApplicationPolicyIncludeArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyIncludeArgs Empty => new ZeroTrustAccessApplicationPolicyIncludeArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyIncludeAnyValidServiceTokenArgs : global::Pulumi.ResourceArgs
{
    public ZeroTrustAccessApplicationPolicyIncludeAnyValidServiceTokenArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyIncludeAnyValidServiceTokenArgs Empty => new ZeroTrustAccessApplicationPolicyIncludeAnyValidServiceTokenArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyIncludeAzureAdArgs : global::Pulumi.ResourceArgs
{
    [Input("id", required: true)]
    public Input<string> Id { get; set; } = null!;

    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    public ZeroTrustAccessApplicationPolicyIncludeAzureAdArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyIncludeAzureAdArgs Empty => new ZeroTrustAccessApplicationPolicyIncludeAzureAdArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyIncludeCertificateArgs : global::Pulumi.ResourceArgs
{
    public ZeroTrustAccessApplicationPolicyIncludeCertificateArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyIncludeCertificateArgs Empty => new ZeroTrustAccessApplicationPolicyIncludeCertificateArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyIncludeEmailArgs : global::Pulumi.ResourceArgs
{
    [Input("email", required: true)]
    public Input<string> Email { get; set; } = null!;

    public ZeroTrustAccessApplicationPolicyIncludeEmailArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyIncludeEmailArgs Empty => new ZeroTrustAccessApplicationPolicyIncludeEmailArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyIncludeEmailDomainArgs : global::Pulumi.ResourceArgs
{
    [Input("domain", required: true)]
    public Input<string> Domain { get; set; } = null!;

    public ZeroTrustAccessApplicationPolicyIncludeEmailDomainArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyIncludeEmailDomainArgs Empty => new ZeroTrustAccessApplicationPolicyIncludeEmailDomainArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyIncludeEmailListArgs : global::Pulumi.ResourceArgs
{
    [Input("id", required: true)]
    public Input<string> Id { get; set; } = null!;

    public ZeroTrustAccessApplicationPolicyIncludeEmailListArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyIncludeEmailListArgs Empty => new ZeroTrustAccessApplicationPolicyIncludeEmailListArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyIncludeEveryoneArgs : global::Pulumi.ResourceArgs
{
    public ZeroTrustAccessApplicationPolicyIncludeEveryoneArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyIncludeEveryoneArgs Empty => new ZeroTrustAccessApplicationPolicyIncludeEveryoneArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyIncludeGeoArgs : global::Pulumi.ResourceArgs
{
    [Input("countryCode", required: true)]
    public Input<string> CountryCode { get; set; } = null!;

    public ZeroTrustAccessApplicationPolicyIncludeGeoArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyIncludeGeoArgs Empty => new ZeroTrustAccessApplicationPolicyIncludeGeoArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyIncludeGroupArgs : global::Pulumi.ResourceArgs
{
    [Input("id", required: true)]
    public Input<string> Id { get; set; } = null!;

    public ZeroTrustAccessApplicationPolicyIncludeGroupArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyIncludeGroupArgs Empty => new ZeroTrustAccessApplicationPolicyIncludeGroupArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyIncludeGsuiteArgs : global::Pulumi.ResourceArgs
{
    [Input("email", required: true)]
    public Input<string> Email { get; set; } = null!;

    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    public ZeroTrustAccessApplicationPolicyIncludeGsuiteArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyIncludeGsuiteArgs Empty => new ZeroTrustAccessApplicationPolicyIncludeGsuiteArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyIncludeIpArgs : global::Pulumi.ResourceArgs
{
    [Input("ip", required: true)]
    public Input<string> Ip { get; set; } = null!;

    public ZeroTrustAccessApplicationPolicyIncludeIpArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyIncludeIpArgs Empty => new ZeroTrustAccessApplicationPolicyIncludeIpArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyIncludeIpListArgs : global::Pulumi.ResourceArgs
{
    [Input("id", required: true)]
    public Input<string> Id { get; set; } = null!;

    public ZeroTrustAccessApplicationPolicyIncludeIpListArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyIncludeIpListArgs Empty => new ZeroTrustAccessApplicationPolicyIncludeIpListArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyIncludeOidcArgs : global::Pulumi.ResourceArgs
{
    [Input("claimName", required: true)]
    public Input<string> ClaimName { get; set; } = null!;

    [Input("claimValue", required: true)]
    public Input<string> ClaimValue { get; set; } = null!;

    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    public ZeroTrustAccessApplicationPolicyIncludeOidcArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyIncludeOidcArgs Empty => new ZeroTrustAccessApplicationPolicyIncludeOidcArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyIncludeOktaArgs : global::Pulumi.ResourceArgs
{
    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    public ZeroTrustAccessApplicationPolicyIncludeOktaArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyIncludeOktaArgs Empty => new ZeroTrustAccessApplicationPolicyIncludeOktaArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyIncludeSamlArgs : global::Pulumi.ResourceArgs
{
    [Input("attributeName", required: true)]
    public Input<string> AttributeName { get; set; } = null!;

    [Input("attributeValue", required: true)]
    public Input<string> AttributeValue { get; set; } = null!;

    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    public ZeroTrustAccessApplicationPolicyIncludeSamlArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyIncludeSamlArgs Empty => new ZeroTrustAccessApplicationPolicyIncludeSamlArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyIncludeServiceTokenArgs : global::Pulumi.ResourceArgs
{
    [Input("tokenId", required: true)]
    public Input<string> TokenId { get; set; } = null!;

    public ZeroTrustAccessApplicationPolicyIncludeServiceTokenArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyIncludeServiceTokenArgs Empty => new ZeroTrustAccessApplicationPolicyIncludeServiceTokenArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyExcludeArgs : global::Pulumi.ResourceArgs
{
    [Input("anyValidServiceToken")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyExcludeAnyValidServiceTokenArgs>? AnyValidServiceToken { get; set; }

    [Input("azureAd")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyExcludeAzureAdArgs>? AzureAd { get; set; }

    [Input("certificate")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyExcludeCertificateArgs>? Certificate { get; set; }

    [Input("email")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyExcludeEmailArgs>? Email { get; set; }

    [Input("emailDomain")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyExcludeEmailDomainArgs>? EmailDomain { get; set; }

    [Input("emailList")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyExcludeEmailListArgs>? EmailList { get; set; }

    [Input("everyone")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyExcludeEveryoneArgs>? Everyone { get; set; }

    [Input("geo")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyExcludeGeoArgs>? Geo { get; set; }

    [Input("group")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyExcludeGroupArgs>? Group { get; set; }

    [Input("gsuite")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyExcludeGsuiteArgs>? Gsuite { get; set; }

    [Input("ip")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyExcludeIpArgs>? Ip { get; set; }

    [Input("ipList")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyExcludeIpListArgs>? IpList { get; set; }

    [Input("oidc")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyExcludeOidcArgs>? Oidc { get; set; }

    [Input("okta")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyExcludeOktaArgs>? Okta { get; set; }

    [Input("saml")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyExcludeSamlArgs>? Saml { get; set; }

    [Input("serviceToken")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyExcludeServiceTokenArgs>? ServiceToken { get; set; }

    public ZeroTrustAccessApplicationPolicyExcludeArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyExcludeArgs Empty => new ZeroTrustAccessApplicationPolicyExcludeArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyExcludeAnyValidServiceTokenArgs : global::Pulumi.ResourceArgs
{
    public ZeroTrustAccessApplicationPolicyExcludeAnyValidServiceTokenArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyExcludeAnyValidServiceTokenArgs Empty => new ZeroTrustAccessApplicationPolicyExcludeAnyValidServiceTokenArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyExcludeAzureAdArgs : global::Pulumi.ResourceArgs
{
    [Input("id", required: true)]
    public Input<string> Id { get; set; } = null!;

    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    public ZeroTrustAccessApplicationPolicyExcludeAzureAdArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyExcludeAzureAdArgs Empty => new ZeroTrustAccessApplicationPolicyExcludeAzureAdArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyExcludeCertificateArgs : global::Pulumi.ResourceArgs
{
    public ZeroTrustAccessApplicationPolicyExcludeCertificateArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyExcludeCertificateArgs Empty => new ZeroTrustAccessApplicationPolicyExcludeCertificateArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyExcludeEmailArgs : global::Pulumi.ResourceArgs
{
    [Input("email", required: true)]
    public Input<string> Email { get; set; } = null!;

    public ZeroTrustAccessApplicationPolicyExcludeEmailArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyExcludeEmailArgs Empty => new ZeroTrustAccessApplicationPolicyExcludeEmailArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyExcludeEmailDomainArgs : global::Pulumi.ResourceArgs
{
    [Input("domain", required: true)]
    public Input<string> Domain { get; set; } = null!;

    public ZeroTrustAccessApplicationPolicyExcludeEmailDomainArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyExcludeEmailDomainArgs Empty => new ZeroTrustAccessApplicationPolicyExcludeEmailDomainArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyExcludeEmailListArgs : global::Pulumi.ResourceArgs
{
    [Input("id", required: true)]
    public Input<string> Id { get; set; } = null!;

    public ZeroTrustAccessApplicationPolicyExcludeEmailListArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyExcludeEmailListArgs Empty => new ZeroTrustAccessApplicationPolicyExcludeEmailListArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyExcludeEveryoneArgs : global::Pulumi.ResourceArgs
{
    public ZeroTrustAccessApplicationPolicyExcludeEveryoneArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyExcludeEveryoneArgs Empty => new ZeroTrustAccessApplicationPolicyExcludeEveryoneArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyExcludeGeoArgs : global::Pulumi.ResourceArgs
{
    [Input("countryCode", required: true)]
    public Input<string> CountryCode { get; set; } = null!;

    public ZeroTrustAccessApplicationPolicyExcludeGeoArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyExcludeGeoArgs Empty => new ZeroTrustAccessApplicationPolicyExcludeGeoArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyExcludeGroupArgs : global::Pulumi.ResourceArgs
{
    [Input("id", required: true)]
    public Input<string> Id { get; set; } = null!;

    public ZeroTrustAccessApplicationPolicyExcludeGroupArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyExcludeGroupArgs Empty => new ZeroTrustAccessApplicationPolicyExcludeGroupArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyExcludeGsuiteArgs : global::Pulumi.ResourceArgs
{
    [Input("email", required: true)]
    public Input<string> Email { get; set; } = null!;

    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    public ZeroTrustAccessApplicationPolicyExcludeGsuiteArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyExcludeGsuiteArgs Empty => new ZeroTrustAccessApplicationPolicyExcludeGsuiteArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyExcludeIpArgs : global::Pulumi.ResourceArgs
{
    [Input("ip", required: true)]
    public Input<string> Ip { get; set; } = null!;

    public ZeroTrustAccessApplicationPolicyExcludeIpArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyExcludeIpArgs Empty => new ZeroTrustAccessApplicationPolicyExcludeIpArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyExcludeIpListArgs : global::Pulumi.ResourceArgs
{
    [Input("id", required: true)]
    public Input<string> Id { get; set; } = null!;

    public ZeroTrustAccessApplicationPolicyExcludeIpListArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyExcludeIpListArgs Empty => new ZeroTrustAccessApplicationPolicyExcludeIpListArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyExcludeOidcArgs : global::Pulumi.ResourceArgs
{
    [Input("claimName", required: true)]
    public Input<string> ClaimName { get; set; } = null!;

    [Input("claimValue", required: true)]
    public Input<string> ClaimValue { get; set; } = null!;

    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    public ZeroTrustAccessApplicationPolicyExcludeOidcArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyExcludeOidcArgs Empty => new ZeroTrustAccessApplicationPolicyExcludeOidcArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyExcludeOktaArgs : global::Pulumi.ResourceArgs
{
    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    public ZeroTrustAccessApplicationPolicyExcludeOktaArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyExcludeOktaArgs Empty => new ZeroTrustAccessApplicationPolicyExcludeOktaArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyExcludeSamlArgs : global::Pulumi.ResourceArgs
{
    [Input("attributeName", required: true)]
    public Input<string> AttributeName { get; set; } = null!;

    [Input("attributeValue", required: true)]
    public Input<string> AttributeValue { get; set; } = null!;

    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    public ZeroTrustAccessApplicationPolicyExcludeSamlArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyExcludeSamlArgs Empty => new ZeroTrustAccessApplicationPolicyExcludeSamlArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyExcludeServiceTokenArgs : global::Pulumi.ResourceArgs
{
    [Input("tokenId", required: true)]
    public Input<string> TokenId { get; set; } = null!;

    public ZeroTrustAccessApplicationPolicyExcludeServiceTokenArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyExcludeServiceTokenArgs Empty => new ZeroTrustAccessApplicationPolicyExcludeServiceTokenArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyRequireArgs : global::Pulumi.ResourceArgs
{
    [Input("anyValidServiceToken")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyRequireAnyValidServiceTokenArgs>? AnyValidServiceToken { get; set; }

    [Input("azureAd")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyRequireAzureAdArgs>? AzureAd { get; set; }

    [Input("certificate")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyRequireCertificateArgs>? Certificate { get; set; }

    [Input("email")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyRequireEmailArgs>? Email { get; set; }

    [Input("emailDomain")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyRequireEmailDomainArgs>? EmailDomain { get; set; }

    [Input("emailList")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyRequireEmailListArgs>? EmailList { get; set; }

    [Input("everyone")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyRequireEveryoneArgs>? Everyone { get; set; }

    [Input("geo")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyRequireGeoArgs>? Geo { get; set; }

    [Input("group")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyRequireGroupArgs>? Group { get; set; }

    [Input("gsuite")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyRequireGsuiteArgs>? Gsuite { get; set; }

    [Input("ip")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyRequireIpArgs>? Ip { get; set; }

    [Input("ipList")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyRequireIpListArgs>? IpList { get; set; }

    [Input("oidc")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyRequireOidcArgs>? Oidc { get; set; }

    [Input("okta")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyRequireOktaArgs>? Okta { get; set; }

    [Input("saml")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyRequireSamlArgs>? Saml { get; set; }

    [Input("serviceToken")]
    public Input<Inputs.ZeroTrustAccessApplicationPolicyRequireServiceTokenArgs>? ServiceToken { get; set; }

    public ZeroTrustAccessApplicationPolicyRequireArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyRequireArgs Empty => new ZeroTrustAccessApplicationPolicyRequireArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyRequireAnyValidServiceTokenArgs : global::Pulumi.ResourceArgs
{
    public ZeroTrustAccessApplicationPolicyRequireAnyValidServiceTokenArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyRequireAnyValidServiceTokenArgs Empty => new ZeroTrustAccessApplicationPolicyRequireAnyValidServiceTokenArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyRequireAzureAdArgs : global::Pulumi.ResourceArgs
{
    [Input("id", required: true)]
    public Input<string> Id { get; set; } = null!;

    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    public ZeroTrustAccessApplicationPolicyRequireAzureAdArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyRequireAzureAdArgs Empty => new ZeroTrustAccessApplicationPolicyRequireAzureAdArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyRequireCertificateArgs : global::Pulumi.ResourceArgs
{
    public ZeroTrustAccessApplicationPolicyRequireCertificateArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyRequireCertificateArgs Empty => new ZeroTrustAccessApplicationPolicyRequireCertificateArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyRequireEmailArgs : global::Pulumi.ResourceArgs
{
    [Input("email", required: true)]
    public Input<string> Email { get; set; } = null!;

    public ZeroTrustAccessApplicationPolicyRequireEmailArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyRequireEmailArgs Empty => new ZeroTrustAccessApplicationPolicyRequireEmailArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyRequireEmailDomainArgs : global::Pulumi.ResourceArgs
{
    [Input("domain", required: true)]
    public Input<string> Domain { get; set; } = null!;

    public ZeroTrustAccessApplicationPolicyRequireEmailDomainArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyRequireEmailDomainArgs Empty => new ZeroTrustAccessApplicationPolicyRequireEmailDomainArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyRequireEmailListArgs : global::Pulumi.ResourceArgs
{
    [Input("id", required: true)]
    public Input<string> Id { get; set; } = null!;

    public ZeroTrustAccessApplicationPolicyRequireEmailListArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyRequireEmailListArgs Empty => new ZeroTrustAccessApplicationPolicyRequireEmailListArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyRequireEveryoneArgs : global::Pulumi.ResourceArgs
{
    public ZeroTrustAccessApplicationPolicyRequireEveryoneArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyRequireEveryoneArgs Empty => new ZeroTrustAccessApplicationPolicyRequireEveryoneArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyRequireGeoArgs : global::Pulumi.ResourceArgs
{
    [Input("countryCode", required: true)]
    public Input<string> CountryCode { get; set; } = null!;

    public ZeroTrustAccessApplicationPolicyRequireGeoArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyRequireGeoArgs Empty => new ZeroTrustAccessApplicationPolicyRequireGeoArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyRequireGroupArgs : global::Pulumi.ResourceArgs
{
    [Input("id", required: true)]
    public Input<string> Id { get; set; } = null!;

    public ZeroTrustAccessApplicationPolicyRequireGroupArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyRequireGroupArgs Empty => new ZeroTrustAccessApplicationPolicyRequireGroupArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyRequireGsuiteArgs : global::Pulumi.ResourceArgs
{
    [Input("email", required: true)]
    public Input<string> Email { get; set; } = null!;

    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    public ZeroTrustAccessApplicationPolicyRequireGsuiteArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyRequireGsuiteArgs Empty => new ZeroTrustAccessApplicationPolicyRequireGsuiteArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyRequireIpArgs : global::Pulumi.ResourceArgs
{
    [Input("ip", required: true)]
    public Input<string> Ip { get; set; } = null!;

    public ZeroTrustAccessApplicationPolicyRequireIpArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyRequireIpArgs Empty => new ZeroTrustAccessApplicationPolicyRequireIpArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyRequireIpListArgs : global::Pulumi.ResourceArgs
{
    [Input("id", required: true)]
    public Input<string> Id { get; set; } = null!;

    public ZeroTrustAccessApplicationPolicyRequireIpListArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyRequireIpListArgs Empty => new ZeroTrustAccessApplicationPolicyRequireIpListArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyRequireOidcArgs : global::Pulumi.ResourceArgs
{
    [Input("claimName", required: true)]
    public Input<string> ClaimName { get; set; } = null!;

    [Input("claimValue", required: true)]
    public Input<string> ClaimValue { get; set; } = null!;

    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    public ZeroTrustAccessApplicationPolicyRequireOidcArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyRequireOidcArgs Empty => new ZeroTrustAccessApplicationPolicyRequireOidcArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyRequireOktaArgs : global::Pulumi.ResourceArgs
{
    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    public ZeroTrustAccessApplicationPolicyRequireOktaArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyRequireOktaArgs Empty => new ZeroTrustAccessApplicationPolicyRequireOktaArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyRequireSamlArgs : global::Pulumi.ResourceArgs
{
    [Input("attributeName", required: true)]
    public Input<string> AttributeName { get; set; } = null!;

    [Input("attributeValue", required: true)]
    public Input<string> AttributeValue { get; set; } = null!;

    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    public ZeroTrustAccessApplicationPolicyRequireSamlArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyRequireSamlArgs Empty => new ZeroTrustAccessApplicationPolicyRequireSamlArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyRequireServiceTokenArgs : global::Pulumi.ResourceArgs
{
    [Input("tokenId", required: true)]
    public Input<string> TokenId { get; set; } = null!;

    public ZeroTrustAccessApplicationPolicyRequireServiceTokenArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyRequireServiceTokenArgs Empty => new ZeroTrustAccessApplicationPolicyRequireServiceTokenArgs();
}

public sealed class ZeroTrustAccessApplicationPolicyArgs : global::Pulumi.ResourceArgs
{
    [Input("decision")]
    public Input<string>? Decision { get; set; }

    [Input("excludes")]
    private InputList<Inputs.ZeroTrustAccessApplicationPolicyExcludeArgs>? _excludes;

    public InputList<Inputs.ZeroTrustAccessApplicationPolicyExcludeArgs> Excludes
    {
        get => _excludes ?? (_excludes = new InputList<Inputs.ZeroTrustAccessApplicationPolicyExcludeArgs>());
        set => _excludes = value;
    }

    [Input("id")]
    public Input<string>? Id { get; set; }

    [Input("includes")]
    private InputList<Inputs.ZeroTrustAccessApplicationPolicyIncludeArgs>? _includes;

    public InputList<Inputs.ZeroTrustAccessApplicationPolicyIncludeArgs> Includes
    {
        get => _includes ?? (_includes = new InputList<Inputs.ZeroTrustAccessApplicationPolicyIncludeArgs>());
        set => _includes = value;
    }

    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("precedence")]
    public Input<int>? Precedence { get; set; }

    [Input("requires")]
    private InputList<Inputs.ZeroTrustAccessApplicationPolicyRequireArgs>? _requires;

    public InputList<Inputs.ZeroTrustAccessApplicationPolicyRequireArgs> Requires
    {
        get => _requires ?? (_requires = new InputList<Inputs.ZeroTrustAccessApplicationPolicyRequireArgs>());
        set => _requires = value;
    }

    public ZeroTrustAccessApplicationPolicyArgs()
    {
    }

    public static new ZeroTrustAccessApplicationPolicyArgs Empty => new ZeroTrustAccessApplicationPolicyArgs();
}

public sealed class ZeroTrustAccessApplicationDestinationArgs : global::Pulumi.ResourceArgs
{
    [Input("cidr")]
    public Input<string>? Cidr { get; set; }

    [Input("hostname")]
    public Input<string>? Hostname { get; set; }

    [Input("l4Protocol")]
    public Input<string>? L4Protocol { get; set; }

    [Input("portRange")]
    public Input<string>? PortRange { get; set; }

    [Input("type")]
    public Input<string>? Type { get; set; }

    [Input("uri")]
    public Input<string>? Uri { get; set; }

    [Input("vnetId")]
    public Input<string>? VnetId { get; set; }

    public ZeroTrustAccessApplicationDestinationArgs()
    {
    }

    public static new ZeroTrustAccessApplicationDestinationArgs Empty => new ZeroTrustAccessApplicationDestinationArgs();
}
