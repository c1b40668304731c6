import type { LawEntry } from "../../model/registries.js";
import type { Citation } from "../../model/types.js";
import { defineRule } from "../define-rule.js";
import { citationLabel, citationPath, citesLaw, lawLabel, readCitation, type CitationReading } from "../citations.js";

/** Five-year plans by their number: 十三五 ran 2016–2020. */
const fiveYearPlans: Record<string, number> = { 十一五: 2010, 十二五: 2015, 十三五: 2020, 十四五: 2025 };
const planKind = /规划|计划|纲要|方案|行动/;
const yearRange = /(\d{4})\s*[—–\-－~～至到]\s*(\d{4})\s*年/;

/** The last year a plan covers: from the registry (valid_until), else from its title's period. */
function lastYear(name: string, laws: readonly LawEntry[]): number | undefined {
  const until = laws.find((l) => l.valid_until)?.valid_until;
  if (until) return Number(until.slice(0, 4));
  if (!planKind.test(name)) return undefined;
  const range = yearRange.exec(name);
  if (range) return Number(range[2]);
  const plan = /十[一二三四]五/.exec(name)?.[0];
  return plan ? fiveYearPlans[plan] : undefined;
}

function judge(citation: Citation, reading: CitationReading, issuedYear: number): { end: number; law?: LawEntry } | undefined {
  // A document the registry knows to be out of force is basis-repealed's.
  if (!citesLaw(reading) || !reading.name || reading.laws.some((l) => l.status !== "现行有效")) return undefined;
  const end = lastYear(reading.name, reading.laws);
  if (end === undefined || issuedYear <= end) return undefined;
  return { end, ...(reading.laws[0] ? { law: reading.laws[0] } : {}) };
}

export default defineRule({
  id: "basis-expired",
  scope: "catalog",
  severity: "warning",
  description: {
    zh: "公开依据不应引用在目录发布前已到期的规划、计划或行动方案（如目录发布时已结束的“十三五”规划）",
    en: "A legal basis does not cite a plan, programme or action plan whose period ended before the catalog was issued (a 十三五 plan in a later catalog)",
  },
  messages: {
    expired: {
      zh: "{{item}}引用的{{law}}实施期到{{end}}年为止，本目录发布于{{issued}}，该文件已到期。请改引接续的文件{{replacement}}，或删去",
      en: "{{item}} cites {{law}}, whose period ended in {{end}}; this catalog was issued on {{issued}}, after it. Cite its successor{{replacement}} or remove it",
    },
  },
  check(catalog, { report, registries }) {
    const issued = catalog.issued;
    if (!issued || !/^\d{4}/.test(issued)) return;
    const issuedYear = Number(issued.slice(0, 4));
    for (const item of catalog.items) {
      for (const citation of item.basis) {
        const reading = readCitation(citation, registries);
        const found = judge(citation, reading, issuedYear);
        if (!found) continue;
        const successor = found.law?.replaced_by ? registries.lawById(found.law.replaced_by) : undefined;
        const data = {
          law: found.law ? lawLabel(found.law) : citationLabel(citation, reading),
          end: found.end,
          issued,
          replacement: successor ? `${lawLabel(successor)}` : "",
        };
        report({ messageId: "expired", path: ["items", item.index, ...citationPath(citation, "title")], data });
      }
    }
  },
});
