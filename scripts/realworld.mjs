#!/usr/bin/env node
// Prints the precision and recall of `catalog validate` on the real-world corpus (test/realworld/), per class
// of the issue that asked for it, from the built tool (run `npm run build` first). --list also prints every
// false and missed finding. test/realworld.test.ts asserts the same figures on the sources.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { validate } from "../dist/api.js";
import { fieldOf, formatScore, score } from "../test/helpers/realworld-score.mjs";

const root = fileURLToPath(new URL("../", import.meta.url));
const outcome = await validate({ cwd: root, paths: ["test/realworld"], baseline: false });
const texts = Object.fromEntries(outcome.files.map((f) => [f.path, readFileSync(new URL(f.path, new URL("../", import.meta.url)), "utf8")]));
const findings = outcome.results.flatMap((r) =>
  r.findings.map((f) => ({ file: r.path, line: f.range.line, rule: f.rule, severity: f.severity, field: fieldOf(f.path), message: f.message })),
);
const result = score(findings, texts);
console.log(formatScore(result, { files: outcome.results.length, items: outcome.results.reduce((n, r) => n + r.items, 0) }));
if (process.argv.includes("--list")) {
  const show = (f) => `  ${f.file}:${f.line} ${f.alternatives ?? f.rule}${f.message ? ` ${f.message}` : ` — ${f.why}`}`;
  console.log(`\nfalse findings (${result.falsePositives.length}):`);
  result.falsePositives.forEach((f) => console.log(show(f)));
  console.log(`\nmissed defects (${result.missed.length}):`);
  result.missed.forEach((f) => console.log(show(f)));
}
