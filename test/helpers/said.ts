/**
 * What one rule says about some catalogs, for the test/rule-messages tests: each finding as its message,
 * its data and where it lands (file:line:column), in report order. Pilot-domain coverage is off unless
 * asked for (it fires on every small project).
 */
import type { CheckOptions } from "../../src/check/engine.js";
import { catalogText, itemText } from "../diff/helpers.js";
import { checkTexts, findingsOf, withoutCoverage } from "./check.js";

export type Said = [messageId: string, data: Record<string, string | number>, at: string];

/** `rule`'s findings on some files, in report order (pilot-domain coverage off unless the options ask for it). */
export function findingsBy(rule: string, files: Record<string, string>, options: Partial<CheckOptions> = {}) {
  return findingsOf(checkTexts(files, { severities: withoutCoverage, ...options })).filter((f) => f.rule === rule);
}

export const saidBy = (rule: string, files: Record<string, string>, options: Partial<CheckOptions> = {}): Said[] =>
  findingsBy(rule, files, options).map((f) => [f.messageId, f.data, `${f.file}:${f.range.line}:${f.range.column}`]);

/**
 * A catalog a.yaml of one item SJ-01 whose basis lists `entries` (YAML values, one line each: the first at
 * line 13, column 7), with other item fields and the header as given.
 */
export function basisCatalog(entries: string[], fields: Record<string, string> = {}, head: Parameters<typeof catalogText>[1] = {}): Record<string, string> {
  return { "a.yaml": catalogText([itemText("SJ-01", { basis: entries.map((e) => `\n- ${e}`).join(""), ...fields })], head) };
}

/** What `rule` says about a catalog citing `entries` (see basisCatalog). */
export const saidOfBasis = (rule: string, entries: string[], fields: Record<string, string> = {}, head: Parameters<typeof catalogText>[1] = {}): Said[] =>
  saidBy(rule, basisCatalog(entries, fields, head));
