// The edge's side of STS federation: for a verified caller and the role the route
// grants, obtain temporary credentials (cached per role, caller and token) and
// sign the origin request with them. STS refusals and outages become EdgeErrors;
// no credential, token or STS message ever reaches a log line or a client.
import { EdgeError } from "../problem.js";
import { assumeRoleWithWebIdentity, StsError } from "./assume-role.js";
import { CredentialCache, credentialCacheId, importCacheKey, tokenIdOf } from "./credential-cache.js";
import { sha256Hex } from "./sha256-hex.js";
import { applySignature, sigV4Headers } from "./sigv4.js";

/** The role session name STS records (CloudTrail): a hash of issuer and subject, no personal data. */
export function roleSessionName(issuer, subject) {
  return `fabric-${sha256Hex(JSON.stringify([issuer, subject])).slice(0, 32)}`;
}

function asEdgeError(err) {
  if (err instanceof EdgeError) return err;
  if (err instanceof StsError) {
    return new EdgeError(err.kind === "denied" ? "federation-denied" : "federation-unavailable", err.reason);
  }
  return new EdgeError("federation-unavailable", "sts-unexpected-error");
}

export class Federation {
  /**
   * @param {{ now?: () => number, fetch?: typeof fetch, cache?: CredentialCache,
   *   onEvent?: (level: string, reason: string) => void }} [options]
   */
  constructor({ now = () => Date.now(), fetch: send = (...args) => globalThis.fetch(...args), cache, onEvent = () => {} } = {}) {
    this.send = send;
    this.cache = cache ?? new CredentialCache({ now, onEvent });
  }

  /**
   * Temporary credentials of `roleArn` for the caller whose verified token this is.
   * @returns {Promise<{ credentials: object, source: "memory"|"kv"|"sts" }>}
   * @throws {EdgeError} edge-misconfigured, federation-denied or federation-unavailable
   */
  async credentialsFor({ config, env, roleArn, issuer, subject, claims, token, waitUntil }) {
    let key;
    try {
      key = await importCacheKey(env.STS_CACHE_KEY);
    } catch {
      throw new EdgeError("edge-misconfigured", "sts-cache-key-invalid");
    }
    const id = credentialCacheId({ roleArn, issuer, subject, tokenId: tokenIdOf(claims, token) });
    const sessionName = roleSessionName(issuer, subject);
    try {
      return await this.cache.get({ id, kv: env.POLICY_KV, key, waitUntil }, () => assumeRoleWithWebIdentity({
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

  /** Replaces any client-sent authorization and x-amz-* headers with the edge's SigV4 signature. */
  async sign(headers, { config, credentials, method, url }) {
    const signature = await sigV4Headers({ method, url, credentials, region: config.region, service: config.service });
    return applySignature(headers, signature);
  }
}
