namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustAccessPolicyIncludeArgs : global::Pulumi.ResourceArgs
{
    [Input("anyValidServiceToken")]
    public Input<Inputs.ZeroTrustAccessPolicyIncludeAnyValidServiceTokenArgs>? AnyValidServiceToken { get; set; }

    [Input("azureAd")]
    public Input<Inputs.ZeroTrustAccessPolicyIncludeAzureAdArgs>? AzureAd { get; set; }

    [Input("certificate")]
    public Input<Inputs.ZeroTrustAccessPolicyIncludeCertificateArgs>? Certificate { get; set; }

    [Input("email")]
    public Input<Inputs.ZeroTrustAccessPolicyIncludeEmailArgs>? Email { get; set; }

    [Input("emailDomain")]
    public Input<Inputs.ZeroTrustAccessPolicyIncludeEmailDomainArgs>? EmailDomain { get; set; }

    [Input("emailList")]
    public Input<Inputs.ZeroTrustAccessPolicyIncludeEmailListArgs>? EmailList { get; set; }

    [Input("everyone")]
    public Input<Inputs.ZeroTrustAccessPolicyIncludeEveryoneArgs>? Everyone { get; set; }

    [Input("geo")]
    public Input<Inputs.ZeroTrustAccessPolicyIncludeGeoArgs>? Geo { get; set; }

    [Input("group")]
    public Input<Inputs.ZeroTrustAccessPolicyIncludeGroupArgs>? Group { get; set; }

    [Input("gsuite")]
    public Input<Inputs.ZeroTrustAccessPolicyIncludeGsuiteArgs>? Gsuite { get; set; }

    [Input("ip")]
    public Input<Inputs.ZeroTrustAccessPolicyIncludeIpArgs>? Ip { get; set; }

    [Input("ipList")]
    public Input<Inputs.ZeroTrustAccessPolicyIncludeIpListArgs>? IpList { get; set; }

    [Input("oidc")]
    public Input<Inputs.ZeroTrustAccessPolicyIncludeOidcArgs>? Oidc { get; set; }

    [Input("okta")]
    public Input<Inputs.ZeroTrustAccessPolicyIncludeOktaArgs>? Okta { get; set; }

    [Input("saml")]
    public Input<Inputs.ZeroTrustAccessPolicyIncludeSamlArgs>? Saml { get; set; }

    [Input("serviceToken")]
    public Input<Inputs.ZeroTrustAccessPolicyIncludeServiceTokenArgs>? ServiceToken { get; set; }

    public ZeroTrustAccessPolicyIncludeArgs()
    {
    }

    public static new ZeroTrustAccessPolicyIncludeArgs Empty => new ZeroTrustAccessPolicyIncludeArgs();
}

public sealed class ZeroTrustAccessPolicyIncludeAnyValidServiceTokenArgs : global::Pulumi.ResourceArgs
{
    public ZeroTrustAccessPolicyIncludeAnyValidServiceTokenArgs()
    {
    }

    public static new ZeroTrustAccessPolicyIncludeAnyValidServiceTokenArgs Empty => new ZeroTrustAccessPolicyIncludeAnyValidServiceTokenArgs();
}

public sealed class ZeroTrustAccessPolicyIncludeAzureAdArgs : global::Pulumi.ResourceArgs
{
    [Input("id", required: true)]
    public Input<string> Id { get; set; } = null!;

    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    public ZeroTrustAccessPolicyIncludeAzureAdArgs()
    {
    }

    public static new ZeroTrustAccessPolicyIncludeAzureAdArgs Empty => new ZeroTrustAccessPolicyIncludeAzureAdArgs();
}

public sealed class ZeroTrustAccessPolicyIncludeCertificateArgs : global::Pulumi.ResourceArgs
{
    public ZeroTrustAccessPolicyIncludeCertificateArgs()
    {
    }

    public static new ZeroTrustAccessPolicyIncludeCertificateArgs Empty => new ZeroTrustAccessPolicyIncludeCertificateArgs();
}

public sealed class ZeroTrustAccessPolicyIncludeEmailArgs : global::Pulumi.ResourceArgs
{
    [Input("email", required: true)]
    public Input<string> Email { get; set; } = null!;

    public ZeroTrustAccessPolicyIncludeEmailArgs()
    {
    }

    public static new ZeroTrustAccessPolicyIncludeEmailArgs Empty => new ZeroTrustAccessPolicyIncludeEmailArgs();
}

public sealed class ZeroTrustAccessPolicyIncludeEmailDomainArgs : global::Pulumi.ResourceArgs
{
    [Input("domain", required: true)]
    public Input<string> Domain { get; set; } = null!;

    public ZeroTrustAccessPolicyIncludeEmailDomainArgs()
    {
    }

    public static new ZeroTrustAccessPolicyIncludeEmailDomainArgs Empty => new ZeroTrustAccessPolicyIncludeEmailDomainArgs();
}

public sealed class ZeroTrustAccessPolicyIncludeEmailListArgs : global::Pulumi.ResourceArgs
{
    [Input("id", required: true)]
    public Input<string> Id { get; set; } = null!;

    public ZeroTrustAccessPolicyIncludeEmailListArgs()
    {
    }

    public static new ZeroTrustAccessPolicyIncludeEmailListArgs Empty => new ZeroTrustAccessPolicyIncludeEmailListArgs();
}

public sealed class ZeroTrustAccessPolicyIncludeEveryoneArgs : global::Pulumi.ResourceArgs
{
    public ZeroTrustAccessPolicyIncludeEveryoneArgs()
    {
    }

    public static new ZeroTrustAccessPolicyIncludeEveryoneArgs Empty => new ZeroTrustAccessPolicyIncludeEveryoneArgs();
}

public sealed class ZeroTrustAccessPolicyIncludeGeoArgs : global::Pulumi.ResourceArgs
{
    [Input("countryCode", required: true)]
    public Input<string> CountryCode { get; set; } = null!;

    public ZeroTrustAccessPolicyIncludeGeoArgs()
    {
    }

    public static new ZeroTrustAccessPolicyIncludeGeoArgs Empty => new ZeroTrustAccessPolicyIncludeGeoArgs();
}

public sealed class ZeroTrustAccessPolicyIncludeGroupArgs : global::Pulumi.ResourceArgs
{
    [Input("id", required: true)]
    public Input<string> Id { get; set; } = null!;

    public ZeroTrustAccessPolicyIncludeGroupArgs()
    {
    }

    public static new ZeroTrustAccessPolicyIncludeGroupArgs Empty => new ZeroTrustAccessPolicyIncludeGroupArgs();
}

public sealed class ZeroTrustAccessPolicyIncludeGsuiteArgs : global::Pulumi.ResourceArgs
{
    [Input("email", required: true)]
    public Input<string> Email { get; set; } = null!;

    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    public ZeroTrustAccessPolicyIncludeGsuiteArgs()
    {
    }

    public static new ZeroTrustAccessPolicyIncludeGsuiteArgs Empty => new ZeroTrustAccessPolicyIncludeGsuiteArgs();
}

public sealed class ZeroTrustAccessPolicyIncludeIpArgs : global::Pulumi.ResourceArgs
{
    [Input("ip", required: true)]
    public Input<string> Ip { get; set; } = null!;

    public ZeroTrustAccessPolicyIncludeIpArgs()
    {
    }

    public static new ZeroTrustAccessPolicyIncludeIpArgs Empty => new ZeroTrustAccessPolicyIncludeIpArgs();
}

public sealed class ZeroTrustAccessPolicyIncludeIpListArgs : global::Pulumi.ResourceArgs
{
    [Input("id", required: true)]
    public Input<string> Id { get; set; } = null!;

    public ZeroTrustAccessPolicyIncludeIpListArgs()
    {
    }

    public static new ZeroTrustAccessPolicyIncludeIpListArgs Empty => new ZeroTrustAccessPolicyIncludeIpListArgs();
}

public sealed class ZeroTrustAccessPolicyIncludeOidcArgs : global::Pulumi.ResourceArgs
{
    [Input("claimName", required: true)]
    public Input<string> ClaimName { get; set; } = null!;

    [Input("claimValue", required: true)]
    public Input<string> ClaimValue { get; set; } = null!;

    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    public ZeroTrustAccessPolicyIncludeOidcArgs()
    {
    }

    public static new ZeroTrustAccessPolicyIncludeOidcArgs Empty => new ZeroTrustAccessPolicyIncludeOidcArgs();
}

public sealed class ZeroTrustAccessPolicyIncludeOktaArgs : global::Pulumi.ResourceArgs
{
    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    public ZeroTrustAccessPolicyIncludeOktaArgs()
    {
    }

    public static new ZeroTrustAccessPolicyIncludeOktaArgs Empty => new ZeroTrustAccessPolicyIncludeOktaArgs();
}

public sealed class ZeroTrustAccessPolicyIncludeSamlArgs : global::Pulumi.ResourceArgs
{
    [Input("attributeName", required: true)]
    public Input<string> AttributeName { get; set; } = null!;

    [Input("attributeValue", required: true)]
    public Input<string> AttributeValue { get; set; } = null!;

    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    public ZeroTrustAccessPolicyIncludeSamlArgs()
    {
    }

    public static new ZeroTrustAccessPolicyIncludeSamlArgs Empty => new ZeroTrustAccessPolicyIncludeSamlArgs();
}

public sealed class ZeroTrustAccessPolicyIncludeServiceTokenArgs : global::Pulumi.ResourceArgs
{
    [Input("tokenId", required: true)]
    public Input<string> TokenId { get; set; } = null!;

    public ZeroTrustAccessPolicyIncludeServiceTokenArgs()
    {
    }

    public static new ZeroTrustAccessPolicyIncludeServiceTokenArgs Empty => new ZeroTrustAccessPolicyIncludeServiceTokenArgs();
}

public sealed class ZeroTrustAccessPolicyExcludeArgs : global::Pulumi.ResourceArgs
{
    [Input("anyValidServiceToken")]
    public Input<Inputs.ZeroTrustAccessPolicyExcludeAnyValidServiceTokenArgs>? AnyValidServiceToken { get; set; }

    [Input("azureAd")]
    public Input<Inputs.ZeroTrustAccessPolicyExcludeAzureAdArgs>? AzureAd { get; set; }

    [Input("certificate")]
    public Input<Inputs.ZeroTrustAccessPolicyExcludeCertificateArgs>? Certificate { get; set; }

    [Input("email")]
    public Input<Inputs.ZeroTrustAccessPolicyExcludeEmailArgs>? Email { get; set; }

    [Input("emailDomain")]
    public Input<Inputs.ZeroTrustAccessPolicyExcludeEmailDomainArgs>? EmailDomain { get; set; }

    [Input("emailList")]
    public Input<Inputs.ZeroTrustAccessPolicyExcludeEmailListArgs>? EmailList { get; set; }

    [Input("everyone")]
    public Input<Inputs.ZeroTrustAccessPolicyExcludeEveryoneArgs>? Everyone { get; set; }

    [Input("geo")]
    public Input<Inputs.ZeroTrustAccessPolicyExcludeGeoArgs>? Geo { get; set; }

    [Input("group")]
    public Input<Inputs.ZeroTrustAccessPolicyExcludeGroupArgs>? Group { get; set; }

    [Input("gsuite")]
    public Input<Inputs.ZeroTrustAccessPolicyExcludeGsuiteArgs>? Gsuite { get; set; }

    [Input("ip")]
    public Input<Inputs.ZeroTrustAccessPolicyExcludeIpArgs>? Ip { get; set; }

    [Input("ipList")]
    public Input<Inputs.ZeroTrustAccessPolicyExcludeIpListArgs>? IpList { get; set; }

    [Input("oidc")]
    public Input<Inputs.ZeroTrustAccessPolicyExcludeOidcArgs>? Oidc { get; set; }

    [Input("okta")]
    public Input<Inputs.ZeroTrustAccessPolicyExcludeOktaArgs>? Okta { get; set; }

    [Input("saml")]
    public Input<Inputs.ZeroTrustAccessPolicyExcludeSamlArgs>? Saml { get; set; }

    [Input("serviceToken")]
    public Input<Inputs.ZeroTrustAccessPolicyExcludeServiceTokenArgs>? ServiceToken { get; set; }

    public ZeroTrustAccessPolicyExcludeArgs()
    {
    }

    public static new ZeroTrustAccessPolicyExcludeArgs Empty => new ZeroTrustAccessPolicyExcludeArgs();
}

public sealed class ZeroTrustAccessPolicyExcludeAnyValidServiceTokenArgs : global::Pulumi.ResourceArgs
{
    public ZeroTrustAccessPolicyExcludeAnyValidServiceTokenArgs()
    {
    }

    public static new ZeroTrustAccessPolicyExcludeAnyValidServiceTokenArgs Empty => new ZeroTrustAccessPolicyExcludeAnyValidServiceTokenArgs();
}

public sealed class ZeroTrustAccessPolicyExcludeAzureAdArgs : global::Pulumi.ResourceArgs
{
    [Input("id", required: true)]
    public Input<string> Id { get; set; } = null!;

    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    public ZeroTrustAccessPolicyExcludeAzureAdArgs()
    {
    }

    public static new ZeroTrustAccessPolicyExcludeAzureAdArgs Empty => new ZeroTrustAccessPolicyExcludeAzureAdArgs();
}

public sealed class ZeroTrustAccessPolicyExcludeCertificateArgs : global::Pulumi.ResourceArgs
{
    public ZeroTrustAccessPolicyExcludeCertificateArgs()
    {
    }

    public static new ZeroTrustAccessPolicyExcludeCertificateArgs Empty => new ZeroTrustAccessPolicyExcludeCertificateArgs();
}

public sealed class ZeroTrustAccessPolicyExcludeEmailArgs : global::Pulumi.ResourceArgs
{
    [Input("email", required: true)]
    public Input<string> Email { get; set; } = null!;

    public ZeroTrustAccessPolicyExcludeEmailArgs()
    {
    }

    public static new ZeroTrustAccessPolicyExcludeEmailArgs Empty => new ZeroTrustAccessPolicyExcludeEmailArgs();
}

public sealed class ZeroTrustAccessPolicyExcludeEmailDomainArgs : global::Pulumi.ResourceArgs
{
    [Input("domain", required: true)]
    public Input<string> Domain { get; set; } = null!;

    public ZeroTrustAccessPolicyExcludeEmailDomainArgs()
    {
    }

    public static new ZeroTrustAccessPolicyExcludeEmailDomainArgs Empty => new ZeroTrustAccessPolicyExcludeEmailDomainArgs();
}

public sealed class ZeroTrustAccessPolicyExcludeEmailListArgs : global::Pulumi.ResourceArgs
{
    [Input("id", required: true)]
    public Input<string> Id { get; set; } = null!;

    public ZeroTrustAccessPolicyExcludeEmailListArgs()
    {
    }

    public static new ZeroTrustAccessPolicyExcludeEmailListArgs Empty => new ZeroTrustAccessPolicyExcludeEmailListArgs();
}

public sealed class ZeroTrustAccessPolicyExcludeEveryoneArgs : global::Pulumi.ResourceArgs
{
    public ZeroTrustAccessPolicyExcludeEveryoneArgs()
    {
    }

    public static new ZeroTrustAccessPolicyExcludeEveryoneArgs Empty => new ZeroTrustAccessPolicyExcludeEveryoneArgs();
}

public sealed class ZeroTrustAccessPolicyExcludeGeoArgs : global::Pulumi.ResourceArgs
{
    [Input("countryCode", required: true)]
    public Input<string> CountryCode { get; set; } = null!;

    public ZeroTrustAccessPolicyExcludeGeoArgs()
    {
    }

    public static new ZeroTrustAccessPolicyExcludeGeoArgs Empty => new ZeroTrustAccessPolicyExcludeGeoArgs();
}

public sealed class ZeroTrustAccessPolicyExcludeGroupArgs : global::Pulumi.ResourceArgs
{
    [Input("id", required: true)]
    public Input<string> Id { get; set; } = null!;

    public ZeroTrustAccessPolicyExcludeGroupArgs()
    {
    }

    public static new ZeroTrustAccessPolicyExcludeGroupArgs Empty => new ZeroTrustAccessPolicyExcludeGroupArgs();
}

public sealed class ZeroTrustAccessPolicyExcludeGsuiteArgs : global::Pulumi.ResourceArgs
{
    [Input("email", required: true)]
    public Input<string> Email { get; set; } = null!;

    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    public ZeroTrustAccessPolicyExcludeGsuiteArgs()
    {
    }

    public static new ZeroTrustAccessPolicyExcludeGsuiteArgs Empty => new ZeroTrustAccessPolicyExcludeGsuiteArgs();
}

public sealed class ZeroTrustAccessPolicyExcludeIpArgs : global::Pulumi.ResourceArgs
{
    [Input("ip", required: true)]
    public Input<string> Ip { get; set; } = null!;

    public ZeroTrustAccessPolicyExcludeIpArgs()
    {
    }

    public static new ZeroTrustAccessPolicyExcludeIpArgs Empty => new ZeroTrustAccessPolicyExcludeIpArgs();
}

public sealed class ZeroTrustAccessPolicyExcludeIpListArgs : global::Pulumi.ResourceArgs
{
    [Input("id", required: true)]
    public Input<string> Id { get; set; } = null!;

    public ZeroTrustAccessPolicyExcludeIpListArgs()
    {
    }

    public static new ZeroTrustAccessPolicyExcludeIpListArgs Empty => new ZeroTrustAccessPolicyExcludeIpListArgs();
}

public sealed class ZeroTrustAccessPolicyExcludeOidcArgs : global::Pulumi.ResourceArgs
{
    [Input("claimName", required: true)]
    public Input<string> ClaimName { get; set; } = null!;

    [Input("claimValue", required: true)]
    public Input<string> ClaimValue { get; set; } = null!;

    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    public ZeroTrustAccessPolicyExcludeOidcArgs()
    {
    }

    public static new ZeroTrustAccessPolicyExcludeOidcArgs Empty => new ZeroTrustAccessPolicyExcludeOidcArgs();
}

public sealed class ZeroTrustAccessPolicyExcludeOktaArgs : global::Pulumi.ResourceArgs
{
    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    public ZeroTrustAccessPolicyExcludeOktaArgs()
    {
    }

    public static new ZeroTrustAccessPolicyExcludeOktaArgs Empty => new ZeroTrustAccessPolicyExcludeOktaArgs();
}

public sealed class ZeroTrustAccessPolicyExcludeSamlArgs : global::Pulumi.ResourceArgs
{
    [Input("attributeName", required: true)]
    public Input<string> AttributeName { get; set; } = null!;

    [Input("attributeValue", required: true)]
    public Input<string> AttributeValue { get; set; } = null!;

    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    public ZeroTrustAccessPolicyExcludeSamlArgs()
    {
    }

    public static new ZeroTrustAccessPolicyExcludeSamlArgs Empty => new ZeroTrustAccessPolicyExcludeSamlArgs();
}

public sealed class ZeroTrustAccessPolicyExcludeServiceTokenArgs : global::Pulumi.ResourceArgs
{
    [Input("tokenId", required: true)]
    public Input<string> TokenId { get; set; } = null!;

    public ZeroTrustAccessPolicyExcludeServiceTokenArgs()
    {
    }

    public static new ZeroTrustAccessPolicyExcludeServiceTokenArgs Empty => new ZeroTrustAccessPolicyExcludeServiceTokenArgs();
}

public sealed class ZeroTrustAccessPolicyRequireArgs : global::Pulumi.ResourceArgs
{
    [Input("anyValidServiceToken")]
    public Input<Inputs.ZeroTrustAccessPolicyRequireAnyValidServiceTokenArgs>? AnyValidServiceToken { get; set; }

    [Input("azureAd")]
    public Input<Inputs.ZeroTrustAccessPolicyRequireAzureAdArgs>? AzureAd { get; set; }

    [Input("certificate")]
    public Input<Inputs.ZeroTrustAccessPolicyRequireCertificateArgs>? Certificate { get; set; }

    [Input("email")]
    public Input<Inputs.ZeroTrustAccessPolicyRequireEmailArgs>? Email { get; set; }

    [Input("emailDomain")]
    public Input<Inputs.ZeroTrustAccessPolicyRequireEmailDomainArgs>? EmailDomain { get; set; }

    [Input("emailList")]
    public Input<Inputs.ZeroTrustAccessPolicyRequireEmailListArgs>? EmailList { get; set; }

    [Input("everyone")]
    public Input<Inputs.ZeroTrustAccessPolicyRequireEveryoneArgs>? Everyone { get; set; }

    [Input("geo")]
    public Input<Inputs.ZeroTrustAccessPolicyRequireGeoArgs>? Geo { get; set; }

    [Input("group")]
    public Input<Inputs.ZeroTrustAccessPolicyRequireGroupArgs>? Group { get; set; }

    [Input("gsuite")]
    public Input<Inputs.ZeroTrustAccessPolicyRequireGsuiteArgs>? Gsuite { get; set; }

    [Input("ip")]
    public Input<Inputs.ZeroTrustAccessPolicyRequireIpArgs>? Ip { get; set; }

    [Input("ipList")]
    public Input<Inputs.ZeroTrustAccessPolicyRequireIpListArgs>? IpList { get; set; }

    [Input("oidc")]
    public Input<Inputs.ZeroTrustAccessPolicyRequireOidcArgs>? Oidc { get; set; }

    [Input("okta")]
    public Input<Inputs.ZeroTrustAccessPolicyRequireOktaArgs>? Okta { get; set; }

    [Input("saml")]
    public Input<Inputs.ZeroTrustAccessPolicyRequireSamlArgs>? Saml { get; set; }

    [Input("serviceToken")]
    public Input<Inputs.ZeroTrustAccessPolicyRequireServiceTokenArgs>? ServiceToken { get; set; }

    public ZeroTrustAccessPolicyRequireArgs()
    {
    }

    public static new ZeroTrustAccessPolicyRequireArgs Empty => new ZeroTrustAccessPolicyRequireArgs();
}

public sealed class ZeroTrustAccessPolicyRequireAnyValidServiceTokenArgs : global::Pulumi.ResourceArgs
{
    public ZeroTrustAccessPolicyRequireAnyValidServiceTokenArgs()
    {
    }

    public static new ZeroTrustAccessPolicyRequireAnyValidServiceTokenArgs Empty => new ZeroTrustAccessPolicyRequireAnyValidServiceTokenArgs();
}

public sealed class ZeroTrustAccessPolicyRequireAzureAdArgs : global::Pulumi.ResourceArgs
{
    [Input("id", required: true)]
    public Input<string> Id { get; set; } = null!;

    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    public ZeroTrustAccessPolicyRequireAzureAdArgs()
    {
    }

    public static new ZeroTrustAccessPolicyRequireAzureAdArgs Empty => new ZeroTrustAccessPolicyRequireAzureAdArgs();
}

public sealed class ZeroTrustAccessPolicyRequireCertificateArgs : global::Pulumi.ResourceArgs
{
    public ZeroTrustAccessPolicyRequireCertificateArgs()
    {
    }

    public static new ZeroTrustAccessPolicyRequireCertificateArgs Empty => new ZeroTrustAccessPolicyRequireCertificateArgs();
}

public sealed class ZeroTrustAccessPolicyRequireEmailArgs : global::Pulumi.ResourceArgs
{
    [Input("email", required: true)]
    public Input<string> Email { get; set; } = null!;

    public ZeroTrustAccessPolicyRequireEmailArgs()
    {
    }

    public static new ZeroTrustAccessPolicyRequireEmailArgs Empty => new ZeroTrustAccessPolicyRequireEmailArgs();
}

public sealed class ZeroTrustAccessPolicyRequireEmailDomainArgs : global::Pulumi.ResourceArgs
{
    [Input("domain", required: true)]
    public Input<string> Domain { get; set; } = null!;

    public ZeroTrustAccessPolicyRequireEmailDomainArgs()
    {
    }

    public static new ZeroTrustAccessPolicyRequireEmailDomainArgs Empty => new ZeroTrustAccessPolicyRequireEmailDomainArgs();
}

public sealed class ZeroTrustAccessPolicyRequireEmailListArgs : global::Pulumi.ResourceArgs
{
    [Input("id", required: true)]
    public Input<string> Id { get; set; } = null!;

    public ZeroTrustAccessPolicyRequireEmailListArgs()
    {
    }

    public static new ZeroTrustAccessPolicyRequireEmailListArgs Empty => new ZeroTrustAccessPolicyRequireEmailListArgs();
}

public sealed class ZeroTrustAccessPolicyRequireEveryoneArgs : global::Pulumi.ResourceArgs
{
    public ZeroTrustAccessPolicyRequireEveryoneArgs()
    {
    }

    public static new ZeroTrustAccessPolicyRequireEveryoneArgs Empty => new ZeroTrustAccessPolicyRequireEveryoneArgs();
}

public sealed class ZeroTrustAccessPolicyRequireGeoArgs : global::Pulumi.ResourceArgs
{
    [Input("countryCode", required: true)]
    public Input<string> CountryCode { get; set; } = null!;

    public ZeroTrustAccessPolicyRequireGeoArgs()
    {
    }

    public static new ZeroTrustAccessPolicyRequireGeoArgs Empty => new ZeroTrustAccessPolicyRequireGeoArgs();
}

public sealed class ZeroTrustAccessPolicyRequireGroupArgs : global::Pulumi.ResourceArgs
{
    [Input("id", required: true)]
    public Input<string> Id { get; set; } = null!;

    public ZeroTrustAccessPolicyRequireGroupArgs()
    {
    }

    public static new ZeroTrustAccessPolicyRequireGroupArgs Empty => new ZeroTrustAccessPolicyRequireGroupArgs();
}

public sealed class ZeroTrustAccessPolicyRequireGsuiteArgs : global::Pulumi.ResourceArgs
{
    [Input("email", required: true)]
    public Input<string> Email { get; set; } = null!;

    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    public ZeroTrustAccessPolicyRequireGsuiteArgs()
    {
    }

    public static new ZeroTrustAccessPolicyRequireGsuiteArgs Empty => new ZeroTrustAccessPolicyRequireGsuiteArgs();
}

public sealed class ZeroTrustAccessPolicyRequireIpArgs : global::Pulumi.ResourceArgs
{
    [Input("ip", required: true)]
    public Input<string> Ip { get; set; } = null!;

    public ZeroTrustAccessPolicyRequireIpArgs()
    {
    }

    public static new ZeroTrustAccessPolicyRequireIpArgs Empty => new ZeroTrustAccessPolicyRequireIpArgs();
}

public sealed class ZeroTrustAccessPolicyRequireIpListArgs : global::Pulumi.ResourceArgs
{
    [Input("id", required: true)]
    public Input<string> Id { get; set; } = null!;

    public ZeroTrustAccessPolicyRequireIpListArgs()
    {
    }

    public static new ZeroTrustAccessPolicyRequireIpListArgs Empty => new ZeroTrustAccessPolicyRequireIpListArgs();
}

public sealed class ZeroTrustAccessPolicyRequireOidcArgs : global::Pulumi.ResourceArgs
{
    [Input("claimName", required: true)]
    public Input<string> ClaimName { get; set; } = null!;

    [Input("claimValue", required: true)]
    public Input<string> ClaimValue { get; set; } = null!;

    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    public ZeroTrustAccessPolicyRequireOidcArgs()
    {
    }

    public static new ZeroTrustAccessPolicyRequireOidcArgs Empty => new ZeroTrustAccessPolicyRequireOidcArgs();
}

public sealed class ZeroTrustAccessPolicyRequireOktaArgs : global::Pulumi.ResourceArgs
{
    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    public ZeroTrustAccessPolicyRequireOktaArgs()
    {
    }

    public static new ZeroTrustAccessPolicyRequireOktaArgs Empty => new ZeroTrustAccessPolicyRequireOktaArgs();
}

public sealed class ZeroTrustAccessPolicyRequireSamlArgs : global::Pulumi.ResourceArgs
{
    [Input("attributeName", required: true)]
    public Input<string> AttributeName { get; set; } = null!;

    [Input("attributeValue", required: true)]
    public Input<string> AttributeValue { get; set; } = null!;

    [Input("identityProviderId", required: true)]
    public Input<string> IdentityProviderId { get; set; } = null!;

    public ZeroTrustAccessPolicyRequireSamlArgs()
    {
    }

    public static new ZeroTrustAccessPolicyRequireSamlArgs Empty => new ZeroTrustAccessPolicyRequireSamlArgs();
}

public sealed class ZeroTrustAccessPolicyRequireServiceTokenArgs : global::Pulumi.ResourceArgs
{
    [Input("tokenId", required: true)]
    public Input<string> TokenId { get; set; } = null!;

    public ZeroTrustAccessPolicyRequireServiceTokenArgs()
    {
    }

    public static new ZeroTrustAccessPolicyRequireServiceTokenArgs Empty => new ZeroTrustAccessPolicyRequireServiceTokenArgs();
}
