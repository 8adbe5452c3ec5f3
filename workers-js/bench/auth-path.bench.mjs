// Cost of the edge's auth path per request, against the one signature check it
// cannot avoid. Runs in Node with the Worker imported directly and caches warm.
//   auth:   createEdge().prepare(): normalize, policy lookup, verify (jose),
//           authorize, strip headers, sign the assertion, trace headers
//   verify: crypto.subtle.verify of the same token's signature, nothing else
// Prints both per-request times (wall clock, and CPU time of the whole process,
// which includes WebCrypto's thread pool) and, last, "ratio auth/verify: X.XX"
// (wall clock; target <= 1.5).
import { readFileSync } from "node:fs";
import { exportJWK, generateKeyPair, importJWK, SignJWT } from "jose";
import { createEdge } from "../src/index.js";
import { JwksCache } from "../src/jwks-cache.js";
import { PolicyStore } from "../src/policy-store.js";

// The Worker logs policy and key loads (warm-up only); keep stdout for the figures.
const print = (line) => process.stdout.write(line + "\n");
console.log = () => {};

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
const edge = createEdge({ jwks, policies: new PolicyStore(), fetch: async () => new Response("ok") });
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

for (let i = 0; i < 2000; i++) { await auth(); await verify(); } // warm caches and JIT
const authTimes = [];
const verifyTimes = [];
for (let r = 0; r < ROUNDS; r++) {
  verifyTimes.push(await perRequestMicros(verify));
  authTimes.push(await perRequestMicros(auth));
}
// Rounds alternate verify and auth, so each pair ran under the same machine load;
// the ratio is the median of the per-pair ratios.
const wallRatio = median(authTimes.map((t, i) => t.wall / verifyTimes[i].wall));
const cpuRatio = median(authTimes.map((t, i) => t.cpu / verifyTimes[i].cpu));
const us = (x) => `${x.toFixed(2)} us`;
print(`algorithm: ${ALG}, ${ROUNDS} rounds x ${ITERATIONS} requests each, medians`);
print(`cpu time per request: auth path ${us(median(authTimes.map((t) => t.cpu)))}, bare verify ${us(median(verifyTimes.map((t) => t.cpu)))}, ratio ${cpuRatio.toFixed(2)}`);
print(`auth path per request: ${us(median(authTimes.map((t) => t.wall)))}`);
print(`bare crypto.subtle.verify per request: ${us(median(verifyTimes.map((t) => t.wall)))}`);
print(`ratio auth/verify: ${wallRatio.toFixed(2)}`);
