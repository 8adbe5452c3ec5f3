// The credential cache: memory and KV hits, refresh before expiry, KV entries
// sealed with AES-GCM under STS_CACHE_KEY, and no caller ever served another
// caller's credentials.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { STS_CREDENTIALS_PREFIX, stsCredentialsKey } from "../src/kv-keys.js";
import {
  CredentialCache, credentialCacheId, importCacheKey, openEntry, REFRESH_MARGIN_SECONDS, sealEntry, tokenIdOf,
} from "../src/sts/credential-cache.js";
import { makeClock } from "./support/harness.js";
import { CACHE_KEY, OTHER_CACHE_KEY, ROLE_ARNS } from "./support/sts.js";

const ISSUER = "https://idp.example.test/oauth2/default";

/** A stand-in STS: counts calls and issues distinct credentials valid for `seconds`. */
function makeIssuer(clock, seconds = 900) {
  const issuer = {
    calls: 0,
    fetch: async () => {
      issuer.calls += 1;
      return {
        accessKeyId: `ASIATEST${String(issuer.calls).padStart(12, "0")}`,
        secretAccessKey: `secret-${issuer.calls}-${crypto.randomUUID()}`,
        sessionToken: `session-${issuer.calls}-${crypto.randomUUID()}`,
        expiration: clock.now() + seconds * 1000,
      };
    },
  };
  return issuer;
}

async function idFor(subject, { roleArn = ROLE_ARNS.admin, tokenId = "jti:token-1" } = {}) {
  return credentialCacheId({ roleArn, issuer: ISSUER, subject, tokenId });
}

async function setup() {
  const clock = makeClock();
  const issuer = makeIssuer(clock);
  const key = await importCacheKey(CACHE_KEY);
  const cache = new CredentialCache({ now: clock.now });
  return { clock, issuer, key, cache };
}

describe("cache ids", () => {
  it("differ for every part: role, issuer, subject and token", async () => {
    const base = { roleArn: ROLE_ARNS.admin, issuer: ISSUER, subject: "alice", tokenId: "jti:1" };
    const ids = await Promise.all([
      base,
      { ...base, roleArn: ROLE_ARNS["orders-reader"] },
      { ...base, issuer: "https://other.example.test" },
      { ...base, subject: "bob" },
      { ...base, tokenId: "jti:2" },
      // parts that would run together if they were simply concatenated must still differ
      { ...base, issuer: `${ISSUER}al`, subject: "ice" },
    ].map(credentialCacheId));
    expect(new Set(ids).size).toBe(ids.length);
    expect(await credentialCacheId(base)).toBe(ids[0]);
    expect(ids[0]).toMatch(/^[0-9a-f]{64}$/);
  });

  it("use a hash of the token itself, never its claims", async () => {
    const hashed = tokenIdOf("header.payload.signature");
    expect(hashed).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(hashed).not.toContain("payload");
    expect(tokenIdOf("another.token.value")).not.toBe(hashed);
  });

  it("refuse an incomplete identity instead of sharing an entry", async () => {
    expect(() => credentialCacheId({ roleArn: ROLE_ARNS.admin, issuer: ISSUER, subject: "", tokenId: "jti:1" })).toThrow(TypeError);
  });

  it("live in KV under the sts:v1: prefix", async () => {
    const id = await idFor("alice");
    expect(STS_CREDENTIALS_PREFIX).toBe("sts:v1:");
    expect(stsCredentialsKey(id)).toBe(`sts:v1:${id}`);
    expect(() => stsCredentialsKey("../route-policy:prod")).toThrow(TypeError);
  });
});

describe("cache hits and expiry", () => {
  it("serves a second request from memory without calling STS", async () => {
    const { issuer, key, cache } = await setup();
    const id = await idFor("alice-memory");
    const first = await cache.get({ id, kv: env.POLICY_KV, key }, issuer.fetch);
    const second = await cache.get({ id, kv: env.POLICY_KV, key }, issuer.fetch);
    expect(first.source).toBe("sts");
    expect(second.source).toBe("memory");
    expect(second.credentials).toEqual(first.credentials);
    expect(issuer.calls).toBe(1);
  });

  it("serves a new isolate from KV without calling STS", async () => {
    const { clock, issuer, key, cache } = await setup();
    const id = await idFor("alice-kv");
    const first = await cache.get({ id, kv: env.POLICY_KV, key }, issuer.fetch);
    const restarted = new CredentialCache({ now: clock.now });
    const again = await restarted.get({ id, kv: env.POLICY_KV, key }, issuer.fetch);
    expect(again.source).toBe("kv");
    expect(again.credentials).toEqual(first.credentials);
    expect(issuer.calls).toBe(1);
  });

  it("asks STS again shortly before the credentials expire, in memory and in KV", async () => {
    const { clock, issuer, key, cache } = await setup();
    const id = await idFor("alice-refresh");
    await cache.get({ id, kv: env.POLICY_KV, key }, issuer.fetch);
    clock.advance(900 - REFRESH_MARGIN_SECONDS - 1);
    expect((await cache.get({ id, kv: env.POLICY_KV, key }, issuer.fetch)).source).toBe("memory");
    clock.advance(1);
    const refreshed = await cache.get({ id, kv: env.POLICY_KV, key }, issuer.fetch);
    expect(refreshed.source).toBe("sts");
    expect(refreshed.credentials.accessKeyId).toBe("ASIATEST000000000002");
    expect(refreshed.credentials.expiration - clock.now()).toBe(900 * 1000);
  });

  it("does not use an expiring KV entry either", async () => {
    const { clock, issuer, key } = await setup();
    const id = await idFor("alice-stale-kv");
    const stale = { accessKeyId: "ASIASTALE00000000001", secretAccessKey: "s", sessionToken: "t", expiration: clock.now() + 60_000 };
    await env.POLICY_KV.put(stsCredentialsKey(id), await sealEntry(key, id, stale));
    const got = await new CredentialCache({ now: clock.now }).get({ id, kv: env.POLICY_KV, key }, issuer.fetch);
    expect(got.source).toBe("sts");
    expect(got.credentials.accessKeyId).not.toBe("ASIASTALE00000000001");
  });

  it("makes one STS call for concurrent misses of the same caller", async () => {
    const { issuer, key, cache } = await setup();
    const id = await idFor("alice-burst");
    const results = await Promise.all(Array.from({ length: 8 }, () => cache.get({ id, kv: env.POLICY_KV, key }, issuer.fetch)));
    expect(issuer.calls).toBe(1);
    expect(new Set(results.map((r) => r.credentials.accessKeyId)).size).toBe(1);
  });

  it("keeps working from STS when KV fails", async () => {
    const { issuer, key, cache } = await setup();
    const broken = { get: async () => { throw new Error("KV down"); }, put: async () => { throw new Error("KV down"); } };
    const got = await cache.get({ id: await idFor("alice-kv-down"), kv: broken, key }, issuer.fetch);
    expect(got.source).toBe("sts");
  });

  it("bounds the memory it keeps", async () => {
    const { clock, issuer, key } = await setup();
    const small = new CredentialCache({ now: clock.now, maxEntries: 2 });
    for (const who of ["a", "b", "c"]) await small.get({ id: await idFor(`bound-${who}`), key }, issuer.fetch);
    expect(small.memory.size).toBe(2);
  });
});

describe("KV entries", () => {
  it("hold ciphertext only: no credential is readable in the stored value", async () => {
    const { issuer, key, cache } = await setup();
    const id = await idFor("alice-sealed");
    const { credentials } = await cache.get({ id, kv: env.POLICY_KV, key }, issuer.fetch);
    const stored = await env.POLICY_KV.get(stsCredentialsKey(id));
    expect(stored).toBeTruthy();
    for (const secret of [credentials.accessKeyId, credentials.secretAccessKey, credentials.sessionToken]) {
      expect(stored).not.toContain(secret);
      expect(stored).not.toContain(btoa(secret));
    }
    expect(Object.keys(JSON.parse(stored)).sort()).toEqual(["ct", "iv", "v"]);
  });

  it("cannot be opened with another key", async () => {
    const { issuer, key, cache } = await setup();
    const id = await idFor("alice-wrong-key");
    await cache.get({ id, kv: env.POLICY_KV, key }, issuer.fetch);
    const stored = await env.POLICY_KV.get(stsCredentialsKey(id));
    await expect(openEntry(await importCacheKey(OTHER_CACHE_KEY), id, stored)).rejects.toThrow();
    await expect(openEntry(key, id, stored)).resolves.toMatchObject({ accessKeyId: "ASIATEST000000000001" });
  });

  it("under a rotated key are not used, and STS is asked instead", async () => {
    const { clock, issuer, key, cache } = await setup();
    const id = await idFor("alice-rotated");
    await cache.get({ id, kv: env.POLICY_KV, key }, issuer.fetch);
    const other = await importCacheKey(OTHER_CACHE_KEY);
    const got = await new CredentialCache({ now: clock.now }).get({ id, kv: env.POLICY_KV, key: other }, issuer.fetch);
    expect(got.source).toBe("sts");
    expect(issuer.calls).toBe(2);
  });

  it("refuses a key that is not 32 bytes", async () => {
    await expect(importCacheKey("c2hvcnQ")).rejects.toThrow(TypeError);
    await expect(importCacheKey(undefined)).rejects.toThrow(TypeError);
  });
});

describe("one caller's credentials never serve another", () => {
  it("keeps callers apart in memory and in KV", async () => {
    const { clock, issuer, key, cache } = await setup();
    const alice = await cache.get({ id: await idFor("alice-apart"), kv: env.POLICY_KV, key }, issuer.fetch);
    const bob = await cache.get({ id: await idFor("bob-apart"), kv: env.POLICY_KV, key }, issuer.fetch);
    const bobElsewhere = await new CredentialCache({ now: clock.now }).get({ id: await idFor("carol-apart"), kv: env.POLICY_KV, key }, issuer.fetch);
    expect(issuer.calls).toBe(3);
    expect(bob.credentials.accessKeyId).not.toBe(alice.credentials.accessKeyId);
    expect(bobElsewhere.credentials.accessKeyId).not.toBe(alice.credentials.accessKeyId);
  });

  it("keeps one caller's roles apart", async () => {
    const { issuer, key, cache } = await setup();
    await cache.get({ id: await idFor("alice-roles", { roleArn: ROLE_ARNS.admin }), kv: env.POLICY_KV, key }, issuer.fetch);
    const reader = await cache.get({ id: await idFor("alice-roles", { roleArn: ROLE_ARNS["orders-reader"] }), kv: env.POLICY_KV, key }, issuer.fetch);
    expect(reader.source).toBe("sts");
  });

  it("rejects an entry copied under another caller's key", async () => {
    const { clock, issuer, key, cache } = await setup();
    const aliceId = await idFor("alice-copied");
    const malloryId = await idFor("mallory-copied");
    const alice = await cache.get({ id: aliceId, kv: env.POLICY_KV, key }, issuer.fetch);
    // Someone with write access to KV moves Alice's sealed entry under Mallory's id.
    await env.POLICY_KV.put(stsCredentialsKey(malloryId), await env.POLICY_KV.get(stsCredentialsKey(aliceId)));
    const events = [];
    const fresh = new CredentialCache({ now: clock.now, onEvent: (level, reason) => events.push(reason) });
    const mallory = await fresh.get({ id: malloryId, kv: env.POLICY_KV, key }, issuer.fetch);
    expect(mallory.source).toBe("sts");
    expect(mallory.credentials.accessKeyId).not.toBe(alice.credentials.accessKeyId);
    expect(events).toContain("sts-cache-entry-rejected");
  });
});
