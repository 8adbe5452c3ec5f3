// Reads and checks AUTH_CONFIG (the identity providers) once per isolate. A
// provider that allows "none" or a symmetric algorithm is a configuration error:
// the Worker refuses to verify with it rather than quietly weakening a check.
import { verifyParams } from "./jwk-import.js";
import { jsonBindingValue, memoizedPerBinding } from "./json-binding.js";
import { EdgeError } from "./problem.js";

export const PROVIDER_KINDS = Object.freeze(["oidc", "access"]);
export const DEFAULT_CLOCK_SKEW_SECONDS = 60;
export const MAX_CLOCK_SKEW_SECONDS = 300;
export const DEFAULT_MAX_TOKEN_AGE_SECONDS = 3600;
export const MAX_TOKEN_AGE_LIMIT_SECONDS = 86400;
const DEFAULT_CLAIMS = Object.freeze({ subject: "sub", groups: "groups", email: "email" });
// The provider's name qualifies its users' subjects in the identity assertion (user:<name>:<sub>),
// so it never holds the ":" that ends it (the catalog's names are a subset).
const PROVIDER_NAME = /^[a-z0-9][a-z0-9-]*$/;

function fail(reason) {
  throw new EdgeError("edge-misconfigured", reason);
}

function nonEmptyString(v) {
  return typeof v === "string" && v.length > 0;
}

function boundedSeconds(value, fallback, max, name) {
  if (value === undefined || value === null) return fallback;
  if (!Number.isInteger(value) || value < 0 || value > max) fail(`auth-config-${name}-out-of-range`);
  return value;
}

function parseProvider(p, index) {
  if (!p || typeof p !== "object") fail(`auth-config-provider-${index}-not-object`);
  const { name, kind, issuer, audiences, jwksUrl, algorithms } = p;
  if (typeof name !== "string" || !PROVIDER_NAME.test(name)) fail(`auth-config-provider-${index}-name`);
  if (!PROVIDER_KINDS.includes(kind)) fail(`auth-config-provider-${name}-kind`);
  if (!nonEmptyString(issuer)) fail(`auth-config-provider-${name}-issuer`);
  if (!Array.isArray(audiences) || audiences.length === 0 || !audiences.every(nonEmptyString)) {
    fail(`auth-config-provider-${name}-audiences`);
  }
  let url;
  try {
    url = new URL(jwksUrl);
  } catch {
    fail(`auth-config-provider-${name}-jwks-url`);
  }
  if (url.protocol !== "https:") fail(`auth-config-provider-${name}-jwks-url-not-https`);
  if (!Array.isArray(algorithms) || algorithms.length === 0) fail(`auth-config-provider-${name}-algorithms`);
  for (const alg of algorithms) {
    // Only the asymmetric JWS algorithms jwk-import.js can verify: never "none", never HS*.
    if (verifyParams(alg) === undefined) fail(`auth-config-provider-${name}-algorithm-not-allowed`);
  }
  const claims = { ...DEFAULT_CLAIMS, ...(p.claims ?? {}) };
  for (const c of ["subject", "groups", "email"]) {
    if (!nonEmptyString(claims[c])) fail(`auth-config-provider-${name}-claims`);
  }
  return Object.freeze({
    name,
    kind,
    issuer,
    audiences: Object.freeze([...audiences]),
    jwksUrl: url.href,
    algorithms: Object.freeze([...algorithms]),
    clockSkewSeconds: boundedSeconds(p.clockSkewSeconds, DEFAULT_CLOCK_SKEW_SECONDS, MAX_CLOCK_SKEW_SECONDS, "skew"),
    maxTokenAgeSeconds: boundedSeconds(
      p.maxTokenAgeSeconds, DEFAULT_MAX_TOKEN_AGE_SECONDS, MAX_TOKEN_AGE_LIMIT_SECONDS, "max-age"),
    claims: Object.freeze(claims),
  });
}

/**
 * Parses AUTH_CONFIG: { "identityProviders": [ ... ] } (a JSON binding, or its text).
 * @throws {EdgeError} edge-misconfigured
 */
export function parseAuthConfig(raw) {
  const list = jsonBindingValue(raw, "auth-config-not-json")?.identityProviders;
  if (!Array.isArray(list)) fail("auth-config-missing-providers");
  const providers = list.map(parseProvider);
  const issuers = new Set();
  for (const p of providers) {
    const key = `${p.kind} ${p.issuer}`;
    if (issuers.has(key)) fail(`auth-config-duplicate-issuer-${p.name}`);
    issuers.add(key);
  }
  return Object.freeze({ providers: Object.freeze(providers) });
}

const memoizedAuthConfig = memoizedPerBinding(parseAuthConfig);

/** parseAuthConfig, memoized per binding value so the check runs once per isolate. */
export function authConfigFrom(env) {
  const raw = env.AUTH_CONFIG;
  if (raw === undefined || raw === null) fail("auth-config-missing");
  return memoizedAuthConfig(raw);
}
