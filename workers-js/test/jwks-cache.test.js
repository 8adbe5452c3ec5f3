// Key caching under failure: stale keys serve for a bounded time, then 503;
// unknown kids refetch at most once per cooldown; rotation is picked up.
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { parseAuthConfig } from "../src/auth-config.js";
import {
  JWKS_FRESH_SECONDS, JWKS_MAX_STALE_SECONDS, JWKS_REFETCH_COOLDOWN_SECONDS, parseJwks,
} from "../src/jwks-cache.js";
import { jwksKey } from "../src/kv-keys.js";
import { verifyToken } from "../src/verify-token.js";
import { AUTH_CONFIG, makeKey, mintToken, OIDC_JWKS } from "./support/harness.js";
import { makeVerifier, reasonOf } from "./support/token-verifier.js";

const config = parseAuthConfig(AUTH_CONFIG);
const okta = config.providers[0];
let oldKey, newKey;

beforeAll(async () => {
  oldKey = await makeKey("RS256", "okta-2026-04");
  newKey = await makeKey("RS256", "okta-2026-05");
});

function setup({ kv } = {}) {
  const { clock, endpoint, jwks, verify } = makeVerifier(config, { [OIDC_JWKS]: [oldKey] }, { kv });
  const verifyWith = async (key) => verify(await mintToken(key, { now: clock.now() }));
  return { clock, endpoint, jwks, verifyWith };
}

describe("JWKS cache", () => {
  it("fetches a key set once and serves it from memory while fresh", async () => {
    const { endpoint, clock, verifyWith } = setup();
    await verifyWith(oldKey);
    clock.advance(JWKS_FRESH_SECONDS - 1);
    await verifyWith(oldKey);
    await verifyWith(oldKey);
    expect(endpoint.calls).toBe(1);
  });

  it("serves stale keys while the JWKS endpoint is down, then answers keys-unavailable past the bound", async () => {
    const { endpoint, clock, verifyWith } = setup();
    await verifyWith(oldKey);
    endpoint.failing = true;
    clock.advance(JWKS_FRESH_SECONDS + 1);
    await expect(verifyWith(oldKey)).resolves.toBeDefined(); // stale but within the bound
    expect(endpoint.calls).toBe(2);
    await verifyWith(oldKey); // failed refetch is rate limited too
    expect(endpoint.calls).toBe(2);
    clock.advance(JWKS_MAX_STALE_SECONDS);
    expect(await reasonOf(verifyWith(oldKey))).toBe("keys-unavailable/jwks-stale-beyond-bound");
  });

  it("answers keys-unavailable when no key set was ever fetched", async () => {
    const { endpoint, verifyWith } = setup();
    endpoint.failing = true;
    expect(await reasonOf(verifyWith(oldKey))).toBe("keys-unavailable/jwks-unavailable");
    expect(await reasonOf(verifyWith(oldKey))).toBe("keys-unavailable/jwks-unavailable");
    expect(endpoint.calls).toBe(1);
  });

  it("refetches for an unknown kid at most once per cooldown", async () => {
    const { endpoint, clock, verifyWith } = setup();
    await verifyWith(oldKey);
    const forged = await makeKey("RS256", "forged-kid");
    expect(await reasonOf(verifyWith(forged))).toBe("token-invalid/kid-unknown");
    expect(endpoint.calls).toBe(1); // the first fetch itself started the cooldown
    clock.advance(JWKS_REFETCH_COOLDOWN_SECONDS);
    for (let i = 0; i < 20; i++) expect(await reasonOf(verifyWith(forged))).toBe("token-invalid/kid-unknown");
    expect(endpoint.calls).toBe(2);
    clock.advance(JWKS_REFETCH_COOLDOWN_SECONDS);
    expect(await reasonOf(verifyWith(forged))).toBe("token-invalid/kid-unknown");
    expect(endpoint.calls).toBe(3);
  });

  it("follows an IdP key rotation: the new kid triggers a refetch and both keys verify during the overlap", async () => {
    const { endpoint, clock, verifyWith } = setup();
    await verifyWith(oldKey);
    clock.advance(JWKS_REFETCH_COOLDOWN_SECONDS);
    endpoint.keySets[OIDC_JWKS] = [newKey, oldKey];
    await expect(verifyWith(newKey)).resolves.toBeDefined();
    await expect(verifyWith(oldKey)).resolves.toBeDefined();
    expect(endpoint.calls).toBe(2);
    endpoint.keySets[OIDC_JWKS] = [newKey];
    clock.advance(JWKS_FRESH_SECONDS);
    await expect(verifyWith(newKey)).resolves.toBeDefined();
    expect(await reasonOf(verifyWith(oldKey))).toBe("token-invalid/kid-unknown");
  });

  it("shares fetched keys with other isolates through KV, and uses them when the endpoint is down", async () => {
    const waits = [];
    const first = setup({ kv: env.POLICY_KV });
    await verifyToken({ token: await mintToken(oldKey, { now: first.clock.now() }), source: "oidc" }, config, first.jwks,
      { now: first.clock.now(), waitUntil: (p) => waits.push(p) });
    await Promise.all(waits);
    const stored = await env.POLICY_KV.get(jwksKey(okta.jwksUrl), "json");
    expect(stored.keys.map((k) => k.kid)).toEqual(["okta-2026-04"]);

    const second = setup({ kv: env.POLICY_KV });
    second.endpoint.failing = true;
    await expect(second.verifyWith(oldKey)).resolves.toBeDefined();
    expect(second.endpoint.calls).toBe(0);
  });

  it("treats a KV outage as a cache miss, not as a failure", async () => {
    const brokenKv = { get: async () => { throw new Error("KV unavailable"); }, put: async () => { throw new Error("KV unavailable"); } };
    const { verifyWith, endpoint } = setup({ kv: brokenKv });
    await expect(verifyWith(oldKey)).resolves.toBeDefined();
    expect(endpoint.calls).toBe(1);
  });

  it("keeps only public signing keys from a JWKS document", () => {
    const keys = parseJwks(JSON.stringify({
      keys: [
        oldKey.jwk,
        { ...newKey.jwk, use: "enc" },
        { ...newKey.jwk, kid: "private", d: "secret" },
        { kty: "oct", kid: "sym", k: "c2VjcmV0" },
        { ...newKey.jwk, kid: undefined },
      ],
    }));
    expect([...keys.keys()]).toEqual(["okta-2026-04"]);
    expect(() => parseJwks(JSON.stringify({ keys: [{ kty: "oct", kid: "sym", k: "c2VjcmV0" }] }))).toThrow(/no-usable-keys/);
    expect(() => parseJwks("x".repeat(70 * 1024))).toThrow(/too-large/);
  });
});
