// The Worker end to end inside workerd: decision table, header stripping and
// signing, trace context, problem responses, logs, and KV / origin outages.
import { env } from "cloudflare:workers";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import worker from "../src/index.js";
import { isIdentityHeader, signAssertion } from "../src/assertion.js";
import { POLICY_MAX_STALE_SECONDS, POLICY_REFRESH_SECONDS } from "../src/policy-store.js";
import {
  ACCESS_AUDIENCE, ACCESS_ISSUER, ctx, edgeRequest, fixture, makeKey, makeWorld, mintToken,
  stubGlobalFetch,
} from "./support/harness.js";

let keys;
beforeAll(async () => {
  keys = { oidc: await makeKey("RS256", "okta-rsa-1"), access: await makeKey("RS256", "access-rsa-1") };
});
afterEach(() => vi.restoreAllMocks());

async function tokenFor(world, who, claims = {}) {
  if (typeof who === "string") {
    return mintToken(world.accessKey, {
      issuer: ACCESS_ISSUER, audience: ACCESS_AUDIENCE, now: world.clock.now(),
      claims: { sub: "", common_name: who, groups: undefined, ...claims },
    });
  }
  return mintToken(world.oidcKey, { now: world.clock.now(), claims: { groups: who, email: "alice@example.com", ...claims } });
}

async function send(world, path, { method = "GET", host, who = null, headers = {}, ...rest } = {}) {
  const h = { ...headers };
  if (who !== null) {
    const token = await tokenFor(world, who);
    if (typeof who === "string") h["cf-access-jwt-assertion"] = token;
    else h.authorization = `Bearer ${token}`;
  }
  return world.edge.fetch(edgeRequest(path, { method, host, headers: h, ...rest }), world.env, ctx());
}

const STATUS = { allow: 200, unauthenticated: 401, invalid: 400 };

describe("decision table (shared fixture), end to end", () => {
  let world;
  beforeAll(async () => {
    world = await makeWorld({ keys });
  });

  it.each(fixture.decisions.map((d) => [`${d.method} ${d.host}${d.path} as ${JSON.stringify(d.groups ?? d.machineClient ?? null)}`, d]))(
    "%s", async (_name, d) => {
      const before = world.origin.requests.length;
      const res = await send(world, d.path, { method: d.method, host: d.host, who: d.machineClient ?? d.groups });
      const expected = STATUS[d.expect] ?? (d.code === "method-not-allowed" ? 405 : 403);
      expect(res.status).toBe(expected);
      if (d.expect === "allow") {
        expect(world.origin.requests.length).toBe(before + 1);
      } else {
        expect(world.origin.requests.length).toBe(before);
        expect(res.headers.get("content-type")).toBe("application/problem+json");
        expect((await res.json()).code).toBe(d.code);
      }
    });
});

describe("the forwarded request", () => {
  it("goes to the mesh ingress with the normalized path and the query, and the origin's answer comes back", async () => {
    const world = await makeWorld({ keys });
    const res = await send(world, "/API//orders/./42/?expand=items&access_token=abc", { who: ["okta-staff"] });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("from origin");
    const [forwarded] = world.origin.requests;
    expect(forwarded.url).toBe("https://ingress.mesh.example.test/API/orders/42/?expand=items&access_token=abc");
    expect(forwarded.headers.get("x-forwarded-host")).toBe("app.example.test");
    expect(res.headers.get("x-request-id")).toBe(forwarded.headers.get("x-request-id"));
  });

  it("carries no identity header the client sent, nor its token", async () => {
    const world = await makeWorld({ keys });
    const spoofed = {
      "X-Fabric-Subject": "root", "x-fabric-roles": "admin", "X-FABRIC-SIGNATURE": "forged", "x-forwarded-user": "root",
      "x-amzn-oidc-identity": "root", "remote-user": "root", "cf-access-authenticated-user-email": "boss@example.com",
      "x-request-id": "client-chosen", "x-amzn-trace-id": "Root=1-00000000-000000000000000000000000",
    };
    await send(world, "/api/orders/1", { who: ["okta-staff"], headers: spoofed });
    const forwarded = world.origin.requests[0].headers;
    expect(forwarded.get("x-fabric-subject")).toBe("user:okta:00u-alice");
    expect(forwarded.get("x-fabric-roles")).toBe("orders-reader");
    expect(forwarded.get("x-fabric-signature")).not.toBe("forged");
    for (const name of ["x-forwarded-user", "x-amzn-oidc-identity", "remote-user", "cf-access-authenticated-user-email", "authorization"]) {
      expect(forwarded.has(name)).toBe(false);
    }
    expect(forwarded.get("x-request-id")).not.toBe("client-chosen");
    expect(forwarded.get("x-amzn-trace-id")).not.toContain("00000000-0000");
  });

  it("strips spoofed identity headers on public routes too, and asserts no identity there", async () => {
    const world = await makeWorld({ keys });
    await send(world, "/public/a.css", { headers: { "x-fabric-subject": "root", "X-Forwarded-Email": "boss@example.com" } });
    const forwarded = world.origin.requests[0].headers;
    expect([...forwarded.keys()].filter((n) => isIdentityHeader(n))).toEqual([]);
  });

  it("signs the verified identity with the current key over exactly what it forwards", async () => {
    const world = await makeWorld({ keys });
    await send(world, "/api/orders/42?expand=items", { who: ["okta-orders", "okta-staff"] });
    const forwarded = world.origin.requests[0];
    const url = new URL(forwarded.url);
    const expected = await signAssertion({
      method: "GET", host: url.host, path: url.pathname + url.search,
      identity: { subject: "user:okta:00u-alice", roles: ["orders-reader", "orders-writer"], email: "alice@example.com" },
      timestamp: Math.floor(world.clock.now() / 1000),
      key: { id: env.SIGNING_KEY_CURRENT_ID, secret: env.SIGNING_KEY_CURRENT },
    });
    expect(Object.keys(expected).length).toBeGreaterThan(3);
    for (const [name, value] of Object.entries(expected)) expect(forwarded.headers.get(name)).toBe(value);
  });

  it("asserts a machine client by its catalog name", async () => {
    const world = await makeWorld({ keys });
    const res = await send(world, "/api/billing/sync", { method: "POST", who: "a1b2c3d4e5.access", body: "{}" });
    expect(res.status).toBe(200);
    expect(world.origin.requests[0].headers.get("x-fabric-subject")).toBe("machine:billing-sync-job");
  });

  it("keeps a valid traceparent, derives X-Amzn-Trace-Id from it, and creates one when missing", async () => {
    const world = await makeWorld({ keys });
    const traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    await send(world, "/public/x", { headers: { traceparent } });
    await send(world, "/public/y", { headers: { traceparent: "00-zz-bad-01" } });
    const [kept, created] = world.origin.requests.map((r) => r.headers);
    expect(kept.get("traceparent")).toBe(traceparent);
    expect(kept.get("x-amzn-trace-id")).toBe("Root=1-4bf92f35-77b34da6a3ce929d0e0e4736;Parent=00f067aa0ba902b7;Sampled=1");
    expect(created.get("traceparent")).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    const traceId = created.get("traceparent").slice(3, 35);
    expect(created.get("x-amzn-trace-id")).toBe(`Root=1-${traceId.slice(0, 8)}-${traceId.slice(8)};Parent=${created.get("traceparent").slice(36, 52)};Sampled=1`);
  });
});

describe("refusals", () => {
  it("ignore a token in the query string", async () => {
    const world = await makeWorld({ keys });
    const token = await tokenFor(world, ["okta-admins"]);
    for (const q of [`access_token=${token}`, `token=${token}`, `jwt=${token}`]) {
      const res = await send(world, `/admin?${q}`);
      expect(res.status).toBe(401);
    }
    expect(world.origin.requests).toHaveLength(0);
  });

  it("are problem+json with a stable code and no internal reason", async () => {
    const world = await makeWorld({ keys });
    const expired = await mintToken(world.oidcKey, { now: world.clock.now() - 3_000_000 });
    const res = await world.edge.fetch(edgeRequest("/admin", { headers: { authorization: `Bearer ${expired}` } }), world.env, ctx());
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer /);
    const body = await res.json();
    expect(body).toMatchObject({ type: "urn:identity-fabric:problem:token-invalid", status: 401, code: "token-invalid" });
    expect(JSON.stringify(body)).not.toMatch(/expired|exp/i);
    expect(body.requestId).toBe(res.headers.get("x-request-id"));
  });

  it("tell which methods a route allows on 405", async () => {
    const world = await makeWorld({ keys });
    const res = await send(world, "/api/billing/sync", { who: ["okta-finance"] });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("POST");
  });

  it("answer 503, never pass, when no signing keys can be had from the IdP", async () => {
    const world = await makeWorld({ keys });
    world.jwksEndpoint.failing = true;
    const res = await send(world, "/admin", { who: ["okta-admins"] });
    expect(res.status).toBe(503);
    expect((await res.json()).code).toBe("keys-unavailable");
    expect(world.origin.requests).toHaveLength(0);
  });

  it("answer 502 when the origin cannot be reached", async () => {
    const world = await makeWorld({ keys });
    world.origin.failing = true;
    const res = await send(world, "/public/x");
    expect(res.status).toBe(502);
    expect((await res.json()).code).toBe("origin-unavailable");
  });

  it("answer 500 when the Worker has no signing key, rather than forward unsigned", async () => {
    const world = await makeWorld({ keys });
    world.env = { ...world.env, SIGNING_KEY_CURRENT: undefined };
    const res = await send(world, "/admin", { who: ["okta-admins"] });
    expect(res.status).toBe(500);
    expect(world.origin.requests).toHaveLength(0);
  });
});

describe("route policy from KV", () => {
  const brokenKv = { get: async () => { throw new Error("KV unavailable"); }, put: async () => { throw new Error("KV unavailable"); } };

  it("answers 503 policy-unavailable while KV is down and no policy was ever read", async () => {
    const world = await makeWorld({ keys });
    const res = await world.edge.fetch(edgeRequest("/public/x"), { ...world.env, POLICY_KV: brokenKv }, ctx());
    expect(res.status).toBe(503);
    expect((await res.json()).code).toBe("policy-unavailable");
  });

  it("keeps serving the last policy through a KV outage for a bounded time, then fails closed", async () => {
    const world = await makeWorld({ keys });
    expect((await send(world, "/public/x")).status).toBe(200);
    world.env = { ...world.env, POLICY_KV: brokenKv };
    world.clock.advance(POLICY_REFRESH_SECONDS + 1);
    expect((await send(world, "/public/x")).status).toBe(200);
    world.clock.advance(POLICY_MAX_STALE_SECONDS);
    const res = await send(world, "/public/x");
    expect(res.status).toBe(503);
  });

  it("picks up a new policy version after the refresh interval", async () => {
    const world = await makeWorld({ keys });
    expect((await send(world, "/public/x")).status).toBe(200);
    const changed = structuredClone(fixture.compiled);
    changed.version = "sha256:changed";
    changed.routes = changed.routes.filter((r) => r.id !== "docs-public");
    await env.POLICY_KV.put(fixture.kvKey, JSON.stringify(changed));
    expect((await send(world, "/public/x")).status).toBe(200); // still cached
    world.clock.advance(POLICY_MAX_STALE_SECONDS); // past the bound: read synchronously
    expect((await send(world, "/public/x")).status).toBe(401);
  });

  it("refuses a policy document for another environment", async () => {
    const world = await makeWorld({ keys });
    const res = await world.edge.fetch(edgeRequest("/public/x"), { ...world.env, ENVIRONMENT: "prod" }, ctx());
    expect(res.status).toBe(503);
  });
});

describe("logs", () => {
  it("never contain a token, and name the reason code and trace id of a denial", async () => {
    const world = await makeWorld({ keys });
    const lines = [];
    for (const level of ["log", "warn", "error"]) vi.spyOn(console, level).mockImplementation((l) => lines.push(l));
    const token = await tokenFor(world, ["okta-staff"]);
    const traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    await world.edge.fetch(edgeRequest(`/admin?access_token=${token}`, { headers: { authorization: `Bearer ${token}`, traceparent } }), world.env, ctx());
    await world.edge.fetch(edgeRequest(`/api/orders/1`, { headers: { authorization: `Bearer ${token}` } }), world.env, ctx());
    expect(lines.length).toBeGreaterThanOrEqual(2);
    const signature = token.split(".")[2];
    for (const line of lines) {
      expect(line).not.toContain(signature);
      expect(line).not.toContain(token.split(".")[1]);
    }
    const denied = lines.map((l) => JSON.parse(l)).find((r) => r.event === "request.denied");
    expect(denied).toMatchObject({ reason: "role-missing", traceId: "4bf92f3577b34da6a3ce929d0e0e4736", route: "admin-console", status: 403 });
  });
});

describe("the deployed entry point", () => {
  it("serves through the default export with the wrangler bindings and global fetch", async () => {
    const world = await makeWorld({ keys });
    const origin = stubGlobalFetch(keys);
    const token = await mintToken(keys.oidc, { now: Date.now(), claims: { groups: ["okta-admins"] } });
    const res = await worker.fetch(edgeRequest("/admin/users", { headers: { authorization: `Bearer ${token}` } }), world.env, ctx());
    expect(await res.text()).toBe("ok");
    expect(origin[0].headers.get("x-fabric-subject")).toBe("user:okta:00u-alice");
    expect((await worker.fetch(edgeRequest("/admin/users"), world.env, ctx())).status).toBe(401);
  });
});
