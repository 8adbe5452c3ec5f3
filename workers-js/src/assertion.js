// Signs the verified identity for the services behind the mesh: contracts/identity-assertion.md (version 2).
// The HMAC comes from node:crypto (workerd provides it under the nodejs_compat flag): it is computed inline,
// where a WebCrypto sign in Node is a round trip to the thread pool on every request.
import { createHmac, createSecretKey } from "node:crypto";
import { base64UrlBytes } from "./base64url.js";

export const IDENTITY_HEADER_PREFIX = "x-fabric-";
export const ASSERTION_VERSION = "2";

export const ASSERTION_HEADERS = Object.freeze({
  version: "x-fabric-version",
  subject: "x-fabric-subject",
  roles: "x-fabric-roles",
  email: "x-fabric-email",
  timestamp: "x-fabric-timestamp",
  keyId: "x-fabric-key-id",
  signature: "x-fabric-signature",
});

const CANONICAL_TAG = "fabric-assertion/2";
const MAX_ROLES = 100;

// §7 of the contract: headers some proxy or framework would take as a caller identity.
export const SPOOFABLE_PREFIXES = Object.freeze([
  IDENTITY_HEADER_PREFIX, "x-amzn-oidc-", "x-auth-request-", "x-ms-client-principal", "x-goog-authenticated-user-", "x-identity-",
]);
export const SPOOFABLE_NAMES = new Set([
  "x-forwarded-user", "x-forwarded-email", "x-forwarded-preferred-username", "x-forwarded-groups",
  "x-remote-user", "remote-user", "x-remote-group", "x-remote-groups",
  "x-authenticated-user", "x-authenticated-userid", "x-authenticated-email", "x-authenticated-groups",
  "x-user", "x-user-id", "x-user-email", "x-email", "x-auth-user", "x-webauth-user", "x-userinfo",
  "x-consumer-username", "x-consumer-id", "x-credential-identifier", "x-goog-iap-jwt-assertion",
  "cf-access-authenticated-user-email",
]);

/**
 * A header name as servers that fold names read it: lower case, "_" as "-" (CGI, PHP and
 * some proxies turn both into one character, so x_forwarded_user can reach an
 * application as X-Forwarded-User).
 */
export function foldHeaderName(name) {
  const lower = String(name).toLowerCase();
  return lower.includes("_") ? lower.replaceAll("_", "-") : lower;
}

/** True for every header a client must not be able to set on its way to the mesh (letter case and "_" do not count). */
export function isIdentityHeader(name) {
  const folded = foldHeaderName(name);
  return SPOOFABLE_NAMES.has(folded) || SPOOFABLE_PREFIXES.some((prefix) => folded.startsWith(prefix));
}

/** Thrown when the input cannot be signed; `field` names the offending part, never its value. */
export class AssertionInputError extends Error {
  constructor(field) {
    super(`identity assertion: invalid ${field}`);
    this.name = "AssertionInputError";
    this.code = "assertion-input-invalid";
    this.field = field;
  }
}

const METHOD = /^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,32}$/;
const HOST = /^(?:[a-z0-9._-]+|\[[0-9a-f:.]+\])(?::[0-9]{1,5})?$/;
const PATH = /^\/[\x21-\x22\x24-\x7E]{0,8191}$/; // visible ASCII without '#'
const SUBJECT = /^(?! )[\x20-\x7E]{1,255}(?<! )$/;
// §1: "user:<provider>:<the provider's subject>" or "machine:<machine client name>".
const SUBJECT_SCHEME = /^(?:user:[a-z0-9][a-z0-9-]*:(?! ).|machine:[A-Za-z0-9][A-Za-z0-9._-]{0,63}$)/s;
const EMAIL = /^(?=[^@]*@)[\x21-\x7E]{3,254}$/;
const ROLE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
const KEY_ID = /^[A-Za-z0-9._-]{1,64}$/;
const KEY_SECRET = /^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$/; // 32 bytes, unpadded, canonical last character

function check(ok, field) {
  if (!ok) throw new AssertionInputError(field);
}

export const SUBJECT_MAX_LENGTH = 255;

/**
 * The assertion subject of a user verified by an identity provider (§1): qualified by kind and provider, so it is
 * never spelled like a machine client ("machine:NAME", route-policy.js) or another provider's user.
 */
export function userSubject(provider, subject) {
  return `user:${provider}:${subject}`;
}

// The forwarded host is the origin's, the same on every request: its canonical form is kept for the last host seen.
let lastHost = null;
let lastCanonicalHost = null;

function canonicalHost(host) {
  if (typeof host === "string" && host === lastHost) return lastCanonicalHost;
  const lower = String(host ?? "").toLowerCase();
  check(HOST.test(lower), "host");
  let canonical = lower;
  if (lower.endsWith(":443")) canonical = lower.slice(0, -4);
  else if (lower.endsWith(":80")) canonical = lower.slice(0, -3);
  if (typeof host === "string") {
    lastHost = host;
    lastCanonicalHost = canonical;
  }
  return canonical;
}

function canonicalRoles(roles) {
  check(Array.isArray(roles), "roles");
  let ascending = true; // strictly: then the list is already sorted and without duplicates
  for (let i = 0; i < roles.length; i++) {
    const role = roles[i];
    check(typeof role === "string" && ROLE.test(role), "roles");
    if (i > 0 && !(roles[i - 1] < role)) ascending = false;
  }
  const unique = ascending ? roles : [...new Set(roles)].sort(); // ASCII only, so code-unit order is ordinal order
  check(unique.length <= MAX_ROLES, "roles");
  return unique.join(",");
}

// Validates the input and returns the header values and the canonical string (contract §2–§4).
function prepare({ method, host, path, identity, timestamp, keyId }) {
  check(typeof method === "string" && METHOD.test(method), "method");
  const signedHost = canonicalHost(host);
  check(typeof path === "string" && PATH.test(path), "path");
  check(Number.isSafeInteger(timestamp) && timestamp >= 0 && timestamp <= 999_999_999_999, "timestamp");
  check(typeof keyId === "string" && KEY_ID.test(keyId), "key id");
  check(identity !== null && typeof identity === "object", "identity");
  const { subject, email } = identity;
  check(typeof subject === "string" && SUBJECT.test(subject) && SUBJECT_SCHEME.test(subject), "subject");
  const roles = canonicalRoles(identity.roles ?? []);
  const hasEmail = email !== undefined && email !== null;
  if (hasEmail) check(typeof email === "string" && EMAIL.test(email), "email");
  const ts = String(timestamp);
  const canonical = [CANONICAL_TAG, method.toUpperCase(), signedHost, path, ts, keyId, subject, roles, hasEmail ? email : ""].join("\n");
  return { subject, roles, email: hasEmail ? email : undefined, timestamp: ts, keyId, canonical };
}

/** The canonical string the signature covers; exported for tests. Same input as signAssertion, with `keyId`. */
export function canonicalString({ method, host, path, identity, timestamp, keyId }) {
  return prepare({ method, host, path, identity, timestamp, keyId }).canonical;
}

// Imported keys by secret (never by id alone: a rotated secret may keep its id). Few keys are live at once.
const importedKeys = new Map();
const MAX_CACHED_KEYS = 8;

function importKey(secret) {
  let key = importedKeys.get(secret);
  if (!key) {
    check(typeof secret === "string" && KEY_SECRET.test(secret), "key secret");
    key = createSecretKey(base64UrlBytes(secret, true));
    if (importedKeys.size >= MAX_CACHED_KEYS) importedKeys.delete(importedKeys.keys().next().value);
    importedKeys.set(secret, key);
  }
  return key;
}

/**
 * Signs a verified identity for the request the Worker forwards.
 * @param {{ method: string, host: string, path: string,
 *   identity: { subject: string, roles: string[], email?: string },
 *   timestamp: number, key: { id: string, secret: string } }} input
 *   `host` and `path` (path + query) must be exactly those of the forwarded request; `timestamp` in unix seconds;
 *   `key.secret` is base64url (no padding) of 32 bytes.
 * @returns {Promise<Record<string, string>>} the x-fabric-* headers to set; roles and email only when present.
 * @throws {AssertionInputError} when a part cannot be signed (control characters, bad role names, ...).
 */
export async function signAssertion(input) {
  return assertionHeaders(input);
}

/** signAssertion without the promise, for the Worker's request path: the HMAC is synchronous. */
export function assertionHeaders({ method, host, path, identity, timestamp, key }) {
  check(key !== null && typeof key === "object", "key");
  const prepared = prepare({ method, host, path, identity, timestamp, keyId: key.id });
  const mac = createHmac("sha256", importKey(key.secret)).update(prepared.canonical, "utf8").digest("base64url");
  const headers = {
    [ASSERTION_HEADERS.version]: ASSERTION_VERSION,
    [ASSERTION_HEADERS.subject]: prepared.subject,
  };
  if (prepared.roles !== "") headers[ASSERTION_HEADERS.roles] = prepared.roles;
  if (prepared.email !== undefined) headers[ASSERTION_HEADERS.email] = prepared.email;
  headers[ASSERTION_HEADERS.timestamp] = prepared.timestamp;
  headers[ASSERTION_HEADERS.keyId] = prepared.keyId;
  headers[ASSERTION_HEADERS.signature] = mac;
  return headers;
}
