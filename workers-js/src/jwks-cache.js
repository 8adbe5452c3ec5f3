// The identity providers' signing keys, cached in isolate memory and in KV.
//
//  - A key set younger than freshSeconds is used as it is.
//  - An older one is refetched; if the JWKS endpoint fails, the cached keys keep
//    serving until they are maxStaleSeconds old, and then nothing is served:
//    with no usable keys the caller answers 503, it never lets a request through.
//  - An unknown "kid" triggers a refetch, at most one per cooldownSeconds per JWKS URL
//    (failed attempts count), so forged kids cannot turn the Worker into a JWKS flooder.
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
const KEY_TYPES = new Set(["RSA", "EC", "OKP"]);

/** Keeps the public signing keys of a JWKS document; rejects documents with none. */
export function parseJwks(text) {
  if (text.length > JWKS_MAX_BYTES) throw new Error("jwks-too-large");
  const doc = JSON.parse(text);
  if (!doc || !Array.isArray(doc.keys)) throw new Error("jwks-malformed");
  const keys = new Map();
  for (const jwk of doc.keys) {
    if (!jwk || typeof jwk !== "object") continue;
    if (typeof jwk.kid !== "string" || jwk.kid.length === 0) continue;
    if (!KEY_TYPES.has(jwk.kty)) continue;
    if (jwk.use !== undefined && jwk.use !== "sig") continue;
    if ("d" in jwk) continue; // private material has no place in a public key set
    if (keys.has(jwk.kid)) continue;
    keys.set(jwk.kid, jwk);
    if (keys.size >= JWKS_MAX_KEYS) break;
  }
  if (keys.size === 0) throw new Error("jwks-no-usable-keys");
  return keys;
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
      entry.keys = parseJwks(JSON.stringify({ keys: cached.keys }));
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
    entry.pending = this.#download(url)
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

  async #download(url) {
    const response = await this.#fetch(url, {
      headers: { accept: "application/json" },
      redirect: "manual", // a key set is never taken from wherever a redirect points
      signal: AbortSignal.timeout(JWKS_FETCH_TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`jwks-http-${response.status}`);
    return parseJwks(await response.text());
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
