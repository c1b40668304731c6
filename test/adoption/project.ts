/** Temporary project folders for the adoption tests, removed when the test file ends. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll } from "vitest";

const roots: string[] = [];
afterAll(() => roots.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fresh folder holding the given files (path → text). */
export function project(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "catalog-adoption-"));
  roots.push(dir);
  writeFiles(dir, files);
  return dir;
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

export const read = (dir: string, path: string) => readFileSync(join(dir, path), "utf8");

/** One complete item of a county 社会救助 catalog; `changes` replaces whole lines by key. */
export function item(id: string, name: string, changes: Record<string, string | null> = {}): string {
  const lines: Record<string, string> = {
    category: "最低生活保障",
    name,
    content: "办理事项、申请条件、申请材料、办理流程、办理时限",
    basis: "[《社会救助暂行办法》（国务院令第649号）第十一条]",
    time_limit: "制定或获取信息之日起10个工作日内",
    subject: "苏州市吴中区民政局",
    channels: "[政府网站, 政务服务中心]",
    audience: "全社会",
    method: "主动",
    levels: "[县级]",
  };
  const entries = Object.entries({ ...lines, ...changes }).filter((e): e is [string, string] => e[1] !== null);
  return [`  - id: ${id}`, ...entries.map(([k, v]) => `    ${k}: ${v}`)].join("\n");
}

export function catalog(items: string[], { code = "320506", name = "苏州市吴中区", level = "县级", domain = "社会救助" } = {}): string {
  return `format: 1\njurisdiction:\n  code: "${code}"\n  name: ${name}\n  level: ${level}\ndomain: ${domain}\nitems:\n${items.join("\n\n")}\n`;
}
