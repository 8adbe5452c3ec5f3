// The one place that knows how keys in POLICY_KV are spelled. The edge
// component (C#) writes the route policy under routePolicyKey(environment) and
// passes that key to the Worker as POLICY_KEY; the Worker alone writes the JWKS
// cache entries. contracts/route-policy.fixture.json pins the literal keys.

/** Prefix of the compiled route policy document, one per environment. */
export const ROUTE_POLICY_PREFIX = "route-policy:";

/** Prefix of cached JSON Web Key Sets, one per JWKS URL. */
export const JWKS_PREFIX = "jwks:v1:";

/** Prefix of cached, encrypted STS credentials, one per (role, caller, token) hash. */
export const STS_CREDENTIALS_PREFIX = "sts:v1:";

/** Longest key Workers KV accepts, in UTF-8 bytes. */
export const KV_KEY_MAX_BYTES = 512;

const ENVIRONMENT_NAME = /^[a-z][a-z0-9-]{0,62}$/;

/** KV key of the route policy document of an environment, e.g. "route-policy:prod". */
export function routePolicyKey(environment) {
  if (typeof environment !== "string" || !ENVIRONMENT_NAME.test(environment)) {
    throw new TypeError(`invalid environment name for a KV key: ${JSON.stringify(environment)}`);
  }
  return ROUTE_POLICY_PREFIX + environment;
}

/** KV key of the cached JWKS fetched from a URL, e.g. "jwks:v1:https://idp.example/keys". */
export function jwksKey(jwksUrl) {
  const key = JWKS_PREFIX + jwksUrl;
  if (new TextEncoder().encode(key).length > KV_KEY_MAX_BYTES) {
    throw new RangeError("JWKS URL too long for a KV key");
  }
  return key;
}

/** KV key of one cache id's encrypted STS credentials, e.g. "sts:v1:<64 hex digits>". */
export function stsCredentialsKey(id) {
  if (typeof id !== "string" || !/^[0-9a-f]{64}$/.test(id)) throw new TypeError("invalid credential cache id");
  return STS_CREDENTIALS_PREFIX + id;
}
