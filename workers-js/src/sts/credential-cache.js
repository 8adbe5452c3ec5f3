// Temporary AWS credentials per (role, caller, token), cached in isolate memory
// and in KV. KV entries are AES-GCM ciphertext under STS_CACHE_KEY with the cache
// id as additional data, so an entry is unreadable without the key and cannot be
// moved under another caller's id. Entries are used only until `refreshMargin`
// before they expire; then STS is asked again. Concurrent misses for the same id
// share one STS call.
import { base64UrlBytes, base64UrlText } from "../base64url.js";
import { stsCredentialsKey } from "../kv-keys.js";
import { sha256Hex } from "./sha256-hex.js";

export const REFRESH_MARGIN_SECONDS = 120;
export const MAX_MEMORY_ENTRIES = 1000;
/** Workers KV refuses an expirationTtl below 60 seconds. */
const KV_MIN_TTL_SECONDS = 60;
const ENTRY_VERSION = 1;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * The cache id of one caller's credentials for one role: a SHA-256 over the role
 * ARN, the token's issuer and subject, and a hash of the token itself (tokenIdOf),
 * so only the same token finds the entry. JSON keeps the parts from running into
 * each other.
 */
export function credentialCacheId({ roleArn, issuer, subject, tokenId }) {
  for (const part of [roleArn, issuer, subject, tokenId]) {
    if (typeof part !== "string" || part.length === 0) throw new TypeError("incomplete credential cache id");
  }
  return sha256Hex(JSON.stringify(["sts-credentials", roleArn, issuer, subject, tokenId]));
}

/**
 * A SHA-256 of the token itself: an entry serves only a caller who presents the very token it was issued for (a
 * jti, which anyone who saw a token's claims knows, would not do).
 */
export function tokenIdOf(token) {
  return `sha256:${sha256Hex(token)}`;
}

const importedKeys = new Map();

/**
 * Imports STS_CACHE_KEY (base64url of 32 random bytes) as an AES-256-GCM key, once per value.
 * @throws {TypeError} when the secret is missing or not 32 bytes
 */
export async function importCacheKey(secret) {
  let key = importedKeys.get(secret);
  if (key) return key;
  const bytes = base64UrlBytes(secret);
  if (bytes.length !== 32) throw new TypeError("STS_CACHE_KEY must be 32 bytes");
  key = await crypto.subtle.importKey("raw", bytes, { name: "AES-GCM" }, false, ["encrypt", "decrypt"]);
  importedKeys.clear(); // one live key per isolate; a rotated secret replaces it
  importedKeys.set(secret, key);
  return key;
}

/** Encrypts credentials for KV, bound to their cache id. */
export async function sealEntry(key, id, credentials) {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plain = encoder.encode(JSON.stringify({
    accessKeyId: credentials.accessKeyId,
    secretAccessKey: credentials.secretAccessKey,
    sessionToken: credentials.sessionToken,
    expiration: credentials.expiration,
  }));
  const sealed = await crypto.subtle.encrypt({ name: "AES-GCM", iv, additionalData: encoder.encode(id) }, key, plain);
  return JSON.stringify({ v: ENTRY_VERSION, iv: base64UrlText(iv), ct: base64UrlText(new Uint8Array(sealed)) });
}

/**
 * Decrypts a KV entry for `id`.
 * @throws when the entry is malformed, sealed under another key or for another id
 */
export async function openEntry(key, id, stored) {
  const entry = JSON.parse(stored);
  if (entry?.v !== ENTRY_VERSION) throw new TypeError("unknown credential entry version");
  const plain = await crypto.subtle.decrypt(
    { name: "AES-GCM", iv: base64UrlBytes(entry.iv), additionalData: encoder.encode(id) }, key, base64UrlBytes(entry.ct));
  const credentials = JSON.parse(decoder.decode(plain));
  if (typeof credentials.accessKeyId !== "string" || typeof credentials.secretAccessKey !== "string"
    || typeof credentials.sessionToken !== "string" || !Number.isFinite(credentials.expiration)) {
    throw new TypeError("incomplete credential entry");
  }
  return credentials;
}

export class CredentialCache {
  /**
   * @param {{ now?: () => number, refreshMarginSeconds?: number, maxEntries?: number,
   *   onEvent?: (level: string, reason: string) => void }} [options]
   */
  constructor({ now = () => Date.now(), refreshMarginSeconds = REFRESH_MARGIN_SECONDS, maxEntries = MAX_MEMORY_ENTRIES, onEvent = () => {} } = {}) {
    this.now = now;
    this.marginMs = refreshMarginSeconds * 1000;
    this.maxEntries = maxEntries;
    this.onEvent = onEvent;
    this.memory = new Map();
    this.inFlight = new Map();
  }

  fresh(credentials) {
    return credentials.expiration - this.marginMs > this.now();
  }

  remember(id, credentials) {
    this.memory.delete(id);
    this.memory.set(id, credentials);
    while (this.memory.size > this.maxEntries) this.memory.delete(this.memory.keys().next().value);
  }

  /**
   * Credentials for `id`: from memory, else KV, else `fetchCredentials()` (STS).
   * @param {{ id: string, kv?: KVNamespace, key: CryptoKey, waitUntil?: (p: Promise<unknown>) => void }} where
   * @param {() => Promise<object>} fetchCredentials
   * @returns {Promise<{ credentials: object, source: "memory"|"kv"|"sts" }>}
   */
  async get({ id, kv, key, waitUntil }, fetchCredentials) {
    const cached = this.memory.get(id);
    if (cached && this.fresh(cached)) return { credentials: cached, source: "memory" };
    if (cached) this.memory.delete(id);

    let pending = this.inFlight.get(id);
    if (!pending) {
      pending = this.load({ id, kv, key, waitUntil }, fetchCredentials).finally(() => this.inFlight.delete(id));
      this.inFlight.set(id, pending);
    }
    return pending;
  }

  async load({ id, kv, key, waitUntil }, fetchCredentials) {
    const kvKey = stsCredentialsKey(id);
    if (kv) {
      let stored = null;
      try {
        stored = await kv.get(kvKey);
      } catch {
        this.onEvent("warn", "sts-cache-kv-read-failed");
      }
      if (stored) {
        try {
          const credentials = await openEntry(key, id, stored);
          if (this.fresh(credentials)) {
            this.remember(id, credentials);
            return { credentials, source: "kv" };
          }
        } catch {
          this.onEvent("warn", "sts-cache-entry-rejected");
        }
      }
    }

    const credentials = await fetchCredentials();
    this.remember(id, credentials);
    if (kv) {
      const ttl = Math.floor((credentials.expiration - this.marginMs - this.now()) / 1000);
      if (ttl >= KV_MIN_TTL_SECONDS) {
        const write = sealEntry(key, id, credentials)
          .then((value) => kv.put(kvKey, value, { expirationTtl: ttl }))
          .catch(() => this.onEvent("warn", "sts-cache-kv-write-failed"));
        if (waitUntil) waitUntil(write);
        else await write;
      }
    }
    return { credentials, source: "sts" };
  }
}
