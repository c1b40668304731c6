/**
 * Command-line conventions a CI engineer or a terminal user relies on: colour switches, why a run
 * failed, quiet modes that do not overstate, standard input, help when no command is named, and usage
 * hints that read well.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { catalog, item, project } from "./project.js";

const env = { CATALOG_WORKERS: "0" };
const warned = catalog([item("SJ-01-01", "政策法规文件", { audience: "特定群众" })]);
const broken = catalog([item("SJ-01-01", "政策法规文件"), item("SJ-01-01", "办事指南")]);
const escape = /\x1b\[/;

describe("colour on a terminal", () => {
  const dir = project({ "catalogs/社会救助.yaml": warned });
  const colours = async (extra: Record<string, string>) => escape.test((await runCli(["validate"], { cwd: dir, env: { ...env, ...extra }, isTTY: true })).stdout);

  it("is on by default", async () => {
    expect(await colours({})).toBe(true);
  });

  it("is off with FORCE_COLOR=0 (or false), even on a terminal", async () => {
    expect(await colours({ FORCE_COLOR: "0" })).toBe(false);
    expect(await colours({ FORCE_COLOR: "false" })).toBe(false);
  });

  it("is off with TERM=dumb, and so is the build's progress line", async () => {
    expect(await colours({ TERM: "dumb" })).toBe(false);
    const build = await runCli(["build", "--formats", "csv", "--out", "out-dumb"], { cwd: dir, env: { ...env, TERM: "dumb" }, isTTY: true });
    expect(build.code).toBe(0);
    expect(build.stderr).not.toMatch(/\r|\x1b/);
    const redrawn = await runCli(["build", "--formats", "csv", "--out", "out-tty"], { cwd: dir, env, isTTY: true });
    expect(redrawn.stderr).toContain("\r\x1b[K");
  });

  it("is on with FORCE_COLOR=1 in a pipe (CI logs)", async () => {
    expect(escape.test((await runCli(["validate"], { cwd: dir, env: { ...env, FORCE_COLOR: "1" } })).stdout)).toBe(true);
  });
});

describe("--max-warnings", () => {
  const dir = project({ "catalogs/社会救助.yaml": warned });

  it("says why the run exits 1 when only the number of warnings fails it", async () => {
    const run = await runCli(["validate", "--max-warnings", "0"], { cwd: dir, env });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("警告有 1 个，超过 --max-warnings 允许的 0 个，退出码为 1\n");
    const en = await runCli(["validate", "--max-warnings", "0", "--lang", "en"], { cwd: dir, env });
    expect(en.stderr).toBe("1 warnings, more than the 0 that --max-warnings allows: exit code 1\n");
  });

  it("says nothing when the warnings are within the limit", async () => {
    const run = await runCli(["validate", "--max-warnings", "1"], { cwd: dir, env });
    expect([run.code, run.stderr]).toEqual([0, ""]);
  });
});

describe("quiet", () => {
  const dir = project({ "catalogs/社会救助.yaml": warned });

  it("validate -q does not say there are no problems when it hid some", async () => {
    const run = await runCli(["validate", "-q"], { cwd: dir, env });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain("没有发现问题");
    expect(run.stdout).toMatch(/没有错误（另有 \d+ 个警告或提示未显示，去掉 -q 可查看）\n$/);
  });

  it("build --quiet prints nothing on success, and still writes the outputs", async () => {
    const run = await runCli(["build", "--quiet", "--formats", "csv", "--out", "quiet"], { cwd: dir, env, isTTY: true });
    expect([run.code, run.stdout, run.stderr]).toEqual([0, "", ""]);
    expect(existsSync(join(dir, "quiet"))).toBe(true);
    const loud = await runCli(["build", "--formats", "csv", "--out", "loud"], { cwd: dir, env });
    expect(loud.stdout).toContain("已生成");
  });

  it("build --quiet still lists the errors that stop a build", async () => {
    const cwd = project({ "catalogs/社会救助.yaml": broken });
    const run = await runCli(["build", "--quiet", "--formats", "csv"], { cwd, env });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("duplicate-id");
  });
});

describe("validate - (standard input)", () => {
  const dir = project({ "catalogs/社会救助.yaml": warned });

  it("checks the catalog on standard input, named <stdin>, and not the config's paths", async () => {
    const run = await runCli(["validate", "-"], { cwd: dir, env, stdin: broken });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^<stdin>\n/);
    expect(run.stdout).toContain("duplicate-id");
    expect(run.stdout).not.toContain("catalogs/社会救助.yaml");
  });

  it("exits 0 on a clean catalog, in any format", async () => {
    const run = await runCli(["validate", "-", "--format", "json"], { cwd: dir, env, stdin: catalog([item("SJ-01-01", "政策法规文件")]) });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).diagnostics.filter((d: { severity: string }) => d.severity === "error")).toEqual([]);
  });

  it("is checked together with the files named beside it", async () => {
    const run = await runCli(["validate", "catalogs", "-"], { cwd: dir, env, stdin: broken });
    expect(run.stdout).toContain("catalogs/社会救助.yaml");
    expect(run.stdout).toContain("<stdin>");
  });
});

describe("help", () => {
  it("with no command: the help on stderr and exit 2 (a usage error, as POSIX tools and git signal it)", async () => {
    const run = await runCli([], { cwd: project(), env });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("用法： catalog [options] [command]");
  });

  it("asked for: on stdout, exit 0", async () => {
    for (const args of [["--help"], ["help"], ["validate", "--help"]]) {
      const run = await runCli(args, { cwd: project(), env });
      expect([run.code, run.stderr], args.join(" ")).toEqual([0, ""]);
      expect(run.stdout).toContain("用法：");
    }
  });
});

describe("usage hints", () => {
  it("name the command asked for, with single spaces, whatever --lang stands before it", async () => {
    const cwd = project();
    expect((await runCli(["--bogus"], { cwd, env })).stderr).toBe("不认识的选项 --bogus。运行 catalog --help 查看可用选项\n");
    expect((await runCli(["--lang", "en", "--bogus"], { cwd, env })).stderr).toBe("Unknown option --bogus. Run catalog --help for the options\n");
    expect((await runCli(["--lang", "en", "validate", "--bogus"], { cwd, env })).stderr).toBe("Unknown option --bogus. Run catalog validate --help for the options\n");
  });
});
