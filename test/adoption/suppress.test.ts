/**
 * Inline suppressions end to end (the rules' own fixtures are in test/rules/suppression-*): through the
 * CLI, in the in-process path and in worker threads alike, with several rules in one comment, and with
 * the config turning the suppression rules' severities.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { catalog, item, project } from "./project.js";

const root = join(import.meta.dirname, "../..");
const suppressed = catalog([
  item("SJ-01-01", "政策法规文件", { audience: "特定群众  # catalog-disable-line vocabulary-variant, duplicate-id -- 市级目录如此" }),
  item("SJ-01-01", "办事指南", { method: "主动公开 # catalog-disable-line vocabulary-variant -- 与申请书一致" }).replace("  - id: SJ-01-01", "  # catalog-disable-next-line duplicate-id -- 历史编码，待下一版调整\n  - id: SJ-01-01"),
  item("SJ-01-03", "审核信息", { levels: "[县级] # catalog-disable-line vocabulary-variant" }),
]);

const lineOf = (text: string) => suppressed.split("\n").findIndex((l) => l.includes(text)) + 1;
const audienceLine = lineOf("audience: 特定群众");
const levelsLine = lineOf("[县级] # catalog-disable-line");

interface Diagnostic {
  line: number;
  column: number;
  rule: string;
  severity: string;
}
const diagnosticsOf = (stdout: string) => (JSON.parse(stdout) as { diagnostics: Diagnostic[] }).diagnostics.filter((d) => d.rule !== "coverage-pilot-domains");

describe("suppression comments", () => {
  const dir = project({ "catalogs/社会救助.yaml": suppressed });

  it("suppress the findings they name on their line, and report what is unused or has no reason", async () => {
    const run = await runCli(["validate", "--format", "json"], { cwd: dir, env: { CATALOG_WORKERS: "0" } });
    const found = diagnosticsOf(run.stdout).map((d) => `${d.line} ${d.rule}`);
    // The audience line's comment also names duplicate-id, which is not on that line; the levels line's
    // comment gives no reason and suppresses nothing.
    expect(found).toEqual([`${audienceLine} suppression-unused`, `${levelsLine} suppression-reason-missing`, `${levelsLine} suppression-unused`]);
    expect(run.code).toBe(1);
  });

  it("give the same results when files are checked in worker threads", async () => {
    const inProcess = await runCli(["validate", "--format", "json"], { cwd: dir, env: { CATALOG_WORKERS: "0" } });
    const workers = spawnSync(process.execPath, [join(root, "bin/catalog.js"), "validate", "--format", "json"], { cwd: dir, encoding: "utf8", env: { ...process.env, CATALOG_WORKERS: "2" } });
    expect(workers.status).toBe(inProcess.code);
    expect(diagnosticsOf(workers.stdout)).toEqual(diagnosticsOf(inProcess.stdout));
  });

  it("follow the config's severities for the suppression rules", async () => {
    const configured = project({ "catalogs/社会救助.yaml": suppressed, "catalog.config.yaml": "rules:\n  suppression-unused: off\n  suppression-reason-missing: warning\n" });
    const run = await runCli(["validate", "--format", "json"], { cwd: configured, env: { CATALOG_WORKERS: "0" } });
    expect(diagnosticsOf(run.stdout).map((d) => `${d.line} ${d.rule} ${d.severity}`)).toEqual([`${levelsLine} suppression-reason-missing warning`]);
    expect(run.code).toBe(0);
  });
});
