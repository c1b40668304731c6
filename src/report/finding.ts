/** A finding stays data until the report stage turns it into text in the chosen language. */
import type { Range, Target } from "../load/positions.js";
import type { SourcePath } from "../model/types.js";

export const severities = ["error", "warning", "info"] as const;
export type Severity = (typeof severities)[number];

/** Higher is more severe; thresholds (`--fail-on`) compare ranks. */
export const severityRank: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

export interface Finding {
  file: string;
  rule: string;
  severity: Severity;
  messageId: string;
  data: Record<string, string | number>;
  /** where in the source document; resolved to `range` only for reporting. */
  path: SourcePath;
  target: Target;
  range: Range;
  /** 0-based index of the item the finding is about, when it is about one. */
  itemIndex?: number;
  itemId?: string;
  itemName?: string;
  itemCategory?: string;
}

/** A finding with its message rendered, as formatters receive it. */
export interface LocalisedFinding extends Finding {
  message: string;
}

export interface FileResult {
  /** as reported: relative to the working directory, `/` separators. */
  path: string;
  items: number;
  findings: LocalisedFinding[];
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.range.line - b.range.line ||
    a.range.column - b.range.column ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    (a.messageId < b.messageId ? -1 : a.messageId > b.messageId ? 1 : 0)
  );
}
