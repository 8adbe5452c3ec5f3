// Token verification: finds the caller's token, picks the identity provider by
// its issuer, and verifies signature and claims with jose against the
// provider's allowlisted algorithms and cached keys. Every failure is an
// EdgeError "token-invalid" (401) whose reason names the check that failed;
// missing keys are "keys-unavailable" (503). Tokens in the query string are
// never read.
import { decodeJwt, decodeProtectedHeader, errors, jwtVerify } from "jose";
import { EdgeError } from "./problem.js";

export const MAX_TOKEN_LENGTH = 8192;
export const ACCESS_HEADER = "cf-access-jwt-assertion";
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const KID = /^[A-Za-z0-9._~+=:-]{1,128}$/; // a map key only, but never anything path-, quote- or space-like
const BEARER = /^Bearer +(\S+)\s*$/i;
const KEY_CARRYING_HEADERS = ["jku", "jwk", "x5u", "x5c"];
// The identity assertion contract (contracts/identity-assertion.md §2) carries
// printable ASCII only; a token whose identity cannot be asserted is refused.
const SUBJECT = /^[\x21-\x7e](?:[\x20-\x7e]{0,253}[\x21-\x7e])?$/;
const EMAIL = /^[\x21-\x7e]{3,254}$/;
const CLIENT_ID = /^[\x21-\x7e]{1,255}$/;
const MAX_GROUPS = 256;

function invalid(reason) {
  return new EdgeError("token-invalid", reason);
}

/**
 * The token a request carries: Cf-Access-Jwt-Assertion (verified against "access"
 * providers) wins over Authorization: Bearer ("oidc" providers).
 * @returns {{ token: string, source: "access"|"oidc" } | null}
 */
export function extractToken(headers) {
  const access = headers.get(ACCESS_HEADER);
  if (access !== null) return { token: access.trim(), source: "access" };
  const authorization = headers.get("authorization");
  if (authorization === null) return null;
  const m = BEARER.exec(authorization);
  if (!m) throw invalid("authorization-not-bearer");
  return { token: m[1], source: "oidc" };
}

function decodeUnverified(token) {
  if (token.length > MAX_TOKEN_LENGTH) throw invalid("token-too-large");
  if (!COMPACT_JWS.test(token)) throw invalid("token-malformed");
  try {
    return { header: decodeProtectedHeader(token), payload: decodeJwt(token) };
  } catch {
    throw invalid("token-malformed");
  }
}

function reasonFor(err) {
  if (err instanceof errors.JWTExpired) return err.claim === "iat" ? "token-too-old" : "token-expired";
  if (err instanceof errors.JWTClaimValidationFailed) {
    switch (err.claim) {
      case "nbf": return "token-not-yet-valid";
      case "iat": return err.reason === "check_failed" ? "token-issued-in-future" : "claim-iat-invalid";
      case "iss": return "issuer-mismatch";
      case "aud": return "audience-mismatch";
      default: return `claim-${err.claim}-invalid`;
    }
  }
  if (err instanceof errors.JWSSignatureVerificationFailed) return "signature-invalid";
  if (err instanceof errors.JOSEAlgNotAllowed) return "alg-not-allowed";
  return "token-malformed";
}

/**
 * Checks everything that needs no key: size, shape, algorithm, kid, issuer.
 * The claims it returns are NOT verified; they only pick the provider.
 * @param {{ token: string, source: "access"|"oidc" }} found from extractToken
 * @param {{ providers: object[] }} config from parseAuthConfig
 * @returns {{ token: string, header: object, payload: object, provider: object }}
 */
export function inspectToken(found, config) {
  const { token, source } = found;
  const { header, payload } = decodeUnverified(token);

  if (typeof header.alg !== "string" || header.alg.toLowerCase() === "none") throw invalid("alg-not-allowed");
  for (const h of KEY_CARRYING_HEADERS) if (h in header) throw invalid("header-key-injection");
  if (typeof header.kid !== "string" || !KID.test(header.kid)) throw invalid("kid-invalid");
  if (typeof payload.iss !== "string") throw invalid("issuer-missing");

  const provider = config.providers.find((p) => p.kind === source && p.issuer === payload.iss);
  if (!provider) throw invalid("issuer-unknown");
  if (!provider.algorithms.includes(header.alg)) throw invalid("alg-not-allowed");
  return { token, header, payload, provider };
}

/**
 * Verifies an inspected token's signature (against the provider's cached keys) and claims.
 * @param {ReturnType<typeof inspectToken>} inspected
 * @param {import("./jwks-cache.js").JwksCache} jwks
 * @returns {Promise<{ provider: object, claims: object }>} claims: verified
 */
export async function verifyInspected(inspected, jwks, { now = Date.now(), waitUntil, logFields } = {}) {
  const { token, header, provider } = inspected;
  const key = await jwks.getKey(provider, header.kid, header.alg, { waitUntil, logFields });
  try {
    const { payload: claims } = await jwtVerify(token, key, {
      issuer: provider.issuer,
      audience: provider.audiences,
      algorithms: provider.algorithms,
      clockTolerance: provider.clockSkewSeconds,
      maxTokenAge: provider.maxTokenAgeSeconds,
      requiredClaims: ["exp", "iat"],
      currentDate: new Date(now),
    });
    return { provider, claims };
  } catch (err) {
    throw invalid(reasonFor(err));
  }
}

/** inspectToken, then verifyInspected. */
export async function verifyToken(found, config, jwks, options = {}) {
  return verifyInspected(inspectToken(found, config), jwks, options);
}

/**
 * The identity a verified token asserts, read through the provider's claim names.
 * Cloudflare Access service tokens (empty subject, "common_name" = client id)
 * become machine identities, resolved against the policy's machine clients.
 * @returns {{ subject?: string, groups: string[], email?: string, clientId?: string }}
 */
export function identityFromClaims(provider, claims) {
  const subject = claims[provider.claims.subject];
  if (provider.kind === "access" && (subject === undefined || subject === "") && CLIENT_ID.test(claims.common_name ?? "")) {
    return { clientId: claims.common_name, groups: [] };
  }
  if (typeof subject !== "string" || !SUBJECT.test(subject)) throw invalid("subject-invalid");

  const rawGroups = claims[provider.claims.groups];
  let groups = [];
  if (typeof rawGroups === "string") groups = [rawGroups];
  else if (Array.isArray(rawGroups)) groups = rawGroups.filter((g) => typeof g === "string");
  if (groups.length > MAX_GROUPS) throw invalid("groups-too-many");

  const identity = { subject, groups };
  const email = claims[provider.claims.email];
  if (typeof email === "string" && EMAIL.test(email) && email.includes("@")) identity.email = email;
  return identity;
}
