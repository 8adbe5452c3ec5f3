// The audit trail at the edge: every request leaves one structured log line with
// its request id, trace id, route, decision, reason code and caller, never the
// caller's token; on personal-data routes the caller appears only as a keyed hash.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { logRecord, REDACTED, requestRecord, subjectHash, SUBJECT_HASH_HEX_LENGTH } from "../src/log.js";
import { compilePolicy, PolicyError } from "../src/route-policy.js";
import { ctx, edgeRequest, fixture, makeKey, makeWorld, mintToken } from "./support/harness.js";

const LOG_SUBJECT_KEY = "test-log-subject-key-0123456789abcdef";
const TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
const TRACEPARENT = `00-${TRACE_ID}-00f067aa0ba902b7-01`;
const SUBJECT = "00u-alice";

let keys;
beforeAll(async () => {
  keys = { oidc: await makeKey("RS256", "okta-rsa-1"), access: await makeKey("RS256", "access-rsa-1") };
});
afterEach(() => vi.restoreAllMocks());

/** Every console line the Worker writes while the test runs, whatever the level. */
function captureConsole() {
  const lines = [];
  for (const level of ["log", "info", "debug", "warn", "error"]) {
    vi.spyOn(console, level).mockImplementation((...args) => lines.push(args.map(String).join(" ")));
  }
  return lines;
}

const records = (lines) => lines.map((l) => JSON.parse(l));
const requestRecords = (lines) => records(lines).filter((r) => r.event?.startsWith("request."));

async function oidcToken(world, groups, claims = {}) {
  return mintToken(world.oidcKey, { now: world.clock.now(), claims: { groups, email: "alice@example.com", ...claims } });
}

/** HMAC-SHA256 of the subject under the key, lowercase hex, truncated: computed here independently of log.js. */
async function expectedHash(key, subject) {
  const cryptoKey = await crypto.subtle.importKey("raw", new TextEncoder().encode(key), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const mac = await crypto.subtle.sign("HMAC", cryptoKey, new TextEncoder().encode(subject));
  return [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, "0")).join("").slice(0, 32);
}

describe("the log line of a request", () => {
  it("for a denied request names the reason code, the trace id, the request id, the route, the decision and the subject", async () => {
    const world = await makeWorld({ keys });
    const lines = captureConsole();
    const token = await oidcToken(world, ["okta-staff"]);
    const res = await world.edge.fetch(
      edgeRequest("/admin/users", { headers: { authorization: `Bearer ${token}`, traceparent: TRACEPARENT } }),
      { ...world.env, LOG_SUBJECT_KEY }, ctx());
    expect(res.status).toBe(403);
    const [denied] = requestRecords(lines);
    expect(denied).toMatchObject({
      event: "request.denied", decision: "deny", reason: "role-missing", code: "access-denied",
      traceId: TRACE_ID, route: "admin-console", subject: SUBJECT, status: 403,
    });
    expect(denied.requestId).toBe(res.headers.get("x-request-id") ?? (await res.json()).requestId);
  });

  it("for an unauthenticated request names the reason code and the trace id, and no subject", async () => {
    const world = await makeWorld({ keys });
    const lines = captureConsole();
    await world.edge.fetch(edgeRequest("/admin", { headers: { traceparent: TRACEPARENT } }), world.env, ctx());
    const [denied] = requestRecords(lines);
    expect(denied).toMatchObject({ decision: "deny", reason: "token-missing", traceId: TRACE_ID, route: "admin-console" });
    expect(denied).not.toHaveProperty("subject");
  });

  it("for a forwarded request names the decision, the route and the trace id sent to the mesh", async () => {
    const world = await makeWorld({ keys });
    const lines = captureConsole();
    const token = await oidcToken(world, ["okta-admins"]);
    await world.edge.fetch(edgeRequest("/admin", { headers: { authorization: `Bearer ${token}` } }), world.env, ctx());
    const [forwarded] = requestRecords(lines);
    const traceparent = world.origin.requests[0].headers.get("traceparent");
    expect(forwarded).toMatchObject({ event: "request.forwarded", decision: "allow", reason: "allow", route: "admin-console", subject: SUBJECT });
    expect(traceparent.split("-")[1]).toBe(forwarded.traceId);
  });
});

describe("no log line ever contains the caller's token", () => {
  it("whether it came in a header, the Access header or the query, and whether the request was allowed, denied or refused", async () => {
    const world = await makeWorld({ keys });
    const lines = captureConsole();
    const env = { ...world.env, LOG_SUBJECT_KEY };
    const staff = await oidcToken(world, ["okta-staff"]);
    const admin = await oidcToken(world, ["okta-admins"]);
    const forged = `${admin.split(".").slice(0, 2).join(".")}.${"A".repeat(342)}`;
    const expired = await mintToken(world.oidcKey, { now: world.clock.now() - 3_600_000, claims: { groups: ["okta-admins"] } });
    const tokens = [staff, admin, forged, expired];
    const sends = [
      ["/admin", { authorization: `Bearer ${staff}` }],
      ["/admin", { authorization: `Bearer ${admin}` }],
      [`/admin?access_token=${admin}`, { authorization: `Bearer ${admin}` }],
      ["/admin", { authorization: `Bearer ${forged}` }],
      ["/admin", { authorization: `Bearer ${expired}` }],
      ["/admin", { "cf-access-jwt-assertion": staff }],
      ["/api/orders/1", { authorization: `Bearer ${staff}` }],
      ["/api/orders/1", { authorization: `Bearer ${admin}`, cookie: `CF_Authorization=${admin}` }],
      ["/nowhere", { authorization: `Bearer ${admin}` }],
      [`/api/orders/${admin}`, { authorization: `Bearer ${admin}` }],
      [`/public/${staff}`, {}],
    ];
    for (const [path, headers] of sends) await world.edge.fetch(edgeRequest(path, { headers }), env, ctx());
    expect(requestRecords(lines).length).toBe(sends.length);
    for (const line of lines) {
      for (const token of tokens) {
        for (const part of token.split(".")) expect(line).not.toContain(part);
      }
      expect(line).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}/);
    }
  });
});

describe("a personal-data route", () => {
  it("is marked in the shared fixture for the routes whose service handles personal data", () => {
    const marked = fixture.compiled.routes.filter((r) => r.personalData === true).map((r) => r.id);
    expect(marked).toEqual(["orders-read", "orders-write"]);
    const policy = compilePolicy(fixture.compiled, { environment: "dev" });
    expect(policy.routesById.get("orders-read").personalData).toBe(true);
    expect(policy.routesById.get("admin-console").personalData).toBe(false);
  });

  it("logs the keyed hash of the subject, never the subject, when allowed", async () => {
    const world = await makeWorld({ keys });
    const lines = captureConsole();
    const token = await oidcToken(world, ["okta-staff"]);
    const res = await world.edge.fetch(edgeRequest("/api/orders/1", { headers: { authorization: `Bearer ${token}` } }), { ...world.env, LOG_SUBJECT_KEY }, ctx());
    expect(res.status).toBe(200);
    const [forwarded] = requestRecords(lines);
    expect(forwarded).toMatchObject({ decision: "allow", route: "orders-read", subjectHash: await expectedHash(LOG_SUBJECT_KEY, SUBJECT) });
    expect(forwarded).not.toHaveProperty("subject");
    for (const line of lines) {
      expect(line).not.toContain(SUBJECT);
      expect(line).not.toContain("alice@example.com");
    }
    // The mesh still gets the verified subject: only the log is pseudonymous.
    expect(world.origin.requests[0].headers.get("x-fabric-subject")).toBe(`user:okta:${SUBJECT}`);
  });

  it("logs the keyed hash, never the subject, when denied", async () => {
    const world = await makeWorld({ keys });
    const lines = captureConsole();
    const token = await oidcToken(world, ["okta-staff"]);
    const res = await world.edge.fetch(
      edgeRequest("/api/orders/1", { method: "POST", headers: { authorization: `Bearer ${token}`, traceparent: TRACEPARENT } }),
      { ...world.env, LOG_SUBJECT_KEY }, ctx());
    expect(res.status).toBe(403);
    const [denied] = requestRecords(lines);
    expect(denied).toMatchObject({ decision: "deny", reason: "role-missing", traceId: TRACE_ID, route: "orders-write", subjectHash: await expectedHash(LOG_SUBJECT_KEY, SUBJECT) });
    for (const line of lines) expect(line).not.toContain(SUBJECT);
  });

  it("gives one caller the same hash on every request and different callers different hashes", async () => {
    const world = await makeWorld({ keys });
    const lines = captureConsole();
    const env = { ...world.env, LOG_SUBJECT_KEY };
    for (const sub of ["00u-alice", "00u-bob", "00u-alice"]) {
      const token = await oidcToken(world, ["okta-staff"], { sub });
      await world.edge.fetch(edgeRequest("/api/orders/1", { headers: { authorization: `Bearer ${token}` } }), env, ctx());
    }
    const [a1, b, a2] = requestRecords(lines).map((r) => r.subjectHash);
    expect(a1).toBe(a2);
    expect(b).not.toBe(a1);
  });

  it("logs no subject at all when the key is missing, rather than the subject or an unkeyed hash", async () => {
    const world = await makeWorld({ keys });
    const lines = captureConsole();
    const env = { ...world.env };
    delete env.LOG_SUBJECT_KEY;
    const token = await oidcToken(world, ["okta-staff"]);
    await world.edge.fetch(edgeRequest("/api/orders/1", { headers: { authorization: `Bearer ${token}` } }), env, ctx());
    const [forwarded] = requestRecords(lines);
    expect(forwarded.subjectHash).toBeNull();
    expect(forwarded).not.toHaveProperty("subject");
    for (const line of lines) expect(line).not.toContain(SUBJECT);
  });
});

describe("subjectHash", () => {
  it("is HMAC-SHA256 under the log key, truncated hex, and changes with the key", async () => {
    const hash = subjectHash(LOG_SUBJECT_KEY, SUBJECT);
    expect(hash).toMatch(new RegExp(`^[0-9a-f]{${SUBJECT_HASH_HEX_LENGTH}}$`));
    expect(hash).toBe(await expectedHash(LOG_SUBJECT_KEY, SUBJECT));
    expect(subjectHash("another-key", SUBJECT)).not.toBe(hash);
    expect(subjectHash(LOG_SUBJECT_KEY, "00u-bob")).not.toBe(hash);
  });

  it("is null without a key", async () => {
    expect(subjectHash(undefined, SUBJECT)).toBeNull();
    expect(subjectHash("", SUBJECT)).toBeNull();
  });
});

describe("the personalData field of the route policy", () => {
  it("is refused when it is not a boolean", () => {
    const doc = structuredClone(fixture.compiled);
    doc.routes.find((r) => r.id === "orders-read").personalData = "yes";
    let error;
    try {
      compilePolicy(doc, { environment: "dev" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PolicyError);
    expect(error.reason).toBe("policy-route-personal-data");
  });

  it("is optional: a document without it compiles and logs every subject in clear", () => {
    const doc = structuredClone(fixture.compiled);
    for (const r of doc.routes) delete r.personalData;
    const policy = compilePolicy(doc, { environment: "dev" });
    expect([...policy.routesById.values()].every((r) => r.personalData === false)).toBe(true);
  });
});

describe("log redaction", () => {
  it("keeps where a token came from but never a token, whatever the field is called", () => {
    const jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln";
    const record = logRecord("info", "request.forwarded", "allowed", {
      tokenSource: "bearer", accessToken: jwt, note: `saw ${jwt}`, nested: { authorization: `Bearer ${jwt}` },
    });
    expect(record.tokenSource).toBe("bearer");
    expect(record.accessToken).toBe(REDACTED);
    expect(record.nested.authorization).toBe(REDACTED);
    expect(JSON.stringify(record)).not.toContain(jwt);
  });

  it("redacts a token-shaped value wherever it sits: the reason, a list, a nested object, a path", () => {
    const jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln";
    const record = logRecord("warn", "request.denied", `rejected ${jwt}`, {
      roles: ["reader", jwt], path: `/api/${jwt}/x`, detail: { deep: { value: `a${jwt}b` } },
    });
    const line = JSON.stringify(record);
    expect(line).not.toContain("eyJ");
    expect(record.reason).toBe(`rejected ${REDACTED}`);
    expect(record.roles).toEqual(["reader", REDACTED]);
    expect(record.path).toBe(`/api/${REDACTED}/x`);
  });

  it("redacts a sensitive field name on every record, not only the first time the name is seen", () => {
    for (let i = 0; i < 3; i++) {
      const record = logRecord("info", "jwks.refresh", "ok", { clientSecret: `s3cr3t-${i}`, keyCount: i });
      expect(record.clientSecret).toBe(REDACTED);
      expect(record.keyCount).toBe(i);
    }
  });

  it("leaves undefined fields out and keeps the event's own fields first", () => {
    const record = logRecord("info", "request.forwarded", "allow", { requestId: "r1", subject: undefined, status: 200 });
    expect(Object.keys(record)).toEqual(["ts", "level", "event", "reason", "requestId", "status"]);
  });
});

describe("the request line", () => {
  const jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln";
  const every = {
    requestId: "r-1", traceId: TRACE_ID, method: "GET", host: "app.example.test", path: `/api/${jwt}`,
    route: "orders-read", policyVersion: "v7", provider: "okta", tokenSource: "oidc", subject: `sub-${jwt}`,
    subjectHash: "0123", roles: ["orders-reader", jwt], federatedRole: "orders-reader", federation: "cache",
    decision: "deny", status: 403, code: "access-denied", error: `boom ${jwt}`,
  };
  const cases = [
    ["with every field set, tokens in the values", "warn", "request.denied", `role-missing ${jwt}`, every],
    ["for a forwarded request on a personal-data route", "info", "request.forwarded", "allow", {
      requestId: "r-2", traceId: TRACE_ID, method: "POST", host: "app.example.test", path: "/api/orders/1",
      route: "orders-write", policyVersion: "v7", provider: "okta", tokenSource: "oidc", subject: undefined,
      subjectHash: null, roles: [], federatedRole: undefined, federation: undefined, decision: "allow", status: 200,
      code: undefined, error: undefined,
    }],
    ["for a request refused before its route was known", "warn", "request.denied", "path-invalid", {
      requestId: "r-3", traceId: TRACE_ID, method: "GET", host: "app.example.test", decision: "deny", status: 400, code: "path-invalid",
    }],
  ];

  it.each(cases)("is what logRecord makes of the same fields, in the same order, %s", (_, level, event, reason, fields) => {
    const withoutTime = (record) => {
      const { ts, ...rest } = JSON.parse(JSON.stringify(record));
      expect(ts).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      return rest;
    };
    const fast = withoutTime(requestRecord(level, event, reason, fields));
    const generic = withoutTime(logRecord(level, event, reason, fields));
    expect(fast).toEqual(generic);
    expect(Object.keys(fast)).toEqual(Object.keys(generic));
    expect(JSON.stringify(fast)).not.toContain("eyJ");
  });
});

