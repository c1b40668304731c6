/** What a diff formatter gets besides the result: nothing it would have to look up in the world. */
import type { Lang, Localised } from "../../i18n.js";
import type { DiffResult } from "../types.js";

export interface DiffFormatContext {
  lang: Lang;
  color: boolean;
  /** the tool's version, for provenance lines. */
  version: string;
  /** field key → its name in the users' words (fields.ts `fieldLabels`). */
  labels: Readonly<Record<string, Localised>>;
  /** list order changes (`--show-order`); never in the published notice. */
  showOrder: boolean;
  /** the date the notice carries (YYYY-MM-DD), from the caller's clock or SOURCE_DATE_EPOCH. */
  date?: string;
  /** the versions' names as given (`--label`), over what the notice would call them. */
  sideNames?: { old?: string; new?: string };
}

/** Text formats return a string; binary ones (docx) bytes. Same input, same output. */
export type DiffFormatter = (result: DiffResult, context: DiffFormatContext) => string | Promise<Uint8Array>;

export function label(context: DiffFormatContext, field: string): string {
  return context.labels[field]?.[context.lang] ?? field;
}
