/** Issue 16 item 1: a build never deletes sources or files it did not write. */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../src/paths.js";
import { runCli } from "../helpers/cli.js";

const township = join(packageRoot, "catalogs/320506103-木渎镇");
const scratch = () => mkdtempSync(join(tmpdir(), "catalog-out-"));

describe("build --out never deletes what it did not write", () => {
  it("refuses --out . in an empty working folder: the project root is never an output folder", async () => {
    const dir = scratch();
    const run = await runCli(["build", township, "--out", "."], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("就是或包含了输入");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("keeps sources and notes put into a built folder: exit 2 naming each, nothing touched", async () => {
    const dir = scratch();
    const out = join(dir, "site");
    expect((await runCli(["build", township, "--out", out], { cwd: dir })).code).toBe(0);
    // The office then keeps its sources and a notes file in the built folder.
    cpSync(township, join(out, "catalogs/320506103-木渎镇"), { recursive: true });
    writeFileSync(join(out, "notes.txt"), "只有这一份");
    writeFileSync(join(out, "320506103-苏州市吴中区木渎镇", "手写说明.txt"), "手工加的");
    const run = await runCli(["build", join(out, "catalogs"), "--out", out], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("就是或包含了输入");
    const again = await runCli(["build", township, "--out", out], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("不是 catalog build 写入的");
    expect(again.stderr).toContain("  notes.txt");
    expect(again.stderr).toContain("  320506103-苏州市吴中区木渎镇/手写说明.txt");
    expect(again.stderr).toContain("  catalogs/");
    expect(readFileSync(join(out, "notes.txt"), "utf8")).toBe("只有这一份");
    expect(existsSync(join(out, "catalogs/320506103-木渎镇/社会救助.yaml"))).toBe(true);
  });

  it("refuses an output folder that holds the project's config, even named through a link", async () => {
    const dir = scratch();
    mkdirSync(join(dir, "project"));
    writeFileSync(join(dir, "project/catalog.config.yaml"), "paths: [" + JSON.stringify(township) + "]\n");
    const alias = join(scratch(), "alias");
    symlinkSync(dir, alias);
    const run = await runCli(["build", "--out", alias], { cwd: join(dir, "project") });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("project");
    expect(readdirSync(join(dir, "project"))).toEqual(["catalog.config.yaml"]);
  });

  it("still replaces a folder that holds exactly what the last build wrote", async () => {
    const dir = scratch();
    const out = join(dir, "public");
    expect((await runCli(["build", township, "--out", out], { cwd: dir })).code).toBe(0);
    expect((await runCli(["build", township, "--out", out, "--formats", "csv"], { cwd: dir })).code).toBe(0);
    expect(readdirSync(join(out, "320506103-苏州市吴中区木渎镇")).every((f) => f.endsWith(".csv"))).toBe(true);
  });
});
