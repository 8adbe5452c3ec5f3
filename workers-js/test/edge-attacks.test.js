// The Worker attacked through its real fetch inside workerd, one class of request per
// block: weak IdP keys, look-alike dot segments, method and URL overrides, host
// spellings, identity-bearing headers outside the contract, and subject collisions.
// Each block asserts what the origin received (or that it received nothing).
import { env } from "cloudflare:workers";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import worker from "../src/index.js";
import stripList from "../../contracts/forwarded-headers.json";
import stripListSpec from "../../contracts/forwarded-headers.md?raw";
import { parseAuthConfig } from "../src/auth-config.js";
import { keyWeakness, parseJwks, RSA_MIN_BITS } from "../src/jwks-cache.js";
import { jwksKey } from "../src/kv-keys.js";
import { hasOverrideParameter, isStrippedHeader, readClientHeaders } from "../src/forwarded-headers.js";
import {
  ACCESS_AUDIENCE, ACCESS_ISSUER, AUTH_CONFIG, ctx, edgeRequest, fixture, makeKey, makeWorld, mintToken, OIDC_JWKS,
  stubGlobalFetch,
} from "./support/harness.js";

let keys;
beforeAll(async () => {
  keys = { oidc: await makeKey("RS256", "okta-rsa-1"), access: await makeKey("RS256", "access-rsa-1") };
});
afterEach(() => vi.restoreAllMocks());

function captureConsole() {
  const lines = [];
  for (const level of ["log", "info", "warn", "error"]) {
    vi.spyOn(console, level).mockImplementation((...args) => lines.push(args.map(String).join(" ")));
  }
  return () => lines.map((l) => JSON.parse(l));
}

/** A 1024-bit RSA signing key, made with WebCrypto: jose will neither generate nor sign with one. */
async function weakRsaKey(kid) {
  const { publicKey, privateKey } = await crypto.subtle.generateKey(
    { name: "RSASSA-PKCS1-v1_5", modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" }, true, ["sign", "verify"]);
  const jwk = await crypto.subtle.exportKey("jwk", publicKey);
  return { alg: "RS256", kid, privateKey, weak: true, jwk: { kty: jwk.kty, n: jwk.n, e: jwk.e, kid, alg: "RS256", use: "sig" } };
}

async function bearer(world, key, claims = {}) {
  if (!key.weak) return `Bearer ${await mintToken(key, { now: world.clock.now(), claims: { groups: ["okta-admins"], ...claims } })}`;
  const iat = Math.floor(world.clock.now() / 1000);
  const encode = (value) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const input = `${encode({ alg: "RS256", kid: key.kid, typ: "JWT" })}.${encode({
    iss: "https://idp.example.test/oauth2/default", aud: "api://identity-fabric", sub: "00u-alice", groups: ["okta-admins"], iat, exp: iat + 600, ...claims,
  })}`;
  const signature = await crypto.subtle.sign("RSASSA-PKCS1-v1_5", key.privateKey, new TextEncoder().encode(input));
  return `Bearer ${input}.${Buffer.from(signature).toString("base64url")}`;
}

async function send(world, url, { method = "GET", headers = {}, host } = {}) {
  const request = url.startsWith("https://") ? new Request(url, { method, headers }) : edgeRequest(url, { method, headers, host });
  return world.edge.fetch(request, world.env, ctx());
}

async function expectRefused(world, res, status, code) {
  expect(res.status).toBe(status);
  expect((await res.json()).code).toBe(code);
  expect(world.origin.requests).toHaveLength(0);
}

describe("weak IdP keys are refused when the JWKS is loaded", () => {
  let weak;
  beforeAll(async () => {
    weak = await weakRsaKey("okta-rsa-1024");
  });

  it("a token signed by a 1024-bit key of the IdP's own JWKS is not accepted as an admin, and the key is logged as refused", async () => {
    const world = await makeWorld({ keys });
    world.jwksEndpoint.keySets[OIDC_JWKS] = [keys.oidc, weak];
    const logs = captureConsole();
    const res = await send(world, "/admin/users", { headers: { authorization: await bearer(world, weak) } });
    await expectRefused(world, res, 401, "token-invalid");
    const refused = logs().filter((r) => r.event === "jwks.key-refused");
    expect(refused[0]).toMatchObject({ reason: "jwks-key-rsa-too-small", kid: "okta-rsa-1024", bits: 1024 });
    // The strong key of the same set still works.
    const ok = await send(world, "/admin/users", { headers: { authorization: await bearer(world, keys.oidc) } });
    expect(ok.status).toBe(200);
  });

  it("a JWKS holding only weak keys is an outage (503), not an open door", async () => {
    const world = await makeWorld({ keys });
    world.jwksEndpoint.keySets[OIDC_JWKS] = [weak];
    const logs = captureConsole();
    for (const key of [weak, keys.oidc]) {
      const res = await send(world, "/admin/users", { headers: { authorization: await bearer(world, key) } });
      expect(res.status).toBe(503);
      expect((await res.json()).code).toBe("keys-unavailable");
    }
    expect(world.origin.requests).toHaveLength(0);
    expect(logs().some((r) => r.event === "jwks.refresh" && r.error === "jwks-only-weak-keys")).toBe(true);
  });

  it("an RSA key with public exponent 1 cannot be used to forge a token whose signature is its own padded digest", async () => {
    const world = await makeWorld({ keys });
    const n = keys.oidc.jwk.n;
    world.jwksEndpoint.keySets[OIDC_JWKS] = [{ jwk: { kty: "RSA", n, e: "AQ", kid: "e1", alg: "RS256", use: "sig" } }];
    const header = Buffer.from(JSON.stringify({ alg: "RS256", kid: "e1", typ: "JWT" })).toString("base64url");
    const iat = Math.floor(world.clock.now() / 1000);
    const payload = Buffer.from(JSON.stringify({
      iss: "https://idp.example.test/oauth2/default", aud: "api://identity-fabric", sub: "mallory", groups: ["okta-admins"], iat, exp: iat + 600,
    })).toString("base64url");
    // With e = 1, s^e mod n = s: the PKCS#1 v1.5 encoding of the digest is its own signature.
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`${header}.${payload}`)));
    const prefix = [0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0x04, 0x20];
    const k = Buffer.from(n, "base64url").length;
    const em = new Uint8Array(k);
    em.set([0x00, 0x01]);
    em.fill(0xff, 2, k - prefix.length - digest.length - 1);
    em.set([0x00, ...prefix, ...digest], k - prefix.length - digest.length - 1);
    const forged = `${header}.${payload}.${Buffer.from(em).toString("base64url")}`;
    const res = await send(world, "/admin/users", { headers: { authorization: `Bearer ${forged}` } });
    expect([401, 503]).toContain(res.status);
    expect(world.origin.requests).toHaveLength(0);
  });

  it("keys on curves outside P-256/P-384/P-521 are refused; a P-256 key still verifies", async () => {
    const world = await makeWorld({ keys });
    const ec = await makeKey("ES256", "okta-ec-1");
    const k1 = { jwk: { kty: "EC", crv: "secp256k1", x: ec.jwk.x, y: ec.jwk.y, kid: "k1", use: "sig" } };
    world.jwksEndpoint.keySets[OIDC_JWKS] = [k1, ec];
    const logs = captureConsole();
    expect((await send(world, "/admin/users", { headers: { authorization: await bearer(world, ec) } })).status).toBe(200);
    expect(logs().find((r) => r.event === "jwks.key-refused")).toMatchObject({ reason: "jwks-key-ec-curve-not-allowed", kid: "k1" });
    const only = await makeWorld({ keys });
    only.jwksEndpoint.keySets[OIDC_JWKS] = [k1];
    expect((await send(only, "/admin/users", { headers: { authorization: await bearer(only, ec) } })).status).toBe(503);
  });

  it("weak keys another Worker version left in the KV cache are not used either", async () => {
    const world = await makeWorld({ keys });
    await env.POLICY_KV.put(jwksKey(OIDC_JWKS), JSON.stringify({ fetchedAt: world.clock.now(), keys: [weak.jwk] }));
    world.jwksEndpoint.failing = true;
    const res = await send(world, "/admin/users", { headers: { authorization: await bearer(world, weak) } });
    await expectRefused(world, res, 503, "keys-unavailable");
    await env.POLICY_KV.delete(jwksKey(OIDC_JWKS));
  });

  it("measures an RSA modulus by its value, so zero padding does not make a small key big", () => {
    const n1024 = Buffer.from(weak.jwk.n, "base64url");
    const padded = Buffer.concat([Buffer.alloc(256 - n1024.length), n1024]).toString("base64url");
    expect(keyWeakness({ ...weak.jwk, n: padded })).toEqual({ reason: "jwks-key-rsa-too-small", bits: 1024 });
    expect(keyWeakness(keys.oidc.jwk)).toBeNull();
    expect(keyWeakness({ ...keys.oidc.jwk, e: "Ag" })).toMatchObject({ reason: "jwks-key-rsa-exponent-weak" });
    expect(keyWeakness({ ...keys.oidc.jwk, n: undefined })).toMatchObject({ reason: "jwks-key-rsa-malformed" });
    expect(keyWeakness({ kty: "OKP", crv: "X25519", x: "AAAA" })).toMatchObject({ reason: "jwks-key-okp-curve-not-allowed" });
    expect(keyWeakness({ kty: "OKP", crv: "Ed25519", x: "AAAA" })).toBeNull();
    expect(RSA_MIN_BITS).toBe(2048);
    expect(() => parseJwks(JSON.stringify({ keys: [weak.jwk] }))).toThrow("jwks-only-weak-keys");
  });
});

describe("look-alike dot segments are refused, percent-encoded or raw", () => {
  // Each is ".." (or "/") to an origin that applies NFKC or trims whitespace, under the public /public prefix.
  const SEGMENTS = [
    "%EF%BC%8E%EF%BC%8E", "\uFF0E\uFF0E", "%EF%BC%8E.", ".\uFF0E", "%E2%80%A4%E2%80%A4", "\u2024\u2024", "%E2%80%A5", "%EF%B9%92%EF%B9%92",
    "..%20", ".. ", "%20..", "..%C2%A0", "..\u00A0", "..%E3%80%80", "..\u3000", "..%E2%80%82", "..%E2%80%8B", "..%EF%BB%BF", ".%20.",
    "..%EF%BC%8Fadmin", "..\uFF0Fadmin", "..%EF%BC%BCadmin", "%EF%BC%8E%EF%BC%8E%EF%BC%8Fadmin",
  ];

  it.each(SEGMENTS)("/public/%s/admin answers 400 path-invalid and reaches no origin", async (segment) => {
    const world = await makeWorld({ keys });
    await expectRefused(world, await send(world, `/public/${segment}/admin`), 400, "path-invalid");
  });

  it.each(["\uFF41dmin", "%EF%BD%81dmin", "\u212Aey", "adm\u0131n", "%C5%BFecret", "admin%EF%BC%9Bx", "admin%EF%BC%9Fx"])(
    "a segment holding a character that folds to ASCII (%s) is refused too", async (segment) => {
      const world = await makeWorld({ keys });
      await expectRefused(world, await send(world, `/public/${segment}`), 400, "path-invalid");
    });

  it("real non-ASCII names still pass, raw or encoded, and are forwarded encoded", async () => {
    const world = await makeWorld({ keys });
    for (const path of ["/public/caf\u00E9", "/public/%C3%BCber/stra%C3%9Fe", "/public/\u65E5\u672C\u8A9E", "/public/na%C3%AFve%20caf%C3%A9", "/public/..."]) {
      expect((await send(world, path)).status, path).toBe(200);
    }
    expect(world.origin.requests.map((r) => new URL(r.url).pathname)).toEqual([
      "/public/caf%C3%A9", "/public/%C3%BCber/stra%C3%9Fe", "/public/%E6%97%A5%E6%9C%AC%E8%AA%9E", "/public/na%C3%AFve%20caf%C3%A9", "/public/...",
    ]);
  });
});

describe("method and URL overrides never reach the origin", () => {
  const OVERRIDES = {
    "X-HTTP-Method-Override": "DELETE", "X-HTTP-Method": "DELETE", "X-Method-Override": "DELETE", "X-Original-URL": "/admin/users",
    "X-Rewrite-URL": "/admin/users", "x_http_method_override": "DELETE", "X_Original_URL": "/admin", "X-Original-URI": "/admin",
    "X-Forwarded-Uri": "/admin", "X-Forwarded-Prefix": "/admin", "X-Envoy-Original-Path": "/admin", "X-Original-Method": "DELETE",
  };

  it("override headers in any spelling are stripped, on public and protected routes", async () => {
    const world = await makeWorld({ keys });
    expect((await send(world, "/public/index.html", { headers: OVERRIDES })).status).toBe(200);
    expect((await send(world, "/api/orders/1", { headers: { ...OVERRIDES, authorization: await bearer(world, keys.oidc, { groups: ["okta-staff"] }) } })).status).toBe(200);
    for (const forwarded of world.origin.requests) {
      for (const name of Object.keys(OVERRIDES)) expect(forwarded.headers.has(name), name).toBe(false);
      expect(forwarded.method).toBe("GET");
    }
  });

  it.each([
    "_method=DELETE", "_METHOD=delete", "%5Fmethod=DELETE", "%5fMethod=PUT", "a=1&_method=DELETE", "a=1;_method=DELETE",
    ".method=DELETE", "%2Emethod=DELETE", "[method=DELETE", "+_method=DELETE", "_method[]=DELETE", "_method%00x=DELETE", "_method",
  ])("?%s answers 400 query-invalid and reaches no origin", async (query) => {
    const world = await makeWorld({ keys });
    await expectRefused(world, await send(world, `/public/index.html?${query}`), 400, "query-invalid");
  });

  it("leaves other parameters alone, byte for byte", async () => {
    const world = await makeWorld({ keys });
    const res = await send(world, "/public/index.html?method=DELETE&my_method=x&_methods=1&q=%5Fmethod");
    expect(res.status).toBe(200);
    expect(new URL(world.origin.requests[0].url).search).toBe("?method=DELETE&my_method=x&_methods=1&q=%5Fmethod");
    expect(hasOverrideParameter("")).toBe(false);
  });
});

describe("host spellings select the host-scoped route", () => {
  // A protected route scoped to admin.example.test and a host-less public one beside it at "/".
  const policy = {
    schema: 1, version: "sha256:host-spelling", environment: "dev", roles: { admin: ["okta-admins"] },
    routes: [
      { id: "admin-host", hosts: ["admin.example.test"], pattern: "/", match: "prefix", methods: ["GET"], public: false, roles: ["admin"], service: "admin" },
      { id: "site-public", pattern: "/", match: "prefix", methods: ["GET"], public: true, roles: [], service: "web" },
    ],
  };

  async function hostWorld() {
    const world = await makeWorld({ keys });
    await env.POLICY_KV.put(fixture.kvKey, JSON.stringify(policy));
    return world;
  }

  it.each(["admin.example.test.", "admin.example.test..", "ADMIN.Example.Test.", "Admin.Example.Test", "admin.example.test.:443", "ａdmin.example.test."])(
    "https://%s/reports needs the admin route's token", async (host) => {
      const world = await hostWorld();
      await expectRefused(world, await send(world, `https://${host}/reports`), 401, "token-missing");
    });

  it("forwards the normalized host, and refuses a host with an empty label", async () => {
    const world = await hostWorld();
    const res = await send(world, "https://Admin.Example.Test../reports", { headers: { authorization: await bearer(world, keys.oidc) } });
    expect(res.status).toBe(200);
    expect(world.origin.requests[0].headers.get("x-forwarded-host")).toBe("admin.example.test");
    const other = await hostWorld();
    await expectRefused(other, await send(other, "https://admin..example.test/reports"), 400, "host-invalid");
  });
});

describe("headers outside the contract that carry identity or address never reach the origin with the client's values", () => {
  const cases = stripList.cases;
  const headers = Object.fromEntries(cases.map((c) => [c.name, "spoofed-by-client"]));

  it("the module's list agrees with the shared fixture, case by case", () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const c of cases) expect(isStrippedHeader(c.name), c.name).toBe(c.strip);
    for (const category of Object.values(stripList.categories)) {
      for (const name of category.names) expect(isStrippedHeader(name), name).toBe(true);
      for (const prefix of category.prefixes) expect(isStrippedHeader(`${prefix}anything`), prefix).toBe(true);
    }
  });

  it("one pass over the client's headers forwards exactly the fixture's kept names and reads the edge's own values", () => {
    const inbound = new Headers(headers);
    inbound.set("Authorization", "Bearer client-token");
    inbound.set("Traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
    inbound.set("CF-Connecting-IP", "203.0.113.7");
    const read = readClientHeaders(inbound);
    for (const c of cases) expect(read.forward.has(c.name), c.name).toBe(!c.strip);
    expect(read.forward.has("authorization")).toBe(false);
    expect(read.authorization).toBe("Bearer client-token");
    expect(read.traceparent).toBe("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
    expect(read.connectingIp).toBe("203.0.113.7");
    expect(read.access).toBe(inbound.get("cf-access-jwt-assertion"));
  });

  it("the contract's table lists exactly the fixture's names and prefixes", () => {
    const quoted = (cell) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]).sort();
    for (const category of ["hop", "override", "edge"]) {
      const row = stripListSpec.split("\n").find((line) => line.startsWith(`| ${category} |`)).split("|");
      expect(quoted(row[3]), category).toEqual([...stripList.categories[category].prefixes].sort());
      expect(quoted(row[4]), category).toEqual([...stripList.categories[category].names].sort());
    }
  });

  it.each([["a public route", "/public/index.html", null], ["a protected route", "/api/orders/1", ["okta-staff"]]])(
    "on %s, every case of the fixture is stripped or kept as listed", async (_label, path, groups) => {
      const world = await makeWorld({ keys });
      const sent = { ...headers };
      if (groups) sent.authorization = await bearer(world, keys.oidc, { groups });
      expect((await send(world, path, { headers: sent })).status).toBe(200);
      const forwarded = world.origin.requests[0].headers;
      for (const c of cases) {
        const value = forwarded.get(c.name);
        if (c.strip) expect(value, c.name).not.toBe("spoofed-by-client");
        else expect(value, c.name).toBe("spoofed-by-client");
      }
      const kept = new Set(cases.filter((c) => !c.strip).map((c) => c.name.toLowerCase()));
      const carrying = [...forwarded].filter(([, value]) => value.includes("spoofed-by-client")).map(([name]) => name);
      expect(carrying.sort()).toEqual([...kept].sort());
    });

  it("x-forwarded-for is the client address from CF-Connecting-IP, alone, and absent without one", async () => {
    const world = await makeWorld({ keys });
    const spoof = { "x-forwarded-for": "10.0.0.1", "X-Real-IP": "10.0.0.1", forwarded: "for=10.0.0.1", x_forwarded_for: "10.0.0.1" };
    await send(world, "/public/a", { headers: { ...spoof, "cf-connecting-ip": "203.0.113.7" } });
    await send(world, "/public/b", { headers: { ...spoof, "cf-connecting-ip": "2001:db8::7" } });
    await send(world, "/public/c", { headers: spoof });
    await send(world, "/public/d", { headers: { ...spoof, "cf-connecting-ip": "10.0.0.1, 203.0.113.7" } });
    const [v4, v6, none, bad] = world.origin.requests.map((r) => r.headers);
    expect(v4.get("x-forwarded-for")).toBe("203.0.113.7");
    expect(v6.get("x-forwarded-for")).toBe("2001:db8::7");
    expect(none.has("x-forwarded-for")).toBe(false);
    expect(bad.has("x-forwarded-for")).toBe(false);
    for (const h of [v4, v6, none, bad]) {
      for (const name of ["x-real-ip", "forwarded", "x_forwarded_for", "cf-connecting-ip"]) expect(h.has(name), name).toBe(false);
    }
  });
});

describe("subjects of providers and machine clients are never spelled alike", () => {
  async function forwardedSubject(world, headers) {
    const res = await send(world, "/api/billing/sync", { method: "POST", headers });
    expect(res.status).toBe(200);
    return world.origin.requests.at(-1).headers.get("x-fabric-subject");
  }

  it("an OIDC token whose subject is machine:NAME is not asserted as the machine client NAME", async () => {
    const world = await makeWorld({ keys });
    const machineToken = await mintToken(world.accessKey, {
      issuer: ACCESS_ISSUER, audience: ACCESS_AUDIENCE, now: world.clock.now(),
      claims: { sub: "", common_name: "a1b2c3d4e5.access", groups: undefined },
    });
    const machine = await forwardedSubject(world, { "cf-access-jwt-assertion": machineToken });
    const impostor = await forwardedSubject(world, {
      authorization: await bearer(world, keys.oidc, { sub: "machine:billing-sync-job", groups: ["okta-finance"] }),
    });
    expect(machine).toBe("machine:billing-sync-job");
    expect(impostor).toBe("user:okta:machine:billing-sync-job");
  });

  it("the same subject from two providers gives two subjects", async () => {
    const world = await makeWorld({ keys });
    const viaAccess = await mintToken(world.accessKey, {
      issuer: ACCESS_ISSUER, audience: ACCESS_AUDIENCE, now: world.clock.now(), claims: { sub: "00u-alice", groups: ["okta-finance"] },
    });
    const a = await forwardedSubject(world, { "cf-access-jwt-assertion": viaAccess });
    const b = await forwardedSubject(world, { authorization: await bearer(world, keys.oidc, { sub: "00u-alice", groups: ["okta-finance"] }) });
    expect(a).toBe("user:access:00u-alice");
    expect(b).toBe("user:okta:00u-alice");
  });

  it("a provider name that could end early or be spelled two ways is a configuration error", () => {
    for (const name of ["ok:ta", "Okta", "-okta", "okta team", ""]) {
      const config = { identityProviders: [{ ...AUTH_CONFIG.identityProviders[0], name }] };
      expect(() => parseAuthConfig(config), name).toThrow(/edge-misconfigured/);
    }
    expect(parseAuthConfig({ identityProviders: [{ ...AUTH_CONFIG.identityProviders[0], name: "azure-ad-2" }] }).providers[0].name).toBe("azure-ad-2");
  });

  it("a subject too long to qualify is refused, never cut", async () => {
    const world = await makeWorld({ keys });
    const res = await send(world, "/admin", { headers: { authorization: await bearer(world, keys.oidc, { sub: "a".repeat(250) }) } });
    await expectRefused(world, res, 401, "token-invalid");
  });
});

describe("the deployed entry point", () => {
  it("applies the same defences through the default export and global fetch", async () => {
    const world = await makeWorld({ keys });
    const origin = stubGlobalFetch(keys);
    const token = await mintToken(keys.oidc, { now: Date.now(), claims: { sub: "machine:billing-sync-job", groups: ["okta-admins"] } });
    const res = await worker.fetch(new Request("https://App.Example.Test./admin/users", {
      headers: { authorization: `Bearer ${token}`, x_forwarded_user: "root", "X-HTTP-Method-Override": "DELETE", "x-amzn-lattice-identity": "root" },
    }), world.env, ctx());
    expect(res.status).toBe(200);
    const forwarded = origin[0].headers;
    expect(forwarded.get("x-fabric-subject")).toBe("user:okta:machine:billing-sync-job");
    expect(forwarded.get("x-forwarded-host")).toBe("app.example.test");
    for (const name of ["x_forwarded_user", "x-http-method-override", "x-amzn-lattice-identity"]) expect(forwarded.has(name), name).toBe(false);
    const refused = await worker.fetch(new Request("https://app.example.test/public/%EF%BC%8E%EF%BC%8E/admin"), world.env, ctx());
    expect(refused.status).toBe(400);
    expect(origin).toHaveLength(1);
  });
});
