namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class ZeroTrustAccessPolicyInclude
{
    public readonly Outputs.ZeroTrustAccessPolicyIncludeAnyValidServiceToken? AnyValidServiceToken;
    public readonly Outputs.ZeroTrustAccessPolicyIncludeAzureAd? AzureAd;
    public readonly Outputs.ZeroTrustAccessPolicyIncludeCertificate? Certificate;
    public readonly Outputs.ZeroTrustAccessPolicyIncludeEmail? Email;
    public readonly Outputs.ZeroTrustAccessPolicyIncludeEmailDomain? EmailDomain;
    public readonly Outputs.ZeroTrustAccessPolicyIncludeEmailList? EmailList;
    public readonly Outputs.ZeroTrustAccessPolicyIncludeEveryone? Everyone;
    public readonly Outputs.ZeroTrustAccessPolicyIncludeGeo? Geo;
    public readonly Outputs.ZeroTrustAccessPolicyIncludeGroup? Group;
    public readonly Outputs.ZeroTrustAccessPolicyIncludeGsuite? Gsuite;
    public readonly Outputs.ZeroTrustAccessPolicyIncludeIp? Ip;
    public readonly Outputs.ZeroTrustAccessPolicyIncludeIpList? IpList;
    public readonly Outputs.ZeroTrustAccessPolicyIncludeOidc? Oidc;
    public readonly Outputs.ZeroTrustAccessPolicyIncludeOkta? Okta;
    public readonly Outputs.ZeroTrustAccessPolicyIncludeSaml? Saml;
    public readonly Outputs.ZeroTrustAccessPolicyIncludeServiceToken? ServiceToken;

    [OutputConstructor]
    private ZeroTrustAccessPolicyInclude(Outputs.ZeroTrustAccessPolicyIncludeAnyValidServiceToken? anyValidServiceToken, Outputs.ZeroTrustAccessPolicyIncludeAzureAd? azureAd, Outputs.ZeroTrustAccessPolicyIncludeCertificate? certificate, Outputs.ZeroTrustAccessPolicyIncludeEmail? email, Outputs.ZeroTrustAccessPolicyIncludeEmailDomain? emailDomain, Outputs.ZeroTrustAccessPolicyIncludeEmailList? emailList, Outputs.ZeroTrustAccessPolicyIncludeEveryone? everyone, Outputs.ZeroTrustAccessPolicyIncludeGeo? geo, Outputs.ZeroTrustAccessPolicyIncludeGroup? group, Outputs.ZeroTrustAccessPolicyIncludeGsuite? gsuite, Outputs.ZeroTrustAccessPolicyIncludeIp? ip, Outputs.ZeroTrustAccessPolicyIncludeIpList? ipList, Outputs.ZeroTrustAccessPolicyIncludeOidc? oidc, Outputs.ZeroTrustAccessPolicyIncludeOkta? okta, Outputs.ZeroTrustAccessPolicyIncludeSaml? saml, Outputs.ZeroTrustAccessPolicyIncludeServiceToken? serviceToken)
    {
        AnyValidServiceToken = anyValidServiceToken;
        AzureAd = azureAd;
        Certificate = certificate;
        Email = email;
        EmailDomain = emailDomain;
        EmailList = emailList;
        Everyone = everyone;
        Geo = geo;
        Group = group;
        Gsuite = gsuite;
        Ip = ip;
        IpList = ipList;
        Oidc = oidc;
        Okta = okta;
        Saml = saml;
        ServiceToken = serviceToken;
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyIncludeAnyValidServiceToken
{
    [OutputConstructor]
    private ZeroTrustAccessPolicyIncludeAnyValidServiceToken()
    {
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyIncludeAzureAd
{
    public readonly string Id;
    public readonly string IdentityProviderId;

    [OutputConstructor]
    private ZeroTrustAccessPolicyIncludeAzureAd(string id, string identityProviderId)
    {
        Id = id;
        IdentityProviderId = identityProviderId;
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyIncludeCertificate
{
    [OutputConstructor]
    private ZeroTrustAccessPolicyIncludeCertificate()
    {
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyIncludeEmail
{
    public readonly string Email;

    [OutputConstructor]
    private ZeroTrustAccessPolicyIncludeEmail(string email)
    {
        Email = email;
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyIncludeEmailDomain
{
    public readonly string Domain;

    [OutputConstructor]
    private ZeroTrustAccessPolicyIncludeEmailDomain(string domain)
    {
        Domain = domain;
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyIncludeEmailList
{
    public readonly string Id;

    [OutputConstructor]
    private ZeroTrustAccessPolicyIncludeEmailList(string id)
    {
        Id = id;
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyIncludeEveryone
{
    [OutputConstructor]
    private ZeroTrustAccessPolicyIncludeEveryone()
    {
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyIncludeGeo
{
    public readonly string CountryCode;

    [OutputConstructor]
    private ZeroTrustAccessPolicyIncludeGeo(string countryCode)
    {
        CountryCode = countryCode;
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyIncludeGroup
{
    public readonly string Id;

    [OutputConstructor]
    private ZeroTrustAccessPolicyIncludeGroup(string id)
    {
        Id = id;
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyIncludeGsuite
{
    public readonly string Email;
    public readonly string IdentityProviderId;

    [OutputConstructor]
    private ZeroTrustAccessPolicyIncludeGsuite(string email, string identityProviderId)
    {
        Email = email;
        IdentityProviderId = identityProviderId;
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyIncludeIp
{
    public readonly string Ip;

    [OutputConstructor]
    private ZeroTrustAccessPolicyIncludeIp(string ip)
    {
        Ip = ip;
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyIncludeIpList
{
    public readonly string Id;

    [OutputConstructor]
    private ZeroTrustAccessPolicyIncludeIpList(string id)
    {
        Id = id;
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyIncludeOidc
{
    public readonly string ClaimName;
    public readonly string ClaimValue;
    public readonly string IdentityProviderId;

    [OutputConstructor]
    private ZeroTrustAccessPolicyIncludeOidc(string claimName, string claimValue, string identityProviderId)
    {
        ClaimName = claimName;
        ClaimValue = claimValue;
        IdentityProviderId = identityProviderId;
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyIncludeOkta
{
    public readonly string IdentityProviderId;
    public readonly string Name;

    [OutputConstructor]
    private ZeroTrustAccessPolicyIncludeOkta(string identityProviderId, string name)
    {
        IdentityProviderId = identityProviderId;
        Name = name;
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyIncludeSaml
{
    public readonly string AttributeName;
    public readonly string AttributeValue;
    public readonly string IdentityProviderId;

    [OutputConstructor]
    private ZeroTrustAccessPolicyIncludeSaml(string attributeName, string attributeValue, string identityProviderId)
    {
        AttributeName = attributeName;
        AttributeValue = attributeValue;
        IdentityProviderId = identityProviderId;
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyIncludeServiceToken
{
    public readonly string TokenId;

    [OutputConstructor]
    private ZeroTrustAccessPolicyIncludeServiceToken(string tokenId)
    {
        TokenId = tokenId;
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyExclude
{
    public readonly Outputs.ZeroTrustAccessPolicyExcludeAnyValidServiceToken? AnyValidServiceToken;
    public readonly Outputs.ZeroTrustAccessPolicyExcludeAzureAd? AzureAd;
    public readonly Outputs.ZeroTrustAccessPolicyExcludeCertificate? Certificate;
    public readonly Outputs.ZeroTrustAccessPolicyExcludeEmail? Email;
    public readonly Outputs.ZeroTrustAccessPolicyExcludeEmailDomain? EmailDomain;
    public readonly Outputs.ZeroTrustAccessPolicyExcludeEmailList? EmailList;
    public readonly Outputs.ZeroTrustAccessPolicyExcludeEveryone? Everyone;
    public readonly Outputs.ZeroTrustAccessPolicyExcludeGeo? Geo;
    public readonly Outputs.ZeroTrustAccessPolicyExcludeGroup? Group;
    public readonly Outputs.ZeroTrustAccessPolicyExcludeGsuite? Gsuite;
    public readonly Outputs.ZeroTrustAccessPolicyExcludeIp? Ip;
    public readonly Outputs.ZeroTrustAccessPolicyExcludeIpList? IpList;
    public readonly Outputs.ZeroTrustAccessPolicyExcludeOidc? Oidc;
    public readonly Outputs.ZeroTrustAccessPolicyExcludeOkta? Okta;
    public readonly Outputs.ZeroTrustAccessPolicyExcludeSaml? Saml;
    public readonly Outputs.ZeroTrustAccessPolicyExcludeServiceToken? ServiceToken;

    [OutputConstructor]
    private ZeroTrustAccessPolicyExclude(Outputs.ZeroTrustAccessPolicyExcludeAnyValidServiceToken? anyValidServiceToken, Outputs.ZeroTrustAccessPolicyExcludeAzureAd? azureAd, Outputs.ZeroTrustAccessPolicyExcludeCertificate? certificate, Outputs.ZeroTrustAccessPolicyExcludeEmail? email, Outputs.ZeroTrustAccessPolicyExcludeEmailDomain? emailDomain, Outputs.ZeroTrustAccessPolicyExcludeEmailList? emailList, Outputs.ZeroTrustAccessPolicyExcludeEveryone? everyone, Outputs.ZeroTrustAccessPolicyExcludeGeo? geo, Outputs.ZeroTrustAccessPolicyExcludeGroup? group, Outputs.ZeroTrustAccessPolicyExcludeGsuite? gsuite, Outputs.ZeroTrustAccessPolicyExcludeIp? ip, Outputs.ZeroTrustAccessPolicyExcludeIpList? ipList, Outputs.ZeroTrustAccessPolicyExcludeOidc? oidc, Outputs.ZeroTrustAccessPolicyExcludeOkta? okta, Outputs.ZeroTrustAccessPolicyExcludeSaml? saml, Outputs.ZeroTrustAccessPolicyExcludeServiceToken? serviceToken)
    {
        AnyValidServiceToken = anyValidServiceToken;
        AzureAd = azureAd;
        Certificate = certificate;
        Email = email;
        EmailDomain = emailDomain;
        EmailList = emailList;
        Everyone = everyone;
        Geo = geo;
        Group = group;
        Gsuite = gsuite;
        Ip = ip;
        IpList = ipList;
        Oidc = oidc;
        Okta = okta;
        Saml = saml;
        ServiceToken = serviceToken;
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyExcludeAnyValidServiceToken
{
    [OutputConstructor]
    private ZeroTrustAccessPolicyExcludeAnyValidServiceToken()
    {
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyExcludeAzureAd
{
    public readonly string Id;
    public readonly string IdentityProviderId;

    [OutputConstructor]
    private ZeroTrustAccessPolicyExcludeAzureAd(string id, string identityProviderId)
    {
        Id = id;
        IdentityProviderId = identityProviderId;
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyExcludeCertificate
{
    [OutputConstructor]
    private ZeroTrustAccessPolicyExcludeCertificate()
    {
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyExcludeEmail
{
    public readonly string Email;

    [OutputConstructor]
    private ZeroTrustAccessPolicyExcludeEmail(string email)
    {
        Email = email;
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyExcludeEmailDomain
{
    public readonly string Domain;

    [OutputConstructor]
    private ZeroTrustAccessPolicyExcludeEmailDomain(string domain)
    {
        Domain = domain;
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyExcludeEmailList
{
    public readonly string Id;

    [OutputConstructor]
    private ZeroTrustAccessPolicyExcludeEmailList(string id)
    {
        Id = id;
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyExcludeEveryone
{
    [OutputConstructor]
    private ZeroTrustAccessPolicyExcludeEveryone()
    {
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyExcludeGeo
{
    public readonly string CountryCode;

    [OutputConstructor]
    private ZeroTrustAccessPolicyExcludeGeo(string countryCode)
    {
        CountryCode = countryCode;
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyExcludeGroup
{
    public readonly string Id;

    [OutputConstructor]
    private ZeroTrustAccessPolicyExcludeGroup(string id)
    {
        Id = id;
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyExcludeGsuite
{
    public readonly string Email;
    public readonly string IdentityProviderId;

    [OutputConstructor]
    private ZeroTrustAccessPolicyExcludeGsuite(string email, string identityProviderId)
    {
        Email = email;
        IdentityProviderId = identityProviderId;
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyExcludeIp
{
    public readonly string Ip;

    [OutputConstructor]
    private ZeroTrustAccessPolicyExcludeIp(string ip)
    {
        Ip = ip;
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyExcludeIpList
{
    public readonly string Id;

    [OutputConstructor]
    private ZeroTrustAccessPolicyExcludeIpList(string id)
    {
        Id = id;
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyExcludeOidc
{
    public readonly string ClaimName;
    public readonly string ClaimValue;
    public readonly string IdentityProviderId;

    [OutputConstructor]
    private ZeroTrustAccessPolicyExcludeOidc(string claimName, string claimValue, string identityProviderId)
    {
        ClaimName = claimName;
        ClaimValue = claimValue;
        IdentityProviderId = identityProviderId;
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyExcludeOkta
{
    public readonly string IdentityProviderId;
    public readonly string Name;

    [OutputConstructor]
    private ZeroTrustAccessPolicyExcludeOkta(string identityProviderId, string name)
    {
        IdentityProviderId = identityProviderId;
        Name = name;
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyExcludeSaml
{
    public readonly string AttributeName;
    public readonly string AttributeValue;
    public readonly string IdentityProviderId;

    [OutputConstructor]
    private ZeroTrustAccessPolicyExcludeSaml(string attributeName, string attributeValue, string identityProviderId)
    {
        AttributeName = attributeName;
        AttributeValue = attributeValue;
        IdentityProviderId = identityProviderId;
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyExcludeServiceToken
{
    public readonly string TokenId;

    [OutputConstructor]
    private ZeroTrustAccessPolicyExcludeServiceToken(string tokenId)
    {
        TokenId = tokenId;
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyRequire
{
    public readonly Outputs.ZeroTrustAccessPolicyRequireAnyValidServiceToken? AnyValidServiceToken;
    public readonly Outputs.ZeroTrustAccessPolicyRequireAzureAd? AzureAd;
    public readonly Outputs.ZeroTrustAccessPolicyRequireCertificate? Certificate;
    public readonly Outputs.ZeroTrustAccessPolicyRequireEmail? Email;
    public readonly Outputs.ZeroTrustAccessPolicyRequireEmailDomain? EmailDomain;
    public readonly Outputs.ZeroTrustAccessPolicyRequireEmailList? EmailList;
    public readonly Outputs.ZeroTrustAccessPolicyRequireEveryone? Everyone;
    public readonly Outputs.ZeroTrustAccessPolicyRequireGeo? Geo;
    public readonly Outputs.ZeroTrustAccessPolicyRequireGroup? Group;
    public readonly Outputs.ZeroTrustAccessPolicyRequireGsuite? Gsuite;
    public readonly Outputs.ZeroTrustAccessPolicyRequireIp? Ip;
    public readonly Outputs.ZeroTrustAccessPolicyRequireIpList? IpList;
    public readonly Outputs.ZeroTrustAccessPolicyRequireOidc? Oidc;
    public readonly Outputs.ZeroTrustAccessPolicyRequireOkta? Okta;
    public readonly Outputs.ZeroTrustAccessPolicyRequireSaml? Saml;
    public readonly Outputs.ZeroTrustAccessPolicyRequireServiceToken? ServiceToken;

    [OutputConstructor]
    private ZeroTrustAccessPolicyRequire(Outputs.ZeroTrustAccessPolicyRequireAnyValidServiceToken? anyValidServiceToken, Outputs.ZeroTrustAccessPolicyRequireAzureAd? azureAd, Outputs.ZeroTrustAccessPolicyRequireCertificate? certificate, Outputs.ZeroTrustAccessPolicyRequireEmail? email, Outputs.ZeroTrustAccessPolicyRequireEmailDomain? emailDomain, Outputs.ZeroTrustAccessPolicyRequireEmailList? emailList, Outputs.ZeroTrustAccessPolicyRequireEveryone? everyone, Outputs.ZeroTrustAccessPolicyRequireGeo? geo, Outputs.ZeroTrustAccessPolicyRequireGroup? group, Outputs.ZeroTrustAccessPolicyRequireGsuite? gsuite, Outputs.ZeroTrustAccessPolicyRequireIp? ip, Outputs.ZeroTrustAccessPolicyRequireIpList? ipList, Outputs.ZeroTrustAccessPolicyRequireOidc? oidc, Outputs.ZeroTrustAccessPolicyRequireOkta? okta, Outputs.ZeroTrustAccessPolicyRequireSaml? saml, Outputs.ZeroTrustAccessPolicyRequireServiceToken? serviceToken)
    {
        AnyValidServiceToken = anyValidServiceToken;
        AzureAd = azureAd;
        Certificate = certificate;
        Email = email;
        EmailDomain = emailDomain;
        EmailList = emailList;
        Everyone = everyone;
        Geo = geo;
        Group = group;
        Gsuite = gsuite;
        Ip = ip;
        IpList = ipList;
        Oidc = oidc;
        Okta = okta;
        Saml = saml;
        ServiceToken = serviceToken;
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyRequireAnyValidServiceToken
{
    [OutputConstructor]
    private ZeroTrustAccessPolicyRequireAnyValidServiceToken()
    {
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyRequireAzureAd
{
    public readonly string Id;
    public readonly string IdentityProviderId;

    [OutputConstructor]
    private ZeroTrustAccessPolicyRequireAzureAd(string id, string identityProviderId)
    {
        Id = id;
        IdentityProviderId = identityProviderId;
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyRequireCertificate
{
    [OutputConstructor]
    private ZeroTrustAccessPolicyRequireCertificate()
    {
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyRequireEmail
{
    public readonly string Email;

    [OutputConstructor]
    private ZeroTrustAccessPolicyRequireEmail(string email)
    {
        Email = email;
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyRequireEmailDomain
{
    public readonly string Domain;

    [OutputConstructor]
    private ZeroTrustAccessPolicyRequireEmailDomain(string domain)
    {
        Domain = domain;
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyRequireEmailList
{
    public readonly string Id;

    [OutputConstructor]
    private ZeroTrustAccessPolicyRequireEmailList(string id)
    {
        Id = id;
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyRequireEveryone
{
    [OutputConstructor]
    private ZeroTrustAccessPolicyRequireEveryone()
    {
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyRequireGeo
{
    public readonly string CountryCode;

    [OutputConstructor]
    private ZeroTrustAccessPolicyRequireGeo(string countryCode)
    {
        CountryCode = countryCode;
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyRequireGroup
{
    public readonly string Id;

    [OutputConstructor]
    private ZeroTrustAccessPolicyRequireGroup(string id)
    {
        Id = id;
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyRequireGsuite
{
    public readonly string Email;
    public readonly string IdentityProviderId;

    [OutputConstructor]
    private ZeroTrustAccessPolicyRequireGsuite(string email, string identityProviderId)
    {
        Email = email;
        IdentityProviderId = identityProviderId;
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyRequireIp
{
    public readonly string Ip;

    [OutputConstructor]
    private ZeroTrustAccessPolicyRequireIp(string ip)
    {
        Ip = ip;
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyRequireIpList
{
    public readonly string Id;

    [OutputConstructor]
    private ZeroTrustAccessPolicyRequireIpList(string id)
    {
        Id = id;
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyRequireOidc
{
    public readonly string ClaimName;
    public readonly string ClaimValue;
    public readonly string IdentityProviderId;

    [OutputConstructor]
    private ZeroTrustAccessPolicyRequireOidc(string claimName, string claimValue, string identityProviderId)
    {
        ClaimName = claimName;
        ClaimValue = claimValue;
        IdentityProviderId = identityProviderId;
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyRequireOkta
{
    public readonly string IdentityProviderId;
    public readonly string Name;

    [OutputConstructor]
    private ZeroTrustAccessPolicyRequireOkta(string identityProviderId, string name)
    {
        IdentityProviderId = identityProviderId;
        Name = name;
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyRequireSaml
{
    public readonly string AttributeName;
    public readonly string AttributeValue;
    public readonly string IdentityProviderId;

    [OutputConstructor]
    private ZeroTrustAccessPolicyRequireSaml(string attributeName, string attributeValue, string identityProviderId)
    {
        AttributeName = attributeName;
        AttributeValue = attributeValue;
        IdentityProviderId = identityProviderId;
    }
}

[OutputType]
public sealed class ZeroTrustAccessPolicyRequireServiceToken
{
    public readonly string TokenId;

    [OutputConstructor]
    private ZeroTrustAccessPolicyRequireServiceToken(string tokenId)
    {
        TokenId = tokenId;
    }
}
