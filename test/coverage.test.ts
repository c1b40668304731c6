/**
 * `catalog coverage` as a user runs it: per jurisdiction, the pilot domains with and without a catalog,
 * as a table (zh/en) or JSON; exit 0, or 2 for a path that does not exist. Expectations are read from
 * the fixture catalogs themselves (their `domain:` lines) and from the domain registry.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./helpers/cli.js";
import { registries } from "./helpers/check.js";

const root = join(import.meta.dirname, "..");
const fixtures = "test/rules/coverage-pilot-domains";
const pilot = registries.domains.filter((d) => d.pilot).map((d) => d.name);

/** The domains of the catalogs in one folder of a fixture, as their files declare them. */
function domainsIn(folder: string): string[] {
  const dir = join(root, fixtures, folder);
  return readdirSync(dir).map((f) => /^domain: (.+)$/m.exec(readFileSync(join(dir, f), "utf8"))![1]!);
}

interface CoverageJson {
  version: number;
  jurisdictions: { code: string; name: string; level: string; files: string[]; pilot: { present: string[]; missing: string[]; total: number }; others: string[] }[];
}

describe("the coverage note of catalog validate (coverage-pilot-domains)", () => {
  const validateJson = async (...paths: string[]) => {
    const { stdout } = await runCli(["validate", "--format", "json", ...paths], { cwd: root });
    return (JSON.parse(stdout) as { diagnostics: { rule: string; file: string }[] }).diagnostics.filter((d) => d.rule === "coverage-pilot-domains");
  };

  it("comes with whole folders: one note per jurisdiction", async () => {
    expect((await validateJson(`${fixtures}/fail`)).map((d) => d.file)).toEqual([`${fixtures}/fail/320506-吴中区/义务教育.yaml`, `${fixtures}/fail/320506103-木渎镇/养老服务.yaml`]);
  });

  it("keeps silent for files named one by one, as a pre-commit hook names them", async () => {
    expect(await validateJson(`${fixtures}/fail/320506-吴中区/义务教育.yaml`, `${fixtures}/fail/320506-吴中区/就业.yaml`)).toEqual([]);
  });
});

describe("catalog coverage", () => {
  it("reports, per jurisdiction, the pilot domains present and missing (json)", async () => {
    const { code, stdout, stderr } = await runCli(["coverage", "--format", "json", `${fixtures}/fail`], { cwd: root });
    expect([code, stderr]).toEqual([0, ""]);
    const report = JSON.parse(stdout) as CoverageJson;
    expect(report.jurisdictions.map((j) => [j.code, j.name, j.level])).toEqual([
      ["320506", "苏州市吴中区", "县级"],
      ["320506103", "苏州市吴中区木渎镇", "乡级"],
    ]);
    for (const [j, folder] of [[report.jurisdictions[0]!, "fail/320506-吴中区"], [report.jurisdictions[1]!, "fail/320506103-木渎镇"]] as const) {
      const declared = domainsIn(folder);
      expect(j.files).toHaveLength(declared.length);
      expect(j.pilot.total).toBe(pilot.length);
      expect(new Set(j.pilot.present)).toEqual(new Set(declared.filter((d) => pilot.includes(d))));
      expect(j.pilot.missing).toEqual(pilot.filter((d) => !declared.includes(d)));
      expect(j.others).toEqual(declared.filter((d) => !pilot.includes(d)));
    }
  });

  it("prints a table a person can read, in Chinese or English", async () => {
    const zh = await runCli(["coverage", `${fixtures}/pass`], { cwd: root });
    expect(zh.code).toBe(0);
    const [header, row] = zh.stdout.split("\n");
    expect(header!.split(/\s{2,}/)).toEqual(["行政区划", "层级", "试点领域", "缺少的领域"]);
    expect(row!.split(/\s{2,}/)).toEqual(["320506 苏州市吴中区", "县级", `${pilot.length}/${pilot.length}`, "无"]);

    const en = await runCli(["coverage", "--lang", "en", `${fixtures}/fail`], { cwd: root });
    const township = en.stdout.split("\n").find((l) => l.startsWith("320506103 "))!;
    const missing = pilot.filter((d) => !domainsIn("fail/320506103-木渎镇").includes(d));
    expect(township.split(/\s{2,}/)).toEqual(["320506103 苏州市吴中区木渎镇", "township", `${pilot.length - missing.length}/${pilot.length}`, `${missing.join("、")} (${missing.length})`]);
    expect(en.stdout).toContain(`\n2 jurisdictions, 6 catalog files; ${pilot.length} pilot domains\n`);
  });

  it("exits 2 for a path that does not exist", async () => {
    const { code, stdout, stderr } = await runCli(["coverage", "no-such-folder"], { cwd: root });
    expect([code, stdout]).toEqual([2, ""]);
    expect(stderr).toContain("no-such-folder");
  });
});
