// The auth path and a bare signature check measured inside workerd (Miniflare), the
// runtime that serves the Worker. workerd's clocks stand still while a request runs
// (they move only between I/O), so the time is taken from Node around each batch:
// one request to the bench Worker runs BENCH_ITERATIONS auth paths (or bare verifies,
// or nothing, to subtract the cost of the round trip itself), each with a token of
// its own. Prints per-request times and "ratio auth/verify (workerd)".
import { readFileSync } from "node:fs";
import { build } from "esbuild";
import { Miniflare } from "miniflare";
import { signTokens } from "./auth-fixture.mjs";

const print = (line) => process.stdout.write(line + "\n");
// BENCH_ALG: one algorithm or a comma-separated list; the issue's table asks for RS256 and ES256.
const ALGS = (process.env.BENCH_ALG ?? "RS256,ES256").split(",").map((a) => a.trim()).filter(Boolean);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 2000);

// The bench Worker: the shared fixture bundled with the edge's modules, as wrangler would bundle them.
// Its log lines are built and serialized inside the measured path; only the write goes to a no-op sink.
const worker = `
import { makeBench } from "./bench/auth-fixture.mjs";
console.log = console.info = console.warn = console.error = () => {};
let bench;
export default {
  async fetch(request) {
    const url = new URL(request.url);
    if (url.pathname === "/setup") {
      bench = await makeBench(await request.json());
      return new Response("ready");
    }
    const mode = url.pathname.slice(1);
    const n = Number(url.searchParams.get("n"));
    if (mode !== "empty") for (let i = 0; i < n; i++) await bench[mode](i);
    return new Response("done");
  },
};`;
const bundle = await build({
  stdin: { contents: worker, resolveDir: new URL("..", import.meta.url).pathname, loader: "js" },
  bundle: true, format: "esm", platform: "neutral", write: false, external: ["node:*"],
  conditions: ["workerd", "worker", "browser"], mainFields: ["module", "main"],
});

const mf = new Miniflare({
  modules: true,
  script: bundle.outputFiles[0].text,
  compatibilityDate: "2026-04-01",
  compatibilityFlags: ["nodejs_compat"],
});
const fixture = JSON.parse(readFileSync(new URL("../../contracts/route-policy.fixture.json", import.meta.url), "utf8"));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function batchMicros(mode) {
  const start = process.hrtime.bigint();
  const response = await mf.dispatchFetch(`http://bench/${mode}?n=${ITERATIONS}`);
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${mode}: ${text}`);
  return Number(process.hrtime.bigint() - start) / 1000;
}

/** Sets the bench Worker up for one algorithm, runs its rounds and prints its block; returns its auth/verify ratio. */
async function run(alg) {
  const { jwk, tokens } = await signTokens(alg, ITERATIONS);
  const ready = await mf.dispatchFetch("http://bench/setup", { method: "POST", body: JSON.stringify({ alg, jwk, tokens, fixture }) });
  if (ready.status !== 200) throw new Error(`bench setup failed: ${await ready.text()}`);
  for (const mode of ["auth", "verify", "wholeRequest", "empty"]) await batchMicros(mode); // warm caches and JIT
  const times = { auth: [], verify: [], wholeRequest: [] };
  for (let r = 0; r < ROUNDS; r++) {
    // Each round measures the round trip alone, then every mode, so each round's ratios share one machine load.
    const empty = await batchMicros("empty");
    for (const mode of Object.keys(times)) times[mode].push(Math.max(0, (await batchMicros(mode)) - empty) / ITERATIONS);
  }
  const ratio = (a, b) => median(times[a].map((t, i) => t / times[b][i]));
  const us = (mode) => `${median(times[mode]).toFixed(2)} us`;
  print(`inside workerd (Miniflare): algorithm ${alg}, ${ROUNDS} rounds x ${ITERATIONS} requests each (a distinct token per request), medians`);
  print(`auth path per request: ${us("auth")}`);
  print(`bare crypto.subtle.verify per request: ${us("verify")}`);
  print(`whole request (auth path + log line + relay) per request: ${us("wholeRequest")}, ratio to verify ${ratio("wholeRequest", "verify").toFixed(2)}`);
  print(`ratio auth/verify (workerd): ${ratio("auth", "verify").toFixed(2)}`);
  print("");
  return ratio("auth", "verify");
}

try {
  const results = {};
  for (const alg of ALGS) results[alg] = await run(alg);
  print("summary (workerd, medians of per-round ratios):");
  print(`ratio auth/verify (workerd): ${ALGS.map((a) => `${a} ${results[a].toFixed(2)}`).join(", ")} (target <= 1.30)`);
} finally {
  await mf.dispose();
}
