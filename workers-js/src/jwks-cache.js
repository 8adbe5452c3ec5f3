// The identity providers' signing keys, cached in isolate memory and in KV.
//
//  - A key set younger than freshSeconds is used as it is.
//  - An older one is refetched; if the JWKS endpoint fails, the cached keys keep
//    serving until they are maxStaleSeconds old, and then nothing is served:
//    with no usable keys the caller answers 503, it never lets a request through.
//  - An unknown "kid" triggers a refetch, at most one per cooldownSeconds per JWKS URL
//    (failed attempts count), so forged kids cannot turn the Worker into a JWKS flooder.
//  - Weak keys are dropped when a key set is loaded (RSA under 2048 bits or with a
//    degenerate exponent, EC outside P-256/P-384/P-521, OKP outside Ed25519/Ed448), each
//    with a log line; a key set holding no other key is refused like an unreachable one.
import { base64UrlBytes } from "./base64url.js";
import { importVerifyKey } from "./jwk-import.js";
import { jwksKey } from "./kv-keys.js";
import { EdgeError } from "./problem.js";
import { logEvent } from "./log.js";

export const JWKS_FRESH_SECONDS = 600;
export const JWKS_MAX_STALE_SECONDS = 6 * 3600;
export const JWKS_REFETCH_COOLDOWN_SECONDS = 60;
export const JWKS_FETCH_TIMEOUT_MS = 3000;
export const JWKS_MAX_BYTES = 64 * 1024;
export const JWKS_MAX_KEYS = 50;
export const RSA_MIN_BITS = 2048;
export const RSA_MAX_BITS = 16384; // WebCrypto's own ceiling; larger moduli only cost time
export const EC_CURVES = Object.freeze(["P-256", "P-384", "P-521"]);
export const OKP_CURVES = Object.freeze(["Ed25519", "Ed448"]);
const KEY_TYPES = new Set(["RSA", "EC", "OKP"]);

function unsignedBytes(value) {
  let bytes;
  try {
    bytes = base64UrlBytes(value);
  } catch {
    return null;
  }
  let start = 0;
  while (start < bytes.length && bytes[start] === 0) start++;
  return bytes.subarray(start);
}

/**
 * Why a public key is too weak to verify with, or null when it is strong enough.
 * RSA: the modulus's real size (leading zero bytes do not count) and an odd public
 * exponent of at least 3 (e = 1 makes every message its own signature).
 * @returns {{ reason: string, bits?: number } | null}
 */
export function keyWeakness(jwk) {
  if (jwk.kty === "RSA") {
    const n = unsignedBytes(jwk.n);
    const e = unsignedBytes(jwk.e);
    if (!n || n.length === 0 || !e || e.length === 0) return { reason: "jwks-key-rsa-malformed" };
    const bits = (n.length - 1) * 8 + (32 - Math.clz32(n[0]));
    if (bits < RSA_MIN_BITS) return { reason: "jwks-key-rsa-too-small", bits };
    if (bits > RSA_MAX_BITS) return { reason: "jwks-key-rsa-too-large", bits };
    if ((n[n.length - 1] & 1) === 0) return { reason: "jwks-key-rsa-malformed", bits };
    if (e.length > 8 || (e[e.length - 1] & 1) === 0 || (e.length === 1 && e[0] < 3)) return { reason: "jwks-key-rsa-exponent-weak", bits };
    return null;
  }
  if (jwk.kty === "EC") return EC_CURVES.includes(jwk.crv) ? null : { reason: "jwks-key-ec-curve-not-allowed" };
  return OKP_CURVES.includes(jwk.crv) ? null : { reason: "jwks-key-okp-curve-not-allowed" };
}

/**
 * Keeps the public signing keys of a JWKS document that are strong enough; rejects
 * documents with none ("jwks-only-weak-keys" when weak keys were all it had).
 * @param {string} text
 * @param {{ onWeakKey?: (kid: string, weakness: { reason: string, bits?: number }) => void }} [options]
 */
export function parseJwks(text, { onWeakKey } = {}) {
  if (text.length > JWKS_MAX_BYTES) throw new Error("jwks-too-large");
  const doc = JSON.parse(text);
  if (!doc || !Array.isArray(doc.keys)) throw new Error("jwks-malformed");
  const keys = new Map();
  let weak = 0;
  for (const jwk of doc.keys) {
    if (!jwk || typeof jwk !== "object") continue;
    if (typeof jwk.kid !== "string" || jwk.kid.length === 0) continue;
    if (!KEY_TYPES.has(jwk.kty)) continue;
    if (jwk.use !== undefined && jwk.use !== "sig") continue;
    if ("d" in jwk) continue; // private material has no place in a public key set
    if (keys.has(jwk.kid)) continue;
    const weakness = keyWeakness(jwk);
    if (weakness) {
      weak++;
      onWeakKey?.(jwk.kid, weakness);
      continue;
    }
    keys.set(jwk.kid, jwk);
    if (keys.size >= JWKS_MAX_KEYS) break;
  }
  if (keys.size === 0) throw new Error(weak > 0 ? "jwks-only-weak-keys" : "jwks-no-usable-keys");
  return keys;
}

function weakKeyLogger(jwksUrl, logFields) {
  return (kid, { reason, bits }) => logEvent("warn", "jwks.key-refused", reason, { ...logFields, jwksUrl, kid, bits });
}

export class JwksCache {
  #entries = new Map();
  #kv;
  #fetch;
  #now;
  #fresh;
  #maxStale;
  #cooldown;

  /**
   * @param {object} options
   * @param {KVNamespace} [options.kv] second-level cache shared by isolates
   * @param {typeof fetch} [options.fetch]
   * @param {() => number} [options.now] milliseconds since the epoch
   */
  constructor({
    kv,
    fetch = (...args) => globalThis.fetch(...args),
    now = () => Date.now(),
    freshSeconds = JWKS_FRESH_SECONDS,
    maxStaleSeconds = JWKS_MAX_STALE_SECONDS,
    cooldownSeconds = JWKS_REFETCH_COOLDOWN_SECONDS,
  } = {}) {
    this.#kv = kv;
    this.#fetch = fetch;
    this.#now = now;
    this.#fresh = freshSeconds * 1000;
    this.#maxStale = maxStaleSeconds * 1000;
    this.#cooldown = cooldownSeconds * 1000;
  }

  /** Uses a KV namespace as the second-level cache (bindings arrive with the first request). */
  useKv(kv) {
    if (!this.#kv) this.#kv = kv;
  }

  /**
   * The verification key for a token's kid and alg when it is already imported from
   * a fresh key set, else undefined (then `getKey` loads, refreshes or imports it).
   * Synchronous: the common case costs no promise.
   */
  cachedKey(provider, kid, alg) {
    const entry = this.#entries.get(provider.jwksUrl);
    if (!entry?.keys || this.#now() - entry.fetchedAt >= this.#fresh || !entry.keys.has(kid)) return undefined;
    return entry.imported.get(`${alg} ${kid}`);
  }

  /**
   * The verification key for a token's kid and alg.
   * @throws {EdgeError} keys-unavailable (no usable key set) or token-invalid (unknown kid, key/alg mismatch)
   */
  async getKey(provider, kid, alg, { waitUntil, logFields } = {}) {
    const url = provider.jwksUrl;
    let entry = this.#entries.get(url);
    if (!entry) entry = await this.#loadFromKv(url, logFields);
    if (!entry?.keys || this.#now() - entry.fetchedAt >= this.#fresh) {
      await this.#refresh(url, "jwks-expired", waitUntil, logFields);
      entry = this.#entries.get(url);
    }
    if (!entry?.keys || this.#now() - entry.fetchedAt >= this.#maxStale) {
      throw new EdgeError("keys-unavailable", entry?.keys ? "jwks-stale-beyond-bound" : "jwks-unavailable");
    }
    if (!entry.keys.has(kid)) {
      await this.#refresh(url, "jwks-unknown-kid", waitUntil, logFields);
      entry = this.#entries.get(url);
      if (!entry.keys?.has(kid)) throw new EdgeError("token-invalid", "kid-unknown");
    }
    // Returned as a value, not a promise to resolve: the warm path is every request's.
    return entry.imported.get(`${alg} ${kid}`) ?? (await this.#imported(entry, kid, alg));
  }

  async #imported(entry, kid, alg) {
    const cacheKey = `${alg} ${kid}`;
    let key = entry.imported.get(cacheKey);
    if (key) return key;
    const jwk = entry.keys.get(kid);
    if (jwk.alg !== undefined && jwk.alg !== alg) throw new EdgeError("token-invalid", "alg-key-mismatch");
    try {
      key = await importVerifyKey(jwk, alg);
    } catch {
      throw new EdgeError("token-invalid", "alg-key-mismatch");
    }
    entry.imported.set(cacheKey, key);
    return key;
  }

  async #loadFromKv(url, logFields) {
    if (!this.#kv) return undefined;
    try {
      const cached = await this.#kv.get(jwksKey(url), "json");
      if (!cached || typeof cached.fetchedAt !== "number" || !Array.isArray(cached.keys)) return undefined;
      if (this.#now() - cached.fetchedAt >= this.#maxStale) return undefined;
      const entry = this.#newEntry(url);
      entry.keys = parseJwks(JSON.stringify({ keys: cached.keys }), { onWeakKey: weakKeyLogger(url, logFields) });
      entry.fetchedAt = cached.fetchedAt;
      return entry;
    } catch {
      logEvent("warn", "jwks.kv", "jwks-kv-read-failed", { ...logFields, jwksUrl: url });
      return undefined;
    }
  }

  #newEntry(url) {
    const entry = { keys: null, imported: new Map(), fetchedAt: -Infinity, lastAttemptAt: -Infinity, pending: null };
    this.#entries.set(url, entry);
    return entry;
  }

  #refresh(url, reason, waitUntil, logFields) {
    const entry = this.#entries.get(url) ?? this.#newEntry(url);
    if (entry.pending) return entry.pending;
    const now = this.#now();
    if (now - entry.lastAttemptAt < this.#cooldown) return Promise.resolve();
    entry.lastAttemptAt = now;
    entry.pending = this.#download(url, logFields)
      .then((keys) => {
        entry.keys = keys;
        entry.imported = new Map();
        entry.fetchedAt = now;
        logEvent("info", "jwks.refresh", reason, { ...logFields, jwksUrl: url, keyCount: keys.size });
        this.#storeInKv(url, entry, waitUntil, logFields);
      })
      .catch((err) => {
        logEvent("warn", "jwks.refresh", "jwks-fetch-failed", {
          ...logFields, jwksUrl: url, trigger: reason, error: String(err?.message ?? err),
        });
      })
      .finally(() => {
        entry.pending = null;
      });
    return entry.pending;
  }

  async #download(url, logFields) {
    const response = await this.#fetch(url, {
      headers: { accept: "application/json" },
      redirect: "manual", // a key set is never taken from wherever a redirect points
      signal: AbortSignal.timeout(JWKS_FETCH_TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`jwks-http-${response.status}`);
    return parseJwks(await response.text(), { onWeakKey: weakKeyLogger(url, logFields) });
  }

  #storeInKv(url, entry, waitUntil, logFields) {
    if (!this.#kv) return;
    const body = JSON.stringify({ fetchedAt: entry.fetchedAt, keys: [...entry.keys.values()] });
    const ttl = Math.max(60, Math.ceil(this.#maxStale / 1000));
    const write = Promise.resolve()
      .then(() => this.#kv.put(jwksKey(url), body, { expirationTtl: ttl }))
      .catch(() => logEvent("warn", "jwks.kv", "jwks-kv-write-failed", { ...logFields, jwksUrl: url }));
    if (waitUntil) waitUntil(write);
  }
}
