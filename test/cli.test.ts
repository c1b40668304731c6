/**
 * The CLI as a user meets it (format.md §3): exit codes 0/1/2, messages in Chinese or English, colour
 * rules, and the stylish output compared with golden files (test/golden/, rewritten only with UPDATE=1).
 * Most cases run the real entry in-process; a few start the built program (`node bin/catalog.js`), as
 * CI and users do, to see the process's own exit code and streams.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectGolden } from "./helpers/golden.js";
import { runCli } from "./helpers/cli.js";

const root = join(import.meta.dirname, "..");
const golden = join(root, "test/fixtures/golden");
const cjk = /\p{Script=Han}/u;
const ansi = /\u001b\[/;
/** What a stack trace looks like: a user must never see one for bad input. */
const stackTrace = /^\s+at .+[(:]\d+/m;

const tmp = mkdtempSync(join(tmpdir(), "catalog-cli-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/**
 * A project folder in tmp with the given files (path → text), and an empty config unless one is given,
 * so that no catalog.config.yaml further up the temp folder can interfere.
 */
function project(name: string, files: Record<string, string>): string {
  const dir = join(tmp, name);
  for (const [path, text] of Object.entries({ "catalog.config.yaml": "# defaults\n", ...files })) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const fixture = (path: string) => readFileSync(join(root, "test/rules", path), "utf8");
const clean = fixture("duplicate-id/pass.yaml");
const warningsOnly = fixture("vocabulary-variant/fail/社会救助.yaml");

describe("exit codes", () => {
  it("0 when the catalogs have no errors", async () => {
    const { code, stdout, stderr } = await runCli(["validate", "catalogs"], { cwd: root });
    expect([code, stderr]).toEqual([0, ""]);
    expect(stdout).toMatch(/^✔|个问题/m);
  });

  it("1 when a catalog has errors", async () => {
    const { code, stdout } = await runCli(["validate", "catalogs"], { cwd: golden });
    expect(code).toBe(1);
    expect(stdout).toContain("catalogs/320506-吴中区/社会救助.yaml");
  });

  it("0 for warnings only, 1 with --fail-on warning", async () => {
    const dir = project("warnings", { "catalogs/社会救助.yaml": warningsOnly });
    expect((await runCli(["validate"], { cwd: dir })).code).toBe(0);
    expect((await runCli(["validate", "--fail-on", "warning"], { cwd: dir })).code).toBe(1);
    expect((await runCli(["validate", "--fail-on", "error"], { cwd: dir })).code).toBe(0);
  });

  it("1 when the warnings exceed --max-warnings", async () => {
    const dir = join(tmp, "warnings");
    const warnings = (await runCli(["validate", "--format", "json"], { cwd: dir })).stdout;
    const count = (JSON.parse(warnings) as { summary: { warnings: number } }).summary.warnings;
    expect(count).toBeGreaterThan(1);
    expect((await runCli(["validate", "--max-warnings", String(count)], { cwd: dir })).code).toBe(0);
    expect((await runCli(["validate", "--max-warnings", String(count - 1)], { cwd: dir })).code).toBe(1);
    expect((await runCli(["validate", "--max-warnings", "0"], { cwd: dir })).code).toBe(1);
  });

  it("2 for an unknown option, in Chinese, without a stack trace", async () => {
    const { code, stdout, stderr } = await runCli(["validate", "--frobnicate", "catalogs"], { cwd: root });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(cjk);
    expect(stderr).toContain("--frobnicate");
    expect(stderr).not.toMatch(stackTrace);
  });

  it("2 for a path that does not exist, naming it", async () => {
    const { code, stdout, stderr } = await runCli(["validate", "catalogs", "目录/不存在.yaml"], { cwd: root });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("目录/不存在.yaml");
    expect(stderr).toMatch(cjk);
  });

  it("2 for an unknown --format, listing the formats", async () => {
    const { code, stdout, stderr } = await runCli(["validate", "--format", "xml", "catalogs"], { cwd: root });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("xml");
    expect(stderr).toContain("stylish");
    expect(stderr).toContain("json");
  });

  it("2 for a bad config, each problem at file:line:column", async () => {
    const config = ["paths: [catalogs]", "rules:", "  duplicate-id: fatal", "validat:", "  failOn: error", ""].join("\n");
    const dir = project("bad-config", { "catalog.config.yaml": config, "catalogs/社会救助.yaml": clean });
    for (const lang of ["zh", "en"]) {
      const { code, stdout, stderr } = await runCli(["validate", "--lang", lang], { cwd: dir });
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toContain("catalog.config.yaml:3:17");
      expect(stderr).toContain("catalog.config.yaml:4:1");
      expect(stderr).not.toMatch(stackTrace);
    }
  });

  it("1, not 2, when one file cannot be parsed: the others are still checked", async () => {
    const dir = project("one-broken", {
      "catalogs/就业.yaml": "jurisdiction:\n  code: [320506\n",
      "catalogs/社会救助.yaml": clean,
      "catalogs/养老服务.yaml": warningsOnly,
    });
    const { code, stdout } = await runCli(["validate", "--format", "json"], { cwd: dir });
    expect(code).toBe(1);
    const output = JSON.parse(stdout) as { summary: { files: number; items: number }; diagnostics: { file: string; rule: string }[] };
    expect(output.summary.files).toBe(3);
    expect(output.summary.items).toBeGreaterThan(0);
    expect(output.diagnostics.filter((d) => d.rule === "yaml-syntax").map((d) => d.file)).toEqual(["catalogs/就业.yaml"]);
    expect(output.diagnostics.some((d) => d.file === "catalogs/养老服务.yaml" && d.rule === "vocabulary-variant")).toBe(true);
  });
});

describe("what the user reads", () => {
  it("speaks English with --lang en and with CATALOG_LANG=en", async () => {
    for (const [args, env] of [[["--lang", "en"], {}], [[], { CATALOG_LANG: "en" }]] as const) {
      const { stdout } = await runCli(["validate", ...args, "catalogs"], { cwd: golden, env });
      expect(stdout).toContain("problems (");
      expect(stdout).toContain("Files with errors");
      expect(stdout).not.toContain("个问题");
    }
    const { stderr } = await runCli(["validate", "--lang", "en", "--frobnicate"], { cwd: root });
    expect(stderr).toContain("Unknown option --frobnicate");
  });

  it("reports errors only with --quiet, and still exits 1 for them", async () => {
    const loud = await runCli(["validate", "--format", "json", "catalogs"], { cwd: golden });
    const quiet = await runCli(["validate", "--format", "json", "--quiet", "catalogs"], { cwd: golden });
    const severities = (out: string) => (JSON.parse(out) as { diagnostics: { severity: string }[] }).diagnostics.map((d) => d.severity);
    expect(severities(loud.stdout)).toContain("warning");
    expect(new Set(severities(quiet.stdout))).toEqual(new Set(["error"]));
    expect(quiet.code).toBe(1);
    const warnings = await runCli(["validate", "--quiet", "--fail-on", "warning", "catalogs/社会救助.yaml"], { cwd: join(tmp, "warnings") });
    expect(warnings.code).toBe(1);
  });

  it("colours only on a terminal, and never with NO_COLOR", async () => {
    const run = (isTTY: boolean, env: Record<string, string>, args: string[] = []) =>
      runCli(["validate", ...args, "catalogs"], { cwd: golden, isTTY, env }).then((r) => r.stdout);
    expect(await run(true, {})).toMatch(ansi);
    expect(await run(false, {})).not.toMatch(ansi);
    expect(await run(true, { NO_COLOR: "1" })).not.toMatch(ansi);
    expect(await run(false, { FORCE_COLOR: "1" })).toMatch(ansi);
    expect(await run(true, { NO_COLOR: "1", FORCE_COLOR: "1" })).not.toMatch(ansi);
    expect(await run(true, {}, ["--no-color"])).not.toMatch(ansi);
  });

  for (const lang of ["zh", "en"] as const) {
    it(`prints the stylish report of the golden fixture (${lang}) as test/golden/validate-stylish.${lang}.txt`, async () => {
      const { code, stdout, stderr } = await runCli(["validate", "--lang", lang, "catalogs"], { cwd: golden });
      const recorded = `$ catalog validate --lang ${lang} catalogs\n${stdout}${stderr}(exit ${code})\n`;
      const file = join(root, "test/golden", `validate-stylish.${lang}.txt`);
      expectGolden(file, recorded);
    });
  }
});

describe("the built program", () => {
  beforeAll(() => {
    execFileSync("npm", ["run", "build", "--silent"], { cwd: root, stdio: "pipe" });
  });
  const node = (args: string[], env: Record<string, string> = {}) => {
    const { NO_COLOR: _n, FORCE_COLOR: _f, CATALOG_LANG: _l, ...inherited } = process.env;
    return spawnSync(process.execPath, [join(root, "bin/catalog.js"), ...args], { cwd: golden, env: { ...inherited, ...env }, encoding: "utf8" });
  };

  it("exits 1 with the report on stdout for findings, 0 for clean catalogs", () => {
    const found = node(["validate", "catalogs"]);
    expect([found.status, found.stderr]).toEqual([1, ""]);
    expect(found.stdout).toContain("yaml-syntax");
    const cleanDir = project("built-clean", { "catalogs/社会救助.yaml": clean });
    const ok = spawnSync(process.execPath, [join(root, "bin/catalog.js"), "validate"], { cwd: cleanDir, encoding: "utf8" });
    expect([ok.status, ok.stderr]).toEqual([0, ""]);
  });

  it("exits 2 for bad arguments with one Chinese line on stderr and no stack trace", () => {
    for (const args of [["validate", "--frobnicate"], ["validate", "--format", "xml"], ["validate", "没有这个目录"], ["frobnicate"]]) {
      const result = node(args);
      expect(result.status, args.join(" ")).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.stderr).toMatch(cjk);
      expect(result.stderr).not.toMatch(stackTrace);
    }
  });

  it("stops quietly, with its own exit code, when the reader closes the pipe early (| head)", () => {
    // Far more output than a pipe holds, so the program is still writing when head has gone.
    const many = project("built-pipe", {});
    const defective = readFileSync(join(root, "test/defects/catalogs/320506-吴中区/就业.yaml"));
    for (let i = 0; i < 400; i++) writeFileSync(join(many, `就业-${i}.yaml`), defective);
    const run = spawnSync("bash", ["-c", `"${process.execPath}" "${join(root, "bin/catalog.js")}" validate . --format json | head -c 100 > /dev/null; exit "\${PIPESTATUS[0]}"`], { cwd: many, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
  });

  it("honours NO_COLOR over FORCE_COLOR", () => {
    expect(node(["validate", "catalogs"], { FORCE_COLOR: "1" }).stdout).toMatch(ansi);
    expect(node(["validate", "catalogs"], { FORCE_COLOR: "1", NO_COLOR: "1" }).stdout).not.toMatch(ansi);
  });

  it("checks a copied project the same way in-process and as a program", async () => {
    const dir = join(tmp, "copy");
    cpSync(golden, dir, { recursive: true });
    writeFileSync(join(dir, "catalog.config.yaml"), "# defaults\n");
    const inProcess = await runCli(["validate", "--format", "json", "catalogs"], { cwd: dir });
    const program = spawnSync(process.execPath, [join(root, "bin/catalog.js"), "validate", "--format", "json", "catalogs"], { cwd: dir, encoding: "utf8" });
    expect(program.stdout).toBe(inProcess.stdout);
    expect(program.status).toBe(inProcess.code);
  });
});
