// Cost of the edge's auth path per request, against the one signature check it
// cannot avoid. Runs in Node with the Worker imported directly and caches warm.
//   auth:   the auth path as the issue defines it, createEdge().prepare():
//           normalize, policy lookup, verify (WebCrypto), authorize, strip headers,
//           sign the assertion, trace headers (and the subject hash of the log)
//   request: the Worker's whole fetch() with an origin that answers at once: the
//           auth path plus the request's log line (built and serialized) and
//           relaying the origin's response; printed as its own figure
//   verify: crypto.subtle.verify of the same token's signature, nothing else
// Prints both per-request times (wall clock, and CPU time of the whole process,
// which includes WebCrypto's thread pool) and, last, "ratio auth/verify: X.XX"
// (wall clock; target <= 1.5).
import { readFileSync } from "node:fs";
import { exportJWK, generateKeyPair, importJWK, SignJWT } from "jose";
import { createEdge } from "../src/index.js";
import { JwksCache } from "../src/jwks-cache.js";
import { PolicyStore } from "../src/policy-store.js";

// Every request writes one log line. The Worker builds and serializes it inside the
// measured path; only the write is sent to a no-op sink, as a terminal's speed is
// no property of the Worker (workerd hands console lines to its log pipeline).
// Figures go straight to stdout.
const print = (line) => process.stdout.write(line + "\n");
console.log = console.info = console.warn = console.error = () => {};

const ALG = process.env.BENCH_ALG ?? "RS256";
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 2000);
const ISSUER = "https://idp.example.test/oauth2/default";
const JWKS_URL = `${ISSUER}/v1/keys`;
const AUDIENCE = "api://identity-fabric";

const fixture = JSON.parse(readFileSync(new URL("../../contracts/route-policy.fixture.json", import.meta.url), "utf8"));
const { publicKey, privateKey } = await generateKeyPair(ALG, { extractable: true });
const jwk = { ...(await exportJWK(publicKey)), kid: "bench-1", alg: ALG, use: "sig" };

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
  SIGNING_KEY_CURRENT: "dGVzdC1jdXJyZW50LXNpZ25pbmcta2V5LTAwMDAwMDA",
  SIGNING_KEY_CURRENT_ID: "bench-current",
  // The benchmarked route serves personal data, so the log hashes its subject with this key: part of the path.
  LOG_SUBJECT_KEY: "bench-log-subject-key-0123456789abcdef",
  AUTH_CONFIG: {
    identityProviders: [{
      name: "okta", kind: "oidc", issuer: ISSUER, audiences: [AUDIENCE], jwksUrl: JWKS_URL,
      algorithms: [ALG], clockSkewSeconds: 30, maxTokenAgeSeconds: 3600,
    }],
  },
};
const jwks = new JwksCache({ fetch: async () => Response.json({ keys: [jwk] }) });
// The origin answers at once with one bodiless response (relayable any number of
// times) and keeps the headers it was sent, so each request can be checked.
const originResponse = new Response(null, { status: 200 });
let originHeaders = null;
const origin = async (url, init) => {
  originHeaders = init.headers;
  return originResponse;
};
const edge = createEdge({ jwks, policies: new PolicyStore(), fetch: origin });
const ctx = { waitUntil: () => {} };

const token = await new SignJWT({ sub: "00u-alice", groups: ["okta-staff", "okta-orders"], email: "alice@example.com" })
  .setProtectedHeader({ alg: ALG, kid: "bench-1", typ: "JWT" })
  .setIssuer(ISSUER).setAudience(AUDIENCE).setIssuedAt().setExpirationTime("1h").sign(privateKey);
const request = new Request("https://app.example.test/api/orders/42?expand=items", {
  headers: {
    authorization: `Bearer ${token}`, "user-agent": "bench", accept: "application/json",
    traceparent: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "x-fabric-subject": "spoofed",
  },
});

// The bare check: the same signature over the same bytes with an imported key.
const [h, p, s] = token.split(".");
const data = new TextEncoder().encode(`${h}.${p}`);
const signature = Buffer.from(s, "base64url");
const verifyKey = await importJWK(jwk, ALG);
const params = ALG.startsWith("ES") ? { name: "ECDSA", hash: "SHA-256" } : ALG.startsWith("PS") ? { name: "RSA-PSS", saltLength: 32 } : { name: "RSASSA-PKCS1-v1_5" };

async function auth() {
  const forwarded = await edge.prepare(request, env, ctx);
  if (!forwarded.headers.has("x-fabric-signature")) throw new Error("auth path did not sign");
}
async function wholeRequest() {
  originHeaders = null;
  const response = await edge.fetch(request, env, ctx);
  if (response.status !== 200 || !originHeaders?.has("x-fabric-signature")) throw new Error("the request was not forwarded signed");
}
async function verify() {
  if (!(await crypto.subtle.verify(params, verifyKey, signature, data))) throw new Error("signature did not verify");
}

async function perRequestMicros(fn) {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < ITERATIONS; i++) await fn();
  const wall = Number(process.hrtime.bigint() - start) / 1000 / ITERATIONS;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / ITERATIONS };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (let i = 0; i < 2000; i++) { await auth(); await wholeRequest(); await verify(); } // warm caches and JIT
const authTimes = [];
const requestTimes = [];
const verifyTimes = [];
for (let r = 0; r < ROUNDS; r++) {
  verifyTimes.push(await perRequestMicros(verify));
  authTimes.push(await perRequestMicros(auth));
  requestTimes.push(await perRequestMicros(wholeRequest));
}
// Rounds alternate verify and auth, so each pair ran under the same machine load;
// the ratio is the median of the per-pair ratios.
const wallRatio = median(authTimes.map((t, i) => t.wall / verifyTimes[i].wall));
const cpuRatio = median(authTimes.map((t, i) => t.cpu / verifyTimes[i].cpu));
const requestRatio = median(requestTimes.map((t, i) => t.wall / verifyTimes[i].wall));
const us = (x) => `${x.toFixed(2)} us`;
print(`algorithm: ${ALG}, ${ROUNDS} rounds x ${ITERATIONS} requests each, medians`);
print(`cpu time per request: auth path ${us(median(authTimes.map((t) => t.cpu)))}, bare verify ${us(median(verifyTimes.map((t) => t.cpu)))}, ratio ${cpuRatio.toFixed(2)}`);
print(`auth path per request: ${us(median(authTimes.map((t) => t.wall)))}`);
print(`bare crypto.subtle.verify per request: ${us(median(verifyTimes.map((t) => t.wall)))}`);
print(`whole request (auth path + log line + relay) per request: ${us(median(requestTimes.map((t) => t.wall)))}, ratio to verify ${requestRatio.toFixed(2)}`);
print(`ratio auth/verify: ${wallRatio.toFixed(2)}`);
