#!/usr/bin/env node
// `npm run bench`: speed and memory on a city-scale corpus (never part of `npm test`).
//   validate: catalog validate vs ajv-cli (same files, equivalent schema; ajv-cli gives no positions
//             and runs no domain rules), on the clean corpus and on the findings-heavy one (most files
//             with warnings, as counties hold them); the heavy run's JSON is compared with the
//             whole-file AST path's (CATALOG_POSITIONS=ast), which must be byte-identical; beside them
//             the floor (bench/floor.mjs: read, js-yaml and the schema on validate's threads, nothing else)
//   build:    all three formats, wall time and peak memory; with --before DIR, alternating with the
//             previous version built in DIR (a checkout of the earlier commit, after its npm run build)
//   memory:   one valid 10,000-item catalog built in all three formats: peak memory ≤ 1 GB (issue 16)
//   cache:    one file changed after a cached run: validate --cache, output compared with a full run's;
//             build --cache (html, csv, docx) beside the full build in the same run, the output tree
//             compared byte for byte with a fresh full build's
//   diff:     two revisions of the corpus (5% of items changed, some added and removed)
//   import:   catalog import of the Word outputs of the whole corpus (one .docx per catalog), back to YAML
//   huge:     one 200 MB catalog file: refused as a finding (over validate.maxFileSize), peak ≤ 1 GB
//   coverage: catalog coverage --against a generated 52,603-row 权责清单 (as CSV and as XLSX, as a city
//             publishes it) on the clean corpus: target under 10 s on the 2-core machine (issue 21)
// Usage: npm run bench [-- --only validate|build|memory|cache|diff|import|huge|coverage] [--regenerate] [--runs N]
//        [--previous DIR] [--before DIR] [--build-runs N]
// Validate and diff run N times (default 3; validate alternating with ajv-cli, so both meet the same
// machine load) and report the median: a 2-core machine's timings vary by a third from run to run.
// --previous DIR: a copy of an earlier build (its bin/catalog.js) timed in the same alternation.
import { spawnSync } from "node:child_process";
import { appendFileSync, closeSync, cpSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { cpus } from "node:os";
import { dirname, join, relative as relativePath, resolve } from "node:path";
import { generateCorpus, generateLargeCatalog, generatePowerList } from "./generate.mjs";

const root = new URL("../", import.meta.url).pathname;
const corpus = join(root, "bench/corpus");
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const only = option("--only");
const want = (name) => !only || only === name;
const runs = option("--runs") ? Math.max(1, Number(option("--runs"))) : 3;
const previous = option("--previous") ? join(resolve(option("--previous")), "bin/catalog.js") : undefined;
const before = option("--before");
// A city build takes minutes on a busy 2-core machine: one run each unless asked.
const buildRuns = option("--build-runs") ? Math.max(1, Number(option("--build-runs"))) : 1;

function prepare(dir, options) {
  if (existsSync(dir) && !args.includes("--regenerate")) return;
  const { files, items } = generateCorpus(dir, options);
  console.log(`generated ${dir.replace(root, "")}: ${files} catalogs, ${items} items`);
}

/**
 * Wall time, CPU time (user + system, every thread) and peak resident memory of a command, via GNU
 * time. CPU time says how much work a run did whatever the machine's load; wall time is the target.
 */
function measure(label, command, commandArgs, { okCodes = [0, 1], env } = {}) {
  const run = spawnSync("/usr/bin/time", ["-f", "%e %U %S %M", command, ...commandArgs], { cwd: root, encoding: "utf8", maxBuffer: 1 << 30, env: { ...process.env, ...env } });
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
const heavy = join(corpus, "heavy");
prepare(v1, {});

/** catalog validate, the previous build's (if given) and ajv-cli on the same files, in turn; medians, with each beside ajv-cli. */
function validateRows(dir, name) {
  const schemaDir = join(corpus, "schema");
  mkdirSync(schemaDir, { recursive: true });
  // ajv-cli resolves $ref by $id: the equivalent schema is ours with ids added.
  for (const file of ["catalog.schema.json", "vocabularies.json"]) {
    const schema = JSON.parse(readFileSync(join(root, "schemas", file), "utf8"));
    writeFileSync(join(schemaDir, file), JSON.stringify({ ...schema, $id: file }));
  }
  const samples = { ours: [], previous: [], ajv: [], floor: [] };
  for (let i = 0; i < runs; i++) {
    samples.ours.push(measure(`catalog validate, ${name}`, node, [cli, "validate", dir, "--format", "json"]));
    if (previous) samples.previous.push(measure(`previous catalog validate, ${name}`, node, [previous, "validate", dir, "--format", "json"]));
    samples.ajv.push(measure(`ajv-cli validate, ${name} (schema only, no positions)`, node, [
      join(root, "node_modules/ajv-cli/dist/index.js"), "validate", "--spec=draft7", "--strict=false", "--all-errors", "--errors=line",
      "-c", "ajv-formats", "-s", join(schemaDir, "catalog.schema.json"), "-r", join(schemaDir, "vocabularies.json"), "-d", `${dir}/**/*.yaml`,
    ]));
    samples.floor.push(measure(`floor: read + js-yaml + schema only, validate's threads (bench/floor.mjs), ${name}`, node, [join(root, "bench/floor.mjs"), dir]));
  }
  const ajv = median(samples.ajv);
  const ours = median(samples.ours);
  const beside = (r) => `${Math.round((r.seconds / ajv.seconds) * 100) / 100}× ajv-cli`;
  const findings = JSON.parse(ours.stdout).summary;
  // ajv-cli prints "<file> valid" on stdout and "<file> invalid" (with its errors) on stderr.
  const valid = ajv.stdout.split("\n").filter((l) => l.endsWith(" valid")).length;
  let identical = "";
  if (dir === heavy) {
    const ast = measure(`catalog validate, ${name}, whole-file AST positions`, node, [cli, "validate", dir, "--format", "json"], { env: { CATALOG_POSITIONS: "ast" } });
    identical = ast.stdout === ours.stdout ? "; JSON byte-identical to the AST path's" : "; JSON DIFFERS from the AST path's";
  }
  rows.push({ ...ours, note: `${beside(ours)}; ${findings.files} files, ${findings.items} items, ${findings.errors} errors, ${findings.warnings} warnings${identical}` });
  if (previous) {
    const before = median(samples.previous);
    rows.push({ ...before, note: `${beside(before)}; output ${before.stdout === ours.stdout ? "byte-identical" : "DIFFERS"}` });
  }
  rows.push({ ...ajv, note: `${valid} files valid, ${findings.files - valid} invalid` });
  const floor = median(samples.floor);
  rows.push({ ...floor, note: `${beside(floor)}; validate takes ${Math.round((ours.seconds / floor.seconds) * 100) / 100}× this (model, rules, positions, report)` });
}

if (want("validate")) {
  validateRows(v1, "clean city corpus");
  prepare(heavy, { heavy: true });
  validateRows(heavy, "findings-heavy city corpus");
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

if (want("cache")) {
  // A working copy of the clean corpus: a cached run, then one file changed, then cached runs
  // alternating with full ones (the same machine load for both), outputs compared.
  const work = join(corpus, "cache-work");
  const cacheFile = join(corpus, "cache-work.json");
  rmSync(work, { recursive: true, force: true });
  rmSync(cacheFile, { force: true });
  cpSync(v1, work, { recursive: true });
  const validateArgs = [cli, "validate", work, "--format", "json"];
  measure("catalog validate --cache (cold)", node, [...validateArgs, "--cache", cacheFile]);
  const changed = join(work, readdirSync(work).sort()[3], "社会救助.yaml");
  appendFileSync(changed, "# 已核对\n");
  const cached = [];
  const full = [];
  for (let i = 0; i < runs; i++) {
    cached.push(measure("catalog validate --cache, one file changed", node, [...validateArgs, "--cache", cacheFile]));
    full.push(measure("catalog validate, full run (same files)", node, validateArgs));
  }
  const c = median(cached);
  const f = median(full);
  rows.push({ ...c, note: `${Math.round((c.seconds / f.seconds) * 100) / 100}× the full run; output ${c.stdout === f.stdout ? "byte-identical to" : "DIFFERS from"} the full run's` });
  rows.push({ ...f, note: "the same-run baseline" });

  // build --cache: a full build filling the cache, then each run with one more file changed, then a
  // fresh full build into another folder to compare with.
  const buildCache = join(corpus, "cache-build", "build.json");
  const published = join(corpus, "cache-public");
  const fresh = join(corpus, "cache-public-full");
  for (const dir of [dirname(buildCache), published, fresh]) rmSync(dir, { recursive: true, force: true });
  const buildArgs = (out) => [cli, "build", work, "--out", out, "--formats", "html,csv,docx", "--force"];
  const cold = measure("catalog build --cache, cold (a full build filling the cache)", node, [...buildArgs(published), "--cache", buildCache], { okCodes: [0] });
  rows.push({ ...cold, note: "the same-run full build" });
  const builds = [];
  for (let i = 0; i < runs; i++) {
    appendFileSync(changed, `# 已核对 ${i}\n`);
    builds.push(measure("catalog build --cache, one file changed", node, [...buildArgs(published), "--cache", buildCache], { okCodes: [0] }));
  }
  const b = median(builds);
  measure("catalog build, fresh full build to compare", node, buildArgs(fresh), { okCodes: [0] });
  const differences = treeDifferences(published, fresh);
  rows.push({ ...b, note: `${Math.round((b.seconds / cold.seconds) * 100) / 100}× the full build; output tree ${differences.length ? `DIFFERS from a fresh full build's (${differences.slice(0, 3).join(", ")})` : "byte-identical to a fresh full build's"}` });
}

/** Files that differ between two output trees (missing on one side, or other bytes). */
function treeDifferences(a, b) {
  const list = (dir) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relativePath(dir, join(e.parentPath ?? e.path, e.name))).sort();
  const left = new Set(list(realpathSync(a)));
  const right = new Set(list(realpathSync(b)));
  const names = [...new Set([...left, ...right])].sort();
  return names.filter((name) => !left.has(name) || !right.has(name) || !readFileSync(join(a, name)).equals(readFileSync(join(b, name))));
}

if (want("diff")) {
  prepare(v2, { revision: true });
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

if (want("coverage")) {
  // The same list as CSV (merged cells left empty) and as XLSX (merged for real: exceljs reads every cell).
  for (const [name, label] of [["power-list.csv", "CSV"], ["power-list.xlsx", "XLSX"]]) {
    const list = join(corpus, name);
    if (!existsSync(list) || args.includes("--regenerate")) {
      const { entries } = await generatePowerList(list);
      console.log(`generated ${list.replace(root, "")}: ${entries} entries`);
    }
    const coverage = median(Array.from({ length: runs }, () => measure(`catalog coverage --against (52,603-row power list, ${label}; city corpus)`, node, [cli, "coverage", v1, "--against", list, "--format", "json"])));
    let note = `exit ${coverage.status}`;
    try {
      const { summary, departments, catalogs } = JSON.parse(coverage.stdout);
      note = `${summary.entries} entries, ${departments.length} departments, ${catalogs} catalogs; ${summary.entries - summary.uncovered} covered (name ${summary.by.name}, basis ${summary.by.basis}, class ${summary.by.class}), share ${summary.share}; target < 10 s: ${coverage.seconds < 10 ? "met" : "NOT MET"}`;
    } catch {}
    rows.push({ ...coverage, note });
  }
}

// Timings mean little without the machine: the same run takes twice as long on a slower 2-core machine.
const processors = cpus();
console.log(`\nmachine: ${processors.length} × ${processors[0]?.model.trim() ?? "unknown CPU"}, Node ${process.version}`);
console.log(`\n| task | seconds (median) | CPU s | peak MB | runs (s) | notes |\n|---|---|---|---|---|---|`);
for (const r of rows) console.log(`| ${r.label} | ${r.seconds} | ${r.cpu} | ${r.mb} | ${r.runs ?? r.seconds} | ${r.note} |`);
