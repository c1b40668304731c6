/**
 * Adopting the tool on imperfect catalogs with a baseline (issue 5's acceptance): record today's findings
 * (exit 0), then CI fails only on new ones (exit 1, only the new one reported), and fixed ones are
 * reported as stale until --update-baseline prunes them. Entries do not depend on line numbers.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { ruleById } from "../../src/check/rules/index.js";
import { runCli } from "../helpers/cli.js";
import { catalog, item, project, read, writeFiles } from "./project.js";

const relief = "catalogs/320506-吴中区/社会救助.yaml";
const care = "catalogs/320506-吴中区/养老服务.yaml";

/** A defective corpus: errors (a duplicate id, an unfilled placeholder) and warnings (variant spellings). */
const defective = {
  [relief]: catalog([
    item("SJ-01-01", "政策法规文件", { audience: "特定群众" }),
    item("SJ-01-01", "办事指南"),
    item("SJ-01-03", "审核信息", { subject: "【待填写】公开主体的全称（民政部门）" }),
  ]),
  [care]: catalog([item("YLFW-01-01", "养老机构备案", { category: "养老服务业务办理", channels: "[政府网站, 政府服务中心]", method: "主动公开" })], { level: "区级", domain: "养老服务" }),
};

interface Diagnostic {
  file: string;
  line: number;
  rule: string;
  itemId?: string;
}
const diagnostics = (stdout: string) => (JSON.parse(stdout) as { diagnostics: Diagnostic[] }).diagnostics;
const env = { CATALOG_WORKERS: "0" };
const validate = (cwd: string, ...args: string[]) => runCli(["validate", "--format", "json", ...args], { cwd, env });

describe("adopting with a baseline", () => {
  const dir = project(defective);
  const baselineFile = join(dir, "catalog-baseline.yaml");
  let before: Diagnostic[] = [];

  it("the corpus fails before adoption", async () => {
    const run = await validate(dir);
    expect(run.code).toBe(1);
    before = diagnostics(run.stdout);
    expect([...new Set(before.map((d) => d.rule))]).toEqual(expect.arrayContaining(["duplicate-id", "placeholder-unfilled", "vocabulary-variant"]));
  });

  it("--update-baseline records every finding and exits 0", async () => {
    const run = await validate(dir, "--update-baseline");
    expect(run.code).toBe(0);
    expect(diagnostics(run.stdout)).toEqual([]);
    expect(run.stderr).toContain(`已把 ${before.length} 个问题写入基线 catalog-baseline.yaml`);
    expect(existsSync(baselineFile)).toBe(true);
  });

  it("the baseline is sorted, human-readable YAML with a header, keyed without line numbers", () => {
    const text = readFileSync(baselineFile, "utf8");
    expect(text.startsWith("# catalog 基线文件")).toBe(true);
    const data = parse(text) as { version: number; files: Record<string, { rule: string; item?: string; element: string; message: string; key: string; count: number }[]> };
    expect(data.version).toBe(1);
    expect(Object.keys(data.files)).toEqual([care, relief].sort());
    const entries = Object.values(data.files).flat();
    expect(entries.reduce((n, e) => n + e.count, 0)).toBe(before.length);
    for (const list of Object.values(data.files)) {
      const order = list.map((e) => `${e.rule}\u0000${e.item ?? ""}\u0000${e.element}\u0000${e.key}`);
      expect(order).toEqual([...order].sort());
    }
    expect(entries.find((e) => e.rule === "placeholder-unfilled")).toMatchObject({ item: "SJ-01-03", element: "subject", count: 1 });
    expect(text).not.toMatch(/\bline\b/);
    // The same input writes the same file.
    return validate(dir, "--update-baseline").then(() => expect(readFileSync(baselineFile, "utf8")).toBe(text));
  });

  it("later runs pass, and say how many findings the baseline holds back", async () => {
    const run = await validate(dir);
    expect(run.code).toBe(0);
    expect(diagnostics(run.stdout)).toEqual([]);
    expect(run.stderr).toContain(`另有 ${before.length} 个已记入基线 catalog-baseline.yaml 的问题未列出`);
  });

  it("edits elsewhere in a file (lines added above) do not invalidate the baseline", async () => {
    const shifted = read(dir, relief).replace("items:\n", "# 2024年复核：以下事项沿用上一版\nitems:\n\n");
    writeFiles(dir, { [relief]: shifted });
    const run = await validate(dir);
    expect([run.code, diagnostics(run.stdout), run.stderr.includes("已经不存在")]).toEqual([0, [], false]);
  });

  it("a new defect fails the run, and only the new one is reported", async () => {
    const added = read(dir, relief).trimEnd() + "\n\n" + item("SJ-01-04", "审批信息", { subject: null }) + "\n";
    writeFiles(dir, { [relief]: added });
    const run = await validate(dir);
    expect(run.code).toBe(1);
    expect(diagnostics(run.stdout).map((d) => [d.file, d.rule, d.itemId])).toEqual([[relief, "element-missing", "SJ-01-04"]]);
  });

  it("a fixed finding is reported as a stale baseline entry", async () => {
    writeFiles(dir, { [relief]: read(dir, relief).replace("audience: 特定群众", "audience: 特定群体") });
    const run = await runCli(["validate"], { cwd: dir, env });
    expect(run.code).toBe(1); // the new defect is still there
    expect(run.stderr).toContain("基线 catalog-baseline.yaml 中有 1 个问题已经不存在（已改正）。运行 catalog validate --update-baseline");
    expect(run.stderr).toMatch(new RegExp(`${relief}  vocabulary-variant SJ-01-01  .*特定群众`));
  });

  it("--update-baseline prunes the stale entry and takes in the new finding", async () => {
    expect((await validate(dir, "--update-baseline")).code).toBe(0);
    const text = readFileSync(baselineFile, "utf8");
    expect(text).not.toContain("特定群众");
    expect(text).toContain("element-missing");
    const run = await validate(dir);
    expect([run.code, diagnostics(run.stdout)]).toEqual([0, []]);
    expect(run.stderr).not.toContain("已经不存在");
  });

  it("--no-baseline reports every finding again", async () => {
    const run = await validate(dir, "--no-baseline");
    expect(run.code).toBe(1);
    expect(diagnostics(run.stdout).length).toBe(before.length); // one fixed, one new
  });
});

describe("baseline details", () => {
  it("a run over some files keeps the entries of the others (pre-commit checks only staged files)", async () => {
    const dir = project(defective);
    await validate(dir, "--update-baseline");
    const entriesOf = (file: string) => (parse(readFileSync(join(dir, "catalog-baseline.yaml"), "utf8")) as { files: Record<string, unknown[]> }).files[file];
    const careEntries = entriesOf(care);
    expect(careEntries?.length).toBeGreaterThan(0);
    expect((await validate(dir, relief, "--update-baseline")).code).toBe(0);
    expect(entriesOf(care)).toEqual(careEntries);
    // Nor is anything stale when only one file is checked: not the other file's entries, nor the
    // checked file's cross-file ones (pilot-domain coverage), which a partial run cannot judge.
    const coverageEntries = () => (entriesOf(care) as { rule: string }[]).filter((e) => ruleById.get(e.rule)?.scope === "corpus");
    expect(coverageEntries().length).toBeGreaterThan(0);
    const run = await validate(dir, care);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain("已经不存在");
    // Updating from that one file keeps them as well.
    const kept = coverageEntries();
    expect((await validate(dir, care, "--update-baseline")).code).toBe(0);
    expect(coverageEntries()).toEqual(kept);
  });

  it("works from a subfolder: paths are relative to the baseline file, found beside the config", async () => {
    const dir = project({ ...defective, "catalog.config.yaml": "paths: [catalogs]\n" });
    expect((await validate(dir, "--update-baseline")).code).toBe(0);
    const sub = join(dir, "catalogs");
    const run = await validate(sub);
    expect([run.code, diagnostics(run.stdout)]).toEqual([0, []]);
    expect(run.stderr).toContain(`个已记入基线 ../catalog-baseline.yaml 的问题未列出`);
  });

  it("honours the config's validate.baseline and --baseline", async () => {
    const dir = project({ ...defective, "catalog.config.yaml": "validate:\n  baseline: ci/known-problems.yaml\n" });
    expect((await validate(dir, "--update-baseline")).code).toBe(0);
    expect(existsSync(join(dir, "ci/known-problems.yaml"))).toBe(true);
    expect(existsSync(join(dir, "catalog-baseline.yaml"))).toBe(false);
    expect((await validate(dir)).code).toBe(0);
    expect((await validate(dir, "--baseline", "other.yaml")).code).toBe(1);
  });

  it("a damaged baseline file ends the run with exit 2 and says what to do", async () => {
    const dir = project({ ...defective, "catalog-baseline.yaml": "version: 1\nfiles:\n  a.yaml:\n    - rule: x\n      key: abc\n      count: many\n" });
    const run = await runCli(["validate"], { cwd: dir, env });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("基线文件 catalog-baseline.yaml 格式有误（files.a.yaml[0].count");
    expect(run.stderr).toContain("--update-baseline");
    writeFileSync(join(dir, "catalog-baseline.yaml"), "[unclosed\n");
    expect((await runCli(["validate", "--lang", "en"], { cwd: dir, env })).stderr).toMatch(/^The baseline file catalog-baseline.yaml is invalid \(/);
  });
});
