// The two bundles `npm run build` writes, in one workerd (Miniflare) as the edge component deploys them where an
// environment federates: the edge Worker calls the federation Worker over a real service binding (Workers RPC),
// and each has a KV namespace of its own. Node answers every outbound fetch of both: the IdP's JWKS, STS and the origin.
// The workerd suite (test/) checks each side against a structured-clone stand-in for RPC; this checks the real one.
import { readFileSync } from "node:fs";
import { Miniflare } from "miniflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUDIENCE, ISSUER, signTokens } from "../bench/auth-fixture.mjs";
import { success as assumeRoleAnswer } from "../test/support/fake-sts.global.js";
import { parseAuthorization, referenceSignature } from "../test/support/sigv4-reference.js";

const dist = new URL("../dist/", import.meta.url);
const fixture = JSON.parse(readFileSync(new URL("../../contracts/route-policy.fixture.json", import.meta.url), "utf8"));
// As wrangler.jsonc and wrangler.federation.jsonc (and the edge component) set them.
const COMPAT = { compatibilityDate: "2026-04-01", compatibilityFlags: ["nodejs_compat"] };
const JWKS_URL = `${ISSUER}/v1/keys`;
const ORIGIN = "https://ingress.mesh.example.test";
const STS = "https://sts.eu-west-1.amazonaws.com/";
const ROLE_ARNS = {
  admin: "arn:aws:iam::222222222222:role/dev-admin-federated",
  "orders-reader": "arn:aws:iam::222222222222:role/dev-orders-reader-federated",
};
const FEDERATION_CONFIG = { mode: "both", stsEndpoint: STS, region: "eu-west-1", roleArnsByRole: ROLE_ARNS };

let mf;
let tokens;
const seen = { sts: [], origin: [], other: [] };
let stsBehaviour = "ok";

/** Every outbound fetch of either Worker lands here. */
async function outbound(request) {
  const url = request.url;
  if (url === JWKS_URL) return Response.json({ keys: [tokens.jwk] });
  if (url === STS) {
    const params = new URLSearchParams(await request.text());
    const record = { params: Object.fromEntries(params) };
    seen.sts.push(record);
    if (stsBehaviour === "denied") {
      return new Response(`<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>no</Message></Error></ErrorResponse>`,
        { status: 403, headers: { "content-type": "text/xml" } });
    }
    return new Response(assumeRoleAnswer(params, Math.floor(Date.now() / 1000) + 900, seen.sts.length, record), { headers: { "content-type": "text/xml" } });
  }
  if (url.startsWith(`${ORIGIN}/`)) {
    seen.origin.push({ url, method: request.method, headers: Object.fromEntries(request.headers) });
    return new Response("from the origin");
  }
  seen.other.push(url);
  return new Response(null, { status: 599 });
}

beforeAll(async () => {
  tokens = await signTokens("ES256", 3);
  mf = new Miniflare({
    workers: [
      {
        name: "edge",
        modules: true,
        scriptPath: new URL("index.js", dist).pathname,
        ...COMPAT,
        bindings: {
          ENVIRONMENT: "dev",
          POLICY_KEY: fixture.kvKey,
          ORIGIN_URL: ORIGIN,
          SIGNING_KEY_CURRENT: "dGVzdC1jdXJyZW50LXNpZ25pbmcta2V5LTAwMDAwMDA",
          SIGNING_KEY_CURRENT_ID: "k1",
          LOG_SUBJECT_KEY: "bundle-test-log-subject-key-0123456789",
          AUTH_CONFIG: {
            identityProviders: [{
              name: "okta", kind: "oidc", issuer: ISSUER, audiences: [AUDIENCE], jwksUrl: JWKS_URL, algorithms: ["ES256"],
            }],
          },
          FEDERATION_CONFIG,
        },
        kvNamespaces: { POLICY_KV: "policy" },
        serviceBindings: { FEDERATION: "federation" },
        outboundService: outbound,
      },
      {
        name: "federation",
        modules: true,
        scriptPath: new URL("federation/federation-worker.js", dist).pathname,
        ...COMPAT,
        bindings: { ORIGIN_URL: ORIGIN, FEDERATION_CONFIG, STS_CACHE_KEY: "c3RzLWNhY2hlLWtleS1mb3ItdGVzdHMtb25seS0wMDA" },
        kvNamespaces: { CREDENTIALS_KV: "credentials" },
        outboundService: outbound,
      },
    ],
  });
  await (await mf.getKVNamespace("POLICY_KV", "edge")).put(fixture.kvKey, JSON.stringify(fixture.compiled));
});

afterAll(async () => {
  await mf?.dispose();
});

const get = (path, token) => mf.dispatchFetch(`https://app.example.test${path}`, { headers: { authorization: `Bearer ${token}` } });

describe("the edge and the federation Worker over a service binding", () => {
  it("forwards a federated request signed with the credentials STS issued, and with the identity assertion", async () => {
    const res = await get("/api/orders/42?expand=items", tokens.tokens[0]);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("from the origin");
    expect(seen.sts).toHaveLength(1);
    const [call] = seen.sts;
    expect(call.params).toMatchObject({ Action: "AssumeRoleWithWebIdentity", RoleArn: ROLE_ARNS["orders-reader"], WebIdentityToken: tokens.tokens[0] });

    const [forwarded] = seen.origin;
    const auth = parseAuthorization(forwarded.headers.authorization);
    expect(auth.accessKeyId).toBe(call.issued.accessKeyId);
    expect(forwarded.headers["x-amz-security-token"]).toBe(call.issued.sessionToken);
    expect(forwarded.headers["x-fabric-subject"]).toBe("user:okta:00u-alice");
    const headers = { ...forwarded.headers, host: new URL(forwarded.url).host };
    expect(await referenceSignature({
      method: forwarded.method, url: forwarded.url, headers, signedHeaders: auth.signedHeaders,
      payloadHash: headers["x-amz-content-sha256"], datetime: headers["x-amz-date"], region: auth.region,
      service: auth.service, secretAccessKey: call.issued.secretAccessKey,
    })).toBe(auth.signature);
    expect(JSON.stringify(forwarded)).not.toContain(call.issued.secretAccessKey);
  });

  it("serves the same token's next request from the federation Worker's cache", async () => {
    expect((await get("/api/orders/6", tokens.tokens[2])).status).toBe(200);
    const before = seen.sts.length;
    expect((await get("/api/orders/7", tokens.tokens[2])).status).toBe(200);
    expect(seen.sts).toHaveLength(before);
  });

  it("carries STS's refusal across the binding as 403 federation-denied, and forwards nothing", async () => {
    stsBehaviour = "denied";
    try {
      const forwardedBefore = seen.origin.length;
      const res = await get("/api/orders/8", tokens.tokens[1]);
      expect(res.status).toBe(403);
      expect((await res.json()).code).toBe("federation-denied");
      expect(seen.origin).toHaveLength(forwardedBefore);
    } finally {
      stsBehaviour = "ok";
    }
  });

  it("leaves the federation Worker unreachable over HTTP: 404 to any request", async () => {
    const federation = await mf.getWorker("federation");
    for (const method of ["GET", "POST"]) {
      const res = await federation.fetch("https://identity-fabric-dev-federation.example.workers.dev/signedHeaders", { method, body: method === "POST" ? "{}" : undefined });
      expect(res.status).toBe(404);
    }
  });

  it("keeps STS out of the edge's bundle: no STS call, cache key or SigV4 code in it", () => {
    const edge = readFileSync(new URL("index.js", dist), "utf8");
    for (const marker of ["AssumeRoleWithWebIdentity", "STS_CACHE_KEY", "AWS4-HMAC-SHA256", "aws4_request"]) {
      expect(edge).not.toContain(marker);
    }
    const federation = readFileSync(new URL("federation/federation-worker.js", dist), "utf8");
    expect(federation).toContain("AssumeRoleWithWebIdentity");
  });

  it("keeps the credential cache in the federation Worker's own namespace, never in the edge's", async () => {
    const keys = async (binding, worker) => (await (await mf.getKVNamespace(binding, worker)).list()).keys.map((k) => k.name);
    expect((await keys("CREDENTIALS_KV", "federation")).filter((k) => k.startsWith("sts:v1:")).length).toBeGreaterThan(0);
    expect((await keys("POLICY_KV", "edge")).filter((k) => k.startsWith("sts:"))).toEqual([]);
  });

  it("reached nothing but the IdP, STS and the origin", () => {
    expect(seen.other).toEqual([]);
  });
});
