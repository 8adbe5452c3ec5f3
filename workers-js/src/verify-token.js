// Token verification: finds the caller's token, picks the identity provider by
// its issuer, checks the JWS signature with WebCrypto against the provider's
// allowlisted algorithms and cached keys (src/jwk-import.js), then the claims.
// Every failure is an EdgeError "token-invalid" (401) whose reason names the
// check that failed; missing keys are "keys-unavailable" (503). Tokens in the
// query string are never read.
import { base64UrlBytes, base64UrlJsonObject } from "./base64url.js";
import { verifyParams } from "./jwk-import.js";
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
  return tokenFrom(headers.get(ACCESS_HEADER), headers.get("authorization"));
}

/** extractToken, from the values of the Cf-Access-Jwt-Assertion and Authorization headers (null when absent). */
export function tokenFrom(access, authorization) {
  if (access !== null) return { token: access.trim(), source: "access" };
  if (authorization === null) return null;
  const m = BEARER.exec(authorization);
  if (!m) throw invalid("authorization-not-bearer");
  return { token: m[1], source: "oidc" };
}

const ASCII = new TextEncoder(); // the signing input is ASCII (COMPACT_JWS), so its UTF-8 bytes are its characters

// Protected headers of tokens whose signature verified, by their encoded segment.
// An identity provider signs every token with one of a few headers (alg, kid, typ),
// so most tokens need no header parse. Only headers of verified tokens are kept:
// forged tokens cannot fill the map, and a parse is what a miss costs.
const verifiedHeaders = new Map();
const MAX_VERIFIED_HEADERS = 16;

function rememberVerifiedHeader(segment, header) {
  // Most calls find their header already there; the lookup reuses the hash the decoding lookup computed.
  if (typeof segment !== "string" || verifiedHeaders.get(segment) !== undefined) return;
  if (verifiedHeaders.size >= MAX_VERIFIED_HEADERS) verifiedHeaders.delete(verifiedHeaders.keys().next().value);
  verifiedHeaders.set(segment, Object.freeze(header));
}

function decodeUnverified(token) {
  if (token.length > MAX_TOKEN_LENGTH) throw invalid("token-too-large");
  if (!COMPACT_JWS.test(token)) throw invalid("token-malformed");
  const firstDot = token.indexOf(".");
  const lastDot = token.lastIndexOf(".");
  try {
    const headerSegment = token.slice(0, firstDot);
    return {
      headerSegment,
      header: verifiedHeaders.get(headerSegment) ?? base64UrlJsonObject(headerSegment),
      payload: base64UrlJsonObject(token.slice(firstDot + 1, lastDot)),
      signature: base64UrlBytes(token.slice(lastDot + 1), true),
      signingInput: token.slice(0, lastDot),
    };
  } catch {
    throw invalid("token-malformed");
  }
}

function numericDate(claims, name, required) {
  const value = claims[name];
  if (value === undefined && !required) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value)) throw invalid(`claim-${name}-invalid`);
  return value;
}

/** Registered claims, with the provider's skew: iss, aud, nbf, exp, iat (required) and the maximum age. */
export function checkClaims(claims, provider, nowMs) {
  const now = Math.floor(nowMs / 1000);
  const skew = provider.clockSkewSeconds;
  if (claims.iss !== provider.issuer) throw invalid("issuer-mismatch");
  const aud = typeof claims.aud === "string" ? [claims.aud] : claims.aud;
  if (!Array.isArray(aud) || !aud.some((a) => typeof a === "string" && provider.audiences.includes(a))) {
    throw invalid("audience-mismatch");
  }
  const nbf = numericDate(claims, "nbf", false);
  const exp = numericDate(claims, "exp", true);
  const iat = numericDate(claims, "iat", true);
  if (nbf !== undefined && nbf > now + skew) throw invalid("token-not-yet-valid");
  if (exp <= now - skew) throw invalid("token-expired");
  const age = now - iat;
  if (age < -skew) throw invalid("token-issued-in-future");
  if (age - skew > provider.maxTokenAgeSeconds) throw invalid("token-too-old");
}

/**
 * Checks everything that needs no key: size, shape, algorithm, kid, issuer.
 * The claims it returns are NOT verified; they only pick the provider.
 * @param {{ token: string, source: "access"|"oidc" }} found from extractToken
 * @param {{ providers: object[] }} config from parseAuthConfig
 * @returns {{ header: object, headerSegment: string, payload: object, signature: Uint8Array, signingInput: string,
 *   provider: object }}
 */
export function inspectToken(found, config) {
  const { token, source } = found;
  const decoded = decodeUnverified(token);
  const { header, payload } = decoded;

  if (typeof header.alg !== "string" || header.alg.toLowerCase() === "none") throw invalid("alg-not-allowed");
  for (const h of KEY_CARRYING_HEADERS) if (h in header) throw invalid("header-key-injection");
  if ("crit" in header) throw invalid("crit-unsupported"); // no extension is understood, so none may be critical
  if (typeof header.kid !== "string" || !KID.test(header.kid)) throw invalid("kid-invalid");
  if (typeof payload.iss !== "string") throw invalid("issuer-missing");

  const provider = config.providers.find((p) => p.kind === source && p.issuer === payload.iss);
  if (!provider) throw invalid("issuer-unknown");
  if (!provider.algorithms.includes(header.alg)) throw invalid("alg-not-allowed");
  const { headerSegment, signature, signingInput } = decoded;
  return { header, headerSegment, payload, signature, signingInput, provider };
}

/**
 * Verifies an inspected token's signature (against the provider's cached keys), then its claims.
 * @param {ReturnType<typeof inspectToken>} inspected
 * @param {import("./jwks-cache.js").JwksCache} jwks
 * @returns {Promise<{ provider: object, claims: object }>} claims: verified
 */
export async function verifyInspected(inspected, jwks, { now = Date.now(), waitUntil, logFields } = {}) {
  const { header, headerSegment, payload, signature, signingInput, provider } = inspected;
  const key = jwks.cachedKey(provider, header.kid, header.alg) ?? (await jwks.getKey(provider, header.kid, header.alg, { waitUntil, logFields }));
  const params = verifyParams(header.alg) ?? { name: key.algorithm.name };
  let valid = false;
  try {
    valid = await crypto.subtle.verify(params, key, signature, ASCII.encode(signingInput));
  } catch {
    valid = false;
  }
  if (!valid) throw invalid("signature-invalid");
  rememberVerifiedHeader(headerSegment, header);
  checkClaims(payload, provider, now);
  return { provider, claims: payload };
}

/** inspectToken, then verifyInspected. */
export async function verifyToken(found, config, jwks, options = {}) {
  return await verifyInspected(inspectToken(found, config), jwks, options);
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
