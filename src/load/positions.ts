/** Source path → 1-based range, following Spectral's closest-existing-node rule (format.md §3). */
import type { Node } from "yaml";
import { yamlLibrary } from "../lazy.js";
import type { SourcePath } from "../model/types.js";
import type { ParsedDocument } from "./parse.js";

export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export type Target = "value" | "key";

const startOfFile: Range = { line: 1, column: 1, endLine: 1, endColumn: 1 };

export function offsetsToRange(lines: ParsedDocument["lines"], start: number, end: number): Range {
  const from = lines.linePos(start);
  const to = lines.linePos(Math.max(end, start));
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

function nodeSpan(node: Node): [number, number] {
  const [start, valueEnd] = node.range ?? [0, 0, 0];
  return [start, valueEnd];
}

/**
 * The range of the node at `path`. For a key that does not exist (a missing element) the range is
 * the parent mapping's first entry — for an item, its `id: …` line — so the finding lands on the item.
 */
export function rangeOf(parsed: ParsedDocument, path: SourcePath, target: Target = "value"): Range {
  const { isMap, isPair, isScalar, isSeq } = yamlLibrary();
  let node: unknown = parsed.doc.contents;
  let keyNode: Node | undefined;
  for (const segment of path) {
    let next: unknown;
    let nextKey: Node | undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (pair) {
        next = pair.value;
        nextKey = pair.key as Node;
      }
    } else if (isSeq(node) && typeof segment === "number") next = node.items[segment];
    if (next === undefined) return missingRange(parsed, node as Node | null);
    // A key with no value (`basis:`) has a null value node with an empty range: use the key.
    node = next ?? nextKey;
    keyNode = nextKey;
  }
  const chosen = target === "key" && keyNode ? keyNode : (node as Node | null) ?? keyNode;
  // An empty document (no content, or comments only) has no node to point at.
  if (!chosen && !keyNode) return startOfFile;
  if (!chosen || !chosen.range || (chosen.range[0] === chosen.range[1] && keyNode)) {
    const [s, e] = nodeSpan(keyNode ?? (chosen as Node));
    return offsetsToRange(parsed.lines, s, e);
  }
  if (isMap(chosen) || isSeq(chosen)) return firstLineOf(parsed, chosen);
  const [s, e] = nodeSpan(chosen);
  return offsetsToRange(parsed.lines, s, e);
}

function missingRange(parsed: ParsedDocument, parent: Node | null): Range {
  const { isMap, isSeq } = yamlLibrary();
  if (isMap(parent) && parent.items.length) {
    const first = parent.items[0]!;
    const key = first.key as Node;
    const value = first.value as Node | null;
    const start = nodeSpan(key)[0];
    const end = value && !isMap(value) && !isSeq(value) ? nodeSpan(value)[1] : nodeSpan(key)[1];
    return offsetsToRange(parsed.lines, start, end);
  }
  if (parent) return firstLineOf(parsed, parent);
  return startOfFile;
}

/** A collection spans many lines; a finding about it marks its first line only. */
function firstLineOf(parsed: ParsedDocument, node: Node): Range {
  const [start, end] = nodeSpan(node);
  const from = parsed.lines.linePos(start);
  const lineEnd = parsed.lines.lineStarts[from.line] !== undefined ? parsed.lines.lineStarts[from.line]! - 1 : end;
  return offsetsToRange(parsed.lines, start, Math.min(end, Math.max(lineEnd, start + 1)));
}
