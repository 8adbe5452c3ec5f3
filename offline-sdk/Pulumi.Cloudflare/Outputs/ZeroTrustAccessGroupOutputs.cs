namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class ZeroTrustAccessGroupInclude
{
    public readonly Outputs.ZeroTrustAccessGroupIncludeAnyValidServiceToken? AnyValidServiceToken;
    public readonly Outputs.ZeroTrustAccessGroupIncludeAzureAd? AzureAd;
    public readonly Outputs.ZeroTrustAccessGroupIncludeCertificate? Certificate;
    public readonly Outputs.ZeroTrustAccessGroupIncludeEmail? Email;
    public readonly Outputs.ZeroTrustAccessGroupIncludeEmailDomain? EmailDomain;
    public readonly Outputs.ZeroTrustAccessGroupIncludeEmailList? EmailList;
    public readonly Outputs.ZeroTrustAccessGroupIncludeEveryone? Everyone;
    public readonly Outputs.ZeroTrustAccessGroupIncludeGeo? Geo;
    public readonly Outputs.ZeroTrustAccessGroupIncludeGroup? Group;
    public readonly Outputs.ZeroTrustAccessGroupIncludeGsuite? Gsuite;
    public readonly Outputs.ZeroTrustAccessGroupIncludeIp? Ip;
    public readonly Outputs.ZeroTrustAccessGroupIncludeIpList? IpList;
    public readonly Outputs.ZeroTrustAccessGroupIncludeOidc? Oidc;
    public readonly Outputs.ZeroTrustAccessGroupIncludeOkta? Okta;
    public readonly Outputs.ZeroTrustAccessGroupIncludeSaml? Saml;
    public readonly Outputs.ZeroTrustAccessGroupIncludeServiceToken? ServiceToken;

    [OutputConstructor]
    private ZeroTrustAccessGroupInclude(Outputs.ZeroTrustAccessGroupIncludeAnyValidServiceToken? anyValidServiceToken, Outputs.ZeroTrustAccessGroupIncludeAzureAd? azureAd, Outputs.ZeroTrustAccessGroupIncludeCertificate? certificate, Outputs.ZeroTrustAccessGroupIncludeEmail? email, Outputs.ZeroTrustAccessGroupIncludeEmailDomain? emailDomain, Outputs.ZeroTrustAccessGroupIncludeEmailList? emailList, Outputs.ZeroTrustAccessGroupIncludeEveryone? everyone, Outputs.ZeroTrustAccessGroupIncludeGeo? geo, Outputs.ZeroTrustAccessGroupIncludeGroup? group, Outputs.ZeroTrustAccessGroupIncludeGsuite? gsuite, Outputs.ZeroTrustAccessGroupIncludeIp? ip, Outputs.ZeroTrustAccessGroupIncludeIpList? ipList, Outputs.ZeroTrustAccessGroupIncludeOidc? oidc, Outputs.ZeroTrustAccessGroupIncludeOkta? okta, Outputs.ZeroTrustAccessGroupIncludeSaml? saml, Outputs.ZeroTrustAccessGroupIncludeServiceToken? serviceToken)
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
public sealed class ZeroTrustAccessGroupIncludeAnyValidServiceToken
{
    [OutputConstructor]
    private ZeroTrustAccessGroupIncludeAnyValidServiceToken()
    {
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupIncludeAzureAd
{
    public readonly string Id;
    public readonly string IdentityProviderId;

    [OutputConstructor]
    private ZeroTrustAccessGroupIncludeAzureAd(string id, string identityProviderId)
    {
        Id = id;
        IdentityProviderId = identityProviderId;
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupIncludeCertificate
{
    [OutputConstructor]
    private ZeroTrustAccessGroupIncludeCertificate()
    {
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupIncludeEmail
{
    public readonly string Email;

    [OutputConstructor]
    private ZeroTrustAccessGroupIncludeEmail(string email)
    {
        Email = email;
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupIncludeEmailDomain
{
    public readonly string Domain;

    [OutputConstructor]
    private ZeroTrustAccessGroupIncludeEmailDomain(string domain)
    {
        Domain = domain;
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupIncludeEmailList
{
    public readonly string Id;

    [OutputConstructor]
    private ZeroTrustAccessGroupIncludeEmailList(string id)
    {
        Id = id;
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupIncludeEveryone
{
    [OutputConstructor]
    private ZeroTrustAccessGroupIncludeEveryone()
    {
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupIncludeGeo
{
    public readonly string CountryCode;

    [OutputConstructor]
    private ZeroTrustAccessGroupIncludeGeo(string countryCode)
    {
        CountryCode = countryCode;
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupIncludeGroup
{
    public readonly string Id;

    [OutputConstructor]
    private ZeroTrustAccessGroupIncludeGroup(string id)
    {
        Id = id;
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupIncludeGsuite
{
    public readonly string Email;
    public readonly string IdentityProviderId;

    [OutputConstructor]
    private ZeroTrustAccessGroupIncludeGsuite(string email, string identityProviderId)
    {
        Email = email;
        IdentityProviderId = identityProviderId;
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupIncludeIp
{
    public readonly string Ip;

    [OutputConstructor]
    private ZeroTrustAccessGroupIncludeIp(string ip)
    {
        Ip = ip;
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupIncludeIpList
{
    public readonly string Id;

    [OutputConstructor]
    private ZeroTrustAccessGroupIncludeIpList(string id)
    {
        Id = id;
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupIncludeOidc
{
    public readonly string ClaimName;
    public readonly string ClaimValue;
    public readonly string IdentityProviderId;

    [OutputConstructor]
    private ZeroTrustAccessGroupIncludeOidc(string claimName, string claimValue, string identityProviderId)
    {
        ClaimName = claimName;
        ClaimValue = claimValue;
        IdentityProviderId = identityProviderId;
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupIncludeOkta
{
    public readonly string IdentityProviderId;
    public readonly string Name;

    [OutputConstructor]
    private ZeroTrustAccessGroupIncludeOkta(string identityProviderId, string name)
    {
        IdentityProviderId = identityProviderId;
        Name = name;
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupIncludeSaml
{
    public readonly string AttributeName;
    public readonly string AttributeValue;
    public readonly string IdentityProviderId;

    [OutputConstructor]
    private ZeroTrustAccessGroupIncludeSaml(string attributeName, string attributeValue, string identityProviderId)
    {
        AttributeName = attributeName;
        AttributeValue = attributeValue;
        IdentityProviderId = identityProviderId;
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupIncludeServiceToken
{
    public readonly string TokenId;

    [OutputConstructor]
    private ZeroTrustAccessGroupIncludeServiceToken(string tokenId)
    {
        TokenId = tokenId;
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupExclude
{
    public readonly Outputs.ZeroTrustAccessGroupExcludeAnyValidServiceToken? AnyValidServiceToken;
    public readonly Outputs.ZeroTrustAccessGroupExcludeAzureAd? AzureAd;
    public readonly Outputs.ZeroTrustAccessGroupExcludeCertificate? Certificate;
    public readonly Outputs.ZeroTrustAccessGroupExcludeEmail? Email;
    public readonly Outputs.ZeroTrustAccessGroupExcludeEmailDomain? EmailDomain;
    public readonly Outputs.ZeroTrustAccessGroupExcludeEmailList? EmailList;
    public readonly Outputs.ZeroTrustAccessGroupExcludeEveryone? Everyone;
    public readonly Outputs.ZeroTrustAccessGroupExcludeGeo? Geo;
    public readonly Outputs.ZeroTrustAccessGroupExcludeGroup? Group;
    public readonly Outputs.ZeroTrustAccessGroupExcludeGsuite? Gsuite;
    public readonly Outputs.ZeroTrustAccessGroupExcludeIp? Ip;
    public readonly Outputs.ZeroTrustAccessGroupExcludeIpList? IpList;
    public readonly Outputs.ZeroTrustAccessGroupExcludeOidc? Oidc;
    public readonly Outputs.ZeroTrustAccessGroupExcludeOkta? Okta;
    public readonly Outputs.ZeroTrustAccessGroupExcludeSaml? Saml;
    public readonly Outputs.ZeroTrustAccessGroupExcludeServiceToken? ServiceToken;

    [OutputConstructor]
    private ZeroTrustAccessGroupExclude(Outputs.ZeroTrustAccessGroupExcludeAnyValidServiceToken? anyValidServiceToken, Outputs.ZeroTrustAccessGroupExcludeAzureAd? azureAd, Outputs.ZeroTrustAccessGroupExcludeCertificate? certificate, Outputs.ZeroTrustAccessGroupExcludeEmail? email, Outputs.ZeroTrustAccessGroupExcludeEmailDomain? emailDomain, Outputs.ZeroTrustAccessGroupExcludeEmailList? emailList, Outputs.ZeroTrustAccessGroupExcludeEveryone? everyone, Outputs.ZeroTrustAccessGroupExcludeGeo? geo, Outputs.ZeroTrustAccessGroupExcludeGroup? group, Outputs.ZeroTrustAccessGroupExcludeGsuite? gsuite, Outputs.ZeroTrustAccessGroupExcludeIp? ip, Outputs.ZeroTrustAccessGroupExcludeIpList? ipList, Outputs.ZeroTrustAccessGroupExcludeOidc? oidc, Outputs.ZeroTrustAccessGroupExcludeOkta? okta, Outputs.ZeroTrustAccessGroupExcludeSaml? saml, Outputs.ZeroTrustAccessGroupExcludeServiceToken? serviceToken)
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
public sealed class ZeroTrustAccessGroupExcludeAnyValidServiceToken
{
    [OutputConstructor]
    private ZeroTrustAccessGroupExcludeAnyValidServiceToken()
    {
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupExcludeAzureAd
{
    public readonly string Id;
    public readonly string IdentityProviderId;

    [OutputConstructor]
    private ZeroTrustAccessGroupExcludeAzureAd(string id, string identityProviderId)
    {
        Id = id;
        IdentityProviderId = identityProviderId;
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupExcludeCertificate
{
    [OutputConstructor]
    private ZeroTrustAccessGroupExcludeCertificate()
    {
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupExcludeEmail
{
    public readonly string Email;

    [OutputConstructor]
    private ZeroTrustAccessGroupExcludeEmail(string email)
    {
        Email = email;
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupExcludeEmailDomain
{
    public readonly string Domain;

    [OutputConstructor]
    private ZeroTrustAccessGroupExcludeEmailDomain(string domain)
    {
        Domain = domain;
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupExcludeEmailList
{
    public readonly string Id;

    [OutputConstructor]
    private ZeroTrustAccessGroupExcludeEmailList(string id)
    {
        Id = id;
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupExcludeEveryone
{
    [OutputConstructor]
    private ZeroTrustAccessGroupExcludeEveryone()
    {
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupExcludeGeo
{
    public readonly string CountryCode;

    [OutputConstructor]
    private ZeroTrustAccessGroupExcludeGeo(string countryCode)
    {
        CountryCode = countryCode;
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupExcludeGroup
{
    public readonly string Id;

    [OutputConstructor]
    private ZeroTrustAccessGroupExcludeGroup(string id)
    {
        Id = id;
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupExcludeGsuite
{
    public readonly string Email;
    public readonly string IdentityProviderId;

    [OutputConstructor]
    private ZeroTrustAccessGroupExcludeGsuite(string email, string identityProviderId)
    {
        Email = email;
        IdentityProviderId = identityProviderId;
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupExcludeIp
{
    public readonly string Ip;

    [OutputConstructor]
    private ZeroTrustAccessGroupExcludeIp(string ip)
    {
        Ip = ip;
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupExcludeIpList
{
    public readonly string Id;

    [OutputConstructor]
    private ZeroTrustAccessGroupExcludeIpList(string id)
    {
        Id = id;
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupExcludeOidc
{
    public readonly string ClaimName;
    public readonly string ClaimValue;
    public readonly string IdentityProviderId;

    [OutputConstructor]
    private ZeroTrustAccessGroupExcludeOidc(string claimName, string claimValue, string identityProviderId)
    {
        ClaimName = claimName;
        ClaimValue = claimValue;
        IdentityProviderId = identityProviderId;
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupExcludeOkta
{
    public readonly string IdentityProviderId;
    public readonly string Name;

    [OutputConstructor]
    private ZeroTrustAccessGroupExcludeOkta(string identityProviderId, string name)
    {
        IdentityProviderId = identityProviderId;
        Name = name;
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupExcludeSaml
{
    public readonly string AttributeName;
    public readonly string AttributeValue;
    public readonly string IdentityProviderId;

    [OutputConstructor]
    private ZeroTrustAccessGroupExcludeSaml(string attributeName, string attributeValue, string identityProviderId)
    {
        AttributeName = attributeName;
        AttributeValue = attributeValue;
        IdentityProviderId = identityProviderId;
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupExcludeServiceToken
{
    public readonly string TokenId;

    [OutputConstructor]
    private ZeroTrustAccessGroupExcludeServiceToken(string tokenId)
    {
        TokenId = tokenId;
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupRequire
{
    public readonly Outputs.ZeroTrustAccessGroupRequireAnyValidServiceToken? AnyValidServiceToken;
    public readonly Outputs.ZeroTrustAccessGroupRequireAzureAd? AzureAd;
    public readonly Outputs.ZeroTrustAccessGroupRequireCertificate? Certificate;
    public readonly Outputs.ZeroTrustAccessGroupRequireEmail? Email;
    public readonly Outputs.ZeroTrustAccessGroupRequireEmailDomain? EmailDomain;
    public readonly Outputs.ZeroTrustAccessGroupRequireEmailList? EmailList;
    public readonly Outputs.ZeroTrustAccessGroupRequireEveryone? Everyone;
    public readonly Outputs.ZeroTrustAccessGroupRequireGeo? Geo;
    public readonly Outputs.ZeroTrustAccessGroupRequireGroup? Group;
    public readonly Outputs.ZeroTrustAccessGroupRequireGsuite? Gsuite;
    public readonly Outputs.ZeroTrustAccessGroupRequireIp? Ip;
    public readonly Outputs.ZeroTrustAccessGroupRequireIpList? IpList;
    public readonly Outputs.ZeroTrustAccessGroupRequireOidc? Oidc;
    public readonly Outputs.ZeroTrustAccessGroupRequireOkta? Okta;
    public readonly Outputs.ZeroTrustAccessGroupRequireSaml? Saml;
    public readonly Outputs.ZeroTrustAccessGroupRequireServiceToken? ServiceToken;

    [OutputConstructor]
    private ZeroTrustAccessGroupRequire(Outputs.ZeroTrustAccessGroupRequireAnyValidServiceToken? anyValidServiceToken, Outputs.ZeroTrustAccessGroupRequireAzureAd? azureAd, Outputs.ZeroTrustAccessGroupRequireCertificate? certificate, Outputs.ZeroTrustAccessGroupRequireEmail? email, Outputs.ZeroTrustAccessGroupRequireEmailDomain? emailDomain, Outputs.ZeroTrustAccessGroupRequireEmailList? emailList, Outputs.ZeroTrustAccessGroupRequireEveryone? everyone, Outputs.ZeroTrustAccessGroupRequireGeo? geo, Outputs.ZeroTrustAccessGroupRequireGroup? group, Outputs.ZeroTrustAccessGroupRequireGsuite? gsuite, Outputs.ZeroTrustAccessGroupRequireIp? ip, Outputs.ZeroTrustAccessGroupRequireIpList? ipList, Outputs.ZeroTrustAccessGroupRequireOidc? oidc, Outputs.ZeroTrustAccessGroupRequireOkta? okta, Outputs.ZeroTrustAccessGroupRequireSaml? saml, Outputs.ZeroTrustAccessGroupRequireServiceToken? serviceToken)
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
public sealed class ZeroTrustAccessGroupRequireAnyValidServiceToken
{
    [OutputConstructor]
    private ZeroTrustAccessGroupRequireAnyValidServiceToken()
    {
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupRequireAzureAd
{
    public readonly string Id;
    public readonly string IdentityProviderId;

    [OutputConstructor]
    private ZeroTrustAccessGroupRequireAzureAd(string id, string identityProviderId)
    {
        Id = id;
        IdentityProviderId = identityProviderId;
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupRequireCertificate
{
    [OutputConstructor]
    private ZeroTrustAccessGroupRequireCertificate()
    {
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupRequireEmail
{
    public readonly string Email;

    [OutputConstructor]
    private ZeroTrustAccessGroupRequireEmail(string email)
    {
        Email = email;
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupRequireEmailDomain
{
    public readonly string Domain;

    [OutputConstructor]
    private ZeroTrustAccessGroupRequireEmailDomain(string domain)
    {
        Domain = domain;
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupRequireEmailList
{
    public readonly string Id;

    [OutputConstructor]
    private ZeroTrustAccessGroupRequireEmailList(string id)
    {
        Id = id;
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupRequireEveryone
{
    [OutputConstructor]
    private ZeroTrustAccessGroupRequireEveryone()
    {
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupRequireGeo
{
    public readonly string CountryCode;

    [OutputConstructor]
    private ZeroTrustAccessGroupRequireGeo(string countryCode)
    {
        CountryCode = countryCode;
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupRequireGroup
{
    public readonly string Id;

    [OutputConstructor]
    private ZeroTrustAccessGroupRequireGroup(string id)
    {
        Id = id;
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupRequireGsuite
{
    public readonly string Email;
    public readonly string IdentityProviderId;

    [OutputConstructor]
    private ZeroTrustAccessGroupRequireGsuite(string email, string identityProviderId)
    {
        Email = email;
        IdentityProviderId = identityProviderId;
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupRequireIp
{
    public readonly string Ip;

    [OutputConstructor]
    private ZeroTrustAccessGroupRequireIp(string ip)
    {
        Ip = ip;
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupRequireIpList
{
    public readonly string Id;

    [OutputConstructor]
    private ZeroTrustAccessGroupRequireIpList(string id)
    {
        Id = id;
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupRequireOidc
{
    public readonly string ClaimName;
    public readonly string ClaimValue;
    public readonly string IdentityProviderId;

    [OutputConstructor]
    private ZeroTrustAccessGroupRequireOidc(string claimName, string claimValue, string identityProviderId)
    {
        ClaimName = claimName;
        ClaimValue = claimValue;
        IdentityProviderId = identityProviderId;
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupRequireOkta
{
    public readonly string IdentityProviderId;
    public readonly string Name;

    [OutputConstructor]
    private ZeroTrustAccessGroupRequireOkta(string identityProviderId, string name)
    {
        IdentityProviderId = identityProviderId;
        Name = name;
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupRequireSaml
{
    public readonly string AttributeName;
    public readonly string AttributeValue;
    public readonly string IdentityProviderId;

    [OutputConstructor]
    private ZeroTrustAccessGroupRequireSaml(string attributeName, string attributeValue, string identityProviderId)
    {
        AttributeName = attributeName;
        AttributeValue = attributeValue;
        IdentityProviderId = identityProviderId;
    }
}

[OutputType]
public sealed class ZeroTrustAccessGroupRequireServiceToken
{
    public readonly string TokenId;

    [OutputConstructor]
    private ZeroTrustAccessGroupRequireServiceToken(string tokenId)
    {
        TokenId = tokenId;
    }
}
