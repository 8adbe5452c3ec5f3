// Adds up the .NET TRX counters and the vitest JSON report into one closing line: "N passed, N failed, N skipped".
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";

const root = process.argv[2];
let passed = 0, failed = 0, skipped = 0;

const trxDir = join(root, "trx");
if (existsSync(trxDir)) {
  for (const file of readdirSync(trxDir).filter((f) => f.endsWith(".trx"))) {
    const counters = /<Counters\b([^>]*)\/?>/.exec(readFileSync(join(trxDir, file), "utf8"));
    if (!counters) continue;
    const count = (name) => Number((new RegExp(`\\b${name}="(\\d+)"`).exec(counters[1]) ?? [0, 0])[1]);
    passed += count("passed");
    failed += count("failed") + count("error") + count("timeout") + count("aborted");
    skipped += count("notExecuted");
  }
}

const vitest = join(root, "vitest.json");
if (existsSync(vitest)) {
  const report = JSON.parse(readFileSync(vitest, "utf8"));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}

console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
