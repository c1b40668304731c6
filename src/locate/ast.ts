/**
 * Source path → range for a file with findings, without parsing all of it with positions when the
 * findings are in items (nearly all are). The `yaml` AST (positions.ts) stays the only authority on
 * ranges; the locator only gives it less text: one js-yaml pass finds where each item of the top-level
 * `items` list starts and ends, and the item is parsed alone, padded so that its offsets and columns
 * are the file's. Anything unusual (a flow-style list, aliases, a slice that does not parse cleanly, a
 * path outside the items) takes the whole-file AST instead. Building the AST of a 20 KB catalog costs
 * several milliseconds, and a city's corpus has files with findings in every thread.
 */
import jsyaml from "js-yaml";
import { parseWithPositions, type ParsedDocument } from "../load/parse.js";
import { rangeOf, type Range, type Target } from "../load/positions.js";
import type { SourcePath } from "../model/types.js";

type Span = [start: number, end: number];

export interface Locator {
  rangeOf(path: SourcePath, target?: Target): Range;
  /** whether the whole file had to be parsed with positions (tests check the item path is taken). */
  readonly parsedWhole: boolean;
}

/** A locator over a document already parsed with positions. */
export function documentLocator(document: ParsedDocument): Locator {
  return { rangeOf: (path, target) => rangeOf(document, path, target), parsedWhole: true };
}

/** `items`: how many items the document has, which the spans found must match. */
export function createLocator(text: string, items: number): Locator {
  let whole: ParsedDocument | undefined;
  let spans: Span[] | null | undefined;
  const slices = new Map<number, { document: ParsedDocument; lineOffset: number } | null>();
  const wholeRange = (path: SourcePath, target?: Target) => rangeOf((whole ??= parseWithPositions(text)), path, target);
  return {
    get parsedWhole() {
      return whole !== undefined;
    },
    rangeOf(path, target) {
      const index = path[0] === "items" && typeof path[1] === "number" ? path[1] : undefined;
      if (index === undefined) return wholeRange(path, target);
      if (spans === undefined) spans = itemSpans(text, items);
      const span = spans?.[index];
      if (!span) return wholeRange(path, target);
      let slice = slices.get(index);
      if (slice === undefined) slices.set(index, (slice = itemSlice(text, span)));
      if (!slice) return wholeRange(path, target);
      const range = rangeOf(slice.document, path.slice(2), target);
      return { ...range, line: range.line + slice.lineOffset, endLine: range.endLine + slice.lineOffset };
    },
  };
}

/**
 * Where each entry of the root mapping's `items` sequence starts and ends, from js-yaml's node events:
 * the root is depth 1, its keys and values alternate at depth 2, the items at depth 3. Null when
 * the document does not load or the spans are not one per item (an empty entry has no node).
 */
function itemSpans(text: string, items: number): Span[] | null {
  const spans: Span[] = [];
  // Depth counted here from the events (js-yaml's own state.depth is not in every 4.x release).
  let depth = 0;
  let rootChildren = 0;
  let itemsKeySeen = false;
  let inItems = false;
  let start = -1;
  try {
    jsyaml.load(text, {
      schema: jsyaml.CORE_SCHEMA,
      listener(event, state) {
        if (event === "open") depth++;
        if (depth === 2) {
          if (event === "open") {
            // An even child is a key, an odd one its value: the value after the key `items`.
            inItems = rootChildren % 2 === 1 && itemsKeySeen;
          } else {
            if (rootChildren % 2 === 0) itemsKeySeen = state.result === "items";
            else inItems = false;
            rootChildren++;
          }
        } else if (depth === 3 && inItems) {
          if (event === "open") start = state.position;
          else spans.push([start, state.position]);
        }
        if (event === "close") depth--;
      },
    });
  } catch {
    return null;
  }
  return spans.length === items ? spans : null;
}

/**
 * The item's text alone, its line's indentation and `- ` turned into spaces so columns stay the same.
 * js-yaml ends an item after the next line's indentation; that belongs to the next item (a block
 * scalar kept with `|+` would otherwise take it in), so the slice ends at the line break before it.
 */
function itemSlice(text: string, [start, spanEnd]: Span): { document: ParsedDocument; lineOffset: number } | null {
  const lastBreak = text.lastIndexOf("\n", spanEnd - 1);
  const end = lastBreak >= start && /^[ \t]*$/.test(text.slice(lastBreak + 1, spanEnd)) ? lastBreak + 1 : spanEnd;
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const before = text.slice(lineStart, start);
  if (!/^[ -]*$/.test(before)) return null;
  const document = parseWithPositions(" ".repeat(before.length) + text.slice(start, end));
  if (document.doc.errors.length || document.doc.warnings.length || document.doc.contents === null) return null;
  let lineOffset = 0;
  for (let at = text.indexOf("\n"); at !== -1 && at < lineStart; at = text.indexOf("\n", at + 1)) lineOffset++;
  return { document, lineOffset };
}
