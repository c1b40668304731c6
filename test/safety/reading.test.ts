/**
 * Issue 16 items 5 and 7: only regular files are read, and only up to the size limit, each refused as a
 * finding rather than a hang or a crash; an unreadable folder or file is a finding and the rest is
 * checked; links inside the tree are followed, loop-safe, each real file once.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../src/paths.js";
import { runCli } from "../helpers/cli.js";

const env = { CATALOG_WORKERS: "0" };
const catalog = join(packageRoot, "catalogs/320506103-木渎镇/社会救助.yaml");
/** A catalog with an error (a division code of 8 digits). */
const broken = readFileSync(catalog, "utf8").replace('code: "320506103"', 'code: "32050610"');
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), "catalog-read-"));
  chmodSync(dir, 0o755);
  return dir;
};

interface Diagnostic {
  file: string;
  rule: string;
  severity: string;
  message: string;
}
const diagnostics = (stdout: string) => (JSON.parse(stdout) as { diagnostics: Diagnostic[]; summary: { files: number } });

describe("only regular files, and only up to a size", () => {
  it("refuses a FIFO named on the command line and a link to /dev/zero in a folder, by stat, without hanging", async () => {
    const dir = scratch();
    expect(spawnSync("mkfifo", [join(dir, "管道.yaml")]).status).toBe(0);
    mkdirSync(join(dir, "catalogs"));
    symlinkSync("/dev/zero", join(dir, "catalogs/零.yaml"));
    copyFileSync(catalog, join(dir, "catalogs/社会救助.yaml"));
    const run = await runCli(["validate", "管道.yaml", "catalogs", "-f", "json"], { cwd: dir, env });
    expect(run.code).toBe(1);
    const out = diagnostics(run.stdout);
    expect(out.summary.files).toBe(3);
    const refused = out.diagnostics.filter((d) => d.rule === "file-unreadable");
    expect(refused.map((d) => d.file).sort()).toEqual(["catalogs/零.yaml", "管道.yaml"]);
    expect(refused.every((d) => d.message.includes("不是普通文件"))).toBe(true);
  });

  it("refuses a file over the size limit (validate.maxFileSize) as a finding, and checks the others", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "catalog.config.yaml"), "validate:\n  maxFileSize: 0.01\n");
    mkdirSync(join(dir, "catalogs"));
    writeFileSync(join(dir, "catalogs/大.yaml"), `${readFileSync(catalog, "utf8")}\n${"# 填充\n".repeat(2000)}`);
    writeFileSync(join(dir, "catalogs/小.yaml"), broken.slice(0, broken.indexOf("items:")) + "items: []\n");
    const run = await runCli(["validate", "-f", "json"], { cwd: dir, env });
    expect(run.code).toBe(1);
    const out = diagnostics(run.stdout);
    expect(out.diagnostics.find((d) => d.file === "catalogs/大.yaml")?.message).toMatch(/文件有 1 MB，超过了 0.01 MB 的上限/);
    expect(out.diagnostics.some((d) => d.file === "catalogs/小.yaml" && d.severity === "error")).toBe(true);
  });
});

describe("files the walk used to lose", () => {
  it("reports a folder it cannot read as file-unreadable and checks the rest (not 'no such path')", () => {
    const dir = scratch();
    mkdirSync(join(dir, "catalogs/锁住的"), { recursive: true });
    chmodSync(join(dir, "catalogs"), 0o755);
    writeFileSync(join(dir, "catalogs/社会救助.yaml"), broken);
    copyFileSync(catalog, join(dir, "catalogs/锁住的/养老服务.yaml"));
    chmodSync(join(dir, "catalogs/锁住的"), 0o000);
    // root reads any folder: run the check as nobody, as an office account would.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const run = spawnSync(process.execPath, [join(packageRoot, "bin/catalog.js"), "validate", "catalogs", "-f", "json"], { cwd: dir, encoding: "utf8", env: { ...process.env, ...env, HOME: dir }, ...asUser });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    const out = diagnostics(run.stdout);
    expect(out.diagnostics.find((d) => d.file === "catalogs/锁住的")?.message).toContain("无法读取这个文件夹（EACCES）");
    expect(out.diagnostics.some((d) => d.file === "catalogs/社会救助.yaml" && d.severity === "error")).toBe(true);
  });

  it("follows links to files and folders inside the tree, each real file once, through a loop", async () => {
    const dir = scratch();
    const elsewhere = join(dir, "elsewhere");
    mkdirSync(join(elsewhere, "folder"), { recursive: true });
    writeFileSync(join(elsewhere, "文件.yaml"), broken);
    writeFileSync(join(elsewhere, "folder/社会救助.yaml"), broken);
    mkdirSync(join(dir, "catalogs/sub"), { recursive: true });
    symlinkSync(join(elsewhere, "文件.yaml"), join(dir, "catalogs/链接.yaml"));
    symlinkSync(join(elsewhere, "folder"), join(dir, "catalogs/链接文件夹"));
    symlinkSync("..", join(dir, "catalogs/sub/loop"));
    symlinkSync("链接.yaml", join(dir, "catalogs/同一个.yaml"));
    const run = await runCli(["validate", "catalogs", "-f", "json"], { cwd: dir, env });
    expect(run.code).toBe(1);
    const out = diagnostics(run.stdout);
    // Two real files, each once, under its first name in code-point order; the loop adds nothing.
    expect(out.summary.files).toBe(2);
    expect([...new Set(out.diagnostics.filter((d) => d.severity === "error").map((d) => d.file))].sort()).toEqual(["catalogs/同一个.yaml", "catalogs/链接文件夹/社会救助.yaml"]);
  });
});
