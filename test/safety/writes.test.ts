/**
 * Issue 16 items 4, 8 and the CR-only line endings of 9: what a path is stays what it was. `-o` writes
 * a link's target and refuses devices and FIFOs; `fmt --fix` keeps the encoding, line endings, mode,
 * owner and links of the file it edits.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, linkSync, lstatSync, mkdtempSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../src/paths.js";
import { runCli } from "../helpers/cli.js";

const scratch = () => mkdtempSync(join(tmpdir(), "catalog-writes-"));
const variants = readFileSync(join(packageRoot, "test/rules/vocabulary-variant/fail/社会救助.yaml"), "utf8").replace(/^# yaml-language-server.*\n/, "");
const env = { CATALOG_WORKERS: "0" };
const isRoot = process.getuid?.() === 0;

/** A catalog file written as `bytes`, checked with fmt --fix; the file's bytes after. */
async function fixed(bytes: Uint8Array, prepare: (file: string, dir: string) => void = () => undefined) {
  const dir = scratch();
  const file = join(dir, "社会救助.yaml");
  writeFileSync(file, bytes);
  prepare(file, dir);
  const run = await runCli(["fmt", "--fix", "社会救助.yaml"], { cwd: dir, env });
  return { run, file, dir, after: readFileSync(file) };
}

describe("-o FORMAT=FILE", () => {
  it("writes a link's target and keeps the link", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "a.yaml"), variants);
    writeFileSync(join(dir, "report.json"), "旧");
    symlinkSync("report.json", join(dir, "latest.json"));
    const run = await runCli(["validate", "a.yaml", "-o", "json=latest.json"], { cwd: dir, env });
    expect(run.code).toBe(0);
    expect(lstatSync(join(dir, "latest.json")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, "latest.json"))).toBe("report.json");
    expect(JSON.parse(readFileSync(join(dir, "report.json"), "utf8")).summary.files).toBe(1);
  });

  it("refuses a FIFO and a device with exit 2, leaving them as they were", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "a.yaml"), variants);
    expect(spawnSync("mkfifo", [join(dir, "fifo")]).status).toBe(0);
    const fifo = await runCli(["validate", "a.yaml", "-o", "json=fifo"], { cwd: dir, env });
    expect(fifo.code).toBe(2);
    expect(fifo.stderr).toContain("不是普通文件");
    expect(lstatSync(join(dir, "fifo")).isFIFO()).toBe(true);
    const device = isRoot && spawnSync("mknod", [join(dir, "null"), "c", "1", "3"]).status === 0 ? join(dir, "null") : "/dev/null";
    symlinkSync(device, join(dir, "to-device"));
    for (const target of [device, "to-device"]) {
      const run = await runCli(["diff", "a.yaml", "a.yaml", "-f", "json", "--output", target], { cwd: dir, env });
      expect(run.code, target).toBe(2);
      expect(run.stderr).toContain("不是普通文件");
    }
    expect(statSync(device).isCharacterDevice()).toBe(true);
  });
});

describe("fmt --fix changes only the values", () => {
  it("keeps GB18030 as GB18030 and UTF-16 as UTF-16, with their BOM", async () => {
    const gb = await fixed(iconv.encode(variants, "gb18030"));
    expect(gb.run.code).toBe(0);
    expect(gb.after.equals(iconv.encode(iconv.decode(gb.after, "gb18030"), "gb18030"))).toBe(true);
    expect(iconv.decode(gb.after, "gb18030")).toContain("audience: 特定群体");
    expect(iconv.decode(gb.after, "gb18030")).not.toContain("特定群众");
    expect(gb.after.includes(Buffer.from("特定群体", "utf8"))).toBe(false);
    const utf16 = await fixed(Buffer.from(`\uFEFF${variants}`, "utf16le"));
    expect(utf16.run.code).toBe(0);
    expect([...utf16.after.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(utf16.after.toString("utf16le")).toContain("audience: 特定群体");
  });

  it("keeps CRLF and CR-only line endings; a CR-only file's findings are on their own lines", async () => {
    const crlf = await fixed(Buffer.from(variants.replace(/\n/g, "\r\n")));
    expect(crlf.after.toString()).toBe(crlf.after.toString().replace(/\r?\n/g, "\r\n"));
    const cr = await fixed(Buffer.from(variants.replace(/\n/g, "\r")));
    expect(cr.run.stdout).toMatch(/已修改 社会救助.yaml（\d+ 处）/);
    expect(cr.after.toString()).not.toContain("\n");
    expect(cr.after.toString()).toContain("audience: 特定群体 #");
    expect(cr.after.toString()).not.toContain("特定群众");
    // The same fixes as in an LF file (one may add lines: a value naming two levels becomes two entries).
    const lf = await fixed(Buffer.from(variants));
    expect(cr.after.toString().replace(/\r/g, "\n")).toBe(lf.after.toString());
    writeFileSync(join(cr.dir, "b.yaml"), variants.replace(/\n/g, "\r"));
    const checked = await runCli(["validate", "b.yaml", "-f", "json"], { cwd: cr.dir, env });
    const lines = (JSON.parse(checked.stdout) as { diagnostics: { line: number }[] }).diagnostics.map((d) => d.line);
    expect(lines.length).toBeGreaterThan(3);
    expect(new Set(lines).size).toBeGreaterThan(3);
  });

  it("keeps the mode, the owner, a symbolic link and hard links", async () => {
    const mode = await fixed(Buffer.from(variants), (file) => {
      chmodSync(file, 0o640);
      if (isRoot) chownSync(file, 1234, 2345);
    });
    expect(statSync(mode.file).mode & 0o777).toBe(0o640);
    if (isRoot) expect([statSync(mode.file).uid, statSync(mode.file).gid]).toEqual([1234, 2345]);
    const linked = await fixed(Buffer.from(variants), (file, dir) => {
      linkSync(file, join(dir, "copy.keep"));
    });
    expect(readFileSync(join(linked.dir, "copy.keep"), "utf8")).toContain("audience: 特定群体");
    expect(statSync(linked.file).nlink).toBe(2);
    const dir = scratch();
    writeFileSync(join(dir, "real.yml.txt"), variants);
    symlinkSync("real.yml.txt", join(dir, "社会救助.yaml"));
    expect((await runCli(["fmt", "--fix", "社会救助.yaml"], { cwd: dir, env })).code).toBe(0);
    expect(lstatSync(join(dir, "社会救助.yaml")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "real.yml.txt"), "utf8")).toContain("audience: 特定群体");
  });

  it("refuses, changing nothing, a file whose bytes its encoding cannot give back", async () => {
    // A lone 0x80 is not GB18030: decoded as U+FFFD, it would not be written back as it was.
    const bytes = Buffer.concat([iconv.encode(variants, "gb18030"), Buffer.from([0x23, 0x80, 0x0a])]);
    const run = await fixed(bytes);
    expect(run.run.code).toBe(2);
    expect(run.run.stderr).toContain("无法按原编码写回");
    expect(run.after.equals(bytes)).toBe(true);
  });
});
