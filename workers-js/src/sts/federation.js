// The federation Worker's work (contracts/worker-bindings.md, "STS federation bindings"): for a caller the edge has
// verified and the IAM role the route grants, obtain temporary credentials (cached per role, caller and token) and
// sign the origin request with them. It answers the signature headers or a refusal with a problem code and a log
// reason; no credential, token or STS message text ever leaves it.
import { base64UrlJsonObject } from "../base64url.js";
import { originOf } from "../origin-url.js";
import { EdgeError } from "../problem.js";
import { assumeRoleWithWebIdentity, StsError } from "./assume-role.js";
import { CredentialCache, credentialCacheId, importCacheKey, tokenIdOf } from "./credential-cache.js";
import { federationConfigFrom } from "./federation-config.js";
import { sha256Hex } from "./sha256-hex.js";
import { sigV4Headers } from "./sigv4.js";

/** The role session name STS records (CloudTrail): a hash of issuer and subject, no personal data. */
export function roleSessionName(issuer, subject) {
  return `fabric-${sha256Hex(JSON.stringify([issuer, subject])).slice(0, 32)}`;
}

const METHOD = /^[A-Z]{1,16}$/;
const nonEmpty = (value) => typeof value === "string" && value.length > 0;

function asEdgeError(err) {
  if (err instanceof EdgeError) return err;
  if (err instanceof StsError) {
    return new EdgeError(err.kind === "denied" ? "federation-denied" : "federation-unavailable", err.reason);
  }
  return new EdgeError("federation-unavailable", "sts-unexpected-error");
}

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.([A-Za-z0-9_-]+)\.[A-Za-z0-9_-]+$/;

/**
 * The token's issuer and expiry, read without verifying it: the edge verified it, and STS verifies it again before
 * it issues anything. They bind a cached entry to a token that is still valid and names the issuer asked for.
 */
function unverifiedClaims(token) {
  const payload = COMPACT_JWS.exec(token)?.[1];
  if (payload === undefined) return null;
  try {
    return base64UrlJsonObject(payload);
  } catch {
    return null;
  }
}

/** True when `url` is the origin's base (its origin and path) or lies under it: a path below it, or a query on it. */
function underOrigin(url, { origin, path }) {
  const base = origin + path;
  return url.startsWith(base) && (url.length === base.length || url[base.length] === "/" || url[base.length] === "?");
}

/**
 * What the edge asks for, checked: the fields the contract names, each a non-empty string; a role the
 * configuration maps; a compact JWS token from the issuer asked for and not yet expired; a URL under ORIGIN_URL and an
 * upper-case method.
 * @throws {EdgeError} edge-misconfigured (the ask is malformed), federation-denied (the token has expired, as STS
 *   would answer, or is not the issuer's)
 */
function checkedAsk(ask, config, origin, nowMs) {
  const fail = (reason) => { throw new EdgeError("edge-misconfigured", reason); };
  if (ask === null || typeof ask !== "object") fail("federation-ask-invalid");
  const { roleArn, issuer, subject, token, method, url } = ask;
  if (![roleArn, issuer, subject, token, url].every(nonEmpty)) fail("federation-ask-invalid");
  if (typeof method !== "string" || !METHOD.test(method)) fail("federation-ask-method");
  if (!underOrigin(url, origin)) fail("federation-ask-url");
  if (!config.roleArns.has(roleArn)) fail("federation-role-unknown");
  const claims = unverifiedClaims(token);
  if (!claims || claims.iss !== issuer) throw new EdgeError("federation-denied", "federation-token-issuer");
  if (typeof claims.exp !== "number" || claims.exp * 1000 <= nowMs) throw new EdgeError("federation-denied", "federation-token-expired");
  return { roleArn, issuer, subject, token, method, url };
}

export class Federation {
  /**
   * @param {{ now?: () => number, fetch?: typeof fetch, cache?: CredentialCache,
   *   onEvent?: (level: string, reason: string) => void }} [options]
   */
  constructor({ now = () => Date.now(), fetch: send = (...args) => globalThis.fetch(...args), cache, onEvent = () => {} } = {}) {
    this.now = now;
    this.send = send;
    this.cache = cache ?? new CredentialCache({ now, onEvent });
  }

  /**
   * The SigV4 headers for one origin request, signed with temporary credentials of `roleArn` for the caller whose
   * verified token this is; or the refusal. Never throws.
   * @param {{ roleArn: string, issuer: string, subject: string, token: string, method: string, url: string }} ask
   * @param {{ FEDERATION_CONFIG?: unknown, STS_CACHE_KEY?: string, ORIGIN_URL?: string, CREDENTIALS_KV?: KVNamespace }} env
   * @param {(promise: Promise<unknown>) => void} [waitUntil]
   * @returns {Promise<{ ok: true, source: "memory"|"kv"|"sts", headers: Record<string, string> }
   *   | { ok: false, code: string, reason: string }>}
   */
  async signedHeaders(ask, env, waitUntil) {
    try {
      const config = federationConfigFrom(env);
      if (!config.sts) throw new EdgeError("edge-misconfigured", "federation-config-not-sts");
      const checked = checkedAsk(ask, config, originOf(env), this.now());
      const { credentials, source } = await this.credentialsFor({ config, env, ...checked, waitUntil });
      const headers = await sigV4Headers({
        method: checked.method, url: checked.url, credentials, region: config.region, service: config.service,
      });
      return { ok: true, source, headers };
    } catch (err) {
      const refusal = asEdgeError(err);
      return { ok: false, code: refusal.code, reason: refusal.reason };
    }
  }

  /**
   * Temporary credentials of `roleArn` for the caller whose verified token this is.
   * @returns {Promise<{ credentials: object, source: "memory"|"kv"|"sts" }>}
   * @throws {EdgeError} edge-misconfigured, federation-denied or federation-unavailable
   */
  async credentialsFor({ config, env, roleArn, issuer, subject, token, waitUntil }) {
    let key;
    try {
      key = await importCacheKey(env.STS_CACHE_KEY);
    } catch {
      throw new EdgeError("edge-misconfigured", "sts-cache-key-invalid");
    }
    const id = credentialCacheId({ roleArn, issuer, subject, tokenId: tokenIdOf(token) });
    const sessionName = roleSessionName(issuer, subject);
    try {
      return await this.cache.get({ id, kv: env.CREDENTIALS_KV, key, waitUntil }, () => assumeRoleWithWebIdentity({
        endpoint: config.stsEndpoint,
        roleArn,
        sessionName,
        token,
        durationSeconds: config.durationSeconds,
        timeoutMs: config.timeoutMs,
        fetch: this.send,
      }));
    } catch (err) {
      throw asEdgeError(err);
    }
  }
}
