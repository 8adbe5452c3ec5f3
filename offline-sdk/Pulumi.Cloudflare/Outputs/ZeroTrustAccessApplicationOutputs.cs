using System.Collections.Immutable;

namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyInclude
{
    public readonly Outputs.ZeroTrustAccessApplicationPolicyIncludeAnyValidServiceToken? AnyValidServiceToken;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyIncludeAzureAd? AzureAd;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyIncludeCertificate? Certificate;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyIncludeEmail? Email;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyIncludeEmailDomain? EmailDomain;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyIncludeEmailList? EmailList;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyIncludeEveryone? Everyone;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyIncludeGeo? Geo;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyIncludeGroup? Group;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyIncludeGsuite? Gsuite;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyIncludeIp? Ip;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyIncludeIpList? IpList;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyIncludeOidc? Oidc;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyIncludeOkta? Okta;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyIncludeSaml? Saml;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyIncludeServiceToken? ServiceToken;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyInclude(Outputs.ZeroTrustAccessApplicationPolicyIncludeAnyValidServiceToken? anyValidServiceToken, Outputs.ZeroTrustAccessApplicationPolicyIncludeAzureAd? azureAd, Outputs.ZeroTrustAccessApplicationPolicyIncludeCertificate? certificate, Outputs.ZeroTrustAccessApplicationPolicyIncludeEmail? email, Outputs.ZeroTrustAccessApplicationPolicyIncludeEmailDomain? emailDomain, Outputs.ZeroTrustAccessApplicationPolicyIncludeEmailList? emailList, Outputs.ZeroTrustAccessApplicationPolicyIncludeEveryone? everyone, Outputs.ZeroTrustAccessApplicationPolicyIncludeGeo? geo, Outputs.ZeroTrustAccessApplicationPolicyIncludeGroup? group, Outputs.ZeroTrustAccessApplicationPolicyIncludeGsuite? gsuite, Outputs.ZeroTrustAccessApplicationPolicyIncludeIp? ip, Outputs.ZeroTrustAccessApplicationPolicyIncludeIpList? ipList, Outputs.ZeroTrustAccessApplicationPolicyIncludeOidc? oidc, Outputs.ZeroTrustAccessApplicationPolicyIncludeOkta? okta, Outputs.ZeroTrustAccessApplicationPolicyIncludeSaml? saml, Outputs.ZeroTrustAccessApplicationPolicyIncludeServiceToken? serviceToken)
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
public sealed class ZeroTrustAccessApplicationPolicyIncludeAnyValidServiceToken
{
    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyIncludeAnyValidServiceToken()
    {
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyIncludeAzureAd
{
    public readonly string Id;
    public readonly string IdentityProviderId;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyIncludeAzureAd(string id, string identityProviderId)
    {
        Id = id;
        IdentityProviderId = identityProviderId;
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyIncludeCertificate
{
    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyIncludeCertificate()
    {
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyIncludeEmail
{
    public readonly string Email;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyIncludeEmail(string email)
    {
        Email = email;
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyIncludeEmailDomain
{
    public readonly string Domain;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyIncludeEmailDomain(string domain)
    {
        Domain = domain;
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyIncludeEmailList
{
    public readonly string Id;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyIncludeEmailList(string id)
    {
        Id = id;
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyIncludeEveryone
{
    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyIncludeEveryone()
    {
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyIncludeGeo
{
    public readonly string CountryCode;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyIncludeGeo(string countryCode)
    {
        CountryCode = countryCode;
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyIncludeGroup
{
    public readonly string Id;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyIncludeGroup(string id)
    {
        Id = id;
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyIncludeGsuite
{
    public readonly string Email;
    public readonly string IdentityProviderId;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyIncludeGsuite(string email, string identityProviderId)
    {
        Email = email;
        IdentityProviderId = identityProviderId;
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyIncludeIp
{
    public readonly string Ip;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyIncludeIp(string ip)
    {
        Ip = ip;
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyIncludeIpList
{
    public readonly string Id;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyIncludeIpList(string id)
    {
        Id = id;
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyIncludeOidc
{
    public readonly string ClaimName;
    public readonly string ClaimValue;
    public readonly string IdentityProviderId;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyIncludeOidc(string claimName, string claimValue, string identityProviderId)
    {
        ClaimName = claimName;
        ClaimValue = claimValue;
        IdentityProviderId = identityProviderId;
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyIncludeOkta
{
    public readonly string IdentityProviderId;
    public readonly string Name;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyIncludeOkta(string identityProviderId, string name)
    {
        IdentityProviderId = identityProviderId;
        Name = name;
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyIncludeSaml
{
    public readonly string AttributeName;
    public readonly string AttributeValue;
    public readonly string IdentityProviderId;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyIncludeSaml(string attributeName, string attributeValue, string identityProviderId)
    {
        AttributeName = attributeName;
        AttributeValue = attributeValue;
        IdentityProviderId = identityProviderId;
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyIncludeServiceToken
{
    public readonly string TokenId;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyIncludeServiceToken(string tokenId)
    {
        TokenId = tokenId;
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyExclude
{
    public readonly Outputs.ZeroTrustAccessApplicationPolicyExcludeAnyValidServiceToken? AnyValidServiceToken;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyExcludeAzureAd? AzureAd;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyExcludeCertificate? Certificate;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyExcludeEmail? Email;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyExcludeEmailDomain? EmailDomain;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyExcludeEmailList? EmailList;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyExcludeEveryone? Everyone;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyExcludeGeo? Geo;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyExcludeGroup? Group;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyExcludeGsuite? Gsuite;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyExcludeIp? Ip;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyExcludeIpList? IpList;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyExcludeOidc? Oidc;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyExcludeOkta? Okta;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyExcludeSaml? Saml;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyExcludeServiceToken? ServiceToken;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyExclude(Outputs.ZeroTrustAccessApplicationPolicyExcludeAnyValidServiceToken? anyValidServiceToken, Outputs.ZeroTrustAccessApplicationPolicyExcludeAzureAd? azureAd, Outputs.ZeroTrustAccessApplicationPolicyExcludeCertificate? certificate, Outputs.ZeroTrustAccessApplicationPolicyExcludeEmail? email, Outputs.ZeroTrustAccessApplicationPolicyExcludeEmailDomain? emailDomain, Outputs.ZeroTrustAccessApplicationPolicyExcludeEmailList? emailList, Outputs.ZeroTrustAccessApplicationPolicyExcludeEveryone? everyone, Outputs.ZeroTrustAccessApplicationPolicyExcludeGeo? geo, Outputs.ZeroTrustAccessApplicationPolicyExcludeGroup? group, Outputs.ZeroTrustAccessApplicationPolicyExcludeGsuite? gsuite, Outputs.ZeroTrustAccessApplicationPolicyExcludeIp? ip, Outputs.ZeroTrustAccessApplicationPolicyExcludeIpList? ipList, Outputs.ZeroTrustAccessApplicationPolicyExcludeOidc? oidc, Outputs.ZeroTrustAccessApplicationPolicyExcludeOkta? okta, Outputs.ZeroTrustAccessApplicationPolicyExcludeSaml? saml, Outputs.ZeroTrustAccessApplicationPolicyExcludeServiceToken? serviceToken)
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
public sealed class ZeroTrustAccessApplicationPolicyExcludeAnyValidServiceToken
{
    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyExcludeAnyValidServiceToken()
    {
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyExcludeAzureAd
{
    public readonly string Id;
    public readonly string IdentityProviderId;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyExcludeAzureAd(string id, string identityProviderId)
    {
        Id = id;
        IdentityProviderId = identityProviderId;
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyExcludeCertificate
{
    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyExcludeCertificate()
    {
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyExcludeEmail
{
    public readonly string Email;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyExcludeEmail(string email)
    {
        Email = email;
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyExcludeEmailDomain
{
    public readonly string Domain;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyExcludeEmailDomain(string domain)
    {
        Domain = domain;
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyExcludeEmailList
{
    public readonly string Id;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyExcludeEmailList(string id)
    {
        Id = id;
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyExcludeEveryone
{
    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyExcludeEveryone()
    {
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyExcludeGeo
{
    public readonly string CountryCode;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyExcludeGeo(string countryCode)
    {
        CountryCode = countryCode;
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyExcludeGroup
{
    public readonly string Id;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyExcludeGroup(string id)
    {
        Id = id;
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyExcludeGsuite
{
    public readonly string Email;
    public readonly string IdentityProviderId;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyExcludeGsuite(string email, string identityProviderId)
    {
        Email = email;
        IdentityProviderId = identityProviderId;
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyExcludeIp
{
    public readonly string Ip;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyExcludeIp(string ip)
    {
        Ip = ip;
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyExcludeIpList
{
    public readonly string Id;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyExcludeIpList(string id)
    {
        Id = id;
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyExcludeOidc
{
    public readonly string ClaimName;
    public readonly string ClaimValue;
    public readonly string IdentityProviderId;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyExcludeOidc(string claimName, string claimValue, string identityProviderId)
    {
        ClaimName = claimName;
        ClaimValue = claimValue;
        IdentityProviderId = identityProviderId;
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyExcludeOkta
{
    public readonly string IdentityProviderId;
    public readonly string Name;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyExcludeOkta(string identityProviderId, string name)
    {
        IdentityProviderId = identityProviderId;
        Name = name;
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyExcludeSaml
{
    public readonly string AttributeName;
    public readonly string AttributeValue;
    public readonly string IdentityProviderId;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyExcludeSaml(string attributeName, string attributeValue, string identityProviderId)
    {
        AttributeName = attributeName;
        AttributeValue = attributeValue;
        IdentityProviderId = identityProviderId;
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyExcludeServiceToken
{
    public readonly string TokenId;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyExcludeServiceToken(string tokenId)
    {
        TokenId = tokenId;
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyRequire
{
    public readonly Outputs.ZeroTrustAccessApplicationPolicyRequireAnyValidServiceToken? AnyValidServiceToken;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyRequireAzureAd? AzureAd;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyRequireCertificate? Certificate;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyRequireEmail? Email;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyRequireEmailDomain? EmailDomain;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyRequireEmailList? EmailList;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyRequireEveryone? Everyone;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyRequireGeo? Geo;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyRequireGroup? Group;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyRequireGsuite? Gsuite;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyRequireIp? Ip;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyRequireIpList? IpList;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyRequireOidc? Oidc;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyRequireOkta? Okta;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyRequireSaml? Saml;
    public readonly Outputs.ZeroTrustAccessApplicationPolicyRequireServiceToken? ServiceToken;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyRequire(Outputs.ZeroTrustAccessApplicationPolicyRequireAnyValidServiceToken? anyValidServiceToken, Outputs.ZeroTrustAccessApplicationPolicyRequireAzureAd? azureAd, Outputs.ZeroTrustAccessApplicationPolicyRequireCertificate? certificate, Outputs.ZeroTrustAccessApplicationPolicyRequireEmail? email, Outputs.ZeroTrustAccessApplicationPolicyRequireEmailDomain? emailDomain, Outputs.ZeroTrustAccessApplicationPolicyRequireEmailList? emailList, Outputs.ZeroTrustAccessApplicationPolicyRequireEveryone? everyone, Outputs.ZeroTrustAccessApplicationPolicyRequireGeo? geo, Outputs.ZeroTrustAccessApplicationPolicyRequireGroup? group, Outputs.ZeroTrustAccessApplicationPolicyRequireGsuite? gsuite, Outputs.ZeroTrustAccessApplicationPolicyRequireIp? ip, Outputs.ZeroTrustAccessApplicationPolicyRequireIpList? ipList, Outputs.ZeroTrustAccessApplicationPolicyRequireOidc? oidc, Outputs.ZeroTrustAccessApplicationPolicyRequireOkta? okta, Outputs.ZeroTrustAccessApplicationPolicyRequireSaml? saml, Outputs.ZeroTrustAccessApplicationPolicyRequireServiceToken? serviceToken)
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
public sealed class ZeroTrustAccessApplicationPolicyRequireAnyValidServiceToken
{
    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyRequireAnyValidServiceToken()
    {
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyRequireAzureAd
{
    public readonly string Id;
    public readonly string IdentityProviderId;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyRequireAzureAd(string id, string identityProviderId)
    {
        Id = id;
        IdentityProviderId = identityProviderId;
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyRequireCertificate
{
    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyRequireCertificate()
    {
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyRequireEmail
{
    public readonly string Email;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyRequireEmail(string email)
    {
        Email = email;
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyRequireEmailDomain
{
    public readonly string Domain;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyRequireEmailDomain(string domain)
    {
        Domain = domain;
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyRequireEmailList
{
    public readonly string Id;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyRequireEmailList(string id)
    {
        Id = id;
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyRequireEveryone
{
    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyRequireEveryone()
    {
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyRequireGeo
{
    public readonly string CountryCode;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyRequireGeo(string countryCode)
    {
        CountryCode = countryCode;
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyRequireGroup
{
    public readonly string Id;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyRequireGroup(string id)
    {
        Id = id;
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyRequireGsuite
{
    public readonly string Email;
    public readonly string IdentityProviderId;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyRequireGsuite(string email, string identityProviderId)
    {
        Email = email;
        IdentityProviderId = identityProviderId;
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyRequireIp
{
    public readonly string Ip;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyRequireIp(string ip)
    {
        Ip = ip;
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyRequireIpList
{
    public readonly string Id;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyRequireIpList(string id)
    {
        Id = id;
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyRequireOidc
{
    public readonly string ClaimName;
    public readonly string ClaimValue;
    public readonly string IdentityProviderId;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyRequireOidc(string claimName, string claimValue, string identityProviderId)
    {
        ClaimName = claimName;
        ClaimValue = claimValue;
        IdentityProviderId = identityProviderId;
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyRequireOkta
{
    public readonly string IdentityProviderId;
    public readonly string Name;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyRequireOkta(string identityProviderId, string name)
    {
        IdentityProviderId = identityProviderId;
        Name = name;
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyRequireSaml
{
    public readonly string AttributeName;
    public readonly string AttributeValue;
    public readonly string IdentityProviderId;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyRequireSaml(string attributeName, string attributeValue, string identityProviderId)
    {
        AttributeName = attributeName;
        AttributeValue = attributeValue;
        IdentityProviderId = identityProviderId;
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicyRequireServiceToken
{
    public readonly string TokenId;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicyRequireServiceToken(string tokenId)
    {
        TokenId = tokenId;
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicy
{
    public readonly string? Decision;
    public readonly ImmutableArray<Outputs.ZeroTrustAccessApplicationPolicyExclude> Excludes;
    public readonly string? Id;
    public readonly ImmutableArray<Outputs.ZeroTrustAccessApplicationPolicyInclude> Includes;
    public readonly string? Name;
    public readonly int? Precedence;
    public readonly ImmutableArray<Outputs.ZeroTrustAccessApplicationPolicyRequire> Requires;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicy(string? decision, ImmutableArray<Outputs.ZeroTrustAccessApplicationPolicyExclude> excludes, string? id, ImmutableArray<Outputs.ZeroTrustAccessApplicationPolicyInclude> includes, string? name, int? precedence, ImmutableArray<Outputs.ZeroTrustAccessApplicationPolicyRequire> requires)
    {
        Decision = decision;
        Excludes = excludes;
        Id = id;
        Includes = includes;
        Name = name;
        Precedence = precedence;
        Requires = requires;
    }
}

[OutputType]
public sealed class ZeroTrustAccessApplicationDestination
{
    public readonly string? Cidr;
    public readonly string? Hostname;
    public readonly string? L4Protocol;
    public readonly string? PortRange;
    public readonly string? Type;
    public readonly string? Uri;
    public readonly string? VnetId;

    [OutputConstructor]
    private ZeroTrustAccessApplicationDestination(string? cidr, string? hostname, string? l4Protocol, string? portRange, string? type, string? uri, string? vnetId)
    {
        Cidr = cidr;
        Hostname = hostname;
        L4Protocol = l4Protocol;
        PortRange = portRange;
        Type = type;
        Uri = uri;
        VnetId = vnetId;
    }
}
