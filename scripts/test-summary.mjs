// The closing line of `npm test`: every test counted across Vitest (unit, integration) and Playwright.
import { existsSync, readFileSync } from "node:fs";

const dir = process.argv[2] ?? ".tangent/reports";
let passed = 0;
let failed = 0;
let skipped = 0;
for (const name of ["unit", "integration"]) {
  const file = `${dir}/${name}.json`;
  if (!existsSync(file)) continue;
  const r = JSON.parse(readFileSync(file, "utf8"));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + r.numTodoTests;
}
const e2e = `${dir}/e2e.json`;
if (existsSync(e2e)) {
  const { stats } = JSON.parse(readFileSync(e2e, "utf8"));
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected;
  skipped += stats.skipped;
}
console.log(`total: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
