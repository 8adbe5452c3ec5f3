// Cost of the edge's auth path per request, against the one signature check it
// cannot avoid, in Node with the Worker imported directly and caches warm. Every
// request carries a token of its own (BENCH_ITERATIONS distinct tokens), so what is
// measured is the verify path itself, not a remembered verdict.
//   auth:    the auth path as the issue defines it, createEdge().prepare():
//            normalize, policy lookup, verify (WebCrypto), authorize, strip headers,
//            sign the assertion, trace headers
//   request: the Worker's whole fetch() with an origin that answers at once: the
//            auth path plus the request's log line (built and serialized) and the relay
//   verify:  crypto.subtle.verify of the same token's signature, nothing else
//   peer:    jose's jwtVerify with a local JWKS, a route prefix check and an HMAC
//            identity header: the way most Workers verify a JWT
// Prints per-request times (wall clock; CPU time of the whole process, which includes
// WebCrypto's thread pool) and the ratios, medians of per-round ratios.
// Inside workerd: bench/workerd.bench.mjs (npm run bench:workerd).
import { readFileSync } from "node:fs";
import { makeBench, signTokens } from "./auth-fixture.mjs";
import { ALGS, ITERATIONS, ROUNDS, median } from "./bench-options.mjs";

// Every request writes one log line. The Worker builds and serializes it inside the
// measured path; only the write goes to a no-op sink. Figures go straight to stdout.
const print = (line) => process.stdout.write(line + "\n");
console.log = console.info = console.warn = console.error = () => {};


const fixture = JSON.parse(readFileSync(new URL("../../contracts/route-policy.fixture.json", import.meta.url), "utf8"));

async function perRequestMicros(fn) {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < ITERATIONS; i++) await fn(i);
  const wall = Number(process.hrtime.bigint() - start) / 1000 / ITERATIONS;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / ITERATIONS };
}

/** Runs one algorithm's rounds and prints its block; returns its ratios for the summary. */
async function run(alg) {
  const { jwk, tokens } = await signTokens(alg, ITERATIONS);
  const bench = await makeBench({ alg, jwk, tokens, fixture });
  for (let i = 0; i < ITERATIONS; i++) { await bench.auth(i); await bench.wholeRequest(i); await bench.verify(i); await bench.peer(i); } // warm
  const times = { verify: [], auth: [], request: [], peer: [] };
  for (let r = 0; r < ROUNDS; r++) {
    // Each round runs all four back to back, so each round's ratios compare runs under the same machine load.
    times.verify.push(await perRequestMicros(bench.verify));
    times.auth.push(await perRequestMicros(bench.auth));
    times.request.push(await perRequestMicros(bench.wholeRequest));
    times.peer.push(await perRequestMicros(bench.peer));
  }
  const ratio = (a, b, field = "wall") => median(times[a].map((t, i) => t[field] / times[b][i][field]));
  const us = (name, field = "wall") => `${median(times[name].map((t) => t[field])).toFixed(2)} us`;
  const figures = { auth: ratio("auth", "verify"), request: ratio("request", "verify"), peer: ratio("auth", "peer") };
  print(`algorithm: ${alg}, ${ROUNDS} rounds x ${ITERATIONS} requests each (a distinct token per request), medians`);
  print(`cpu time per request: auth path ${us("auth", "cpu")}, bare verify ${us("verify", "cpu")}, ratio ${ratio("auth", "verify", "cpu").toFixed(2)}`);
  print(`auth path per request: ${us("auth")}`);
  print(`bare crypto.subtle.verify per request: ${us("verify")}`);
  print(`jose peer (jwtVerify + local JWKS + prefix check + HMAC header) per request: ${us("peer")}, ratio to verify ${ratio("peer", "verify").toFixed(2)}`);
  print(`whole request (auth path + log line + relay) per request: ${us("request")}, ratio to verify ${figures.request.toFixed(2)}`);
  print(`ratio ours/peer (auth path / jose peer): ${figures.peer.toFixed(2)}`);
  print(`ratio auth/verify: ${figures.auth.toFixed(2)}`);
  print("");
  return figures;
}

const results = {};
for (const alg of ALGS) results[alg] = await run(alg);
// The issue's table, Worker rows measured in Node (bench:workerd prints the workerd row, npm run build the bundle).
const row = (label, field, target) => print(`${label}: ${ALGS.map((a) => `${a} ${results[a][field].toFixed(2)}`).join(", ")} (target ${target})`);
print("summary (Node, wall-clock medians of per-round ratios):");
row("ratio auth/verify", "auth", "<= 1.20");
row("ratio whole request/verify", "request", "<= 1.40");
row("ratio ours/peer", "peer", "<= 0.80");
