/**
 * Issue 16 item 6: the output swap is one rename, builds killed anywhere leave the old or the new outputs
 * (never none), what killed builds leave is removed by the next one, and concurrent builds are locked out.
 * Kills are real (SIGKILL at a named step, through the CATALOG_FAULT hook), not timing luck.
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../src/paths.js";
import { lockOf, manifestName, writeOutputFolder } from "../../src/render/write.js";

const bin = join(packageRoot, "bin/catalog.js");
const township = join(packageRoot, "catalogs/320506103-木渎镇");
const scratch = () => mkdtempSync(join(tmpdir(), "catalog-swap-"));
const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
const hashes = (dir: string) => Object.fromEntries(walk(dir).map((f) => [relative(dir, f), createHash("sha256").update(readFileSync(f)).digest("hex")]));
const build = (out: string, args: string[] = [], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [bin, "build", township, "--out", out, ...args], { cwd: packageRoot, env: { ...process.env, ...env }, encoding: "utf8" });
/** A pid no process has (one that has just ended). */
const deadPid = () => spawnSync(process.execPath, ["-e", ""]).pid!;

/** After a completed build: the output link, one version, nothing else. */
function expectClean(parent: string) {
  expect(readdirSync(parent).sort()).toEqual([".public.builds", "public"]);
  expect(readdirSync(join(parent, ".public.builds"))).toHaveLength(1);
}

describe("the output swap", () => {
  it("is one rename of a link: killed before it the old outputs stay whole, after it the new ones are whole", async () => {
    for (const [step, expected] of [["produced", "old"], ["linked", "old"], ["swapped", "new"]] as const) {
      const parent = scratch();
      const out = join(parent, "public");
      expect(build(out).status).toBe(0);
      expect(lstatSync(out).isSymbolicLink()).toBe(true);
      const old = hashes(out);
      const killed = build(out, ["--formats", "csv"], { CATALOG_FAULT: step });
      expect(killed.signal, step).toBe("SIGKILL");
      const now = hashes(out);
      if (expected === "old") expect(now, step).toEqual(old);
      else expect(Object.keys(now).filter((f) => f !== manifestName).every((f) => f.endsWith(".csv")), step).toBe(true);
      // The next build takes over the dead build's lock and removes what it left.
      expect(build(out).status, step).toBe(0);
      expectClean(parent);
    }
  });

  it("puts back the outputs a build killed between the two renames left aside (first build over a real folder)", () => {
    const parent = scratch();
    const out = join(parent, "public");
    // A real output folder, as an earlier release wrote it.
    mkdirSync(out);
    writeFileSync(join(out, "index.html"), "旧的首页");
    writeFileSync(join(out, manifestName), JSON.stringify({ generator: "catalog", files: ["index.html"] }));
    expect(build(out, [], { CATALOG_FAULT: "moved-aside" }).signal).toBe("SIGKILL");
    expect(existsSync(out)).toBe(false);
    const aside = readdirSync(join(parent, ".public.builds")).filter((e) => e.startsWith("previous-"));
    expect(aside).toHaveLength(1);
    // A build that then fails still leaves the old outputs where they were.
    const failed = spawnSync(process.execPath, [bin, "build", "test/fixtures/build/unencodable", "--out", out, "--encoding", "gb18030"], { cwd: packageRoot, encoding: "utf8" });
    expect(failed.status).toBe(2);
    expect(readFileSync(join(out, "index.html"), "utf8")).toBe("旧的首页");
    expect(build(out).status).toBe(0);
    expectClean(parent);
  });

  it("with renames (Windows): killed between them, the next run puts the old outputs back first", () => {
    const parent = scratch();
    const out = join(parent, "public");
    const write = pathToFileURL(join(packageRoot, "dist/render/write.js")).href;
    const script = (text: string) => `import(${JSON.stringify(write)}).then((w) => w.writeOutputFolder(${JSON.stringify(out)}, async (put) => put("index.html", ${JSON.stringify(text)}), { swap: "rename" }))`;
    expect(spawnSync(process.execPath, ["-e", script("旧")]).status).toBe(0);
    expect(lstatSync(out).isDirectory()).toBe(true);
    expect(spawnSync(process.execPath, ["-e", script("新")], { env: { ...process.env, CATALOG_FAULT: "moved-aside" } }).signal).toBe("SIGKILL");
    expect(existsSync(out)).toBe(false);
    expect(spawnSync(process.execPath, ["-e", script("新")]).status).toBe(0);
    expect(readFileSync(join(out, "index.html"), "utf8")).toBe("新");
    expect(readdirSync(parent).sort()).toEqual([".public.builds", "public"]);
    expect(readdirSync(join(parent, ".public.builds"))).toEqual([]);
  });

  it("removes the temporary folders killed runs of earlier releases left, and no other", async () => {
    const parent = scratch();
    const out = join(parent, "public");
    await writeOutputFolder(out, async (put) => put("index.html", "x"));
    const stale = join(parent, `.public.building-${deadPid()}`);
    mkdirSync(stale);
    writeFileSync(join(stale, "big.docx"), "x".repeat(1000));
    writeFileSync(join(parent, "自己的文件.txt"), "留着");
    await writeOutputFolder(out, async (put) => put("index.html", "y"));
    expect(readdirSync(parent).sort()).toEqual([".public.builds", "public", "自己的文件.txt"]);
  });

  it("locks the folder: a second build while one runs exits 2 naming it; a dead build's lock is taken over", async () => {
    const parent = scratch();
    const out = join(parent, "public");
    writeFileSync(lockOf(out), `${process.pid}\n`);
    const refused = build(out);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(`另一个 catalog build（进程 ${process.pid}）正在写入`);
    expect(existsSync(out)).toBe(false);
    writeFileSync(lockOf(out), `${deadPid()}\n`);
    expect(build(out).status).toBe(0);
    expect(existsSync(lockOf(out))).toBe(false);
  });

  it("two builds started together: each ends with exit 0 or a clear 'locked' message, never an internal error", async () => {
    const parent = scratch();
    const out = join(parent, "public");
    const run = () =>
      new Promise<{ code: number | null; stderr: string }>((done) => {
        const child = spawn(process.execPath, [bin, "build", township, "--out", out], { cwd: packageRoot });
        let stderr = "";
        child.stderr.on("data", (d) => (stderr += d));
        child.on("close", (code) => done({ code, stderr }));
      });
    const results = await Promise.all([run(), run(), run()]);
    for (const r of results) {
      expect(r.stderr).not.toContain("内部错误");
      if (r.code !== 0) expect(r.stderr).toContain("正在写入");
    }
    expect(results.some((r) => r.code === 0)).toBe(true);
    expectClean(parent);
  });
});
