namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustAccessGroupIncludeArgs : global::Pulumi.ResourceArgs
{
    [Input("anyValidServiceToken")]
    public Input<Inputs.ZeroTrustAccessGroupIncludeAnyValidServiceTokenArgs>? AnyValidServiceToken { get; set; }

    [Input("azureAd")]
    public Input<Inputs.ZeroTrustAccessGroupIncludeAzureAdArgs>? AzureAd { get; set; }

    [Input("certificate")]
    public Input<Inputs.ZeroTrustAccessGroupIncludeCertificateArgs>? Certificate { get; set; }

    [Input("email")]
    public Input<Inputs.ZeroTrustAccessGroupIncludeEmailArgs>? Email { get; set; }

    [Input("emailDomain")]
    public Input<Inputs.ZeroTrustAccessGroupIncludeEmailDomainArgs>? EmailDomain { get; set; }

    [Input("emailList")]
    public Input<Inputs.ZeroTrustAccessGroupIncludeEmailListArgs>? EmailList { get; set; }

    [Input("everyone")]
    public Input<Inputs.ZeroTrustAccessGroupIncludeEveryoneArgs>? Everyone { get; set; }

    [Input("geo")]
    public Input<Inputs.ZeroTrustAccessGroupIncludeGeoArgs>? Geo { get; set; }

    [Input("group")]
    public Input<Inputs.ZeroTrustAccessGroupIncludeGroupArgs>? Group { get; set; }

    [Input("gsuite")]
    public Input<Inputs.ZeroTrustAccessGroupIncludeGsuiteArgs>? Gsuite { get; set; }

    [Input("ip")]
    public Input<Inputs.ZeroTrustAccessGroupIncludeIpArgs>? Ip { get; set; }

    [Input("ipList")]
    public Input<Inputs.ZeroTrustAccessGroupIncludeIpListArgs>? IpList { get; set; }

    [Input("oidc")]
    public Input<Inputs.ZeroTrustAccessGroupIncludeOidcArgs>? Oidc { get; set; }

    [Input("okta")]
    public Input<Inputs.ZeroTrustAccessGroupIncludeOktaArgs>? Okta { get; set; }

    [Input("saml")]
    public Input<Inputs.ZeroTrustAccessGroupIncludeSamlArgs>? Saml { get; set; }

    [Input("serviceToken")]
    public Input<Inputs.ZeroTrustAccessGroupIncludeServiceTokenArgs>? ServiceToken { get; set; }

    public ZeroTrustAccessGroupIncludeArgs()
    {
    }

    public static new ZeroTrustAccessGroupIncludeArgs Empty => new ZeroTrustAccessGroupIncludeArgs();
}

public sealed class ZeroTrustAccessGroupIncludeAnyValidServiceTokenArgs : global::Pulumi.ResourceArgs
{
    public ZeroTrustAccessGroupIncludeAnyValidServiceTokenArgs()
    {
    }

    public static new ZeroTrustAccessGroupIncludeAnyValidServiceTokenArgs Empty => new ZeroTrustAccessGroupIncludeAnyValidServiceTokenArgs();
}

public sealed class ZeroTrustAccessGroupIncludeAzureAdArgs : global::Pulumi.ResourceArgs
{
    [Input("id", required: true)]
    public Input<string> Id { get; set; } = null!;

    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    public ZeroTrustAccessGroupIncludeAzureAdArgs()
    {
    }

    public static new ZeroTrustAccessGroupIncludeAzureAdArgs Empty => new ZeroTrustAccessGroupIncludeAzureAdArgs();
}

public sealed class ZeroTrustAccessGroupIncludeCertificateArgs : global::Pulumi.ResourceArgs
{
    public ZeroTrustAccessGroupIncludeCertificateArgs()
    {
    }

    public static new ZeroTrustAccessGroupIncludeCertificateArgs Empty => new ZeroTrustAccessGroupIncludeCertificateArgs();
}

public sealed class ZeroTrustAccessGroupIncludeEmailArgs : global::Pulumi.ResourceArgs
{
    [Input("email", required: true)]
    public Input<string> Email { get; set; } = null!;

    public ZeroTrustAccessGroupIncludeEmailArgs()
    {
    }

    public static new ZeroTrustAccessGroupIncludeEmailArgs Empty => new ZeroTrustAccessGroupIncludeEmailArgs();
}

public sealed class ZeroTrustAccessGroupIncludeEmailDomainArgs : global::Pulumi.ResourceArgs
{
    [Input("domain", required: true)]
    public Input<string> Domain { get; set; } = null!;

    public ZeroTrustAccessGroupIncludeEmailDomainArgs()
    {
    }

    public static new ZeroTrustAccessGroupIncludeEmailDomainArgs Empty => new ZeroTrustAccessGroupIncludeEmailDomainArgs();
}

public sealed class ZeroTrustAccessGroupIncludeEmailListArgs : global::Pulumi.ResourceArgs
{
    [Input("id", required: true)]
    public Input<string> Id { get; set; } = null!;

    public ZeroTrustAccessGroupIncludeEmailListArgs()
    {
    }

    public static new ZeroTrustAccessGroupIncludeEmailListArgs Empty => new ZeroTrustAccessGroupIncludeEmailListArgs();
}

public sealed class ZeroTrustAccessGroupIncludeEveryoneArgs : global::Pulumi.ResourceArgs
{
    public ZeroTrustAccessGroupIncludeEveryoneArgs()
    {
    }

    public static new ZeroTrustAccessGroupIncludeEveryoneArgs Empty => new ZeroTrustAccessGroupIncludeEveryoneArgs();
}

public sealed class ZeroTrustAccessGroupIncludeGeoArgs : global::Pulumi.ResourceArgs
{
    [Input("countryCode", required: true)]
    public Input<string> CountryCode { get; set; } = null!;

    public ZeroTrustAccessGroupIncludeGeoArgs()
    {
    }

    public static new ZeroTrustAccessGroupIncludeGeoArgs Empty => new ZeroTrustAccessGroupIncludeGeoArgs();
}

public sealed class ZeroTrustAccessGroupIncludeGroupArgs : global::Pulumi.ResourceArgs
{
    [Input("id", required: true)]
    public Input<string> Id { get; set; } = null!;

    public ZeroTrustAccessGroupIncludeGroupArgs()
    {
    }

    public static new ZeroTrustAccessGroupIncludeGroupArgs Empty => new ZeroTrustAccessGroupIncludeGroupArgs();
}

public sealed class ZeroTrustAccessGroupIncludeGsuiteArgs : global::Pulumi.ResourceArgs
{
    [Input("email", required: true)]
    public Input<string> Email { get; set; } = null!;

    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    public ZeroTrustAccessGroupIncludeGsuiteArgs()
    {
    }

    public static new ZeroTrustAccessGroupIncludeGsuiteArgs Empty => new ZeroTrustAccessGroupIncludeGsuiteArgs();
}

public sealed class ZeroTrustAccessGroupIncludeIpArgs : global::Pulumi.ResourceArgs
{
    [Input("ip", required: true)]
    public Input<string> Ip { get; set; } = null!;

    public ZeroTrustAccessGroupIncludeIpArgs()
    {
    }

    public static new ZeroTrustAccessGroupIncludeIpArgs Empty => new ZeroTrustAccessGroupIncludeIpArgs();
}

public sealed class ZeroTrustAccessGroupIncludeIpListArgs : global::Pulumi.ResourceArgs
{
    [Input("id", required: true)]
    public Input<string> Id { get; set; } = null!;

    public ZeroTrustAccessGroupIncludeIpListArgs()
    {
    }

    public static new ZeroTrustAccessGroupIncludeIpListArgs Empty => new ZeroTrustAccessGroupIncludeIpListArgs();
}

public sealed class ZeroTrustAccessGroupIncludeOidcArgs : global::Pulumi.ResourceArgs
{
    [Input("claimName", required: true)]
    public Input<string> ClaimName { get; set; } = null!;

    [Input("claimValue", required: true)]
    public Input<string> ClaimValue { get; set; } = null!;

    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    public ZeroTrustAccessGroupIncludeOidcArgs()
    {
    }

    public static new ZeroTrustAccessGroupIncludeOidcArgs Empty => new ZeroTrustAccessGroupIncludeOidcArgs();
}

public sealed class ZeroTrustAccessGroupIncludeOktaArgs : global::Pulumi.ResourceArgs
{
    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    public ZeroTrustAccessGroupIncludeOktaArgs()
    {
    }

    public static new ZeroTrustAccessGroupIncludeOktaArgs Empty => new ZeroTrustAccessGroupIncludeOktaArgs();
}

public sealed class ZeroTrustAccessGroupIncludeSamlArgs : global::Pulumi.ResourceArgs
{
    [Input("attributeName", required: true)]
    public Input<string> AttributeName { get; set; } = null!;

    [Input("attributeValue", required: true)]
    public Input<string> AttributeValue { get; set; } = null!;

    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    public ZeroTrustAccessGroupIncludeSamlArgs()
    {
    }

    public static new ZeroTrustAccessGroupIncludeSamlArgs Empty => new ZeroTrustAccessGroupIncludeSamlArgs();
}

public sealed class ZeroTrustAccessGroupIncludeServiceTokenArgs : global::Pulumi.ResourceArgs
{
    [Input("tokenId", required: true)]
    public Input<string> TokenId { get; set; } = null!;

    public ZeroTrustAccessGroupIncludeServiceTokenArgs()
    {
    }

    public static new ZeroTrustAccessGroupIncludeServiceTokenArgs Empty => new ZeroTrustAccessGroupIncludeServiceTokenArgs();
}

public sealed class ZeroTrustAccessGroupExcludeArgs : global::Pulumi.ResourceArgs
{
    [Input("anyValidServiceToken")]
    public Input<Inputs.ZeroTrustAccessGroupExcludeAnyValidServiceTokenArgs>? AnyValidServiceToken { get; set; }

    [Input("azureAd")]
    public Input<Inputs.ZeroTrustAccessGroupExcludeAzureAdArgs>? AzureAd { get; set; }

    [Input("certificate")]
    public Input<Inputs.ZeroTrustAccessGroupExcludeCertificateArgs>? Certificate { get; set; }

    [Input("email")]
    public Input<Inputs.ZeroTrustAccessGroupExcludeEmailArgs>? Email { get; set; }

    [Input("emailDomain")]
    public Input<Inputs.ZeroTrustAccessGroupExcludeEmailDomainArgs>? EmailDomain { get; set; }

    [Input("emailList")]
    public Input<Inputs.ZeroTrustAccessGroupExcludeEmailListArgs>? EmailList { get; set; }

    [Input("everyone")]
    public Input<Inputs.ZeroTrustAccessGroupExcludeEveryoneArgs>? Everyone { get; set; }

    [Input("geo")]
    public Input<Inputs.ZeroTrustAccessGroupExcludeGeoArgs>? Geo { get; set; }

    [Input("group")]
    public Input<Inputs.ZeroTrustAccessGroupExcludeGroupArgs>? Group { get; set; }

    [Input("gsuite")]
    public Input<Inputs.ZeroTrustAccessGroupExcludeGsuiteArgs>? Gsuite { get; set; }

    [Input("ip")]
    public Input<Inputs.ZeroTrustAccessGroupExcludeIpArgs>? Ip { get; set; }

    [Input("ipList")]
    public Input<Inputs.ZeroTrustAccessGroupExcludeIpListArgs>? IpList { get; set; }

    [Input("oidc")]
    public Input<Inputs.ZeroTrustAccessGroupExcludeOidcArgs>? Oidc { get; set; }

    [Input("okta")]
    public Input<Inputs.ZeroTrustAccessGroupExcludeOktaArgs>? Okta { get; set; }

    [Input("saml")]
    public Input<Inputs.ZeroTrustAccessGroupExcludeSamlArgs>? Saml { get; set; }

    [Input("serviceToken")]
    public Input<Inputs.ZeroTrustAccessGroupExcludeServiceTokenArgs>? ServiceToken { get; set; }

    public ZeroTrustAccessGroupExcludeArgs()
    {
    }

    public static new ZeroTrustAccessGroupExcludeArgs Empty => new ZeroTrustAccessGroupExcludeArgs();
}

public sealed class ZeroTrustAccessGroupExcludeAnyValidServiceTokenArgs : global::Pulumi.ResourceArgs
{
    public ZeroTrustAccessGroupExcludeAnyValidServiceTokenArgs()
    {
    }

    public static new ZeroTrustAccessGroupExcludeAnyValidServiceTokenArgs Empty => new ZeroTrustAccessGroupExcludeAnyValidServiceTokenArgs();
}

public sealed class ZeroTrustAccessGroupExcludeAzureAdArgs : global::Pulumi.ResourceArgs
{
    [Input("id", required: true)]
    public Input<string> Id { get; set; } = null!;

    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    public ZeroTrustAccessGroupExcludeAzureAdArgs()
    {
    }

    public static new ZeroTrustAccessGroupExcludeAzureAdArgs Empty => new ZeroTrustAccessGroupExcludeAzureAdArgs();
}

public sealed class ZeroTrustAccessGroupExcludeCertificateArgs : global::Pulumi.ResourceArgs
{
    public ZeroTrustAccessGroupExcludeCertificateArgs()
    {
    }

    public static new ZeroTrustAccessGroupExcludeCertificateArgs Empty => new ZeroTrustAccessGroupExcludeCertificateArgs();
}

public sealed class ZeroTrustAccessGroupExcludeEmailArgs : global::Pulumi.ResourceArgs
{
    [Input("email", required: true)]
    public Input<string> Email { get; set; } = null!;

    public ZeroTrustAccessGroupExcludeEmailArgs()
    {
    }

    public static new ZeroTrustAccessGroupExcludeEmailArgs Empty => new ZeroTrustAccessGroupExcludeEmailArgs();
}

public sealed class ZeroTrustAccessGroupExcludeEmailDomainArgs : global::Pulumi.ResourceArgs
{
    [Input("domain", required: true)]
    public Input<string> Domain { get; set; } = null!;

    public ZeroTrustAccessGroupExcludeEmailDomainArgs()
    {
    }

    public static new ZeroTrustAccessGroupExcludeEmailDomainArgs Empty => new ZeroTrustAccessGroupExcludeEmailDomainArgs();
}

public sealed class ZeroTrustAccessGroupExcludeEmailListArgs : global::Pulumi.ResourceArgs
{
    [Input("id", required: true)]
    public Input<string> Id { get; set; } = null!;

    public ZeroTrustAccessGroupExcludeEmailListArgs()
    {
    }

    public static new ZeroTrustAccessGroupExcludeEmailListArgs Empty => new ZeroTrustAccessGroupExcludeEmailListArgs();
}

public sealed class ZeroTrustAccessGroupExcludeEveryoneArgs : global::Pulumi.ResourceArgs
{
    public ZeroTrustAccessGroupExcludeEveryoneArgs()
    {
    }

    public static new ZeroTrustAccessGroupExcludeEveryoneArgs Empty => new ZeroTrustAccessGroupExcludeEveryoneArgs();
}

public sealed class ZeroTrustAccessGroupExcludeGeoArgs : global::Pulumi.ResourceArgs
{
    [Input("countryCode", required: true)]
    public Input<string> CountryCode { get; set; } = null!;

    public ZeroTrustAccessGroupExcludeGeoArgs()
    {
    }

    public static new ZeroTrustAccessGroupExcludeGeoArgs Empty => new ZeroTrustAccessGroupExcludeGeoArgs();
}

public sealed class ZeroTrustAccessGroupExcludeGroupArgs : global::Pulumi.ResourceArgs
{
    [Input("id", required: true)]
    public Input<string> Id { get; set; } = null!;

    public ZeroTrustAccessGroupExcludeGroupArgs()
    {
    }

    public static new ZeroTrustAccessGroupExcludeGroupArgs Empty => new ZeroTrustAccessGroupExcludeGroupArgs();
}

public sealed class ZeroTrustAccessGroupExcludeGsuiteArgs : global::Pulumi.ResourceArgs
{
    [Input("email", required: true)]
    public Input<string> Email { get; set; } = null!;

    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    public ZeroTrustAccessGroupExcludeGsuiteArgs()
    {
    }

    public static new ZeroTrustAccessGroupExcludeGsuiteArgs Empty => new ZeroTrustAccessGroupExcludeGsuiteArgs();
}

public sealed class ZeroTrustAccessGroupExcludeIpArgs : global::Pulumi.ResourceArgs
{
    [Input("ip", required: true)]
    public Input<string> Ip { get; set; } = null!;

    public ZeroTrustAccessGroupExcludeIpArgs()
    {
    }

    public static new ZeroTrustAccessGroupExcludeIpArgs Empty => new ZeroTrustAccessGroupExcludeIpArgs();
}

public sealed class ZeroTrustAccessGroupExcludeIpListArgs : global::Pulumi.ResourceArgs
{
    [Input("id", required: true)]
    public Input<string> Id { get; set; } = null!;

    public ZeroTrustAccessGroupExcludeIpListArgs()
    {
    }

    public static new ZeroTrustAccessGroupExcludeIpListArgs Empty => new ZeroTrustAccessGroupExcludeIpListArgs();
}

public sealed class ZeroTrustAccessGroupExcludeOidcArgs : global::Pulumi.ResourceArgs
{
    [Input("claimName", required: true)]
    public Input<string> ClaimName { get; set; } = null!;

    [Input("claimValue", required: true)]
    public Input<string> ClaimValue { get; set; } = null!;

    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    public ZeroTrustAccessGroupExcludeOidcArgs()
    {
    }

    public static new ZeroTrustAccessGroupExcludeOidcArgs Empty => new ZeroTrustAccessGroupExcludeOidcArgs();
}

public sealed class ZeroTrustAccessGroupExcludeOktaArgs : global::Pulumi.ResourceArgs
{
    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    public ZeroTrustAccessGroupExcludeOktaArgs()
    {
    }

    public static new ZeroTrustAccessGroupExcludeOktaArgs Empty => new ZeroTrustAccessGroupExcludeOktaArgs();
}

public sealed class ZeroTrustAccessGroupExcludeSamlArgs : global::Pulumi.ResourceArgs
{
    [Input("attributeName", required: true)]
    public Input<string> AttributeName { get; set; } = null!;

    [Input("attributeValue", required: true)]
    public Input<string> AttributeValue { get; set; } = null!;

    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    public ZeroTrustAccessGroupExcludeSamlArgs()
    {
    }

    public static new ZeroTrustAccessGroupExcludeSamlArgs Empty => new ZeroTrustAccessGroupExcludeSamlArgs();
}

public sealed class ZeroTrustAccessGroupExcludeServiceTokenArgs : global::Pulumi.ResourceArgs
{
    [Input("tokenId", required: true)]
    public Input<string> TokenId { get; set; } = null!;

    public ZeroTrustAccessGroupExcludeServiceTokenArgs()
    {
    }

    public static new ZeroTrustAccessGroupExcludeServiceTokenArgs Empty => new ZeroTrustAccessGroupExcludeServiceTokenArgs();
}

public sealed class ZeroTrustAccessGroupRequireArgs : global::Pulumi.ResourceArgs
{
    [Input("anyValidServiceToken")]
    public Input<Inputs.ZeroTrustAccessGroupRequireAnyValidServiceTokenArgs>? AnyValidServiceToken { get; set; }

    [Input("azureAd")]
    public Input<Inputs.ZeroTrustAccessGroupRequireAzureAdArgs>? AzureAd { get; set; }

    [Input("certificate")]
    public Input<Inputs.ZeroTrustAccessGroupRequireCertificateArgs>? Certificate { get; set; }

    [Input("email")]
    public Input<Inputs.ZeroTrustAccessGroupRequireEmailArgs>? Email { get; set; }

    [Input("emailDomain")]
    public Input<Inputs.ZeroTrustAccessGroupRequireEmailDomainArgs>? EmailDomain { get; set; }

    [Input("emailList")]
    public Input<Inputs.ZeroTrustAccessGroupRequireEmailListArgs>? EmailList { get; set; }

    [Input("everyone")]
    public Input<Inputs.ZeroTrustAccessGroupRequireEveryoneArgs>? Everyone { get; set; }

    [Input("geo")]
    public Input<Inputs.ZeroTrustAccessGroupRequireGeoArgs>? Geo { get; set; }

    [Input("group")]
    public Input<Inputs.ZeroTrustAccessGroupRequireGroupArgs>? Group { get; set; }

    [Input("gsuite")]
    public Input<Inputs.ZeroTrustAccessGroupRequireGsuiteArgs>? Gsuite { get; set; }

    [Input("ip")]
    public Input<Inputs.ZeroTrustAccessGroupRequireIpArgs>? Ip { get; set; }

    [Input("ipList")]
    public Input<Inputs.ZeroTrustAccessGroupRequireIpListArgs>? IpList { get; set; }

    [Input("oidc")]
    public Input<Inputs.ZeroTrustAccessGroupRequireOidcArgs>? Oidc { get; set; }

    [Input("okta")]
    public Input<Inputs.ZeroTrustAccessGroupRequireOktaArgs>? Okta { get; set; }

    [Input("saml")]
    public Input<Inputs.ZeroTrustAccessGroupRequireSamlArgs>? Saml { get; set; }

    [Input("serviceToken")]
    public Input<Inputs.ZeroTrustAccessGroupRequireServiceTokenArgs>? ServiceToken { get; set; }

    public ZeroTrustAccessGroupRequireArgs()
    {
    }

    public static new ZeroTrustAccessGroupRequireArgs Empty => new ZeroTrustAccessGroupRequireArgs();
}

public sealed class ZeroTrustAccessGroupRequireAnyValidServiceTokenArgs : global::Pulumi.ResourceArgs
{
    public ZeroTrustAccessGroupRequireAnyValidServiceTokenArgs()
    {
    }

    public static new ZeroTrustAccessGroupRequireAnyValidServiceTokenArgs Empty => new ZeroTrustAccessGroupRequireAnyValidServiceTokenArgs();
}

public sealed class ZeroTrustAccessGroupRequireAzureAdArgs : global::Pulumi.ResourceArgs
{
    [Input("id", required: true)]
    public Input<string> Id { get; set; } = null!;

    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    public ZeroTrustAccessGroupRequireAzureAdArgs()
    {
    }

    public static new ZeroTrustAccessGroupRequireAzureAdArgs Empty => new ZeroTrustAccessGroupRequireAzureAdArgs();
}

public sealed class ZeroTrustAccessGroupRequireCertificateArgs : global::Pulumi.ResourceArgs
{
    public ZeroTrustAccessGroupRequireCertificateArgs()
    {
    }

    public static new ZeroTrustAccessGroupRequireCertificateArgs Empty => new ZeroTrustAccessGroupRequireCertificateArgs();
}

public sealed class ZeroTrustAccessGroupRequireEmailArgs : global::Pulumi.ResourceArgs
{
    [Input("email", required: true)]
    public Input<string> Email { get; set; } = null!;

    public ZeroTrustAccessGroupRequireEmailArgs()
    {
    }

    public static new ZeroTrustAccessGroupRequireEmailArgs Empty => new ZeroTrustAccessGroupRequireEmailArgs();
}

public sealed class ZeroTrustAccessGroupRequireEmailDomainArgs : global::Pulumi.ResourceArgs
{
    [Input("domain", required: true)]
    public Input<string> Domain { get; set; } = null!;

    public ZeroTrustAccessGroupRequireEmailDomainArgs()
    {
    }

    public static new ZeroTrustAccessGroupRequireEmailDomainArgs Empty => new ZeroTrustAccessGroupRequireEmailDomainArgs();
}

public sealed class ZeroTrustAccessGroupRequireEmailListArgs : global::Pulumi.ResourceArgs
{
    [Input("id", required: true)]
    public Input<string> Id { get; set; } = null!;

    public ZeroTrustAccessGroupRequireEmailListArgs()
    {
    }

    public static new ZeroTrustAccessGroupRequireEmailListArgs Empty => new ZeroTrustAccessGroupRequireEmailListArgs();
}

public sealed class ZeroTrustAccessGroupRequireEveryoneArgs : global::Pulumi.ResourceArgs
{
    public ZeroTrustAccessGroupRequireEveryoneArgs()
    {
    }

    public static new ZeroTrustAccessGroupRequireEveryoneArgs Empty => new ZeroTrustAccessGroupRequireEveryoneArgs();
}

public sealed class ZeroTrustAccessGroupRequireGeoArgs : global::Pulumi.ResourceArgs
{
    [Input("countryCode", required: true)]
    public Input<string> CountryCode { get; set; } = null!;

    public ZeroTrustAccessGroupRequireGeoArgs()
    {
    }

    public static new ZeroTrustAccessGroupRequireGeoArgs Empty => new ZeroTrustAccessGroupRequireGeoArgs();
}

public sealed class ZeroTrustAccessGroupRequireGroupArgs : global::Pulumi.ResourceArgs
{
    [Input("id", required: true)]
    public Input<string> Id { get; set; } = null!;

    public ZeroTrustAccessGroupRequireGroupArgs()
    {
    }

    public static new ZeroTrustAccessGroupRequireGroupArgs Empty => new ZeroTrustAccessGroupRequireGroupArgs();
}

public sealed class ZeroTrustAccessGroupRequireGsuiteArgs : global::Pulumi.ResourceArgs
{
    [Input("email", required: true)]
    public Input<string> Email { get; set; } = null!;

    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    public ZeroTrustAccessGroupRequireGsuiteArgs()
    {
    }

    public static new ZeroTrustAccessGroupRequireGsuiteArgs Empty => new ZeroTrustAccessGroupRequireGsuiteArgs();
}

public sealed class ZeroTrustAccessGroupRequireIpArgs : global::Pulumi.ResourceArgs
{
    [Input("ip", required: true)]
    public Input<string> Ip { get; set; } = null!;

    public ZeroTrustAccessGroupRequireIpArgs()
    {
    }

    public static new ZeroTrustAccessGroupRequireIpArgs Empty => new ZeroTrustAccessGroupRequireIpArgs();
}

public sealed class ZeroTrustAccessGroupRequireIpListArgs : global::Pulumi.ResourceArgs
{
    [Input("id", required: true)]
    public Input<string> Id { get; set; } = null!;

    public ZeroTrustAccessGroupRequireIpListArgs()
    {
    }

    public static new ZeroTrustAccessGroupRequireIpListArgs Empty => new ZeroTrustAccessGroupRequireIpListArgs();
}

public sealed class ZeroTrustAccessGroupRequireOidcArgs : global::Pulumi.ResourceArgs
{
    [Input("claimName", required: true)]
    public Input<string> ClaimName { get; set; } = null!;

    [Input("claimValue", required: true)]
    public Input<string> ClaimValue { get; set; } = null!;

    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    public ZeroTrustAccessGroupRequireOidcArgs()
    {
    }

    public static new ZeroTrustAccessGroupRequireOidcArgs Empty => new ZeroTrustAccessGroupRequireOidcArgs();
}

public sealed class ZeroTrustAccessGroupRequireOktaArgs : global::Pulumi.ResourceArgs
{
    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    public ZeroTrustAccessGroupRequireOktaArgs()
    {
    }

    public static new ZeroTrustAccessGroupRequireOktaArgs Empty => new ZeroTrustAccessGroupRequireOktaArgs();
}

public sealed class ZeroTrustAccessGroupRequireSamlArgs : global::Pulumi.ResourceArgs
{
    [Input("attributeName", required: true)]
    public Input<string> AttributeName { get; set; } = null!;

    [Input("attributeValue", required: true)]
    public Input<string> AttributeValue { get; set; } = null!;

    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    public ZeroTrustAccessGroupRequireSamlArgs()
    {
    }

    public static new ZeroTrustAccessGroupRequireSamlArgs Empty => new ZeroTrustAccessGroupRequireSamlArgs();
}

public sealed class ZeroTrustAccessGroupRequireServiceTokenArgs : global::Pulumi.ResourceArgs
{
    [Input("tokenId", required: true)]
    public Input<string> TokenId { get; set; } = null!;

    public ZeroTrustAccessGroupRequireServiceTokenArgs()
    {
    }

    public static new ZeroTrustAccessGroupRequireServiceTokenArgs Empty => new ZeroTrustAccessGroupRequireServiceTokenArgs();
}
