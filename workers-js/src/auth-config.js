// Reads and checks AUTH_CONFIG (the identity providers) once per isolate. A
// provider that allows "none" or a symmetric algorithm is a configuration error:
// the Worker refuses to verify with it rather than quietly weakening a check.
import { EdgeError } from "./problem.js";

/** Asymmetric JWS algorithms a provider may allow. Never "none", never HS*. */
export const SUPPORTED_ALGORITHMS = Object.freeze([
  "RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA",
]);
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
    if (!SUPPORTED_ALGORITHMS.includes(alg)) fail(`auth-config-provider-${name}-algorithm-not-allowed`);
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
  let config = raw;
  if (typeof raw === "string") {
    try {
      config = JSON.parse(raw);
    } catch {
      fail("auth-config-not-json");
    }
  }
  const list = config?.identityProviders;
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

const parsed = new WeakMap();
let lastText = null;
let lastTextConfig = null;

/** parseAuthConfig, memoized per binding value so the check runs once per isolate. */
export function authConfigFrom(env) {
  const raw = env.AUTH_CONFIG;
  if (raw === undefined || raw === null) fail("auth-config-missing");
  if (typeof raw === "string") {
    if (raw !== lastText) {
      lastTextConfig = parseAuthConfig(raw);
      lastText = raw;
    }
    return lastTextConfig;
  }
  let config = parsed.get(raw);
  if (!config) {
    config = parseAuthConfig(raw);
    parsed.set(raw, config);
  }
  return config;
}
