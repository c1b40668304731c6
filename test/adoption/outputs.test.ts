/**
 * `catalog validate` in CI: several outputs in one run (-o <format>=<file>, or the config's
 * validate.outputs), the github format chosen by itself in GitHub Actions, the same exit code whatever
 * the formats, atomic writes; and the config's paths, lang and output defaults, with its errors at
 * their positions.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { formatNames } from "../../src/report/formatters/index.js";
import { validateSarif } from "../formatters/sarif-schema.js";
import { runCli } from "../helpers/cli.js";
import { catalog, item, project } from "./project.js";

const root = join(import.meta.dirname, "../..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { name: string; version: string; files: string[] };
const env = { CATALOG_WORKERS: "0" };
const withErrors = catalog([item("SJ-01-01", "政策法规文件", { audience: "特定群众" }), item("SJ-01-01", "办事指南")]);
const warningsOnly = catalog([item("SJ-01-01", "政策法规文件", { audience: "特定群众" })]);

describe("SARIF in a repository", () => {
  it("gives the same URIs, from the repository root, whether run at the root or in a subfolder, and no machine path", async () => {
    const dir = project({ "site/catalogs/社会救助.yaml": withErrors, "site/catalog.config.yaml": "paths: [catalogs]\n" });
    expect(spawnSync("git", ["init", "-q"], { cwd: dir }).status).toBe(0);
    const uris = async (cwd: string, paths: string[]) => {
      const run = await runCli(["validate", "--format", "sarif", ...paths], { cwd, env });
      expect(run.stdout).not.toContain(dir);
      const log = JSON.parse(run.stdout);
      expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
      return log.runs[0].results.map((r: any) => `${r.locations[0].physicalLocation.artifactLocation.uriBaseId}:${decodeURIComponent(r.locations[0].physicalLocation.artifactLocation.uri)}`);
    };
    const atRoot = await uris(dir, ["site/catalogs"]);
    expect(atRoot.length).toBeGreaterThanOrEqual(2);
    expect(new Set(atRoot)).toEqual(new Set(["SRCROOT:site/catalogs/社会救助.yaml"]));
    expect(await uris(join(dir, "site"), [])).toEqual(atRoot);
    expect(await uris(join(dir, "site/catalogs"), ["."])).toEqual(atRoot);
  });
});

describe("several outputs in one run", () => {
  const dir = project({ "catalogs/社会救助.yaml": withErrors });

  it("prints one format and writes the others, each complete", async () => {
    const run = await runCli(["validate", "--format", "stylish", "--output-file", "sarif=reports/catalog.sarif", "-o", "junit=junit.xml", "-o", "gitlab=gl-code-quality-report.json", "-o", "json=reports/catalog.json"], { cwd: dir, env });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("catalogs/社会救助.yaml\n");
    expect(run.stdout).toMatch(/✖ \d+ 个问题（1 个错误，1 个警告/);
    expect(run.stderr).toBe("已写入 sarif 报告：reports/catalog.sarif\n已写入 junit 报告：junit.xml\n已写入 gitlab 报告：gl-code-quality-report.json\n已写入 json 报告：reports/catalog.json\n");
    const diagnostics = (JSON.parse(readFileSync(join(dir, "reports/catalog.json"), "utf8")) as { diagnostics: { rule: string; severity: string }[] }).diagnostics;
    const rules = diagnostics.map((d) => d.rule);
    expect(rules).toEqual(expect.arrayContaining(["duplicate-id", "vocabulary-variant"]));
    const log = JSON.parse(readFileSync(join(dir, "reports/catalog.sarif"), "utf8"));
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    expect(log.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(rules);
    // As shipped: every rule described, its page (shipped in the package) as help, linked where the package is published.
    const driver = log.runs[0].tool.driver;
    expect(driver.rules.length).toBeGreaterThan(15);
    const duplicateId = driver.rules.find((r: { id: string }) => r.id === "duplicate-id");
    expect(duplicateId.helpUri).toBe(`https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/docs/rules/duplicate-id.md`);
    expect(duplicateId.help.markdown).toBe(readFileSync(join(root, "docs/rules/duplicate-id.md"), "utf8"));
    expect(duplicateId.help.text).toContain(duplicateId.helpUri);
    const junit = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(join(dir, "junit.xml"), "utf8"));
    // Infos are listed but never failures: this run's exit code comes from its error.
    expect(diagnostics.some((d) => d.severity === "info")).toBe(true);
    expect(junit.testsuites["@_failures"]).toBe(String(diagnostics.filter((d) => d.severity !== "info").length));
    expect(JSON.parse(readFileSync(join(dir, "gl-code-quality-report.json"), "utf8"))).toHaveLength(rules.length);
  });

  it("links rule pages under --docs-url or CATALOG_DOCS_URL, and refuses a base that is not a web address (exit 2)", async () => {
    const link = async (args: string[], extra = {}) => {
      const run = await runCli(["validate", "--format", "sarif", ...args], { cwd: dir, env: { ...env, ...extra } });
      return JSON.parse(run.stdout).runs[0].tool.driver.rules.find((r: { id: string }) => r.id === "duplicate-id").helpUri;
    };
    expect(await link(["--docs-url", "https://intranet.example.gov.cn/catalog/rules"])).toBe("https://intranet.example.gov.cn/catalog/rules/duplicate-id.md");
    expect(await link([], { CATALOG_DOCS_URL: "https://mirror.example.org/docs/" })).toBe("https://mirror.example.org/docs/duplicate-id.md");
    const bad = await runCli(["validate", "--format", "sarif", "--docs-url", "/opt/docs"], { cwd: dir, env });
    expect([bad.code, bad.stdout, bad.stderr]).toEqual([2, "", "规则说明的网址「/opt/docs」无效：应为 https:// 开头的网址，如 https://example.gov.cn/catalog/docs/rules/\n"]);
  });

  it("leaves no temporary files behind", () => {
    expect(readdirSync(dir).filter((f) => f.includes(".tmp"))).toEqual([]);
    expect(readdirSync(join(dir, "reports")).sort()).toEqual(["catalog.json", "catalog.sarif"]);
  });

  it("exits with the same code whatever the formats", async () => {
    for (const [text, expected] of [[withErrors, 1], [warningsOnly, 0]] as const) {
      const cwd = project({ "catalogs/a.yaml": text });
      for (const format of formatNames) {
        expect((await runCli(["validate", "--format", format], { cwd, env })).code, format).toBe(expected);
        expect((await runCli(["validate", "-o", `${format}=out/report`], { cwd, env })).code, format).toBe(expected);
      }
    }
  });

  it("refuses a malformed --output-file, an unknown format or one file for two outputs (exit 2)", async () => {
    for (const spec of ["sarif", "xml=a.xml", "sarif="]) {
      const run = await runCli(["validate", "-o", spec], { cwd: dir, env });
      expect(run.code, spec).toBe(2);
      expect(run.stderr).toContain(`--output-file 的值「${spec}」应写成 <格式>=<文件>`);
    }
    const twice = await runCli(["validate", "-o", "sarif=r.json", "-o", "gitlab=r.json"], { cwd: dir, env });
    expect([twice.code, twice.stderr]).toEqual([2, "两个输出都要写入 r.json：请给每个输出指定不同的文件\n"]);
  });

  it("a report that cannot be written ends the run with exit 2 and a message, not a stack trace", async () => {
    mkdirSync(join(dir, "taken"), { recursive: true });
    const folder = await runCli(["validate", "-o", "sarif=taken"], { cwd: dir, env });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/^taken 不是普通文件（是设备、管道或文件夹），catalog 只写入普通文件，没有写入。/);
    writeFileSync(join(dir, "plain.txt"), "");
    const run = await runCli(["validate", "-o", "sarif=plain.txt/r.sarif"], { cwd: dir, env });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^无法写入 plain\.txt\/r\.sarif（E[A-Z]+）。请检查目录权限和磁盘空间\n$/);
    expect(readdirSync(dir).filter((f) => f.includes(".tmp"))).toEqual([]);
  });
});

describe("GitHub Actions", () => {
  const dir = project({ "catalogs/社会救助.yaml": withErrors });

  it("annotations are the default when GITHUB_ACTIONS=true and no format was asked for", async () => {
    const run = await runCli(["validate"], { cwd: dir, env: { ...env, GITHUB_ACTIONS: "true" } });
    expect(run.code).toBe(1);
    expect(run.stdout.split("\n")[0]).toBe("::group::catalogs/社会救助.yaml");
    expect(run.stdout).toMatch(/^::error file=catalogs\/社会救助\.yaml,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=duplicate-id::/m);
    expect(run.stdout).toMatch(/^::warning file=.*title=vocabulary-variant::/m);
  });

  it("an asked-for format wins: --format, or the config's validate.format", async () => {
    const asked = await runCli(["validate", "--format", "json"], { cwd: dir, env: { ...env, GITHUB_ACTIONS: "true" } });
    expect(JSON.parse(asked.stdout).version).toBe(1);
    const configured = project({ "catalogs/a.yaml": withErrors, "catalog.config.yaml": "validate:\n  format: junit\n" });
    expect((await runCli(["validate"], { cwd: configured, env: { ...env, GITHUB_ACTIONS: "true" } })).stdout).toMatch(/^<\?xml/);
  });

  it("outside GitHub Actions the default stays stylish", async () => {
    expect((await runCli(["validate"], { cwd: dir, env: { ...env, GITHUB_ACTIONS: "false" } })).stdout).toMatch(/✖ \d+ 个问题（1 个错误，1 个警告/);
  });
});

describe("the config file", () => {
  it("validate.outputs are written on every run; --output-file replaces them", async () => {
    const dir = project({ "catalogs/a.yaml": withErrors, "ci/catalog.config.yaml": "paths: [../catalogs]\nvalidate:\n  outputs:\n    sarif: ../reports/catalog.sarif\n    junit: ../reports/junit.xml\n" });
    const run = await runCli(["validate", "-c", "ci/catalog.config.yaml"], { cwd: dir, env });
    expect(run.code).toBe(1);
    expect(readdirSync(join(dir, "reports")).sort()).toEqual(["catalog.sarif", "junit.xml"]);
    const replaced = project({ "catalogs/a.yaml": withErrors, "catalog.config.yaml": "validate:\n  outputs:\n    sarif: reports/catalog.sarif\n" });
    await runCli(["validate", "-o", "gitlab=cq.json"], { cwd: replaced, env });
    expect([existsSync(join(replaced, "cq.json")), existsSync(join(replaced, "reports"))]).toEqual([true, false]);
  });

  it("paths: validate with no arguments checks the config's paths", async () => {
    const dir = project({ "目录/a.yaml": withErrors, "catalog.config.yaml": "paths: [目录]\n" });
    const run = await runCli(["validate"], { cwd: dir, env });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("目录/a.yaml");
  });

  it("lang: --lang > CATALOG_LANG > the config's lang > Chinese", async () => {
    const dir = project({ "catalogs/a.yaml": withErrors, "catalog.config.yaml": "lang: en\n" });
    const english = /problems \(1 error, 1 warning/;
    expect((await runCli(["validate"], { cwd: dir, env })).stdout).toMatch(english);
    expect((await runCli(["validate", "--lang", "zh"], { cwd: dir, env })).stdout).toMatch(/✖ \d+ 个问题（1 个错误，1 个警告/);
    expect((await runCli(["--lang", "zh", "validate"], { cwd: dir, env })).stdout).toMatch(/✖ \d+ 个问题（1 个错误，1 个警告/);
    expect((await runCli(["validate"], { cwd: dir, env: { ...env, CATALOG_LANG: "zh" } })).stdout).toMatch(/✖ \d+ 个问题（1 个错误，1 个警告/);
    const none = project({ "catalogs/a.yaml": withErrors });
    expect((await runCli(["validate"], { cwd: none, env })).stdout).toMatch(/✖ \d+ 个问题（1 个错误，1 个警告/);
  });

  it("reports its errors at their positions (exit 2)", async () => {
    const dir = project({
      "catalogs/a.yaml": withErrors,
      "catalog.config.yaml": "paths: [catalogs]\nvalidate:\n  format: pdf\n  outputs:\n    sarif: reports/catalog.sarif\n    xml: reports/catalog.xml\n  baseline: 3\nrules:\n  vocabulary-variants: off\n",
    });
    const run = await runCli(["validate"], { cwd: dir, env });
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")).toEqual(
      expect.arrayContaining([
        "配置文件有误：",
        `catalog.config.yaml:3:11  取值应为：${formatNames.join("、")}`,
        "catalog.config.yaml:6:5  未定义的键「xml」",
        "catalog.config.yaml:7:13  类型应为 string",
        "catalog.config.yaml:9:3  没有编号为「vocabulary-variants」的规则，应为「vocabulary-variant」吗？",
      ]),
    );
  });

  it("its schema lists exactly the formats there are", () => {
    const schema = JSON.parse(readFileSync(join(root, "schemas/config.schema.json"), "utf8"));
    expect(schema.definitions.formatName.enum).toEqual(formatNames);
    expect(Object.keys(schema.properties.validate.properties.outputs.properties)).toEqual(formatNames);
  });
});
