// What both auth-path benchmarks (in Node, and inside workerd) measure against: the
// edge with warm caches over an in-memory KV, one identity provider, the shared route
// policy fixture, an origin that answers at once, a pool of distinct tokens (one per
// request, so no cache of the token itself can serve a request), the bare signature
// check of each, and the jose peer. Runs in Node and in workerd (nodejs_compat).
import { Buffer } from "node:buffer";
import { createHmac, createSecretKey } from "node:crypto";
import { createLocalJWKSet, exportJWK, generateKeyPair, jwtVerify, SignJWT } from "jose";
import { createEdge } from "../src/index.js";
import { JwksCache } from "../src/jwks-cache.js";
import { PolicyStore } from "../src/policy-store.js";

export const ISSUER = "https://idp.example.test/oauth2/default";
export const AUDIENCE = "api://identity-fabric";
const JWKS_URL = `${ISSUER}/v1/keys`;
const SIGNING_KEY = "dGVzdC1jdXJyZW50LXNpZ25pbmcta2V5LTAwMDAwMDA";
const REQUEST_URL = "https://app.example.test/api/orders/42?expand=items";

const VERIFY_PARAMS = {
  RS256: { name: "RSASSA-PKCS1-v1_5" },
  ES256: { name: "ECDSA", hash: "SHA-256" },
  PS256: { name: "RSA-PSS", saltLength: 32 },
};
const IMPORT_PARAMS = {
  RS256: { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" },
  ES256: { name: "ECDSA", namedCurve: "P-256" },
  PS256: { name: "RSA-PSS", hash: "SHA-256" },
};

/** The claims of the i-th token: the same caller, a distinct token id (and so a distinct token) each time. */
export function claimsFor(i) {
  return { sub: "00u-alice", groups: ["okta-staff", "okta-orders"], email: "alice@example.com", jti: `bench-${i}` };
}

/** A fresh key pair and `count` distinct tokens it signed; the public JWK has kid "bench-1". */
export async function signTokens(alg, count) {
  const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid: "bench-1", alg, use: "sig" };
  const tokens = [];
  for (let i = 0; i < count; i++) {
    tokens.push(await new SignJWT(claimsFor(i))
      .setProtectedHeader({ alg, kid: "bench-1", typ: "JWT" })
      .setIssuer(ISSUER).setAudience(AUDIENCE).setIssuedAt().setExpirationTime("1h").sign(privateKey));
  }
  return { jwk, tokens };
}

/**
 * @param {{ alg: string, jwk: object, tokens: string[], fixture: { kvKey: string, compiled: object } }} input
 *   `jwk` the public key (kid "bench-1"), `tokens` signed by its private key with claimsFor(i)
 */
export async function makeBench({ alg, jwk, tokens, fixture }) {
  const kv = new Map([[fixture.kvKey, JSON.stringify(fixture.compiled)]]);
  const env = {
    ENVIRONMENT: "dev",
    POLICY_KEY: fixture.kvKey,
    POLICY_KV: {
      get: async (key, type) => {
        const v = kv.get(key) ?? null;
        return v !== null && (type === "json" || type?.type === "json") ? JSON.parse(v) : v;
      },
      put: async (key, value) => void kv.set(key, value),
    },
    ORIGIN_URL: "https://ingress.mesh.example.test",
    SIGNING_KEY_CURRENT: SIGNING_KEY,
    SIGNING_KEY_CURRENT_ID: "bench-current",
    // The benchmarked route serves personal data, so the log hashes its subject with this key.
    LOG_SUBJECT_KEY: "bench-log-subject-key-0123456789abcdef",
    AUTH_CONFIG: {
      identityProviders: [{
        name: "okta", kind: "oidc", issuer: ISSUER, audiences: [AUDIENCE], jwksUrl: JWKS_URL,
        algorithms: [alg], clockSkewSeconds: 30, maxTokenAgeSeconds: 3600,
      }],
    },
  };
  const jwks = new JwksCache({ fetch: async () => Response.json({ keys: [jwk] }) });
  // The origin answers at once with one bodiless response and keeps the headers it was sent.
  const originResponse = new Response(null, { status: 200 });
  let originHeaders = null;
  const origin = async (_url, init) => {
    originHeaders = init.headers;
    return originResponse;
  };
  const edge = createEdge({ jwks, policies: new PolicyStore(), fetch: origin });
  const ctx = { waitUntil: () => {} };

  const requests = tokens.map((token) => new Request(REQUEST_URL, {
    headers: {
      authorization: `Bearer ${token}`, "user-agent": "bench", accept: "application/json",
      traceparent: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "x-fabric-subject": "spoofed",
    },
  }));

  // The bare check: each token's signature over its bytes with an imported key, inputs decoded beforehand.
  const verifyKey = await crypto.subtle.importKey("jwk", { ...jwk, alg: undefined, use: undefined }, IMPORT_PARAMS[alg], false, ["verify"]);
  const encoder = new TextEncoder();
  const checks = tokens.map((token) => {
    const [h, p, s] = token.split(".");
    return { data: encoder.encode(`${h}.${p}`), signature: base64UrlBytes(s) };
  });
  const params = VERIFY_PARAMS[alg];

  // The peer: how most Workers verify a JWT — jose's jwtVerify against a local JWKS with the same checks (issuer,
  // audience, algorithm, skew, maximum age), a route prefix and group check, and an HMAC-signed identity header
  // (node:crypto's HMAC, the same primitive the edge uses, so the comparison is of the verify paths).
  const localJwks = createLocalJWKSet({ keys: [jwk] });
  const peerKey = createSecretKey(Buffer.from(SIGNING_KEY, "base64url"));
  async function peer(request) {
    const url = new URL(request.url);
    if (!url.pathname.startsWith("/api/orders/")) throw new Error("peer: no route");
    const auth = request.headers.get("authorization") ?? "";
    if (!auth.startsWith("Bearer ")) throw new Error("peer: no token");
    const { payload } = await jwtVerify(auth.slice(7), localJwks, {
      issuer: ISSUER, audience: AUDIENCE, algorithms: [alg], clockTolerance: 30, maxTokenAge: 3600,
    });
    if (!Array.isArray(payload.groups) || !payload.groups.includes("okta-orders")) throw new Error("peer: denied");
    const headers = new Headers(request.headers);
    headers.delete("authorization");
    const ts = String(Math.floor(Date.now() / 1000));
    headers.set("x-user", payload.sub);
    headers.set("x-user-ts", ts);
    headers.set("x-user-sig", createHmac("sha256", peerKey).update(`${payload.sub}\n${ts}`).digest("base64url"));
    return headers;
  }

  const n = tokens.length;
  return {
    size: n,
    /** The auth path as the issue defines it: createEdge().prepare() */
    async auth(i) {
      const forwarded = await edge.prepare(requests[i % n], env, ctx);
      if (!forwarded.headers.has("x-fabric-signature")) throw new Error("auth path did not sign");
    },
    /** The Worker's whole fetch(): auth path, log line, relay. */
    async wholeRequest(i) {
      originHeaders = null;
      const response = await edge.fetch(requests[i % n], env, ctx);
      if (response.status !== 200 || !originHeaders?.has("x-fabric-signature")) throw new Error("the request was not forwarded signed");
    },
    async verify(i) {
      const { data, signature } = checks[i % n];
      if (!(await crypto.subtle.verify(params, verifyKey, signature, data))) throw new Error("signature did not verify");
    },
    async peer(i) {
      const headers = await peer(requests[i % n]);
      if (!headers.has("x-user-sig")) throw new Error("peer did not sign");
    },
  };
}

function base64UrlBytes(segment) {
  const binary = atob(segment.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
