#!/usr/bin/env node
// `npm run bench`: speed and memory on a city-scale corpus (never part of `npm test`).
//   validate: catalog validate vs ajv-cli (same files, equivalent schema; ajv-cli gives no positions
//             and runs no domain rules)
//   build:    all three formats, wall time and peak memory
//   diff:     two revisions of the corpus (5% of items changed, some added and removed)
//   import:   catalog import of the Word outputs of the whole corpus (one .docx per catalog), back to YAML
//   huge:     one 200 MB catalog file: refused as a finding (over validate.maxFileSize), peak ≤ 1 GB
// Usage: npm run bench [-- --only validate|build|diff|import|huge] [--regenerate] [--runs N]
// Validate and diff run N times (default 3; validate alternating with ajv-cli, so both meet the same
// machine load) and report the median: a 2-core machine's timings vary by a third from run to run.
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { generateCorpus } from "./generate.mjs";

const root = new URL("../", import.meta.url).pathname;
const corpus = join(root, "bench/corpus");
const args = process.argv.slice(2);
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;
const want = (name) => !only || only === name;
const runs = args.includes("--runs") ? Math.max(1, Number(args[args.indexOf("--runs") + 1])) : 3;

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
  rmSync(out, { recursive: true, force: true });
  const build = measure("catalog build (html, csv, docx)", node, [cli, "build", v1, "--out", out, "--formats", "html,csv,docx", "--force"]);
  rows.push({ ...build, note: build.status === 0 ? "all formats" : `exit ${build.status}` });
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

if (want("huge")) {
  const dir = join(corpus, "huge");
  const file = join(dir, "社会救助.yaml");
  if (!existsSync(file) || args.includes("--regenerate")) {
    // A real catalog's items repeated to 200 MB: what a mistaken export or a concatenation produces.
    mkdirSync(dir, { recursive: true });
    const shipped = readFileSync(join(root, "catalogs/320506-吴中区/社会救助.yaml"), "utf8");
    const [head, items] = [shipped.slice(0, shipped.indexOf("items:\n") + 7), shipped.slice(shipped.indexOf("items:\n") + 7)];
    const fd = openSync(file, "w");
    let size = writeSync(fd, head);
    while (size < 200 * 1024 * 1024) size += writeSync(fd, items);
    closeSync(fd);
    console.log(`generated ${file.replace(root, "")}: ${Math.round(size / 1024 / 1024)} MB`);
  }
  const huge = measure("catalog validate (one 200 MB catalog file)", node, [cli, "validate", dir, "--format", "json"]);
  let finding = false;
  try {
    finding = JSON.parse(huge.stdout).diagnostics.some((d) => d.rule === "file-unreadable");
  } catch {}
  rows.push({ ...huge, note: `${finding ? "a file-unreadable finding (over the size limit)" : "NO finding"}, exit ${huge.status}; peak target ≤ 1024 MB: ${huge.mb <= 1024 ? "met" : "NOT MET"}` });
}

// Timings mean little without the machine: the same run takes twice as long on a slower 2-core machine.
const processors = cpus();
console.log(`\nmachine: ${processors.length} × ${processors[0]?.model.trim() ?? "unknown CPU"}, Node ${process.version}`);
console.log(`\n| task | seconds (median) | CPU s | peak MB | runs (s) | notes |\n|---|---|---|---|---|---|`);
for (const r of rows) console.log(`| ${r.label} | ${r.seconds} | ${r.cpu} | ${r.mb} | ${r.runs ?? r.seconds} | ${r.note} |`);
