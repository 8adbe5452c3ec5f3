// What both Worker benchmarks read from the environment (Node only: the bench Worker that runs inside workerd does
// not import this), and the one statistic they print.
//   BENCH_ALG: one algorithm or a comma-separated list; the table asks for RS256 and ES256.
//   BENCH_ROUNDS: rounds per algorithm (default 15); BENCH_ITERATIONS: requests per round, each with its own token (2000).
export const ALGS = (process.env.BENCH_ALG ?? "RS256,ES256").split(",").map((a) => a.trim()).filter(Boolean);
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
export const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 2000);

/** The median (the upper one of an even count). */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
