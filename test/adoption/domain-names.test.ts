/**
 * A project's preferred domain names (catalog.config.yaml preferred_domain_names, format.md §1 "Domain
 * names"): with none, both 环境保护 and 生态环境 pass; with one, the other names of that domain are reported
 * and fmt --fix rewrites them, while the outputs keep each catalog's own name. A name that is not a
 * registered name or alias is a config error (exit 2) at its position.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { catalogText, itemText } from "../diff/helpers.js";
import { project } from "./project.js";

const env = { CATALOG_WORKERS: "0" };
const catalog = (domain: string) => catalogText([itemText("ST-01")], { domain });
const files = { "catalogs/a.yaml": catalog("生态环境"), "catalogs/b.yaml": catalog("环境保护").replace('code: "320506"', 'code: "320507"').replace("苏州市吴中区", "苏州市相城区") };
const rulesOf = (stdout: string) => (JSON.parse(stdout) as { diagnostics: { file: string; rule: string }[] }).diagnostics.filter((d) => d.rule !== "coverage-pilot-domains").map((d) => `${d.file} ${d.rule}`);

describe("preferred_domain_names", () => {
  it("without it, a domain's pilot-list name and its later name both pass", async () => {
    const dir = project(files);
    const run = await runCli(["validate", "--format", "json"], { cwd: dir, env });
    expect(rulesOf(run.stdout)).toEqual([]);
  });

  it("with it, the domain's other names are variants that fmt rewrites; the outputs keep each catalog's name", async () => {
    const dir = project({ ...files, "catalog.config.yaml": "preferred_domain_names: [环境保护]\n" });
    const run = await runCli(["validate", "--format", "json"], { cwd: dir, env });
    expect(rulesOf(run.stdout)).toEqual(["catalogs/a.yaml vocabulary-variant"]);
    const build = await runCli(["build", "--formats", "csv", "--out", "out"], { cwd: dir, env });
    expect(build.code).toBe(0);
    expect(existsSync(join(dir, "out/320506-苏州市吴中区/生态环境.csv"))).toBe(true);
    expect(existsSync(join(dir, "out/320507-苏州市相城区/环境保护.csv"))).toBe(true);
    const fixed = await runCli(["fmt", "--fix"], { cwd: dir, env });
    expect(fixed.code).toBe(0);
    expect(readFileSync(join(dir, "catalogs/a.yaml"), "utf8")).toContain("domain: 环境保护\n");
  });

  it("refuses a name that is not a registered name or alias, at its position", async () => {
    const dir = project({ ...files, "catalog.config.yaml": "preferred_domain_names: [环保]\n" });
    const run = await runCli(["validate"], { cwd: dir, env });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("catalog.config.yaml:1:");
  });
});
