/**
 * `--shard k/n`: one of n parallel CI jobs takes every catalog of some jurisdictions, so the
 * cross-file rules (which compare a jurisdiction's catalogs) see all they need in one job, and the n
 * reports together are the unsharded run's. The split is by the jurisdiction code each file declares
 * (folder names carry no meaning, format.md §1): the codes found are sorted and dealt out in turn, so
 * every job computes the same split from the same files. Finding a file's code costs a read and a
 * scan of its first lines, not a parse; a file written otherwise is parsed, and one without a code
 * goes with the other files that have none.
 */
import jsyaml from "js-yaml";
import { decode } from "./decode.js";
import { readSource } from "./read.js";

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** `2/4` → { index: 2, count: 4 }; undefined when it is not k/n with 1 ≤ k ≤ n. */
export function parseShard(text: string): Shard | undefined {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) return undefined;
  const [index, count] = [Number(m[1]), Number(m[2])];
  return index >= 1 && count >= 1 && index <= count ? { index, count } : undefined;
}

const codeLine = /^[ \t]+code:[ \t]*(["']?)([0-9A-Za-z]+)\1[ \t]*(?:#.*)?$/;

/** `jurisdiction:` then, more indented, `code: 320506` (quoted or not), before the next top-level key. */
function scannedCode(text: string): string | undefined {
  const start = text.startsWith("jurisdiction:") ? 0 : text.indexOf("\njurisdiction:") + 1;
  if (start <= 0 && !text.startsWith("jurisdiction:")) return undefined;
  const lines = text.slice(start, start + 2000).split(/\r?\n/);
  if (!/^jurisdiction:[ \t]*(?:#.*)?$/.test(lines[0]!)) return undefined;
  for (const line of lines.slice(1)) {
    if (line !== "" && !/^[ \t]/.test(line)) return undefined;
    const m = codeLine.exec(line);
    if (m) return m[2];
  }
  return undefined;
}

/** The jurisdiction code a catalog's text declares, or "" when it declares none that can be read. */
export function jurisdictionCode(text: string): string {
  const scanned = scannedCode(text);
  if (scanned !== undefined) return scanned;
  try {
    const data = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA }) as { jurisdiction?: { code?: unknown } } | null;
    const code = data?.jurisdiction?.code;
    return typeof code === "string" || typeof code === "number" ? String(code) : "";
  } catch {
    return "";
  }
}

/** The files (absolute) of the shard's jurisdictions, in their order. */
export function shardFiles(files: readonly string[], shard: Shard, cwd: string): string[] {
  // A village list (12-digit code) goes with its township (its first 9 digits): its cross-file rules compare them.
  const codes = files.map((file) => jurisdictionCode(decode(readSource(file, cwd).bytes).text).replace(/^(\d{9})\d{3}$/, "$1"));
  const sorted = [...new Set(codes)].sort();
  const shardOf = new Map(sorted.map((code, i) => [code, (i % shard.count) + 1]));
  return files.filter((_, i) => shardOf.get(codes[i]!) === shard.index);
}
