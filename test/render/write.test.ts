/** The output folder is replaced whole or not at all. */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { manifestName, OutputError, writeOutputFolder } from "../../src/render/write.js";

/** Beside the output folder only its versions' store: no temporary folder, link or lock left. */
const besides = (parent: string) => readdirSync(parent).sort();
const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
const snapshot = (dir: string) => Object.fromEntries(walk(dir).map((f) => [relative(dir, f), createHash("sha256").update(readFileSync(f)).digest("hex")]));

describe("writeOutputFolder", () => {
  it("writes every file, then a manifest listing them", async () => {
    const parent = mkdtempSync(join(tmpdir(), "catalog-write-"));
    const out = join(parent, "public");
    const files = await writeOutputFolder(out, async (put) => {
      put("index.html", "<p>站点</p>");
      put("320506-吴中区/社会救助.csv", new Uint8Array([0xef, 0xbb, 0xbf]));
    });
    expect(files).toEqual(["320506-吴中区/社会救助.csv", "index.html"]);
    expect(JSON.parse(readFileSync(join(out, manifestName), "utf8")).files).toEqual(files);
    expect(besides(parent)).toEqual([".public.builds", "public"]);
    expect(readdirSync(join(parent, ".public.builds"))).toHaveLength(1);
  });

  it("leaves the previous outputs byte-identical when a renderer fails half-way, and no temporary folder behind", async () => {
    const parent = mkdtempSync(join(tmpdir(), "catalog-write-"));
    const out = join(parent, "public");
    await writeOutputFolder(out, async (put) => {
      put("index.html", "旧的首页");
      put("a/b.csv", "旧的表格");
    });
    const before = snapshot(out);
    await expect(
      writeOutputFolder(out, async (put) => {
        put("index.html", "新的首页");
        put("a/b.csv", "新的表格");
        throw new Error("renderer failed");
      }),
    ).rejects.toThrow("renderer failed");
    expect(snapshot(out)).toEqual(before);
    expect(besides(parent)).toEqual([".public.builds", "public"]);
    expect(readdirSync(join(parent, ".public.builds"))).toHaveLength(1);
  });

  it("replaces a previous build whole: files the new build does not make are gone", async () => {
    const parent = mkdtempSync(join(tmpdir(), "catalog-write-"));
    const out = join(parent, "public");
    await writeOutputFolder(out, async (put) => put("old.html", "旧"));
    await writeOutputFolder(out, async (put) => put("new.html", "新"));
    expect(walk(out).map((f) => relative(out, f)).sort()).toEqual([manifestName, "new.html"]);
  });

  it("refuses a non-empty folder it did not make, touching nothing in it", async () => {
    const out = mkdtempSync(join(tmpdir(), "catalog-write-"));
    writeFileSync(join(out, "项目说明.txt"), "重要");
    await expect(writeOutputFolder(out, async (put) => put("index.html", "x"))).rejects.toMatchObject({ problem: "not-ours" });
    expect(readdirSync(out)).toEqual(["项目说明.txt"]);
  });

  it("accepts an empty folder and refuses a file where the folder should be", async () => {
    const parent = mkdtempSync(join(tmpdir(), "catalog-write-"));
    mkdirSync(join(parent, "empty"));
    await writeOutputFolder(join(parent, "empty"), async (put) => put("index.html", "x"));
    expect(existsSync(join(parent, "empty", "index.html"))).toBe(true);
    writeFileSync(join(parent, "file"), "x");
    await expect(writeOutputFolder(join(parent, "file"), async () => undefined)).rejects.toBeInstanceOf(OutputError);
  });

  it("refuses paths outside the output folder", async () => {
    const parent = mkdtempSync(join(tmpdir(), "catalog-write-"));
    await expect(writeOutputFolder(join(parent, "public"), async (put) => put("../escape.html", "x"))).rejects.toMatchObject({ problem: "write" });
    expect(existsSync(join(parent, "escape.html"))).toBe(false);
  });
});
