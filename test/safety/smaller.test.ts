/** Issue 16 item 9: the smaller defects (CR-only line endings are in writes.test.ts). */
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../src/paths.js";
import { runCli } from "../helpers/cli.js";

const env = { CATALOG_WORKERS: "0" };
const source = readFileSync(join(packageRoot, "catalogs/320506103-木渎镇/社会救助.yaml"), "utf8");
const scratch = () => mkdtempSync(join(tmpdir(), "catalog-smaller-"));
function project(text = source) {
  const dir = scratch();
  mkdirSync(join(dir, "catalogs"));
  writeFileSync(join(dir, "catalogs/社会救助.yaml"), text);
  return dir;
}

describe("usage errors name the problem (exit 2), never 内部错误", () => {
  it.each([
    [["validate", "--max-warnings", "-5"], "选项 --max-warnings <n> 的值「-5」无效，可选：非负整数"],
    [["validate", "--config", "nope.yaml"], "无法读取配置文件 nope.yaml（ENOENT）"],
    [["validate", "--lang", "fr"], "选项 --lang <lang> 的值「fr」无效，可选：zh, en"],
    [["build", "--out", "/proc/x"], "没有生成任何输出"],
  ])("%j", async (argv, message) => {
    const run = await runCli(argv, { cwd: project(), env });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toContain("内部错误");
  });

  it("--out under /proc ends at once (it used to spin for ever)", () => {
    const run = spawnSync(process.execPath, [join(packageRoot, "bin/catalog.js"), "build", "--out", "/proc/x/y"], { cwd: project(), encoding: "utf8", timeout: 60_000 });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(2);
  });
});

describe("build", () => {
  it("refuses a read-only output folder and leaves it as it was", async () => {
    const dir = project();
    expect((await runCli(["build", "--out", "public"], { cwd: dir, env })).code).toBe(0);
    const before = readdirSync(join(dir, "public"));
    chmodSync(join(dir, "public"), 0o555);
    const run = await runCli(["build", "--out", "public", "--formats", "csv"], { cwd: dir, env });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("是只读的，没有生成任何输出");
    expect(readdirSync(join(dir, "public"))).toEqual(before);
  });

  it("keeps a right-to-left override in a jurisdiction name out of the folder name", async () => {
    const dir = project(source.replace("name: 苏州市吴中区木渎镇", 'name: "苏州市吴中区\\u202E镇渎木"'));
    expect((await runCli(["build", "--out", "public"], { cwd: dir, env })).code).toBe(0);
    const folders = readdirSync(join(dir, "public")).filter((f) => !f.startsWith(".") && f !== "index.html");
    expect(folders).toEqual(["320506103-苏州市吴中区镇渎木"]);
  });

  it("with --force, a catalog without code or name is named as written nowhere, not counted", async () => {
    const dir = project(source.replace('code: "320506103"', 'code: ""').replace("  name: 苏州市吴中区木渎镇", '  name: ""'));
    const run = await runCli(["build", "--out", "public", "--force"], { cwd: dir, env });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("注意：以下目录没有行政区划代码和名称，没有生成输出");
    expect(run.stdout).toContain("  catalogs/社会救助.yaml");
    expect(run.stdout).toContain("（0 个行政区划，0 个目录，0 个事项）");
  });
});

describe("diff --git", () => {
  it("compares a file whose name holds a tab", async () => {
    const dir = project();
    const git = (...args: string[]) => spawnSync("git", ["-c", "user.email=t@t", "-c", "user.name=t", ...args], { cwd: dir, encoding: "utf8" });
    cpSync(join(dir, "catalogs/社会救助.yaml"), join(dir, "catalogs/社会\t救助.yaml"));
    expect(git("init", "-q").status).toBe(0);
    git("add", ".");
    expect(git("commit", "-qm", "catalogs").status).toBe(0);
    writeFileSync(join(dir, "catalogs/社会\t救助.yaml"), source.replace("name: 政策法规文件", "name: 政策法规文件汇编"));
    const run = await runCli(["diff", "--git", "HEAD", "catalogs/社会\t救助.yaml"], { cwd: dir, env });
    expect(run.stdout).toContain("~ SJ-01-01 政策法规文件汇编（更名）");
    expect(run.stdout).not.toContain("新增目录");
  });
});
