/**
 * The real-world corpus (test/realworld/, see its README): catalogs transcribed from tables that county and
 * township governments published, defects included, each real defect marked on its line by a reader of
 * the row. Validates them with the project's API and prints precision and recall of error+warning findings
 * against the markers, overall and per class of issue 17 (scoring: test/helpers/realworld-score.mjs).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validate } from "../src/api.js";
import { ruleById } from "../src/check/rules/index.js";
import { fieldOf, formatScore, markersOf, score } from "./helpers/realworld-score.mjs";

const root = join(import.meta.dirname, "..");

/** Issue 17's acceptance targets. */
const TARGET = { precision: 0.95, recall: 0.9 };
/**
 * The figures the tool reaches today, asserted as a floor so that no change makes it worse: main after the
 * format work (cf9f434; before it, at 71c9944, they were 18.1 % and 45.8 %). The rules work (branch rules-17)
 * raises them to TARGET and then replaces FLOOR by TARGET.
 */
const FLOOR = { precision: 0.25, recall: 0.45 };

/** Marker ids that name a defect no rule reports yet (issue 17 asks for them); everything else must be a rule. */
const PROPOSED = new Set(["basis-spacing", "basis-expired"]);

const outcome = await validate({ cwd: root, paths: ["test/realworld"], baseline: false });
const texts = Object.fromEntries(outcome.files.map((f) => [f.path, readFileSync(join(root, f.path), "utf8")]));
const findings = outcome.results.flatMap((r) =>
  r.findings.map((f) => ({ file: r.path, line: f.range.line, rule: f.rule, severity: f.severity, field: fieldOf(f.path), message: f.message })),
);
const result = score(findings, texts);
const size = { files: outcome.results.length, items: outcome.results.reduce((n, r) => n + r.items, 0) };

describe("the real-world corpus", () => {
  it("is read whole: at least 25 catalogs (issue 17), every file parsed into items, each naming its source", () => {
    expect(size.files).toBeGreaterThanOrEqual(25);
    for (const r of outcome.results) {
      expect(r.items, r.path).toBeGreaterThan(0);
      expect(texts[r.path], r.path).toMatch(/^x-source:\n {2}publisher: .+\n {2}title: .+\n {2}url: https?:\/\/\S+\n {2}published: .+/m);
    }
  });

  it("lists every catalog in its README", () => {
    const readme = readFileSync(join(root, "test/realworld/README.md"), "utf8");
    expect(Object.keys(texts).map((p) => p.replace("test/realworld/", "")).filter((f) => !readme.includes(`](${f})`))).toEqual([]);
  });

  it("marks defects with rule ids that exist or are listed as proposed", () => {
    const named = Object.entries(texts).flatMap(([file, text]) => markersOf(file, text).flatMap((m) => m.rules.flatMap((r) => r.split("|"))));
    expect(named.length).toBeGreaterThan(0);
    expect([...new Set(named)].filter((id) => !ruleById.has(id) && !PROPOSED.has(id))).toEqual([]);
  });

  it("prints precision and recall, and keeps them at or above the floor", () => {
    console.log(`${formatScore(result, size)}\ntarget: precision ≥ ${TARGET.precision * 100} %, recall ≥ ${TARGET.recall * 100} % (issue 17)`);
    expect(result.overall.precision).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(result.overall.recall).toBeGreaterThanOrEqual(FLOOR.recall);
  });
});

describe("the scoring", () => {
  const text = ["a: 1  # defect: rule-a — why", "b: 2", "c: 3  # unsure: why", "d: 4  # defect: rule-b, rule-c — why", "e: 5  # defect: rule-d|rule-e — why"].join("\n");
  const f = (line: number, rule: string, severity = "warning") => ({ file: "x.yaml", line, rule, severity });

  it("counts a finding true only where a marker on its line names its rule", () => {
    const s = score([f(1, "rule-a"), f(1, "rule-z"), f(2, "rule-a"), f(4, "rule-c")], { "x.yaml": text });
    expect([s.overall.tp, s.overall.fp, s.overall.found, s.overall.missed]).toEqual([2, 2, 2, 2]);
    expect(s.missed.map((m) => m.rule)).toEqual(["rule-b", "rule-d"]);
  });

  it("takes either rule of an alternative, and counts the defect once", () => {
    const s = score([f(5, "rule-e")], { "x.yaml": text });
    expect(s.found).toHaveLength(1);
    expect(s.missed.map((m) => m.rule)).toEqual(["rule-a", "rule-b", "rule-c"]);
  });

  it("leaves out info findings and findings on unsure lines", () => {
    const s = score([f(2, "rule-a", "info"), f(3, "rule-a", "error")], { "x.yaml": text });
    expect([s.overall.tp, s.overall.fp]).toEqual([0, 0]);
  });

  it("rejects a defect marker that names no rule, and a second marker on a line", () => {
    expect(() => markersOf("y.yaml", "a: 1  # defect: — why")).toThrow(/bad defect marker/);
    expect(() => markersOf("y.yaml", "a: 1  # defect: rule-a — why; defect: rule-b — why")).toThrow(/one marker per line/);
  });
});
