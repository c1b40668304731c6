/**
 * Runs split and runs remembered: `--shard k/n` and `--cache` must give the findings of one full run.
 * The corpus is the shipped catalogs copied under six jurisdictions, with legacy warnings, a name that
 * conflicts across files (a cross-file rule), a jurisdiction missing pilot domains (another one), a
 * flow-style header and a file with a syntax error.
 */
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Io } from "../src/cli/io.js";
import { progressAllowed, progressLine } from "../src/cli/progress.js";
import { jurisdictionCode, parseShard } from "../src/load/shard.js";
import { runCli } from "./helpers/cli.js";

const root = join(import.meta.dirname, "..");
const scratch = mkdtempSync(join(tmpdir(), "catalog-scale-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Six jurisdictions made from the shipped two; returns the corpus folder. */
function corpus(): string {
  const dir = mkdtempSync(join(scratch, "corpus-"));
  const county = join(root, "catalogs/320506-吴中区");
  const town = join(root, "catalogs/320506103-木渎镇");
  const copies: [string, string, string, string][] = [
    [county, "320506", "320505", "苏州市虎丘区"],
    [county, "320506", "320507", "苏州市相城区"],
    [town, "320506103", "320507101", "苏州市相城区黄埭镇"],
    [town, "320506103", "320505102", "苏州市虎丘区通安镇"],
    [county, "320506", "320506", "苏州市吴中区"],
    [town, "320506103", "320506103", "苏州市吴中区木渎镇"],
  ];
  for (const [from, code, newCode, name] of copies) {
    const target = join(dir, `${newCode}-${name}`);
    cpSync(from, target, { recursive: true });
    for (const file of readdirSync(target)) {
      const path = join(target, file);
      // A village list's 12-digit code starts with its township's: it follows the township's copy.
      let text = readFileSync(path, "utf8").replace(`code: "${code}`, `code: "${newCode}`).replace(/^  name: .*$/m, `  name: ${name}`);
      // Legacy warnings: a generic subject, the 条例 without its version.
      text = text.replace(/^(    subject: ).*$/m, "$1相关部门").replace("（国务院令第711号）", "");
      writeFileSync(path, text);
    }
  }
  // A name that conflicts with the jurisdiction's other files; a header in flow style.
  const conflict = join(dir, "320505-苏州市虎丘区/就业.yaml");
  writeFileSync(conflict, readFileSync(conflict, "utf8").replace("  name: 苏州市虎丘区", "  name: 虎丘区人民政府"));
  const flow = join(dir, "320507-苏州市相城区/就业.yaml");
  writeFileSync(flow, readFileSync(flow, "utf8").replace(/jurisdiction:\n  code: "320507"\n  name: (.*)\n  level: (.*)\n/, 'jurisdiction: {code: "320507", name: $1, level: $2}\n'));
  writeFileSync(join(dir, "320507-苏州市相城区/broken.yaml"), "format: 1\njurisdiction: [\n");
  return dir;
}

const validate = (dir: string, args: string[] = []) => runCli(["validate", dir, "--format", "json", "--no-baseline", ...args], { cwd: scratch });
const diagnostics = (stdout: string) => (JSON.parse(stdout) as { diagnostics: unknown[] }).diagnostics;
const byText = (list: unknown[]) => list.map((d) => JSON.stringify(d)).sort();

describe("--shard k/n", () => {
  it("reads k/n and nothing else", () => {
    expect(parseShard("2/4")).toEqual({ index: 2, count: 4 });
    for (const bad of ["0/4", "5/4", "2", "a/b", "2/0", "-1/2"]) expect(parseShard(bad), bad).toBeUndefined();
  });

  it("knows a file's jurisdiction by the code it declares, in block or flow style, or by none", () => {
    expect(jurisdictionCode('format: 1\njurisdiction:\n  name: 吴中区\n  code: "320506"  # 区\n')).toBe("320506");
    expect(jurisdictionCode("jurisdiction: {code: 320506101, name: 木渎镇}\n")).toBe("320506101");
    expect(jurisdictionCode("jurisdiction:\n  name: 吴中区\ndomain: 就业\n")).toBe("");
    expect(jurisdictionCode("jurisdiction: [\n")).toBe("");
  });

  it("splits by jurisdiction, and the four shards' findings together are the unsharded run's", async () => {
    const dir = corpus();
    const whole = await validate(dir);
    expect(whole.code).toBe(1);
    const all = diagnostics(whole.stdout) as { rule: string; file: string }[];
    // The cross-file rules found something, so the split is put to the test.
    expect(all.some((d) => d.rule === "jurisdiction-name-conflict")).toBe(true);
    expect(all.some((d) => d.rule === "coverage-pilot-domains")).toBe(true);
    const shards = await Promise.all([1, 2, 3, 4].map((k) => validate(dir, ["--shard", `${k}/4`])));
    // A once-per-run note (basis-unregistered) is said once by each run, so once by each shard: compared apart.
    const once = (list: unknown[]) => (list as { rule: string }[]).filter((d) => d.rule === "basis-unregistered");
    const others = (list: unknown[]) => (list as { rule: string }[]).filter((d) => d.rule !== "basis-unregistered");
    expect(once(all).length).toBeGreaterThan(0);
    expect(once(shards.flatMap((s) => diagnostics(s.stdout))).length).toBeGreaterThanOrEqual(once(all).length);
    const files = shards.map((s) => (JSON.parse(s.stdout) as { summary: { files: number } }).summary.files);
    expect(files.every((n) => n > 0)).toBe(true);
    expect(files.reduce((a, b) => a + b)).toBe((JSON.parse(whole.stdout) as { summary: { files: number } }).summary.files);
    expect(byText(others(shards.flatMap((s) => diagnostics(s.stdout))))).toEqual(byText(others(all)));
    // Each jurisdiction's files are in one shard (the broken file declares none: it goes with the others that declare none).
    const shardOf = new Map<string, number>();
    shards.forEach((s, k) => {
      for (const d of (diagnostics(s.stdout) as { file: string }[]).filter((d) => !d.file.endsWith("broken.yaml"))) {
        const folder = d.file.split("/").at(-2)!;
        expect(shardOf.get(folder) ?? k, folder).toBe(k);
        shardOf.set(folder, k);
      }
    });
  });

  it("refuses a shard that is not k/n", async () => {
    const run = await validate(corpus(), ["--shard", "5/4"]);
    expect(run.code).toBe(2);
  });
});

describe("--cache", () => {
  it("gives a full run's output with one file changed, reusing the rest, and cross-file rules still see every file", async () => {
    const dir = corpus();
    const cache = join(scratch, `cache-${Date.now()}.json`);
    const first = await validate(dir, ["--cache", cache]);
    expect(first.stdout).toBe((await validate(dir)).stdout);
    // A change that makes a cross-file finding between a changed file and cached ones.
    const changed = join(dir, "320507-苏州市相城区/社会救助.yaml");
    writeFileSync(changed, readFileSync(changed, "utf8").replace("  name: 苏州市相城区", "  name: 相城区"));
    appendFileSync(join(dir, "320505-苏州市虎丘区/就业.yaml"), "# 注\n");
    const cached = await validate(dir, ["--cache", cache]);
    const full = await validate(dir);
    expect(cached.stdout).toBe(full.stdout);
    expect(cached.stdout).not.toBe(first.stdout);
    expect((diagnostics(cached.stdout) as { rule: string; file: string }[]).filter((d) => d.rule === "jurisdiction-name-conflict").map((d) => d.file)).toContainEqual(expect.stringContaining("相城区/社会救助.yaml"));
    expect(cached.stderr).not.toContain("缓存");
  });

  it("records which files it reused: an unchanged run reuses every file", async () => {
    const dir = corpus();
    const cache = join(scratch, `cache-reuse-${Date.now()}.json`);
    await validate(dir, ["--cache", cache]);
    const before = readFileSync(cache, "utf8");
    const again = await validate(dir, ["--cache", cache]);
    expect(again.stdout).toBe((await validate(dir)).stdout);
    expect(readFileSync(cache, "utf8")).toBe(before);
    // A cache whose results were tampered with for one file is still keyed by content: edit the file and the tampering is gone.
    const data = JSON.parse(before) as { files: Record<string, { result: { file: { findings: unknown[] } } }> };
    const [path] = Object.keys(data.files).filter((p) => data.files[p]!.result.file.findings.length);
    data.files[path!]!.result.file.findings = [];
    writeFileSync(cache, JSON.stringify(data));
    const tampered = await validate(dir, ["--cache", cache]);
    expect(tampered.stdout).not.toBe(again.stdout);
    appendFileSync(join(scratch, path!), "\n");
    expect((await validate(dir, ["--cache", cache])).stdout).toBe((await validate(dir)).stdout);
  });

  it("ignores a damaged or foreign cache with a warning, checks every file, and writes a good one", async () => {
    const dir = corpus();
    const full = await validate(dir);
    for (const [text, why] of [
      ["{not json", "无法读取或已损坏"],
      ['{"tool":"eslint","files":{}}', "不是本工具写的缓存"],
    ]) {
      const cache = join(scratch, `cache-bad-${Math.random()}.json`);
      writeFileSync(cache, text!);
      const run = await validate(dir, ["--cache", cache]);
      expect(run.stdout).toBe(full.stdout);
      expect(run.stderr).toContain(why);
      expect(JSON.parse(readFileSync(cache, "utf8"))).toMatchObject({ tool: "catalog", format: 1 });
      expect((await validate(dir, ["--cache", cache])).stderr).not.toContain("缓存");
    }
  });
});

describe("the progress line", () => {
  const io = (stderrIsTTY: boolean, lines: string[]): Io => ({ stdout: () => {}, stderr: (t) => void lines.push(t), cwd: "/", env: {}, isTTY: false, stderrIsTTY, now: () => 0, readStdin: () => new Uint8Array() });

  it("stays silent for the first second, then rewrites one line on stderr, and clears it at the end", () => {
    const lines: string[] = [];
    let now = 0;
    const line = progressLine(io(true, lines), ({ done, total }) => `${done}/${total}`, { clock: () => now });
    line.update(10, 100);
    now = 900;
    line.update(50, 100);
    expect(lines).toEqual([]);
    now = 1000;
    line.update(60, 100);
    now = 1050;
    line.update(61, 100); // within 100 ms of the last: not redrawn
    now = 1200;
    line.update(90, 100);
    line.end();
    expect(lines).toEqual(["\r\x1b[K60/100", "\r\x1b[K90/100", "\r\x1b[K"]);
  });

  it("is allowed on a terminal's stderr only", () => {
    expect(progressAllowed(io(true, []))).toBe(true);
    expect(progressAllowed(io(false, []))).toBe(false);
  });

  it("prints nothing at all off a terminal", async () => {
    const run = await validate(corpus());
    expect(run.stderr).toBe("");
  });
});
