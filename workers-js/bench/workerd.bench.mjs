// The auth path and a bare signature check measured inside workerd (Miniflare), the
// runtime that serves the Worker. workerd's clocks stand still while a request runs
// (they move only between I/O), so the time is taken from Node around each batch:
// one request to the bench Worker runs BENCH_ITERATIONS auth paths (or bare verifies,
// or nothing, to subtract the cost of the round trip itself), each with a token of
// its own. Prints per-request times and "ratio auth/verify (workerd)", with the jose
// peer (the way most Workers verify a JWT, auth-fixture.mjs) measured alongside. Where Linux's
// /proc is there, the CPU time the workerd process spent on each batch (all its
// threads) is read as well: it leaves out the time other processes on the machine
// took the CPU from workerd, so its ratio holds up on a busy machine.
import { readdirSync, readFileSync } from "node:fs";
import { build } from "esbuild";
import { Miniflare } from "miniflare";
import { signTokens } from "./auth-fixture.mjs";
import { ALGS, ITERATIONS, ROUNDS, median } from "./bench-options.mjs";

const print = (line) => process.stdout.write(line + "\n");

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

/** The workerd process Miniflare started (a child of this process), or null where there is no /proc. */
function workerdPid() {
  try {
    for (const task of readdirSync(`/proc/${process.pid}/task`)) {
      for (const pid of readFileSync(`/proc/${process.pid}/task/${task}/children`, "utf8").trim().split(/\s+/)) {
        if (pid && readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "workerd") return pid;
      }
    }
  } catch {
    // no /proc: wall-clock figures only
  }
  return null;
}

/** CPU time of every thread of a process so far, in microseconds (schedstat: nanoseconds on the CPU). */
function cpuMicros(pid) {
  let ns = 0;
  for (const task of readdirSync(`/proc/${pid}/task`)) ns += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, "utf8").split(" ")[0]);
  return ns / 1000;
}

let pid = null;
async function batchMicros(mode) {
  const cpu = pid ? cpuMicros(pid) : 0;
  const start = process.hrtime.bigint();
  const response = await mf.dispatchFetch(`http://bench/${mode}?n=${ITERATIONS}`);
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${mode}: ${text}`);
  return { wall: Number(process.hrtime.bigint() - start) / 1000, cpu: pid ? cpuMicros(pid) - cpu : NaN };
}

/** Sets the bench Worker up for one algorithm, runs its rounds and prints its block; returns its auth/verify ratios. */
async function run(alg) {
  const { jwk, tokens } = await signTokens(alg, ITERATIONS);
  const ready = await mf.dispatchFetch("http://bench/setup", { method: "POST", body: JSON.stringify({ alg, jwk, tokens, fixture }) });
  if (ready.status !== 200) throw new Error(`bench setup failed: ${await ready.text()}`);
  pid ??= workerdPid();
  for (const mode of ["auth", "verify", "wholeRequest", "peer", "empty"]) await batchMicros(mode); // warm caches and JIT
  const times = { auth: [], verify: [], wholeRequest: [], peer: [] };
  for (let r = 0; r < ROUNDS; r++) {
    // Each round measures the round trip alone, then every mode, so each round's ratios share one machine load.
    const empty = await batchMicros("empty");
    for (const mode of Object.keys(times)) {
      const batch = await batchMicros(mode);
      times[mode].push({
        wall: Math.max(0, batch.wall - empty.wall) / ITERATIONS,
        cpu: Math.max(0, batch.cpu - empty.cpu) / ITERATIONS,
      });
    }
  }
  const ratio = (a, b, field = "wall") => median(times[a].map((t, i) => t[field] / times[b][i][field]));
  const us = (mode, field = "wall") => `${median(times[mode].map((t) => t[field])).toFixed(2)} us`;
  print(`inside workerd (Miniflare): algorithm ${alg}, ${ROUNDS} rounds x ${ITERATIONS} requests each (a distinct token per request), medians`);
  if (pid) print(`cpu time of workerd per request: auth path ${us("auth", "cpu")}, bare verify ${us("verify", "cpu")}, ratio ${ratio("auth", "verify", "cpu").toFixed(2)}`);
  print(`auth path per request: ${us("auth")}`);
  print(`bare crypto.subtle.verify per request: ${us("verify")}`);
  print(`whole request (auth path + log line + relay) per request: ${us("wholeRequest")}, ratio to verify ${ratio("wholeRequest", "verify").toFixed(2)}`);
  print(`jose peer (jwtVerify + local JWKS + prefix check + HMAC header) per request: ${us("peer")}, ratio to verify ${ratio("peer", "verify").toFixed(2)}`);
  print(`ratio ours/peer (workerd): ${ratio("auth", "peer").toFixed(2)}`);
  print(`ratio auth/verify (workerd): ${ratio("auth", "verify").toFixed(2)}`);
  print("");
  return { wall: ratio("auth", "verify"), cpu: ratio("auth", "verify", "cpu"), peer: ratio("peer", "verify"), ours: ratio("auth", "peer") };
}

try {
  const results = {};
  for (const alg of ALGS) results[alg] = await run(alg);
  print("summary (workerd, medians of per-round ratios):");
  print(`ratio auth/verify (workerd): ${ALGS.map((a) => `${a} ${results[a].wall.toFixed(2)}`).join(", ")} (target <= 1.30)`);
  if (pid) print(`ratio auth/verify (workerd, cpu time): ${ALGS.map((a) => `${a} ${results[a].cpu.toFixed(2)}`).join(", ")}`);
  print(`ratio jose peer/verify (workerd): ${ALGS.map((a) => `${a} ${results[a].peer.toFixed(2)}`).join(", ")}`);
  print(`ratio ours/peer (workerd): ${ALGS.map((a) => `${a} ${results[a].ours.toFixed(2)}`).join(", ")}`);
} finally {
  await mf.dispose();
}
