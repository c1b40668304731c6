/**
 * The locate stage, between check and report: a finding's source path becomes a line and column, for
 * files with findings only (clean files never pay for it). Item paths in block-style files are found
 * by scanning text (scan.ts); everything else, and whatever the scan cannot be sure of, by the `yaml`
 * AST (ast.ts), which stays the authority: the two agree wherever the scan answers (tested).
 * CATALOG_POSITIONS=ast takes the AST for everything (the benchmark compares the two outputs).
 */
import type { ParsedDocument } from "../load/parse.js";
import type { Range } from "../load/positions.js";
import { itemLayout } from "../load/revision.js";
import type { Item } from "../model/types.js";
import { compareFindings, type Finding } from "../report/finding.js";
import { createLocator, documentLocator, type Locator } from "./ast.js";
import { TextScan } from "./scan.js";

/** A finding as a rule reports it: a source path, and a range only when the check already knew it. */
export type Unlocated = Omit<Finding, "range"> & { range?: Range };

export interface Locatable {
  text: string;
  /** how many items the file's data has. */
  items: number;
  catalog?: { items: readonly Item[] };
  /** the AST, when checking already built one (a file the fast parse could not take). */
  document?: ParsedDocument;
}

const astOnly = process.env.CATALOG_POSITIONS === "ast";

/** The findings positioned, with their item's id, name and category, in report order. */
export function locate(file: Locatable, found: readonly Unlocated[]): Finding[] {
  if (!found.length) return [];
  const locator = file.document ? documentLocator(file.document) : locatorFor(file.text, file.items);
  const items = file.catalog?.items;
  return found
    .map((p): Finding => {
      const itemIndex = p.path[0] === "items" && typeof p.path[1] === "number" ? p.path[1] : undefined;
      const item = itemIndex !== undefined ? items?.[itemIndex] : undefined;
      return {
        ...p,
        range: p.range ?? locator.rangeOf(p.path, p.target),
        ...(itemIndex !== undefined ? { itemIndex } : {}),
        ...(item?.id ? { itemId: item.id } : {}),
        ...(item?.name ? { itemName: item.name } : {}),
        ...(item?.category ? { itemCategory: item.category } : {}),
      };
    })
    .sort(compareFindings);
}

/** The text scan where the layout is plain, the AST behind it. */
export function locatorFor(text: string, items: number): Locator {
  const ast = createLocator(text, items);
  // A lone carriage return breaks lines for YAML but not for the scan.
  const layout = astOnly || /\r(?!\n)/.test(text) ? undefined : itemLayout(text, true);
  if (!layout || layout.starts.length !== items) return ast;
  const scan = new TextScan(text, layout);
  return {
    rangeOf: (path, target) => scan.rangeOf(path, target) ?? ast.rangeOf(path, target),
    get parsedWhole() {
      return ast.parsedWhole;
    },
  };
}
