/** A ConfigError → lines `file:line:col  what is wrong`, in the users' language. */
import { closest } from "../check/similar.js";
import { interpolate, type Lang, type Localised } from "../i18n.js";
import type { ConfigError, ConfigProblem } from "../load/config.js";
import { displayPath } from "../load/files.js";
import { fatal } from "./messages.js";

const details: Record<string, Localised> = {
  additionalProperties: { zh: "未定义的键「{{name}}」", en: "unknown key “{{name}}”" },
  propertyNames: { zh: "没有编号为「{{name}}」的规则{{hint}}", en: "there is no rule “{{name}}”{{hint}}" },
  enum: { zh: "取值应为：{{allowed}}", en: "the value must be one of: {{allowed}}" },
  type: { zh: "类型应为 {{type}}", en: "the value must be of type {{type}}" },
  required: { zh: "缺少「{{name}}」", en: "“{{name}}” is missing" },
  format: { zh: "日期应写成 YYYY-MM-DD", en: "dates are written YYYY-MM-DD" },
  pattern: { zh: "写法不符合要求（{{pattern}}）", en: "does not match {{pattern}}" },
  yaml: { zh: "YAML 语法错误：{{detail}}", en: "YAML syntax error: {{detail}}" },
  other: { zh: "不符合配置格式（{{keyword}}）", en: "does not match the config format ({{keyword}})" },
};

function detail(problem: ConfigProblem, lang: Lang, ruleIds: readonly string[]): string {
  const p = problem.params;
  const name = String(p.additionalProperty ?? p.propertyName ?? p.missingProperty ?? "");
  const suggestion = problem.keyword === "propertyNames" ? closest(name, ruleIds) : undefined;
  const hint = suggestion ? (lang === "zh" ? `，应为「${suggestion}」吗？` : `; did you mean “${suggestion}”?`) : "";
  const template = details[problem.keyword] ?? details.other!;
  return interpolate(template[lang], {
    name,
    hint,
    allowed: ([] as unknown[]).concat(p.allowedValues ?? []).join(lang === "zh" ? "、" : ", "),
    type: String(p.type ?? ""),
    pattern: String(p.pattern ?? ""),
    detail: problem.detail ?? "",
    keyword: problem.keyword,
  });
}

export function describeConfigError(error: ConfigError, lang: Lang, cwd: string, ruleIds: readonly string[]): string {
  // In document order, one problem per position. A propertyNames error comes with the less useful
  // error of its inner schema (enum) on the same key, reported first: keep the propertyNames one.
  const seen = new Set<string>();
  const ordered = [...error.problems].sort(
    (a, b) => a.range.line - b.range.line || a.range.column - b.range.column || Number(b.keyword === "propertyNames") - Number(a.keyword === "propertyNames"),
  );
  const lines = ordered.flatMap((problem) => {
    const key = `${problem.range.line}:${problem.range.column}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [fatal("configProblem", lang, {
      file: displayPath(problem.file, cwd),
      line: problem.range.line,
      column: problem.range.column,
      detail: detail(problem, lang, ruleIds),
    })];
  });
  return fatal("configInvalid", lang) + lines.join("");
}
