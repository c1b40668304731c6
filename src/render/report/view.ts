/** What the report's renderers share: its words in the chosen language and how figures read in them. */
import { catalogSchema } from "../../check/schema.js";
import { ruleById } from "../../check/rules/index.js";
import { interpolate, type Lang } from "../../i18n.js";
import type { Totals } from "../../model/monitor.js";
import { reportText, type ReportWords } from "./text.js";

export interface ReportView {
  lang: Lang;
  t: ReportWords;
  summaryText(totals: Totals): string;
  /** a level (县级, 乡级) as the language writes it. */
  level(level: string): string;
  /** an element key (time_limit) by its users' name (公开时限). */
  element(key: string): string;
  /** a rule's one-line description. */
  rule(id: string): string;
  counted(text: string, n: number): string;
}

const levelsEn: Record<string, string> = { 县级: "county", 乡级: "township", 村级: "village" };

export function reportView(lang: Lang): ReportView {
  const t = reportText[lang];
  return {
    lang,
    t,
    summaryText: (totals) =>
      interpolate(t.summaryText, {
        jurisdictions: totals.jurisdictions,
        catalogs: totals.catalogs,
        items: totals.items,
        pilotPresent: totals.pilotPresent,
        pilotPossible: totals.pilotPossible,
        itemsMissing: totals.itemsMissingElements,
        overdue: totals.overdue,
        undated: totals.undated,
        errors: totals.findings.error,
        warnings: totals.findings.warning,
        infos: totals.findings.info,
      }),
    level: (level) => (lang === "en" ? (levelsEn[level] ?? level) : level),
    element: (key) => catalogSchema().labelAt(["items", 0, key])?.[lang] ?? key,
    rule: (id) => ruleById.get(id)?.description[lang] ?? "",
    counted: (text, n) => interpolate(t.paren, { text, note: n }),
  };
}
