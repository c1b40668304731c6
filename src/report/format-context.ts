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
  /** where rule pages live (a URL or a path), for help links. */
  docsBase: string;
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
