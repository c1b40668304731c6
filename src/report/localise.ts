/**
 * Finding → message in the chosen language. Besides a rule's own data, every message may use
 * {{item}} (第3项「最低生活保障·办事指南」（SJ-01-01）), {{element}} (the users' name for the node, from
 * the schema's titles) and {{where}} (the item, the parent element, or the catalog), filled here from
 * the finding's path, so no rule repeats that wording. {{where}} names a list entry when the element
 * sits inside one (第2项…的「公开依据」第1条).
 */
import type { Lang, Localised } from "../i18n.js";
import { interpolate } from "../i18n.js";
import { catalogSchema } from "../check/schema.js";
import { terminalText } from "../model/text.js";
import type { Rule } from "../check/define-rule.js";
import type { Finding, LocalisedFinding } from "./finding.js";

const typeNames: Record<string, Localised> = {
  string: { zh: "文字", en: "text" },
  array: { zh: "列表", en: "a list" },
  object: { zh: "映射（键: 值）", en: "a mapping" },
  integer: { zh: "整数", en: "an integer" },
  number: { zh: "数字", en: "a number" },
  boolean: { zh: "是非值", en: "true or false" },
  null: { zh: "空值", en: "null" },
};

export function itemLabel(finding: Finding, lang: Lang): string {
  const n = (finding.itemIndex ?? 0) + 1;
  const title = [finding.itemCategory, finding.itemName].filter(Boolean).join("·");
  if (lang === "zh") return `第${n}项${title ? `「${title}」` : ""}${finding.itemId ? `（${finding.itemId}）` : ""}`;
  return `Item ${n}${title ? ` “${title}”` : ""}${finding.itemId ? ` (${finding.itemId})` : ""}`;
}

function elementLabel(finding: Finding, lang: Lang): string {
  const schema = catalogSchema();
  const keys = finding.path.map((s, i) => [s, i] as const).filter(([s]) => typeof s === "string");
  const last = keys[keys.length - 1];
  if (!last) return lang === "zh" ? "目录" : "catalog";
  const label = schema.labelAt(finding.path.slice(0, last[1] + 1));
  return label ? label[lang] : String(last[0]);
}

function whereLabel(finding: Finding, lang: Lang): string {
  const { path } = finding;
  if (finding.itemIndex !== undefined && path.length > 2) {
    const item = itemLabel(finding, lang);
    // An element inside a list entry (a citation's title) is named with its entry: 「公开依据」第2条.
    const [list, entry] = path.slice(2, path.findLastIndex((s) => typeof s === "string"));
    if (typeof list !== "string" || typeof entry !== "number") return item;
    const name = catalogSchema().labelAt(path.slice(0, 3))?.[lang] ?? list;
    return lang === "zh" ? `${item}的「${name}」第${entry + 1}条` : `${item}, “${name}” entry ${entry + 1}`;
  }
  const parent = finding.path.slice(0, -1);
  const label = parent.length ? catalogSchema().labelAt(parent) : undefined;
  if (label) return lang === "zh" ? `「${label.zh}」` : `“${label.en}”`;
  return lang === "zh" ? "目录" : "The catalog";
}

function typeText(spec: string, lang: Lang): string {
  const names = spec.split("|").map((t) => typeNames[t]?.[lang] ?? t);
  return names.join(lang === "zh" ? "或" : " or ");
}

export function messageOf(finding: Finding, rule: Rule, lang: Lang): string {
  const template = (rule.messages as Record<string, Localised>)[finding.messageId];
  if (!template) return `${rule.id}/${finding.messageId}`;
  const text = template[lang];
  // Catalog text in a message reaches terminals: its control characters are shown, never obeyed.
  const data: Record<string, string | number> = Object.fromEntries(Object.entries(finding.data).map(([k, v]) => [k, typeof v === "string" ? terminalText(v) : v]));
  if (text.includes("{{item}}")) data.item = terminalText(itemLabel(finding, lang));
  if (text.includes("{{element}}")) data.element = elementLabel(finding, lang);
  if (text.includes("{{where}}")) data.where = whereLabel(finding, lang);
  return interpolate(text, data).replace(/\{\{type:([\w|]+)\}\}/g, (_, spec: string) => typeText(spec, lang));
}

/** A finding that has its message already (given in `lang` where it was found: check/parallel.ts) keeps it. */
export function localiseFindings(findings: readonly (Finding | LocalisedFinding)[], rules: ReadonlyMap<string, Rule>, lang: Lang): LocalisedFinding[] {
  return findings.map((f) => ("message" in f ? f : { ...f, message: messageOf(f, rules.get(f.rule)!, lang) }));
}

/** A finding whose data changed: its message, if it had one, no longer says what it says. */
export function withoutMessage(finding: Finding | LocalisedFinding): Finding {
  if (!("message" in finding)) return finding;
  const { message: _message, ...rest } = finding;
  return rest;
}
