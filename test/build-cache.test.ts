/**
 * `build --cache` must give, byte for byte, the tree a fresh full build gives: after a changed catalog,
 * a deleted and an added one, with the index pages and combined files that depend on them, and when an
 * output in the current version was edited or removed by hand. It must also really keep what did not
 * change (the same file, hard-linked), or the cache does nothing. The corpus: the shipped county and
 * township and a second county made from the first; every format, --combined and --fragment.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { packageRoot } from "../src/paths.js";
import { runCli } from "./helpers/cli.js";

const scratch = mkdtempSync(join(tmpdir(), "catalog-build-cache-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const county = "320506-吴中区";
const town = "320506103-木渎镇";
const other = "320505-苏州市虎丘区";
/** the output folders of the county and the township. */
const countyOut = "320506-苏州市吴中区";
const townOut = "320506103-苏州市吴中区木渎镇";

/** A project: catalogs/ with three jurisdictions (the third made from the shipped county). */
function project(): string {
  const dir = mkdtempSync(join(scratch, "project-"));
  cpSync(join(packageRoot, "catalogs"), join(dir, "catalogs"), { recursive: true });
  cpSync(join(dir, "catalogs", county), join(dir, "catalogs", other), { recursive: true });
  for (const file of readdirSync(join(dir, "catalogs", other))) {
    const path = join(dir, "catalogs", other, file);
    writeFileSync(path, readFileSync(path, "utf8").replace('code: "320506"', 'code: "320505"').replace(/^  name: .*$/m, "  name: 苏州市虎丘区"));
  }
  return dir;
}

const env = { SOURCE_DATE_EPOCH: "1700000000" };
const all = ["--formats", "html,csv,docx", "--combined", "--fragment", "--force"];
const build = (dir: string, out: string, args: string[] = []) => runCli(["build", "catalogs", "--out", out, ...all, ...args], { cwd: dir, env });
const cached = (dir: string, args: string[] = []) => build(dir, "public", ["--cache", ...args]);

const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
/** Every file of an output tree (through the output link) by path, as a content hash. */
const tree = (out: string) => {
  const dir = realpathSync(out);
  return Object.fromEntries(walk(dir).map((f) => [relative(dir, f), createHash("sha256").update(readFileSync(f)).digest("hex")]));
};
const inode = (dir: string, path: string) => statSync(join(dir, "public", path)).ino;

/** A fresh full build of the project's catalogs as they are now, into another folder. */
async function expectSameAsFullBuild(dir: string) {
  const full = join(dir, `full-${Date.now()}`);
  const run = await build(dir, full);
  expect(run.code, run.stderr).toBe(0);
  expect(tree(join(dir, "public"))).toEqual(tree(full));
  rmSync(full, { recursive: true });
}

describe("build --cache", () => {
  it("after one changed catalog: the tree of a full build, rendering only that catalog's outputs and the pages and files that depend on it", async () => {
    const dir = project();
    const first = await cached(dir);
    expect(first.code, first.stderr).toBe(0);
    expect(existsSync(join(dir, ".catalog-cache/build.json"))).toBe(true);
    expect(existsSync(join(dir, ".catalog-cache/validate.json"))).toBe(true);
    const before = Object.fromEntries(Object.keys(tree(join(dir, "public"))).map((p) => [p, inode(dir, p)]));
    // One item fewer: the catalog's files, its jurisdiction's index and combined files and the site index change.
    const changed = join(dir, "catalogs", county, "就业.yaml");
    const text = readFileSync(changed, "utf8");
    const items = text.split(/(?=^  - )/m);
    writeFileSync(changed, [...items.slice(0, 1), ...items.slice(2)].join(""));
    const second = await cached(dir);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toBe("");
    await expectSameAsFullBuild(dir);
    const renderedAgain = Object.keys(before).filter((p) => inode(dir, p) !== before[p]).sort();
    expect(renderedAgain).toEqual(
      [
        "index.html",
        `${countyOut}/index.html`,
        `${countyOut}/就业.html`,
        `${countyOut}/就业.fragment.html`,
        `${countyOut}/就业.csv`,
        `${countyOut}/就业.docx`,
        `${countyOut}/全部领域.csv`,
        `${countyOut}/全部领域.docx`,
        ".catalog-build.json",
      ].sort(),
    );
    // Nothing changed: every output is kept (only the manifest is written).
    const after = Object.fromEntries(Object.keys(before).map((p) => [p, inode(dir, p)]));
    const third = await cached(dir);
    expect(third.code).toBe(0);
    expect(Object.keys(after).filter((p) => inode(dir, p) !== after[p])).toEqual([".catalog-build.json"]);
  });

  it("after a deleted catalog and an added one: the tree of a full build", async () => {
    const dir = project();
    expect((await cached(dir)).code).toBe(0);
    rmSync(join(dir, "catalogs", town, "养老服务.yaml"));
    // 义务教育 is new to the township (its page, files, index row and pilot coverage).
    const added = readFileSync(join(dir, "catalogs", county, "义务教育.yaml"), "utf8").replace('code: "320506"', 'code: "320506103"').replace(/^  name: .*$/m, "  name: 苏州市吴中区木渎镇").replace(/^  level: .*$/m, "  level: 乡级");
    writeFileSync(join(dir, "catalogs", town, "义务教育.yaml"), added);
    const run = await cached(dir);
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(join(dir, "public", townOut, "养老服务.html"))).toBe(false);
    expect(existsSync(join(dir, "public", townOut, "义务教育.docx"))).toBe(true);
    await expectSameAsFullBuild(dir);
    // A jurisdiction gone altogether: the site index no longer lists it.
    rmSync(join(dir, "catalogs", other), { recursive: true });
    expect((await cached(dir)).code).toBe(0);
    await expectSameAsFullBuild(dir);
  });

  it("makes again an output of the current version that was edited, replaced or removed, rather than trusting it", async () => {
    const dir = project();
    expect((await cached(dir)).code).toBe(0);
    const out = join(dir, "public");
    // Same size, modification time put back: only the content (and the change time) tell.
    const page = join(out, townOut, "社会救助.html");
    const original = readFileSync(page, "utf8");
    const { atime, mtime } = statSync(page);
    writeFileSync(page, original.replace("社会救助", "社会求助"));
    utimesSync(page, atime, mtime);
    rmSync(join(out, countyOut, "就业.csv"));
    writeFileSync(join(out, countyOut, "养老服务.docx"), "not a Word file");
    const run = await cached(dir);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(page, "utf8")).toBe(original);
    await expectSameAsFullBuild(dir);
  });

  it("ignores a damaged or foreign cache with a warning (Chinese, or English with --lang en) and builds everything", async () => {
    const dir = project();
    expect((await cached(dir)).code).toBe(0);
    writeFileSync(join(dir, ".catalog-cache/build.json"), "{ not json");
    writeFileSync(join(dir, "catalogs", county, "就业.yaml"), readFileSync(join(dir, "catalogs", county, "就业.yaml"), "utf8").replace("就业政策", "就业扶持政策"));
    const damaged = await cached(dir);
    expect(damaged.code).toBe(0);
    expect(damaged.stderr).toContain("缓存文件 .catalog-cache/build.json 无法读取或已损坏，已忽略，本次重新生成全部输出");
    await expectSameAsFullBuild(dir);
    // validate's cache is not a build cache; and a build cache is not validate's.
    cpSync(join(dir, ".catalog-cache/validate.json"), join(dir, "validate-copy.json"));
    cpSync(join(dir, ".catalog-cache/build.json"), join(dir, ".catalog-cache/validate.json"));
    cpSync(join(dir, "validate-copy.json"), join(dir, ".catalog-cache/build.json"));
    const foreign = await cached(dir, ["--lang", "en"]);
    expect(foreign.code).toBe(0);
    expect(foreign.stderr).toContain("The cache file .catalog-cache/build.json was not written by this tool: ignored, every output is made this time");
    expect(foreign.stderr).toContain("The cache file .catalog-cache/validate.json was not written by this tool: ignored, every file is checked this time");
    await expectSameAsFullBuild(dir);
    // The caches written by that run are good again.
    const again = await cached(dir);
    expect(again.stderr).toBe("");
  });

  it("says what a full build says of kept files: GB18030 characters outside GBK, in a full build's order", async () => {
    const dir = project();
    for (const [folder, file] of [[town, "社会救助.yaml"], [county, "就业.yaml"]] as const) {
      const path = join(dir, "catalogs", folder, file);
      writeFileSync(path, readFileSync(path, "utf8").replace(/^(    name: )(.*)$/m, "$1$2𠀀"));
    }
    const csv = (out: string) => runCli(["build", "catalogs", "--out", out, "--formats", "csv", "--encoding", "gb18030", "--force", ...(out === "public" ? ["--cache"] : [])], { cwd: dir, env });
    expect((await csv("public")).code).toBe(0);
    const changed = join(dir, "catalogs", other, "养老服务.yaml");
    writeFileSync(changed, readFileSync(changed, "utf8").replace("养老服务", "养老服务工作"));
    const run = await csv("public");
    const full = await csv("full");
    expect(run.stdout).toContain("𠀀");
    expect(run.stdout.replaceAll("public", "OUT")).toBe(full.stdout.replaceAll("full", "OUT"));
  });

  it("renders everything again when the output options change (they are part of the cache's key)", async () => {
    const dir = project();
    expect((await cached(dir)).code).toBe(0);
    const run = await cached(dir, ["--channels", "used"]);
    expect(run.code).toBe(0);
    const full = join(dir, "full-used");
    expect((await build(dir, full, ["--channels", "used"])).code).toBe(0);
    expect(tree(join(dir, "public"))).toEqual(tree(full));
  });

  it("takes a cache file of its own, with validate's beside it; the shipped help names the option", async () => {
    const dir = project();
    const run = await build(dir, "public", ["--cache", "ci-cache/catalog-build.json"]);
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(join(dir, "ci-cache")).sort()).toEqual(["catalog-build.json", "validate.json"]);
    const zh = await runCli(["build", "--help"], { cwd: dir });
    expect(zh.stdout).toContain("--cache [file]");
    expect(zh.stdout).toContain("只重新生成内容有变化的输出");
    const en = await runCli(["build", "--help", "--lang", "en"], { cwd: dir });
    expect(en.stdout).toContain("only outputs whose inputs changed are made again");
  });

  it("killed during a cached build, leaves the old outputs whole; the next cached build is right", () => {
    const dir = project();
    const bin = join(packageRoot, "bin/catalog.js");
    const spawnBuild = (fault?: string) =>
      spawnSync(process.execPath, [bin, "build", "catalogs", "--out", "public", ...all, "--cache"], { cwd: dir, env: { ...process.env, ...env, ...(fault ? { CATALOG_FAULT: fault } : {}) }, encoding: "utf8" });
    expect(spawnBuild().status).toBe(0);
    const old = tree(join(dir, "public"));
    writeFileSync(join(dir, "catalogs", county, "就业.yaml"), readFileSync(join(dir, "catalogs", county, "就业.yaml"), "utf8").replace("就业政策", "就业扶持政策"));
    expect(spawnBuild("produced").signal).toBe("SIGKILL");
    // The kept files are hard links to the old ones: the old outputs are not touched by the new version.
    expect(tree(join(dir, "public"))).toEqual(old);
    expect(spawnBuild().status).toBe(0);
    const full = join(dir, "full");
    expect(spawnSync(process.execPath, [bin, "build", "catalogs", "--out", full, ...all], { cwd: dir, env: { ...process.env, ...env } }).status).toBe(0);
    expect(tree(join(dir, "public"))).toEqual(tree(full));
  });
});
