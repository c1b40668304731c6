/** Test helpers for the locator: every path into a catalog, and the text scan compared with the whole-file AST. */
import jsyaml from "js-yaml";
import { expect } from "vitest";
import { TextScan } from "../../src/locate/scan.js";
import { itemLayout } from "../../src/load/revision.js";
import { parseWithPositions } from "../../src/load/parse.js";
import { rangeOf, type Target } from "../../src/load/positions.js";
import type { SourcePath } from "../../src/model/types.js";

/** Every path into an item: the item, each key, each nested entry, and one key it does not have. */
export function itemPaths(item: unknown, prefix: SourcePath, seen = new Set<object>()): SourcePath[] {
  const paths: SourcePath[] = [prefix];
  // Aliases share nodes (the alias-bomb fixture): each is walked once.
  if (item !== null && typeof item === "object" && !seen.has(item)) {
    seen.add(item);
    const children = Array.isArray(item) ? item.map((v, i) => [i, v] as const) : Object.entries(item);
    for (const [key, value] of children) paths.push(...itemPaths(value, [...prefix, key], seen));
    if (!Array.isArray(item)) paths.push([...prefix, "no_such_key"]);
  }
  return paths;
}

export interface ScanCounts {
  answered: number;
  left: number;
  /** the paths (and targets) the scan left to the AST. */
  unanswered: string[];
}

/**
 * Compares the text scan with the whole-file AST on every path of the catalog (`paths`: which ones, from
 * its data): where the scan answers, the answer must be the AST's. Counts the paths it answered and
 * those it left to the AST; a text the scan is never asked about (no item layout) counts nothing.
 */
export function compareScan(text: string, paths: (data: unknown) => SourcePath[] = (data) => itemPaths(data, [])): ScanCounts {
  const none: ScanCounts = { answered: 0, left: 0, unanswered: [] };
  let data: unknown;
  try {
    data = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA });
  } catch {
    return none;
  }
  const items = (data as { items?: unknown } | null)?.items;
  const layout = itemLayout(text, true);
  if (!Array.isArray(items) || !layout || layout.starts.length !== items.length) return none;
  const whole = parseWithPositions(text);
  if (whole.doc.errors.length) return none;
  const scan = new TextScan(text, layout);
  const counts: ScanCounts = { answered: 0, left: 0, unanswered: [] };
  // One assertion at the end: an expect per path would cost more than the scan and the AST together.
  const wrong: string[] = [];
  for (const path of paths(data)) {
    for (const target of ["value", "key"] as Target[]) {
      const range = scan.rangeOf(path, target);
      if (range === undefined) {
        counts.left++;
        counts.unanswered.push(`${JSON.stringify(path)} ${target}`);
      } else {
        const ast = rangeOf(whole, path, target);
        if (JSON.stringify(range) !== JSON.stringify(ast)) wrong.push(`${JSON.stringify(path)} ${target}: scan ${JSON.stringify(range)}, AST ${JSON.stringify(ast)}`);
        counts.answered++;
      }
    }
  }
  expect(wrong, JSON.stringify(text)).toEqual([]);
  return counts;
}
