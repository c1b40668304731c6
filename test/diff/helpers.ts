/** Test helpers for the diff: fixture folders and in-memory texts as diff sides. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { discover, displayPath } from "../../src/load/files.js";
import { diffSources, type DiffOptions, type DiffSide } from "../../src/diff/index.js";
import type { CatalogDiff, DiffResult, ItemDiff } from "../../src/diff/types.js";

export const fixtures = fileURLToPath(new URL("./fixtures/", import.meta.url));
export const root = fileURLToPath(new URL("../../", import.meta.url));

/** A fixture folder as a side, paths as the CLI would show them (relative to the repository root). */
export function folderSide(name: string): DiffSide {
  const folder = join(fixtures, name);
  const sources = discover([folder]).files.map((file) => ({ path: displayPath(file, root), bytes: readFileSync(file) }));
  return { label: name, sources, root: `${displayPath(folder, root)}/` };
}

export function textSide(label: string, files: Record<string, string>): DiffSide {
  return { label, sources: Object.entries(files).map(([path, text]) => ({ path: `${label}/${path}`, bytes: new TextEncoder().encode(text) })), root: `${label}/` };
}

export function diffTexts(old: Record<string, string>, current: Record<string, string>, options: DiffOptions = {}): DiffResult {
  return diffSources(textSide("old", old), textSide("new", current), options).result;
}

export function catalogOf(result: DiffResult, code: string, domain: string): CatalogDiff {
  const found = result.catalogs.find((c) => c.jurisdiction === code && c.domain === domain);
  if (!found) throw new Error(`no catalog ${code} ${domain} in ${result.catalogs.map((c) => `${c.jurisdiction} ${c.domain}`).join(", ")}`);
  return found;
}

export function itemOf(catalog: CatalogDiff, id: string, status?: ItemDiff["status"]): ItemDiff | undefined {
  return catalog.items.find((i) => i.id === id && (!status || i.status === status));
}

/** A small valid catalog; `items` are YAML item blocks (each starting `- id:`), indented by the helper. */
export function catalogText(items: string[], head: Partial<Record<"code" | "name" | "level" | "domain" | "revision", string>> = {}): string {
  const lines = [
    "format: 1",
    "jurisdiction:",
    `  code: "${head.code ?? "320506"}"`,
    `  name: ${head.name ?? "苏州市吴中区"}`,
    `  level: ${head.level ?? "县级"}`,
    `domain: ${head.domain ?? "社会救助"}`,
    ...(head.revision ? [`revision: ${head.revision}`] : []),
    "items:",
    ...items.flatMap((block) => block.trim().split("\n").map((l, i) => (i === 0 ? `  ${l.trim()}` : `    ${l.trim()}`))),
  ];
  return `${lines.join("\n")}\n`;
}

/** One item block with sensible defaults; pass fields to override (YAML values as text). */
export function itemText(id: string, fields: Record<string, string> = {}): string {
  const all: Record<string, string> = {
    category: "综合业务",
    name: `事项${id}`,
    content: "办理条件、申请材料、办理流程",
    basis: "[《社会救助暂行办法》（国务院令第649号）]",
    time_limit: "自信息形成或变更之日起20个工作日内",
    subject: "苏州市吴中区民政局",
    channels: "[政府网站, 政务服务中心]",
    audience: "全社会",
    method: "主动",
    levels: "[县级]",
    ...fields,
  };
  return [`- id: ${id}`, ...Object.entries(all).map(([k, v]) => `${k}: ${v}`)].join("\n");
}
