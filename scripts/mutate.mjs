// npm run mutate [-- [--force] name ...]: runs Stryker once per module of stryker.config.mjs (all, or the named ones),
// each against only the tests that exercise it, and keeps stryker-incremental.json whole: Stryker rewrites
// that file with the modules of the current run only, so the other modules' results are merged back.
// MUTATE=file,file alone runs Stryker on those files with every mutation test file, as before.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { modules } from "../stryker.config.mjs";

const incrementalFile = "stryker-incremental.json";
const readReport = () => (existsSync(incrementalFile) ? JSON.parse(readFileSync(incrementalFile, "utf8")) : undefined);

/** CPU seconds (user+sys) of this process's finished children: wall time says little on a shared machine. */
function childCpuSeconds() {
  if (!existsSync("/proc/self/stat")) return NaN;
  const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ");
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

function stryker(env) {
  const started = Date.now();
  const cpu = childCpuSeconds();
  const result = spawnSync("npx", ["stryker", "run", ...flags], { stdio: "inherit", env: { ...process.env, ...env } });
  return { status: result.status ?? 2, seconds: Math.round((Date.now() - started) / 1000), cpu: Math.round(childCpuSeconds() - cpu) };
}

/** Puts back the files and test files of `before` that the run did not touch. */
function mergeBack(before) {
  const after = readReport();
  if (!before || !after) return;
  after.files = { ...before.files, ...after.files };
  after.testFiles = { ...before.testFiles, ...after.testFiles };
  writeFileSync(incrementalFile, `${JSON.stringify(after, null, 2)}\n`);
}

// Options (--force: re-test every mutant, e.g. static ones, whose results incremental mode keeps while no covering test is known) go to Stryker.
const flags = process.argv.slice(2).filter((a) => a.startsWith("--"));
const names = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const unknown = names.filter((n) => !modules.some((m) => m.name === n));
if (unknown.length) {
  console.error(`unknown module ${unknown.join(", ")}; modules: ${modules.map((m) => m.name).join(", ")}`);
  process.exit(2);
}
if (process.env.MUTATE && names.length > 1) {
  console.error("MUTATE narrows one module's files: name one module");
  process.exit(2);
}
// MUTATE with a module name narrows that module's files (MUTATE=src/check/rules/id-pattern.ts npm run mutate -- rules).
const runs =
  process.env.MUTATE && !names.length
    ? [{ name: process.env.MUTATE, env: {} }]
    : modules.filter((m) => !names.length || names.includes(m.name)).map((m) => ({ name: m.name, env: { MUTATE: process.env.MUTATE ?? m.mutate.join(","), MUTATE_TESTS: m.tests.join(",") } }));
let failed = false;
for (const run of runs) {
  const before = readReport();
  const { status, seconds, cpu } = stryker(run.env);
  mergeBack(before);
  console.log(`mutate ${run.name}: exit ${status}, ${seconds} s wall, ${cpu} s CPU`);
  failed ||= status !== 0;
}
process.exit(failed ? 1 : 0);
