import type { Lang } from "../i18n.js";
import type { Rule } from "../check/define-rule.js";
import type { FileResult } from "./finding.js";
import { severityRank, type Severity } from "./finding.js";

export interface FormatContext {
  lang: Lang;
  color: boolean;
  version: string;
  /** rule metadata: SARIF rules[], help links, JUnit names. */
  rules: ReadonlyMap<string, Rule>;
  /** where rule pages live (an https URL ending in /), for help links. */
  docsBase: string;
  /** each rule's page (Markdown), for SARIF's rule help; rules without one get a text-only help. */
  ruleHelp?: ReadonlyMap<string, string>;
  /**
   * The working directory as seen from the repository root ("" at the root, else "a/b/"): report
   * paths are relative to the working directory, SARIF's URIs to the root, wherever the tool ran.
   */
  rootPrefix?: string;
  /** findings left out of `results` (validate -q keeps errors only), so a summary does not say there are none. */
  hidden?: number;
  /** at most this many SARIF results (the most severe kept); GitHub stores 5,000 per run. */
  maxResults?: number;
}

export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;

export interface Summary {
  files: number;
  items: number;
  errors: number;
  warnings: number;
  infos: number;
  /** files with at least one error, in report order. */
  failingFiles: string[];
}

export function summarise(results: readonly FileResult[]): Summary {
  const count = (s: Severity) => results.reduce((n, r) => n + r.findings.filter((f) => f.severity === s).length, 0);
  return {
    files: results.length,
    items: results.reduce((n, r) => n + r.items, 0),
    errors: count("error"),
    warnings: count("warning"),
    infos: count("info"),
    failingFiles: results.filter((r) => r.findings.some((f) => severityRank[f.severity] >= severityRank.error)).map((r) => r.path),
  };
}

export const severityLabel: Record<Severity, Record<Lang, string>> = {
  error: { zh: "错误", en: "error" },
  warning: { zh: "警告", en: "warning" },
  info: { zh: "提示", en: "info" },
};
