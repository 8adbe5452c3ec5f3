// STS federation end to end inside workerd: the edge asks the federation Worker
// (bound as FEDERATION, its answers passed through a structured clone as Workers
// RPC would) to exchange the caller's token at a fake STS bound on 127.0.0.1 and
// sign the origin request with SigV4; it caches per caller, and both fail closed
// when STS cannot or will not answer.
import { createExecutionContext, env as workerEnv } from "cloudflare:test";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { isIdentityHeader } from "../src/assertion.js";
import FederationWorker from "../src/federation-worker.js";
import { federationConfigFrom, parseFederationConfig, roleForRequest } from "../src/sts/federation-config.js";
import { roleSessionName } from "../src/sts/federation.js";
import { UNSIGNED_PAYLOAD } from "../src/sts/sigv4.js";
import { ACCESS_AUDIENCE, ACCESS_ISSUER, ctx, edgeRequest, makeKey, makeWorld, mintToken, OIDC_ISSUER } from "./support/harness.js";
import { parseAuthorization, referenceSignature } from "./support/sigv4-reference.js";
import { CACHE_KEY, closedStsUrl, federationBinding, federationConfig, federationEnv, ROLE_ARNS, stsSpace } from "./support/sts.js";

let keys;
beforeAll(async () => {
  keys = { oidc: await makeKey("RS256", "okta-rsa-1"), access: await makeKey("RS256", "access-rsa-1") };
});
afterEach(() => vi.restoreAllMocks());

/**
 * A world whose edge federates through `behaviour` of a fresh fake STS space; `federation` overrides bindings of the
 * federation Worker.
 */
async function federatedWorld(mode, behaviour = "ok", { config = {}, federation = {} } = {}) {
  const world = await makeWorld({ keys });
  const sts = stsSpace(behaviour.replace(/\W/g, ""));
  const endpoint = behaviour === "ok" ? sts.endpoint(`ok/${world.clock.now() / 1000 + 900}`) : sts.endpoint(behaviour);
  world.env = federationEnv(world, federationConfig(mode, endpoint, config), federation);
  return { ...world, sts };
}

function userToken(world, groups, claims = {}) {
  return mintToken(world.oidcKey, {
    now: world.clock.now(), claims: { groups, email: "alice@example.com", jti: crypto.randomUUID(), ...claims },
  });
}

async function send(world, path, { token, method = "GET", headers = {} } = {}) {
  const h = { ...headers };
  if (token) h.authorization = `Bearer ${token}`;
  return world.edge.fetch(edgeRequest(path, { method, headers: h }), world.env, ctx());
}

function captureLogs() {
  const lines = [];
  for (const level of ["log", "warn", "error"]) {
    vi.spyOn(console, level).mockImplementation((line) => { lines.push(String(line)); });
  }
  return lines;
}

/** Checks the forwarded request's SigV4 the way VPC Lattice would, with the credentials STS issued. */
async function latticeAccepts(forwarded, issued) {
  const auth = parseAuthorization(forwarded.headers.get("authorization"));
  if (!auth || auth.accessKeyId !== issued.accessKeyId) return false;
  const headers = Object.fromEntries(forwarded.headers);
  headers.host = new URL(forwarded.url).host;
  const expected = await referenceSignature({
    method: forwarded.method, url: forwarded.url, headers, signedHeaders: auth.signedHeaders,
    payloadHash: headers["x-amz-content-sha256"], datetime: headers["x-amz-date"], region: auth.region,
    service: auth.service, secretAccessKey: issued.secretAccessKey,
  });
  return expected === auth.signature && auth.service === "vpc-lattice-svcs" && auth.region === "eu-west-1";
}

describe("a federated request", () => {
  it("exchanges the caller's token for the route's role and signs the origin request with it", async () => {
    const world = await federatedWorld("sts");
    const token = await userToken(world, ["okta-orders"]);
    const res = await send(world, "/api/orders/42?expand=items", { token });
    expect(res.status).toBe(200);

    const [call] = await world.sts.calls();
    expect(call.params).toMatchObject({
      Action: "AssumeRoleWithWebIdentity", RoleArn: ROLE_ARNS["orders-reader"], WebIdentityToken: token, DurationSeconds: "900",
      RoleSessionName: await roleSessionName(OIDC_ISSUER, "00u-alice"),
    });
    const [forwarded] = world.origin.requests;
    expect(forwarded.headers.get("x-amz-security-token")).toBe(call.issued.sessionToken);
    expect(forwarded.headers.get("x-amz-content-sha256")).toBe(UNSIGNED_PAYLOAD);
    expect(await latticeAccepts(forwarded, call.issued)).toBe(true);
  });

  it("carries no identity assertion in sts mode, and both the assertion and the signature in both mode", async () => {
    const stsOnly = await federatedWorld("sts");
    await send(stsOnly, "/api/orders/1", { token: await userToken(stsOnly, ["okta-orders"]) });
    const [signedOnly] = stsOnly.origin.requests;
    expect([...signedOnly.headers.keys()].filter(isIdentityHeader)).toEqual([]);

    const both = await federatedWorld("both");
    await send(both, "/api/orders/1", { token: await userToken(both, ["okta-orders"]) });
    const [signedBoth] = both.origin.requests;
    expect(signedBoth.headers.get("x-fabric-subject")).toBe("user:okta:00u-alice");
    expect(signedBoth.headers.get("x-fabric-signature")).toBeTruthy();
    expect(await latticeAccepts(signedBoth, (await both.sts.calls())[0].issued)).toBe(true);
  });

  it("assumes the first of the route's roles that the caller holds", async () => {
    const world = await federatedWorld("sts");
    await send(world, "/api/orders/1", { token: await userToken(world, ["okta-orders", "okta-admins"]) });
    await send(world, "/api/orders/1", { method: "POST", token: await userToken(world, ["okta-orders", "okta-admins"]) });
    expect((await world.sts.calls()).map((c) => c.params.RoleArn)).toEqual([ROLE_ARNS.admin, ROLE_ARNS["orders-writer"]]);
  });

  it("replaces the authorization and x-amz-* headers a client sends", async () => {
    const world = await federatedWorld("sts");
    const token = await userToken(world, ["okta-orders"]);
    await send(world, "/api/orders/1", {
      token, headers: { "x-amz-security-token": "stolen", "x-amz-content-sha256": "0".repeat(64), "x-amz-date": "20000101T000000Z" },
    });
    const [forwarded] = world.origin.requests;
    const [{ issued }] = await world.sts.calls();
    expect(forwarded.headers.get("x-amz-security-token")).toBe(issued.sessionToken);
    expect(forwarded.headers.get("x-amz-content-sha256")).toBe(UNSIGNED_PAYLOAD);
    expect(forwarded.headers.get("x-amz-date")).not.toBe("20000101T000000Z");
    expect(await latticeAccepts(forwarded, issued)).toBe(true);
  });

  it("gives the client nothing of the credentials and logs none of them", async () => {
    const lines = captureLogs();
    const world = await federatedWorld("sts");
    const token = await userToken(world, ["okta-orders"]);
    const res = await send(world, "/api/orders/1", { token });
    const [{ issued }] = await world.sts.calls();
    const seen = [JSON.stringify([...res.headers]), await res.text(), ...lines].join("\n");
    for (const secret of [issued.secretAccessKey, issued.sessionToken, issued.accessKeyId, token]) {
      expect(seen).not.toContain(secret);
    }
    expect(lines.some((l) => l.includes('"federation":"sts"') && l.includes('"federatedRole":"orders-reader"'))).toBe(true);
  });
});

describe("the credential cache on the request path", () => {
  it("serves the same caller's next request without calling STS, and a new token with a new exchange", async () => {
    const world = await federatedWorld("sts");
    const token = await userToken(world, ["okta-orders"]);
    await send(world, "/api/orders/1", { token });
    await send(world, "/api/orders/2", { token });
    expect(await world.sts.calls()).toHaveLength(1);
    const [first, second] = world.origin.requests;
    expect(second.headers.get("x-amz-security-token")).toBe(first.headers.get("x-amz-security-token"));

    await send(world, "/api/orders/3", { token: await userToken(world, ["okta-orders"]) });
    expect(await world.sts.calls()).toHaveLength(2);
  });

  it("never serves one user's credentials to another", async () => {
    const world = await federatedWorld("sts");
    await send(world, "/api/orders/1", { token: await userToken(world, ["okta-orders"], { sub: "00u-alice" }) });
    await send(world, "/api/orders/1", { token: await userToken(world, ["okta-orders"], { sub: "00u-bob" }) });
    const calls = await world.sts.calls();
    expect(calls).toHaveLength(2);
    const [alice, bob] = world.origin.requests;
    expect(bob.headers.get("x-amz-security-token")).not.toBe(alice.headers.get("x-amz-security-token"));
    expect(await latticeAccepts(bob, calls[1].issued)).toBe(true);
  });

  it("asks STS again once the cached credentials near their expiry", async () => {
    const world = await federatedWorld("sts");
    const token = await userToken(world, ["okta-orders"], { exp: Math.floor(world.clock.now() / 1000) + 3000 });
    world.env = { ...world.env, AUTH_CONFIG: { identityProviders: world.env.AUTH_CONFIG.identityProviders.map((p) => ({ ...p, maxTokenAgeSeconds: 3600 })) } };
    await send(world, "/api/orders/1", { token });
    world.clock.advance(800);
    await send(world, "/api/orders/1", { token });
    expect(await world.sts.calls()).toHaveLength(2);
  });
});

describe("failing closed", () => {
  it.each([
    ["down", "an STS answering 503"],
    ["throttle", "a throttling STS"],
    ["garbage", "an STS answering nonsense"],
  ])("answers 503 federation-unavailable for %s (%s) and forwards nothing", async (behaviour) => {
    const lines = captureLogs();
    const world = await federatedWorld("sts", behaviour);
    const token = await userToken(world, ["okta-orders"]);
    const res = await send(world, "/api/orders/1", { token });
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect((await res.json()).code).toBe("federation-unavailable");
    expect(world.origin.requests).toHaveLength(0);
    expect(lines.join("\n")).not.toContain(token);
  });

  it("answers 503 when STS cannot be reached or does not answer in time", async () => {
    const unreachable = await makeWorld({ keys });
    unreachable.env = federationEnv(unreachable, federationConfig("both", `${closedStsUrl()}/`));
    const slow = await federatedWorld("both", "hang", { config: { timeoutMs: 150 } });
    for (const world of [unreachable, slow]) {
      const res = await send(world, "/api/orders/1", { token: await userToken(world, ["okta-orders"]) });
      expect(res.status).toBe(503);
      expect((await res.json()).code).toBe("federation-unavailable");
      expect(world.origin.requests).toHaveLength(0);
    }
  });

  it("answers 403 federation-denied when STS refuses the token for the role", async () => {
    for (const behaviour of ["denied", "invalid-token"]) {
      const world = await federatedWorld("sts", behaviour);
      const res = await send(world, "/api/orders/1", { token: await userToken(world, ["okta-orders"]) });
      expect(res.status).toBe(403);
      expect((await res.json()).code).toBe("federation-denied");
      expect(world.origin.requests).toHaveLength(0);
    }
  });

  it("does not cache a failure: the next request tries STS again", async () => {
    const world = await federatedWorld("sts", "throttle");
    const token = await userToken(world, ["okta-orders"]);
    await send(world, "/api/orders/1", { token });
    await send(world, "/api/orders/1", { token });
    expect(await world.sts.calls()).toHaveLength(2);
  });

  it("refuses to federate without a usable STS_CACHE_KEY, before calling STS", async () => {
    for (const key of [undefined, "too-short"]) {
      const world = await federatedWorld("sts", "ok", { federation: { STS_CACHE_KEY: key } });
      const res = await send(world, "/api/orders/1", { token: await userToken(world, ["okta-orders"]) });
      expect(res.status).toBe(500);
      expect((await res.json()).code).toBe("edge-misconfigured");
      expect(await world.sts.calls()).toHaveLength(0);
    }
  });
});

describe("callers without a federated role", () => {
  async function machineRequest(world) {
    const token = await mintToken(world.accessKey, {
      issuer: ACCESS_ISSUER, audience: ACCESS_AUDIENCE, now: world.clock.now(),
      claims: { sub: "", common_name: "a1b2c3d4e5.access", groups: undefined },
    });
    return world.edge.fetch(
      edgeRequest("/api/billing/sync", { method: "POST", headers: { "cf-access-jwt-assertion": token } }), world.env, ctx());
  }

  it("in both mode travel with the assertion alone, and STS is not called", async () => {
    const world = await federatedWorld("both");
    const res = await machineRequest(world);
    expect(res.status).toBe(200);
    const [forwarded] = world.origin.requests;
    expect(forwarded.headers.get("x-fabric-signature")).toBeTruthy();
    expect(forwarded.headers.get("authorization")).toBeNull();
    expect(await world.sts.calls()).toHaveLength(0);
  });

  it("in sts mode are refused", async () => {
    const world = await federatedWorld("sts");
    const res = await machineRequest(world);
    expect(res.status).toBe(403);
    expect((await res.json()).code).toBe("access-denied");
    expect(world.origin.requests).toHaveLength(0);
  });

  it("on public routes are forwarded unsigned, without STS", async () => {
    const world = await federatedWorld("sts");
    const res = await send(world, "/healthz");
    expect(res.status).toBe(200);
    expect(world.origin.requests[0].headers.get("authorization")).toBeNull();
    expect(await world.sts.calls()).toHaveLength(0);
  });

  it("without FEDERATION_CONFIG nothing federates", async () => {
    const world = await federatedWorld("sts");
    const { FEDERATION_CONFIG, ...withoutFederation } = world.env;
    world.env = withoutFederation;
    const res = await send(world, "/api/orders/1", { token: await userToken(world, ["okta-orders"]) });
    expect(res.status).toBe(200);
    expect(world.origin.requests[0].headers.get("authorization")).toBeNull();
    expect(world.origin.requests[0].headers.get("x-fabric-signature")).toBeTruthy();
    expect(await world.sts.calls()).toHaveLength(0);
  });
});

describe("FEDERATION_CONFIG", () => {
  const valid = federationConfig("sts", "https://sts.eu-west-1.amazonaws.com/");

  it("reads a complete configuration, with defaults", () => {
    const config = parseFederationConfig(JSON.stringify(valid));
    expect(config).toMatchObject({
      mode: "sts", sts: true, assertion: false, stsEndpoint: "https://sts.eu-west-1.amazonaws.com/", region: "eu-west-1",
      service: "vpc-lattice-svcs", durationSeconds: 900, timeoutMs: 3000,
    });
    expect(config.roleArnsByRole.get("admin")).toBe(ROLE_ARNS.admin);
    expect(parseFederationConfig({ ...valid, mode: "both" }).assertion).toBe(true);
    expect(parseFederationConfig({ mode: "assertion" })).toMatchObject({ sts: false, assertion: true });
    expect(federationConfigFrom({})).toMatchObject({ mode: "assertion", sts: false });
  });

  it.each([
    ["an unknown mode", { mode: "sigv4" }],
    ["a plain-http STS endpoint off the machine", { stsEndpoint: "http://sts.eu-west-1.amazonaws.com/" }],
    ["an endpoint with a query", { stsEndpoint: "https://sts.eu-west-1.amazonaws.com/?Action=x" }],
    ["no endpoint", { stsEndpoint: undefined }],
    ["a malformed region", { region: "eu west 1" }],
    ["a role ARN that is no IAM role", { roleArnsByRole: { admin: "arn:aws:s3:::bucket" } }],
    ["no roles", { roleArnsByRole: {} }],
    ["a session longer than an hour", { durationSeconds: 7200 }],
    ["a session shorter than STS allows", { durationSeconds: 300 }],
    ["a malformed service", { service: "Lattice Service" }],
  ])("refuses %s", (_name, change) => {
    expect(() => parseFederationConfig({ ...valid, ...change })).toThrow(/federation-config/);
  });

  it("accepts plain http for a loopback STS only", () => {
    expect(parseFederationConfig({ ...valid, stsEndpoint: "http://127.0.0.1:8080/" }).stsEndpoint).toBe("http://127.0.0.1:8080/");
    expect(() => parseFederationConfig({ ...valid, stsEndpoint: "http://10.0.0.1/" })).toThrow(/not-https/);
  });

  it("picks the route's roles in the route's order, only those the caller holds and that have a role ARN", () => {
    const config = parseFederationConfig(valid);
    expect(roleForRequest(config, ["admin", "orders-reader"], ["orders-reader", "admin"])).toEqual({ role: "admin", roleArn: ROLE_ARNS.admin });
    expect(roleForRequest(config, ["docs-editor", "orders-reader"], ["docs-editor", "orders-reader"])?.role).toBe("orders-reader");
    expect(roleForRequest(config, ["admin"], ["orders-reader"])).toBeNull();
  });

  it("makes a misconfigured edge answer 500 rather than forward unsigned", async () => {
    const world = await federatedWorld("sts", "ok", { config: { region: "nowhere" } });
    const res = await send(world, "/api/orders/1", { token: await userToken(world, ["okta-orders"]) });
    expect(res.status).toBe(500);
    expect(world.origin.requests).toHaveLength(0);
  });
});

describe("the FEDERATION binding, seen from the edge", () => {
  /** A federated world whose FEDERATION binding answers `answer` (or throws it, when it is an Error). */
  async function answering(answer) {
    const world = await federatedWorld("sts");
    world.env.FEDERATION = {
      signedHeaders: async () => {
        if (answer instanceof Error) throw answer;
        return structuredClone(answer);
      },
    };
    return world;
  }

  async function refusal(world) {
    const lines = captureLogs();
    const res = await send(world, "/api/orders/1", { token: await userToken(world, ["okta-orders"]) });
    const reason = lines.map((l) => JSON.parse(l)).find((l) => l.event === "request.denied")?.reason;
    return { status: res.status, code: (await res.json()).code, reason, forwarded: world.origin.requests.length };
  }

  const signature = {
    authorization: "AWS4-HMAC-SHA256 Credential=ASIAEXAMPLE/20260101/eu-west-1/vpc-lattice-svcs/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token, Signature=00",
    "x-amz-date": "20260101T000000Z",
    "x-amz-security-token": "session-token",
    "x-amz-content-sha256": UNSIGNED_PAYLOAD,
  };

  it("asks for the route's role, the verified caller, the token and the request it signs, and nothing else", async () => {
    const world = await federatedWorld("sts");
    const token = await userToken(world, ["okta-orders"]);
    await send(world, "/api/orders/42?expand=items", { token, method: "GET" });
    expect(world.env.FEDERATION.asks).toEqual([{
      roleArn: ROLE_ARNS["orders-reader"], issuer: OIDC_ISSUER, subject: "00u-alice", token,
      method: "GET", url: `${world.env.ORIGIN_URL}/api/orders/42?expand=items`,
    }]);
  });

  it("without the binding answers 500 edge-misconfigured and forwards nothing", async () => {
    const world = await federatedWorld("sts");
    delete world.env.FEDERATION;
    expect(await refusal(world)).toEqual({ status: 500, code: "edge-misconfigured", reason: "federation-binding-missing", forwarded: 0 });
  });

  it("answers 503 federation-unavailable when the call fails, and forwards nothing", async () => {
    const world = await answering(new Error("Network connection lost."));
    expect(await refusal(world)).toEqual({ status: 503, code: "federation-unavailable", reason: "federation-call-failed", forwarded: 0 });
  });

  it.each([
    ["a header outside the signature", { ok: true, source: "sts", headers: { ...signature, "x-fabric-subject": "user:okta:00u-mallory" } }],
    ["no authorization", { ok: true, source: "sts", headers: { "x-amz-date": "20260101T000000Z" } }],
    ["a header that is not text", { ok: true, source: "sts", headers: { ...signature, "x-amz-date": 1 } }],
    ["an unknown source", { ok: true, source: "cache", headers: signature }],
    ["an unknown problem code", { ok: false, code: "teapot", reason: "short" }],
    ["a problem code outside the contract's refusals", { ok: false, code: "token-invalid", reason: "signature-invalid" }],
    ["a header value with a line break", { ok: true, source: "sts", headers: { ...signature, "x-amz-date": "20260101T000000Z\r\nx-fabric-subject: user:okta:00u-mallory" } }],
    ["a reason that is free text", { ok: false, code: "federation-denied", reason: "Not authorized to perform sts:AssumeRoleWithWebIdentity" }],
    ["no answer", undefined],
    ["a string", "ok"],
  ])("refuses an answer with %s: 503 federation-unavailable, nothing forwarded", async (_, answer) => {
    const world = await answering(answer);
    expect(await refusal(world)).toEqual({ status: 503, code: "federation-unavailable", reason: "federation-answer-invalid", forwarded: 0 });
  });

  it("passes on a refusal the contract allows", async () => {
    const world = await answering({ ok: false, code: "federation-denied", reason: "sts-AccessDenied" });
    expect(await refusal(world)).toEqual({ status: 403, code: "federation-denied", reason: "sts-AccessDenied", forwarded: 0 });
  });
});

describe("the federation Worker", () => {
  async function ask(world, change = {}, federation = {}) {
    const binding = federationBinding(world, world.env.FEDERATION_CONFIG, federation);
    const token = await userToken(world, ["okta-orders"]);
    return binding.signedHeaders({
      roleArn: ROLE_ARNS["orders-reader"], issuer: OIDC_ISSUER, subject: "00u-alice", token, method: "GET",
      url: `${world.env.ORIGIN_URL}/api/orders/1`, ...change,
    });
  }

  it("answers the signature headers and where the credentials came from, never the credentials", async () => {
    const world = await federatedWorld("sts");
    const answer = await ask(world);
    const [{ issued }] = await world.sts.calls();
    expect(answer.ok).toBe(true);
    expect(answer.source).toBe("sts");
    expect(Object.keys(answer.headers).sort()).toEqual(["authorization", "x-amz-content-sha256", "x-amz-date", "x-amz-security-token"]);
    expect(JSON.stringify(answer)).not.toContain(issued.secretAccessKey);
  });

  it.each([
    ["a role the configuration does not map", { roleArn: "arn:aws:iam::222222222222:role/someone-elses-role" }, "federation-role-unknown"],
    ["a missing subject", { subject: "" }, "federation-ask-invalid"],
    ["a token that is not text", { token: 42 }, "federation-ask-invalid"],
    ["a lower-case method", { method: "get" }, "federation-ask-method"],
    ["a URL that is not http(s)", { url: "file:///etc/passwd" }, "federation-ask-url"],
    ["a URL of another origin", { url: "https://payments.lattice.invalid/api/refunds" }, "federation-ask-url"],
    ["a URL of a look-alike host that starts with the origin", { url: "https://ingress.mesh.example.test.example.net/api/orders/1" }, "federation-ask-url"],
  ])("refuses %s before calling STS", async (_, change, reason) => {
    const world = await federatedWorld("sts");
    expect(await ask(world, change)).toEqual({ ok: false, code: "edge-misconfigured", reason });
    expect(await world.sts.calls()).toHaveLength(0);
  });

  it.each([
    ["an expired token", (world) => userToken(world, ["okta-orders"], { exp: Math.floor(world.clock.now() / 1000) - 1 }), "federation-token-expired"],
    ["a token of another issuer", (world) => userToken(world, ["okta-orders"], { iss: "https://elsewhere.example.test/" }), "federation-token-issuer"],
    ["a token that is no compact JWS", async () => "not-a-token", "federation-token-issuer"],
  ])("refuses %s before its cache or STS: 403 federation-denied", async (_, tokenOf, reason) => {
    const world = await federatedWorld("sts");
    expect(await ask(world, { token: await tokenOf(world) })).toEqual({ ok: false, code: "federation-denied", reason });
    expect(await world.sts.calls()).toHaveLength(0);
  });

  it("serves a cached entry only to the very token it was issued for, not to another with the same caller and jti", async () => {
    const world = await federatedWorld("sts");
    const binding = federationBinding(world, world.env.FEDERATION_CONFIG);
    const request = { roleArn: ROLE_ARNS["orders-reader"], issuer: OIDC_ISSUER, subject: "00u-alice", method: "GET", url: `${world.env.ORIGIN_URL}/api/orders/1` };
    const first = await userToken(world, ["okta-orders"], { jti: "shared-jti" });
    world.clock.advance(1);
    const second = await userToken(world, ["okta-orders"], { jti: "shared-jti" });
    expect(second).not.toBe(first);
    expect(await binding.signedHeaders({ ...request, token: first })).toMatchObject({ ok: true, source: "sts" });
    expect(await binding.signedHeaders({ ...request, token: first })).toMatchObject({ ok: true, source: "memory" });
    expect(await binding.signedHeaders({ ...request, token: second })).toMatchObject({ ok: true, source: "sts" });
    expect(await world.sts.calls()).toHaveLength(2);
  });

  it("refuses to sign without an origin to sign for", async () => {
    const world = await federatedWorld("sts");
    expect(await ask(world, {}, { ORIGIN_URL: undefined }))
      .toEqual({ ok: false, code: "edge-misconfigured", reason: "origin-url-invalid" });
    expect(await world.sts.calls()).toHaveLength(0);
  });

  it("refuses to sign when its configuration does not federate", async () => {
    const world = await federatedWorld("sts");
    expect(await ask(world, {}, { FEDERATION_CONFIG: { mode: "assertion" } }))
      .toEqual({ ok: false, code: "edge-misconfigured", reason: "federation-config-not-sts" });
    expect(await world.sts.calls()).toHaveLength(0);
  });

  it("answers 404 to every HTTP request and signs through its RPC method", async () => {
    const world = await federatedWorld("sts");
    const env = {
      CREDENTIALS_KV: workerEnv.CREDENTIALS_KV, ORIGIN_URL: world.env.ORIGIN_URL, FEDERATION_CONFIG: world.env.FEDERATION_CONFIG,
      STS_CACHE_KEY: CACHE_KEY,
    };
    const worker = new FederationWorker(createExecutionContext(), env);
    for (const method of ["GET", "POST"]) {
      expect((await worker.fetch(new Request("https://identity-fabric-dev-federation.example.workers.dev/", { method }))).status).toBe(404);
    }
    // The Worker's own Federation runs on the real clock, so the token must be valid now.
    const token = await userToken(world, ["okta-orders"], { exp: Math.floor(Date.now() / 1000) + 600 });
    const answer = await worker.signedHeaders({
      roleArn: ROLE_ARNS["orders-reader"], issuer: OIDC_ISSUER, subject: "00u-alice", token, method: "GET",
      url: `${world.env.ORIGIN_URL}/api/orders/1`,
    });
    expect(answer).toMatchObject({ ok: true, source: "sts" });
  });
});
