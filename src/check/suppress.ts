/**
 * Inline suppression comments, for adopting the tool on catalogs that cannot all be fixed at once:
 *
 *   # catalog-disable-next-line <rule>[, <rule>…] -- <reason>     (suppresses findings on the next line)
 *   <yaml> # catalog-disable-line <rule>[, <rule>…] -- <reason>   (suppresses findings on this line)
 *
 * A suppression must say why (suppression-reason-missing) and must suppress something; one that names
 * an unknown rule or meets no finding of a rule it names is reported (suppression-unused), so comments
 * do not outlive the problems they excused. Applied once all of a file's findings are known, cross-file
 * ones included.
 *
 * Also settled here: a value that is still a `catalog init` placeholder is reported once, as
 * placeholder-unfilled; what other rules say about the placeholder text is noise and is dropped.
 */
import type { Range } from "../load/positions.js";
import { compareFindings, type Finding, type Severity } from "../report/finding.js";
import { closest } from "./similar.js";

export interface Directive {
  /** the line the comment is on, and the line whose findings it suppresses (1-based). */
  line: number;
  target: number;
  rules: { id: string; column: number }[];
  reason: string;
  /** the comment, from `#` to the end of the line. */
  range: Range;
}

const marker = "catalog-disable-";
const directivePattern = /(^|\s)(#\s*catalog-disable-(next-line|line))(?=\s|$)(.*)$/;

/** The directives in a file's text; cheap for the usual file that has none. */
export function scanDirectives(text: string): Directive[] {
  if (!text.includes(marker)) return [];
  const directives: Directive[] = [];
  text.split(/\r?\n|\r/).forEach((content, i) => {
    const m = directivePattern.exec(content);
    if (!m) return;
    const line = i + 1;
    const hash = m.index + m[1]!.length;
    const afterKeyword = hash + m[2]!.length;
    const rest = m[4]!;
    const separator = rest.indexOf("--");
    const list = separator === -1 ? rest : rest.slice(0, separator);
    const rules = [...list.matchAll(/[^\s,，、]+/g)].map((r) => ({ id: r[0], column: afterKeyword + r.index + 1 }));
    directives.push({
      line,
      target: m[3] === "next-line" ? line + 1 : line,
      rules,
      reason: separator === -1 ? "" : rest.slice(separator + 2).trim(),
      range: { line, column: hash + 1, endLine: line, endColumn: content.trimEnd().length + 1 },
    });
  });
  return directives;
}

export interface SuppressionRules {
  severityOf(ruleId: string): Severity | "off";
  known: ReadonlySet<string>;
}

const unused = "suppression-unused";
const reasonMissing = "suppression-reason-missing";

/** The findings that remain after the directives, plus the findings about the directives themselves. */
export function applyDirectives(file: string, findings: readonly Finding[], directives: readonly Directive[], rules: SuppressionRules): Finding[] {
  if (!directives.length) return [...findings];
  const suppressed = new Set<Finding>();
  const own: Finding[] = [];
  const report = (rule: string, messageId: string, range: Range, data: Record<string, string | number>) => {
    const severity = rules.severityOf(rule);
    if (severity !== "off") own.push({ file, rule, severity, messageId, data, path: [], target: "value", range });
  };
  for (const d of directives) {
    if (!d.rules.length) {
      report(unused, "noRule", d.range, {});
      continue;
    }
    if (!d.reason) report(reasonMissing, "missing", d.range, { rules: d.rules.map((r) => r.id).join(", ") });
    for (const { id, column } of d.rules) {
      const at: Range = { line: d.line, column, endLine: d.line, endColumn: column + id.length };
      if (!rules.known.has(id) || id === unused || id === reasonMissing) {
        const suggestion = closest(id, rules.known);
        report(unused, suggestion ? "unknownRuleSuggest" : "unknownRule", at, { rule: id, ...(suggestion ? { suggestion } : {}) });
        continue;
      }
      const hits = findings.filter((f) => f.rule === id && f.range.line === d.target);
      hits.forEach((f) => suppressed.add(f));
      // A rule turned off in the config has nothing to suppress: not worth a warning.
      if (!hits.length && rules.severityOf(id) !== "off") report(unused, d.target === d.line ? "unusedThisLine" : "unusedNextLine", at, { rule: id });
    }
  }
  return [...findings.filter((f) => !suppressed.has(f)), ...own].sort(compareFindings);
}

const placeholder = "placeholder-unfilled";

const within = (path: readonly (string | number)[], outer: readonly (string | number)[]) => outer.every((segment, i) => path[i] === segment);

/** The findings without those of other rules about a placeholder's text. */
export function withoutPlaceholderCascades(findings: readonly Finding[]): Finding[] {
  const holes = findings.filter((f) => f.rule === placeholder).map((f) => f.path);
  if (!holes.length) return [...findings];
  return findings.filter((f) => f.rule === placeholder || !holes.some((hole) => within(f.path, hole)));
}
