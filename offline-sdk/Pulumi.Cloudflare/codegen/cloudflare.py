# Writes the Pulumi.Cloudflare stand-in sources (resources, Inputs, Outputs) from the spec below.
# Members listed here were checked against pulumi/pulumi-cloudflare sdk/dotnet (6.x); see the report in the commit log.
import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen import *

BASE = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
NS = "Pulumi.Cloudflare"
ATTR = "CloudflareResourceType"
R = {"req"}; S = {"secret"}; N = set()

def res(r): write(f"{BASE}/{r['name']}.cs", resource_file(NS, ATTR, r))

# ---------- Workers ----------
binding_fields = [("bucketName","string",N),("certificateId","string",N),("className","string",N),("dataset","string",N),
    ("environment","string",N),("id","string",N),("indexName","string",N),("json","string",N),("name","string",R),
    ("namespace","string",N),("namespaceId","string",N),("queueName","string",N),("scriptName","string",N),
    ("secretName","string",N),("service","string",N),("storeId","string",N),("text","string",S),("type","string",R),
    ("workflowName","string",N)]
emit_nested(BASE, NS, "WorkersScript", {
    "WorkersScriptBinding": {"in": binding_fields,
        "out": [(w, t, "req" not in f) for (w, t, f) in binding_fields]},
    "WorkersScriptObservability": {"in": [("enabled","bool",R),("headSamplingRate","double",N)],
        "out": [("enabled","bool",False),("headSamplingRate","double",True)]},
    "WorkersScriptPlacement": {"in": [("mode","string",N)], "out": [("mode","string",True)]},
    "WorkersScriptTailConsumer": {"in": [("environment","string",N),("namespace","string",N),("service","string",R)],
        "out": [("environment","string",True),("namespace","string",True),("service","string",False)]},
})
res({"name": "WorkersScript", "token": "cloudflare:index/workersScript:WorkersScript",
    "outputs": [("accountId","string",False),("bindings","list:T:WorkersScriptBinding",False),("bodyPart","string",True),
        ("compatibilityDate","string",False),("compatibilityFlags","list:string",False),("content","string",True),
        ("contentFile","string",True),("contentSha256","string",True),("createdOn","string",False),("etag","string",False),
        ("hasAssets","bool",False),("hasModules","bool",False),("keepAssets","bool",True),("keepBindings","list:string",False),
        ("logpush","bool",False),("mainModule","string",True),("modifiedOn","string",False),
        ("observability","T:WorkersScriptObservability",True),("placement","T:WorkersScriptPlacement",False),
        ("scriptName","string",False),("startupTimeMs","int",False),("tailConsumers","list:T:WorkersScriptTailConsumer",False),
        ("usageModel","string",False)],
    "args": [("accountId","string",R),("bindings","list:T:WorkersScriptBinding",N),("bodyPart","string",N),
        ("compatibilityDate","string",N),("compatibilityFlags","list:string",N),("content","string",N),
        ("contentFile","string",N),("contentSha256","string",N),("keepAssets","bool",N),("keepBindings","list:string",N),
        ("logpush","bool",N),("mainModule","string",N),("observability","T:WorkersScriptObservability",N),
        ("placement","T:WorkersScriptPlacement",N),("scriptName","string",R),("tailConsumers","list:T:WorkersScriptTailConsumer",N),
        ("usageModel","string",N)]})

res({"name": "WorkersKvNamespace", "token": "cloudflare:index/workersKvNamespace:WorkersKvNamespace",
    "outputs": [("accountId","string",False),("beta","bool",False),("supportsUrlEncoding","bool",False),("title","string",False)],
    "args": [("accountId","string",R),("title","string",R)],
    "state": [("accountId","string",N),("beta","bool",N),("supportsUrlEncoding","bool",N),("title","string",N)]})

res({"name": "WorkersKv", "token": "cloudflare:index/workersKv:WorkersKv",
    "outputs": [("accountId","string",False),("keyName","string",False),
        ("namespaceId","string",False),("value","string",False)],
    "args": [("accountId","string",R),("keyName","string",R),("namespaceId","string",R),("value","string",R)],
    "state": [("accountId","string",N),("keyName","string",N),("namespaceId","string",N),("value","string",N)]})

res({"name": "WorkersRoute", "token": "cloudflare:index/workersRoute:WorkersRoute",
    "outputs": [("pattern","string",False),("script","string",False),("zoneId","string",False)],
    "args": [("pattern","string",R),("script","string",R),("zoneId","string",R)],
    "state": [("pattern","string",N),("script","string",N),("zoneId","string",N)]})

res({"name": "WorkersCustomDomain", "token": "cloudflare:index/workersCustomDomain:WorkersCustomDomain",
    "outputs": [("accountId","string",False),("environment","string",False),("hostname","string",False),
        ("service","string",False),("zoneId","string",False),("zoneName","string",False)],
    "args": [("accountId","string",R),("environment","string",R),("hostname","string",R),("service","string",R),("zoneId","string",R)],
    "state": [("accountId","string",N),("environment","string",N),("hostname","string",N),("service","string",N),
        ("zoneId","string",N),("zoneName","string",N)]})

# ---------- Access rules (shared shape for policy, group and application policy) ----------
RULE_LEAVES = [
    ("anyValidServiceToken", []),
    ("azureAd", [("id","string",R),("identityProviderId","string",R)]),
    ("certificate", []),
    ("email", [("email","string",R)]),
    ("emailDomain", [("domain","string",R)]),
    ("emailList", [("id","string",R)]),
    ("everyone", []),
    ("geo", [("countryCode","string",R)]),
    ("group", [("id","string",R)]),
    ("gsuite", [("email","string",R),("identityProviderId","string",R)]),
    ("ip", [("ip","string",R)]),
    ("ipList", [("id","string",R)]),
    ("oidc", [("claimName","string",R),("claimValue","string",R),("identityProviderId","string",R)]),
    ("okta", [("identityProviderId","string",R),("name","string",R)]),
    ("saml", [("attributeName","string",R),("attributeValue","string",R),("identityProviderId","string",R)]),
    ("serviceToken", [("tokenId","string",R)]),
]

def rule_types(prefix):
    types = {}
    for kind in ("Include", "Exclude", "Require"):
        rule = prefix + kind
        types[rule] = {"in": [(w, f"T:{rule}{pascal(w)}", N) for (w, _) in RULE_LEAVES],
                       "out": [(w, f"T:{rule}{pascal(w)}", True) for (w, _) in RULE_LEAVES]}
        for (w, fields) in RULE_LEAVES:
            types[f"{rule}{pascal(w)}"] = {"in": fields, "out": [(fw, ft, "req" not in ff) for (fw, ft, ff) in fields]}
    return types

emit_nested(BASE, NS, "ZeroTrustAccessPolicy", rule_types("ZeroTrustAccessPolicy"))
emit_nested(BASE, NS, "ZeroTrustAccessGroup", rule_types("ZeroTrustAccessGroup"))

res({"name": "ZeroTrustAccessPolicy", "token": "cloudflare:index/zeroTrustAccessPolicy:ZeroTrustAccessPolicy",
    "outputs": [("accountId","string",False),("appCount","int",False),("approvalRequired","bool",True),("createdAt","string",False),
        ("decision","string",False),("excludes","list:T:ZeroTrustAccessPolicyExclude",False),
        ("includes","list:T:ZeroTrustAccessPolicyInclude",False),("isolationRequired","bool",True),("name","string",False),
        ("purposeJustificationPrompt","string",True),("purposeJustificationRequired","bool",True),
        ("requires","list:T:ZeroTrustAccessPolicyRequire",False),("reusable","bool",False),("sessionDuration","string",False),
        ("updatedAt","string",False)],
    "args": [("accountId","string",R),("approvalRequired","bool",N),("decision","string",R),
        ("excludes","list:T:ZeroTrustAccessPolicyExclude",N),("includes","list:T:ZeroTrustAccessPolicyInclude",R),
        ("isolationRequired","bool",N),("name","string",R),("purposeJustificationPrompt","string",N),
        ("purposeJustificationRequired","bool",N),("requires","list:T:ZeroTrustAccessPolicyRequire",N),
        ("sessionDuration","string",N)]})

res({"name": "ZeroTrustAccessGroup", "token": "cloudflare:index/zeroTrustAccessGroup:ZeroTrustAccessGroup",
    "outputs": [("accountId","string",True),("excludes","list:T:ZeroTrustAccessGroupExclude",False),
        ("includes","list:T:ZeroTrustAccessGroupInclude",False),("isDefault","bool",True),("name","string",False),
        ("requires","list:T:ZeroTrustAccessGroupRequire",False),("zoneId","string",True)],
    "args": [("accountId","string",N),("excludes","list:T:ZeroTrustAccessGroupExclude",N),
        ("includes","list:T:ZeroTrustAccessGroupInclude",R),("isDefault","bool",N),("name","string",R),
        ("requires","list:T:ZeroTrustAccessGroupRequire",N),("zoneId","string",N)]})

# ---------- Access application ----------
app_types = rule_types("ZeroTrustAccessApplicationPolicy")
app_policy = [("decision","string",N),("excludes","list:T:ZeroTrustAccessApplicationPolicyExclude",N),("id","string",N),
    ("includes","list:T:ZeroTrustAccessApplicationPolicyInclude",N),("name","string",N),("precedence","int",N),
    ("requires","list:T:ZeroTrustAccessApplicationPolicyRequire",N)]
dest = [("cidr","string",N),("hostname","string",N),("l4Protocol","string",N),("portRange","string",N),
    ("type","string",N),("uri","string",N),("vnetId","string",N)]
app_types.update({
    "ZeroTrustAccessApplicationPolicy": {"in": app_policy, "out": [(w, t, True) for (w, t, f) in app_policy]},
    "ZeroTrustAccessApplicationDestination": {"in": dest, "out": [(w, t, True) for (w, t, f) in dest]},
})
emit_nested(BASE, NS, "ZeroTrustAccessApplication", app_types)

res({"name": "ZeroTrustAccessApplication", "token": "cloudflare:index/zeroTrustAccessApplication:ZeroTrustAccessApplication",
    "args_optional": True,
    "outputs": [("accountId","string",True),("allowAuthenticateViaWarp","bool",True),("allowedIdps","list:string",False),
        ("appLauncherLogoUrl","string",True),("appLauncherVisible","bool",False),("aud","string",False),
        ("autoRedirectToIdentity","bool",False),("bgColor","string",True),("createdAt","string",False),
        ("customDenyMessage","string",True),("customDenyUrl","string",True),("customNonIdentityDenyUrl","string",True),
        ("customPages","list:string",False),("destinations","list:T:ZeroTrustAccessApplicationDestination",False),
        ("domain","string",True),("enableBindingCookie","bool",False),("headerBgColor","string",True),
        ("httpOnlyCookieAttribute","bool",False),("logoUrl","string",True),("name","string",True),
        ("optionsPreflightBypass","bool",True),("pathCookieAttribute","bool",False),
        ("policies","list:T:ZeroTrustAccessApplicationPolicy",False),("readServiceTokensFromHeader","string",True),
        ("sameSiteCookieAttribute","string",True),("serviceAuth401Redirect","bool",True),("sessionDuration","string",False),
        ("skipAppLauncherLoginPage","bool",False),("skipInterstitial","bool",True),("tags","list:string",False),
        ("type","string",True),("updatedAt","string",False),("zoneId","string",True)],
    "args": [("accountId","string",N),("allowAuthenticateViaWarp","bool",N),("allowedIdps","list:string",N),
        ("appLauncherLogoUrl","string",N),("appLauncherVisible","bool",N),("autoRedirectToIdentity","bool",N),
        ("bgColor","string",N),("customDenyMessage","string",N),("customDenyUrl","string",N),
        ("customNonIdentityDenyUrl","string",N),("customPages","list:string",N),
        ("destinations","list:T:ZeroTrustAccessApplicationDestination",N),("domain","string",N),
        ("enableBindingCookie","bool",N),("headerBgColor","string",N),("httpOnlyCookieAttribute","bool",N),
        ("logoUrl","string",N),("name","string",N),("optionsPreflightBypass","bool",N),("pathCookieAttribute","bool",N),
        ("policies","list:T:ZeroTrustAccessApplicationPolicy",N),("readServiceTokensFromHeader","string",N),
        ("sameSiteCookieAttribute","string",N),("serviceAuth401Redirect","bool",N),("sessionDuration","string",N),
        ("skipAppLauncherLoginPage","bool",N),("skipInterstitial","bool",N),("tags","list:string",N),
        ("type","string",N),("zoneId","string",N)]})

# ---------- Service token, identity provider ----------
res({"name": "ZeroTrustAccessServiceToken", "token": "cloudflare:index/zeroTrustAccessServiceToken:ZeroTrustAccessServiceToken",
    "secret_outputs": ["clientSecret"],
    "outputs": [("accountId","string",True),("clientId","string",False),("clientSecret","string",False),
        ("clientSecretVersion","double",False),("duration","string",False),("expiresAt","string",False),("name","string",False),
        ("previousClientSecretExpiresAt","string",True),("zoneId","string",True)],
    "args": [("accountId","string",N),("clientSecretVersion","double",N),("duration","string",N),("name","string",R),
        ("previousClientSecretExpiresAt","string",N),("zoneId","string",N)],
    "state": [("accountId","string",N),("clientId","string",N),("clientSecret","string",S),("clientSecretVersion","double",N),
        ("duration","string",N),("expiresAt","string",N),("name","string",N),("previousClientSecretExpiresAt","string",N),
        ("zoneId","string",N)]})

idp_cfg = [("appsDomain","string",N),("attributes","list:string",N),("authUrl","string",N),("authorizationServerId","string",N),
    ("centrifyAccount","string",N),("centrifyAppId","string",N),("certsUrl","string",N),("claims","list:string",N),
    ("clientId","string",N),("clientSecret","string",S),("conditionalAccessEnabled","bool",N),("directoryId","string",N),
    ("emailAttributeName","string",N),("emailClaimName","string",N),("idpPublicCerts","list:string",N),("issuerUrl","string",N),
    ("oktaAccount","string",N),("oneloginAccount","string",N),("pingEnvId","string",N),("pkceEnabled","bool",N),
    ("prompt","string",N),("redirectUrl","string",N),("scopes","list:string",N),("signRequest","bool",N),
    ("ssoTargetUrl","string",N),("supportGroups","bool",N),("tokenUrl","string",N)]
emit_nested(BASE, NS, "ZeroTrustAccessIdentityProvider", {
    "ZeroTrustAccessIdentityProviderConfig": {"in": idp_cfg, "out": [(w, t, True) for (w, t, f) in idp_cfg]},
})
res({"name": "ZeroTrustAccessIdentityProvider", "token": "cloudflare:index/zeroTrustAccessIdentityProvider:ZeroTrustAccessIdentityProvider",
    "outputs": [("accountId","string",True),("config","T:ZeroTrustAccessIdentityProviderConfig",False),("name","string",False),
        ("type","string",False),("zoneId","string",True)],
    "args": [("accountId","string",N),("config","T:ZeroTrustAccessIdentityProviderConfig",R),("name","string",R),
        ("type","string",R),("zoneId","string",N)]})

# ---------- Tunnels ----------
res({"name": "ZeroTrustTunnelCloudflared", "token": "cloudflare:index/zeroTrustTunnelCloudflared:ZeroTrustTunnelCloudflared",
    "secret_outputs": ["tunnelSecret"],
    "outputs": [("accountId","string",False),("accountTag","string",False),("configSrc","string",False),
        ("connsActiveAt","string",False),("connsInactiveAt","string",False),("createdAt","string",False),
        ("deletedAt","string",False),("metadata","string",False),("name","string",False),("remoteConfig","bool",False),
        ("status","string",False),("tunType","string",False),("tunnelSecret","string",True)],
    "args": [("accountId","string",R),("configSrc","string",N),("name","string",R),("tunnelSecret","string",S)],
    "state": [("accountId","string",N),("accountTag","string",N),("configSrc","string",N),("createdAt","string",N),
        ("name","string",N),("status","string",N),("tunType","string",N),("tunnelSecret","string",S)]})

origin = [("caPool","string",N),("connectTimeout","int",N),("disableChunkedEncoding","bool",N),("http2Origin","bool",N),
    ("httpHostHeader","string",N),("keepAliveConnections","int",N),("keepAliveTimeout","int",N),("noHappyEyeballs","bool",N),
    ("noTlsVerify","bool",N),("originServerName","string",N),("proxyType","string",N),("tcpKeepAlive","int",N),
    ("tlsTimeout","int",N)]
ingress = [("hostname","string",N),("originRequest","T:ZeroTrustTunnelCloudflaredConfigConfigIngressOriginRequest",N),
    ("path","string",N),("service","string",R)]
config = [("ingresses","list:T:ZeroTrustTunnelCloudflaredConfigConfigIngress",N),
    ("originRequest","T:ZeroTrustTunnelCloudflaredConfigConfigOriginRequest",N)]
emit_nested(BASE, NS, "ZeroTrustTunnelCloudflaredConfig", {
    "ZeroTrustTunnelCloudflaredConfigConfig": {"in": config, "out": [(w, t, True) for (w, t, f) in config]},
    "ZeroTrustTunnelCloudflaredConfigConfigIngress": {"in": ingress, "out": [(w, t, "req" not in f) for (w, t, f) in ingress]},
    "ZeroTrustTunnelCloudflaredConfigConfigIngressOriginRequest": {"in": origin, "out": [(w, t, True) for (w, t, f) in origin]},
    "ZeroTrustTunnelCloudflaredConfigConfigOriginRequest": {"in": origin, "out": [(w, t, True) for (w, t, f) in origin]},
})
res({"name": "ZeroTrustTunnelCloudflaredConfig", "token": "cloudflare:index/zeroTrustTunnelCloudflaredConfig:ZeroTrustTunnelCloudflaredConfig",
    "outputs": [("accountId","string",False),("config","T:ZeroTrustTunnelCloudflaredConfigConfig",False),("createdAt","string",False),
        ("source","string",False),("tunnelId","string",False),("version","int",False)],
    "args": [("accountId","string",R),("config","T:ZeroTrustTunnelCloudflaredConfigConfig",N),("source","string",N),
        ("tunnelId","string",R)]})

# ---------- Logpush ----------
outopts = [("batchPrefix","string",N),("batchSuffix","string",N),("cve20214428","bool",N),("fieldDelimiter","string",N),
    ("fieldNames","list:string",N),("outputType","string",N),("recordDelimiter","string",N),("recordPrefix","string",N),
    ("recordSuffix","string",N),("recordTemplate","string",N),("sampleRate","double",N),("timestampFormat","string",N)]
emit_nested(BASE, NS, "LogpushJob", {
    "LogpushJobOutputOptions": {"in": outopts, "out": [(w, t, True) for (w, t, f) in outopts]},
})
res({"name": "LogpushJob", "token": "cloudflare:index/logpushJob:LogpushJob",
    "secret_outputs": ["ownershipChallenge"],
    "outputs": [("accountId","string",True),("dataset","string",False),("destinationConf","string",False),("enabled","bool",True),
        ("errorMessage","string",False),("kind","string",True),("lastComplete","string",False),("lastError","string",False),
        ("maxUploadBytes","int",True),("maxUploadIntervalSeconds","int",False),("maxUploadRecords","int",False),
        ("name","string",True),("outputOptions","T:LogpushJobOutputOptions",False),("ownershipChallenge","string",True),
        ("zoneId","string",True)],
    "args": [("accountId","string",N),("dataset","string",N),("destinationConf","string",R),("enabled","bool",N),
        ("kind","string",N),("maxUploadBytes","int",N),("maxUploadIntervalSeconds","int",N),("maxUploadRecords","int",N),
        ("name","string",N),("outputOptions","T:LogpushJobOutputOptions",N),("ownershipChallenge","string",S),
        ("zoneId","string",N)]})
print("cloudflare done")

# ---------- DNS ----------
# The members the project uses, checked against sdk/dotnet/DnsRecord.cs of the 6.x line (ttl is a required double) and
# the 6.17.0 declarations (comment and zoneId optional).
res({"name": "DnsRecord", "token": "cloudflare:index/dnsRecord:DnsRecord",
    "outputs": [("comment","string",True),("content","string",False),("createdOn","string",False),("meta","string",False),
        ("modifiedOn","string",False),("name","string",False),("proxiable","bool",False),("proxied","bool",False),
        ("ttl","double",False),("type","string",False),("zoneId","string",True)],
    "args": [("comment","string",N),("content","string",N),("name","string",R),("proxied","bool",N),
        ("ttl","double",R),("type","string",R),("zoneId","string",N)],
    "state": [("comment","string",N),("content","string",N),("name","string",N),("proxied","bool",N),
        ("ttl","double",N),("type","string",N),("zoneId","string",N)]})
