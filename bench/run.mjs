#!/usr/bin/env node
// `npm run bench`: speed and memory on a city-scale corpus (never part of `npm test`).
//   validate: catalog validate vs ajv-cli (same files, equivalent schema; ajv-cli gives no positions
//             and runs no domain rules)
//   build:    all three formats, wall time and peak memory; with --before DIR, alternating with the
//             previous version built in DIR (a checkout of the earlier commit, after its npm run build)
//   memory:   one valid 10,000-item catalog built in all three formats: peak memory ≤ 1 GB (issue 16)
//   diff:     two revisions of the corpus (5% of items changed, some added and removed)
//   import:   catalog import of the Word outputs of the whole corpus (one .docx per catalog), back to YAML
// Usage: npm run bench [-- --only validate|build|memory|diff|import] [--regenerate] [--runs N] [--before DIR] [--build-runs N]
// Validate and diff run N times (default 3; validate alternating with ajv-cli, so both meet the same
// machine load) and report the median: a 2-core machine's timings vary by a third from run to run.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { generateCorpus, generateLargeCatalog } from "./generate.mjs";

const root = new URL("../", import.meta.url).pathname;
const corpus = join(root, "bench/corpus");
const args = process.argv.slice(2);
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;
const want = (name) => !only || only === name;
const runs = args.includes("--runs") ? Math.max(1, Number(args[args.indexOf("--runs") + 1])) : 3;
const before = args.includes("--before") ? args[args.indexOf("--before") + 1] : undefined;
// A city build takes minutes on a busy 2-core machine: one run each unless asked.
const buildRuns = args.includes("--build-runs") ? Math.max(1, Number(args[args.indexOf("--build-runs") + 1])) : 1;

function prepare(dir, revision) {
  if (existsSync(dir) && !args.includes("--regenerate")) return;
  const { files, items } = generateCorpus(dir, { revision });
  console.log(`generated ${dir.replace(root, "")}: ${files} catalogs, ${items} items`);
}

/**
 * Wall time, CPU time (user + system, every thread) and peak resident memory of a command, via GNU
 * time. CPU time says how much work a run did whatever the machine's load; wall time is the target.
 */
function measure(label, command, commandArgs, { okCodes = [0, 1] } = {}) {
  const run = spawnSync("/usr/bin/time", ["-f", "%e %U %S %M", command, ...commandArgs], { cwd: root, encoding: "utf8", maxBuffer: 1 << 30 });
  const last = run.stderr.trim().split("\n").pop() ?? "";
  const [seconds, user, system, kb] = last.split(" ").map(Number);
  const ok = okCodes.includes(run.status ?? -1);
  if (!ok) console.log(`${label}: exit ${run.status}\n${run.stderr.slice(0, 2000)}`);
  return { label, seconds, cpu: Math.round((user + system) * 100) / 100, mb: Math.round(kb / 1024), status: run.status, stdout: run.stdout };
}

/** The median run by wall time, with every run's seconds for the notes. */
function median(samples) {
  const sorted = [...samples].sort((a, b) => a.seconds - b.seconds);
  const mid = sorted[Math.floor((sorted.length - 1) / 2)];
  return { ...mid, runs: samples.map((s) => s.seconds).join(" / ") };
}

const rows = [];
const node = process.execPath;
const cli = join(root, "bin/catalog.js");
const v1 = join(corpus, "v1");
const v2 = join(corpus, "v2");
prepare(v1, false);

if (want("validate")) {
  const schemaDir = join(corpus, "schema");
  mkdirSync(schemaDir, { recursive: true });
  // ajv-cli resolves $ref by $id: the equivalent schema is ours with ids added.
  for (const name of ["catalog.schema.json", "vocabularies.json"]) {
    const schema = JSON.parse(readFileSync(join(root, "schemas", name), "utf8"));
    writeFileSync(join(schemaDir, name), JSON.stringify({ ...schema, $id: name }));
  }
  const oursRuns = [];
  const ajvRuns = [];
  for (let i = 0; i < runs; i++) {
    oursRuns.push(measure("catalog validate (positions + all rules)", node, [cli, "validate", v1, "--format", "json"]));
    ajvRuns.push(measure("ajv-cli validate (schema only, no positions)", node, [
      join(root, "node_modules/ajv-cli/dist/index.js"), "validate", "--spec=draft7", "--strict=false", "--all-errors", "--errors=line",
      "-c", "ajv-formats", "-s", join(schemaDir, "catalog.schema.json"), "-r", join(schemaDir, "vocabularies.json"), "-d", `${v1}/**/*.yaml`,
    ]));
  }
  const ours = median(oursRuns);
  const ajv = median(ajvRuns);
  const findings = JSON.parse(ours.stdout).summary;
  // ajv-cli prints "<file> valid" on stdout and "<file> invalid" (with its errors) on stderr.
  const valid = ajv.stdout.split("\n").filter((l) => l.endsWith(" valid")).length;
  rows.push({ ...ours, note: `${findings.files} files, ${findings.items} items, ${findings.errors} errors, ${findings.warnings} warnings` });
  rows.push({ ...ajv, note: `${valid} files valid, ${findings.files - valid} invalid` });
}

if (want("build")) {
  const out = join(corpus, "public");
  const buildWith = (label, bin) => {
    rmSync(out, { recursive: true, force: true });
    return measure(label, node, [bin, "build", v1, "--out", out, "--formats", "html,csv,docx", "--force"]);
  };
  const oursRuns = [];
  const beforeRuns = [];
  // Alternating, so both versions meet the same machine load.
  for (let i = 0; i < buildRuns; i++) {
    oursRuns.push(buildWith("catalog build (html, csv, docx)", cli));
    if (before) beforeRuns.push(buildWith("previous version: catalog build (html, csv, docx)", join(before, "bin/catalog.js")));
  }
  for (const samples of [oursRuns, beforeRuns].filter((r) => r.length)) {
    const build = median(samples);
    rows.push({ ...build, note: `${build.status === 0 ? "all formats" : `exit ${build.status}`}; target ≤ 60 s, ≤ 1024 MB` });
  }
}

if (want("memory")) {
  const large = join(corpus, "large");
  if (!existsSync(large) || args.includes("--regenerate")) {
    mkdirSync(large, { recursive: true });
    const { items } = generateLargeCatalog(join(large, "社会救助.yaml"));
    console.log(`generated ${large.replace(root, "")}: 1 catalog, ${items} items`);
  }
  const out = join(corpus, "public-large");
  rmSync(out, { recursive: true, force: true });
  const build = measure("catalog build, one 10,000-item catalog (html, csv, docx)", node, [cli, "build", large, "--out", out, "--formats", "html,csv,docx"]);
  rows.push({ ...build, note: `${build.status === 0 ? "built" : `exit ${build.status}`}; peak ${build.mb <= 1024 ? "within" : "OVER"} 1024 MB` });
  rmSync(out, { recursive: true, force: true });
}

if (want("diff")) {
  prepare(v2, true);
  const diff = median(Array.from({ length: runs }, () => measure("catalog diff (two revisions)", node, [cli, "diff", v1, v2, "--format", "json"])));
  let note = `exit ${diff.status}`;
  try {
    const result = JSON.parse(diff.stdout);
    note = `${result.catalogs?.length ?? "?"} catalogs compared`;
  } catch {}
  rows.push({ ...diff, note });
}

if (want("import")) {
  // The Word outputs of the corpus, as an office would bring them in: built once (not timed here), then imported.
  const words = join(corpus, "words");
  if (!existsSync(join(words, ".catalog-build.json")) || args.includes("--regenerate")) {
    rmSync(words, { recursive: true, force: true });
    spawnSync(node, [cli, "build", v1, "--out", words, "--formats", "docx", "--force"], { cwd: root, stdio: "ignore" });
  }
  const files = readdirSync(words, { withFileTypes: true }).filter((d) => d.isDirectory()).flatMap((d) => readdirSync(join(words, d.name)).filter((f) => f.endsWith(".docx")).map((f) => join(words, d.name, f)));
  const out = join(corpus, "imported");
  rmSync(out, { recursive: true, force: true });
  const imported = measure("catalog import (Word outputs → YAML)", node, [cli, "import", ...files, "--out", out]);
  const written = existsSync(out) ? readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith(".yaml")).length : 0;
  rows.push({ ...imported, note: `${files.length} .docx files, ${written} catalogs written, exit ${imported.status}` });
}

// Timings mean little without the machine: the same run takes twice as long on a slower 2-core machine.
const processors = cpus();
console.log(`\nmachine: ${processors.length} × ${processors[0]?.model.trim() ?? "unknown CPU"}, Node ${process.version}`);
console.log(`\n| task | seconds (median) | CPU s | peak MB | runs (s) | notes |\n|---|---|---|---|---|---|`);
for (const r of rows) console.log(`| ${r.label} | ${r.seconds} | ${r.cpu} | ${r.mb} | ${r.runs ?? r.seconds} | ${r.note} |`);
