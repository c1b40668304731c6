/**
 * `catalog init` (issue 5's acceptance): the scaffold holds the guidelines' standard items; every
 * 【待填写】 placeholder is reported at its position until filled in; once filled in (here by a program,
 * as a person would in an editor), the catalogs validate. Existing files are never overwritten silently.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { shortName } from "../../src/cli/init.js";
import { createRegistries } from "../../src/model/registries.js";
import { runCli } from "../helpers/cli.js";
import { project } from "./project.js";

const registries = createRegistries();
const env = { CATALOG_WORKERS: "0" };
const township = ["init", "--code", "320506103", "--name", "苏州市吴中区木渎镇", "--domains", "社会救助,养老"];
const folder = "catalogs/320506103-木渎镇";

interface Diagnostic {
  file: string;
  line: number;
  column: number;
  severity: string;
  rule: string;
}
const validateJson = async (cwd: string, ...paths: string[]) => {
  const run = await runCli(["validate", "--format", "json", ...paths], { cwd, env });
  return { code: run.code, diagnostics: (JSON.parse(run.stdout) as { diagnostics: Diagnostic[] }).diagnostics };
};

/** What a person does in the editor: every placeholder replaced by a real value (or removed). */
function fillIn(text: string, subject: string): string {
  return text
    .replace(/^( +content: )【待填写】.*$/gm, "$1办理事项、办理条件、申请材料、办理流程、办理时限")
    .replace(/^ +- 【待填写】.*\n/gm, "")
    .replace(/^( +subject: )【待填写】.*$/gm, `$1${subject}`)
    .replace(/^( +category: )【待填写】.*$/gm, "$1综合业务")
    .replace(/^( +name: )【待填写】.*$/gm, "$1政策文件");
}

const filesIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort();

describe("a township's catalogs", () => {
  const dir = project();

  it("writes one catalog per domain (aliases accepted) into <out>/<code>-<short name>/", async () => {
    const run = await runCli(township, { cwd: dir, env });
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(filesIn(join(dir, folder))).toEqual(["养老服务.yaml", "社会救助.yaml"]);
    expect(run.stdout).toContain(`已生成 ${folder}/社会救助.yaml（14 个事项）`);
    expect(run.stdout).toContain(`catalog validate ${folder}`);
  });

  it("holds the national guidelines' standard 一级/二级 items, the level and the domain's time limit", () => {
    for (const name of ["社会救助", "养老服务"]) {
      const text = readFileSync(join(dir, folder, `${name}.yaml`), "utf8");
      expect(text.split("\n")[0]).toMatch(/^# yaml-language-server: \$schema=(\.\.\/)+.*schemas\/catalog\.schema\.json$/);
      const data = parse(text) as { jurisdiction: Record<string, string>; domain: string; items: Record<string, unknown>[] };
      expect(data.jurisdiction).toEqual({ code: "320506103", name: "苏州市吴中区木渎镇", level: "乡级" });
      expect(data.domain).toBe(name);
      const standard = registries.domainByName(name)!.items!.flatMap((g) => g.names.map((n) => `${g.category}/${n}`));
      expect(data.items.map((i) => `${i.category}/${i.name}`)).toEqual(standard);
      expect(new Set(data.items.map((i) => i.id)).size).toBe(data.items.length);
      expect(data.items.every((i) => JSON.stringify(i.levels) === '["乡级"]')).toBe(true);
    }
    const relief = parse(readFileSync(join(dir, folder, "社会救助.yaml"), "utf8")) as { items: { name: string; time_limit: string }[] };
    expect(relief.items[0]!.time_limit).toBe("制定或获取信息之日起10个工作日内");
    expect(relief.items.find((i) => i.name === "审核信息")!.time_limit).toBe("制定或获取信息之日起10个工作日内，公示7个工作日");
  });

  it("reports every unfilled placeholder, at its position, and nothing else of the scaffold", async () => {
    const { code, diagnostics } = await validateJson(dir);
    expect(code).toBe(1);
    const placeholders = diagnostics.filter((d) => d.rule === "placeholder-unfilled");
    const expected: string[] = [];
    for (const name of ["养老服务", "社会救助"]) {
      const file = `${folder}/${name}.yaml`;
      readFileSync(join(dir, file), "utf8").split("\n").forEach((line, i) => {
        const column = line.indexOf("【待填写】");
        if (column !== -1 && !line.trimStart().startsWith("#")) expected.push(`${file}:${i + 1}:${column + 1}`);
      });
    }
    expect(placeholders.map((d) => `${d.file}:${d.line}:${d.column}`).sort()).toEqual(expected.sort());
    expect(placeholders.every((d) => d.severity === "error")).toBe(true);
    // Only the placeholders are errors or warnings (a township with two of the 26 pilot domains may get a coverage note).
    expect(diagnostics.filter((d) => d.severity !== "info" && d.rule !== "placeholder-unfilled")).toEqual([]);
  });

  it("validates once the placeholders are filled in", async () => {
    for (const name of filesIn(join(dir, folder))) {
      const path = join(dir, folder, name);
      writeFileSync(path, fillIn(readFileSync(path, "utf8"), "苏州市吴中区木渎镇人民政府"));
    }
    const { code, diagnostics } = await validateJson(dir);
    expect(diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect(code).toBe(0);
  });

  it("refuses to overwrite existing files (exit 2, files untouched) unless --force", async () => {
    const path = join(dir, folder, "社会救助.yaml");
    const filled = readFileSync(path, "utf8");
    const run = await runCli(township, { cwd: dir, env });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("以下文件已经存在，catalog init 不会覆盖（确需覆盖请加 --force）");
    expect(run.stderr).toContain(`  ${folder}/社会救助.yaml`);
    expect(readFileSync(path, "utf8")).toBe(filled);
    expect((await runCli([...township, "--force"], { cwd: dir, env })).code).toBe(0);
    expect(readFileSync(path, "utf8")).toContain("【待填写】");
  });
});

describe("a county's 26 pilot domains", () => {
  it("--all-pilot scaffolds every pilot domain; filled in, all of them validate", async () => {
    const dir = project();
    const run = await runCli(["init", "--code", "320506", "--name", "苏州市吴中区", "--all-pilot", "--out", "目录"], { cwd: dir, env });
    expect(run.code).toBe(0);
    const out = join(dir, "目录/320506-吴中区");
    expect(filesIn(out)).toEqual(registries.domains.filter((d) => d.pilot).map((d) => `${d.name}.yaml`).sort());
    const before = await validateJson(dir, "目录");
    expect(before.code).toBe(1);
    expect(new Set(before.diagnostics.filter((d) => d.severity !== "info").map((d) => d.rule))).toEqual(new Set(["placeholder-unfilled"]));
    for (const name of filesIn(out)) writeFileSync(join(out, name), fillIn(readFileSync(join(out, name), "utf8"), "苏州市吴中区人民政府办公室"));
    const after = await validateJson(dir, "目录");
    expect(after.diagnostics).toEqual([]);
    expect(after.code).toBe(0);
  });
});

describe("init's arguments", () => {
  const dir = project();
  const init = (...args: string[]) => runCli(["init", ...args], { cwd: dir, env });

  it("infers the level from the code and refuses a contradiction", async () => {
    const run = await init("--code", "320506", "--name", "苏州市吴中区", "--level", "乡级", "--domains", "社会救助");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("层级「乡级」与行政区划代码 320506 不符");
  });

  it("refuses a code that is not 6 or 9 digits", async () => {
    const run = await init("--code", "32050", "--name", "苏州市吴中区", "--domains", "社会救助");
    expect([run.code, run.stderr]).toEqual([2, "行政区划代码「32050」应为6位（县级，如 320506）或9位（乡级，如 320506103）数字\n"]);
  });

  it("names an unknown domain and suggests the closest", async () => {
    const run = await init("--code", "320506", "--name", "苏州市吴中区", "--domains", "社会求助", "--lang", "en");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("The domain registry has no “社会求助”; did you mean “社会救助”?");
  });

  it("asks for the domains when none are given, and for the code and name", async () => {
    expect((await init("--code", "320506", "--name", "苏州市吴中区")).stderr).toContain("请用 --domains 指定领域");
    const missing = await init("--name", "苏州市吴中区", "--all-pilot");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--code");
    expect(existsSync(join(dir, "catalogs"))).toBe(false);
  });

  it("scaffolds a local domain from the config, with placeholder items", async () => {
    const local = project({ "catalog.config.yaml": "domains:\n  - name: 河长制\n    id_prefix: HZZ\n" });
    expect((await runCli(["init", "--code", "320506", "--name", "苏州市吴中区", "--domains", "河长制"], { cwd: local, env })).code).toBe(0);
    const text = readFileSync(join(local, "catalogs/320506-吴中区/河长制.yaml"), "utf8");
    expect(text).toContain("  - id: HZZ-01-01\n    category: 【待填写】一级事项\n    name: 【待填写】二级事项\n");
    writeFileSync(join(local, "catalogs/320506-吴中区/河长制.yaml"), fillIn(text, "苏州市吴中区水务局"));
    expect((await validateJson(local)).diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  });

  it("names the folder after the jurisdiction without its parent units", () => {
    expect(shortName("苏州市吴中区木渎镇", "乡级")).toBe("木渎镇");
    expect(shortName("苏州市吴中区", "县级")).toBe("吴中区");
    expect(shortName("北京市东城区东华门街道", "乡级")).toBe("东华门街道");
    expect(shortName("江苏省苏州市吴江区", "县级")).toBe("吴江区");
    expect(shortName("木渎镇", "乡级")).toBe("木渎镇");
  });
});
