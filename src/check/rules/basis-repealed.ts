import type { LawEntry, LawStatus, Registries } from "../../model/registries.js";
import { defineRule } from "../define-rule.js";
import { citationPath, citesLaw, eachCitation, lawLabel, likelyLaw, readCitation } from "../citations.js";

const withDate = { 已废止: "repealed", 已失效: "expired", 已修订: "revised" } as const satisfies Record<Exclude<LawStatus, "现行有效">, string>;

/** What replaces a law now: the end of its replaced_by chain (2018 → 2021 → 2024), if that is in force. */
function currentReplacement(law: LawEntry, registries: Registries): LawEntry | undefined {
  // Stryker disable next-line ArrayDeclaration: on a cycle every law is out of force, so starting with an empty set only adds one step
  const seen = new Set([law.id]);
  let next = law.replaced_by ? registries.lawById(law.replaced_by) : undefined;
  while (next && next.status !== "现行有效" && next.replaced_by && !seen.has(next.id)) {
    seen.add(next.id);
    next = registries.lawById(next.replaced_by);
  }
  return next?.status === "现行有效" ? next : undefined;
}

export default defineRule({
  id: "basis-repealed",
  scope: "item",
  severity: "error",
  description: {
    zh: "公开依据不得引用已废止、已失效或已被修订的法律法规和文件",
    en: "A legal basis must not cite a law or document that has been repealed, has expired or has been superseded by a revision",
  },
  messages: {
    repealed: {
      zh: "{{item}}引用的{{law}}已于{{date}}废止，请改引{{replacement}}",
      en: "{{item}} cites {{law}}, repealed on {{date}}; cite {{replacement}} instead",
    },
    repealedNoReplacement: {
      zh: "{{item}}引用的{{law}}已于{{date}}废止。请删去，或改引现行有效的依据",
      en: "{{item}} cites {{law}}, repealed on {{date}}. Remove it or cite a basis in force",
    },
    expired: {
      zh: "{{item}}引用的{{law}}已于{{date}}失效，请改引{{replacement}}",
      en: "{{item}} cites {{law}}, expired on {{date}}; cite {{replacement}} instead",
    },
    expiredNoReplacement: {
      zh: "{{item}}引用的{{law}}已于{{date}}失效。请删去，或改引现行有效的依据",
      en: "{{item}} cites {{law}}, expired on {{date}}. Remove it or cite a basis in force",
    },
    revised: {
      zh: "{{item}}引用的{{law}}已于{{date}}被修订，请改引修订后的{{replacement}}",
      en: "{{item}} cites {{law}}, superseded by a revision on {{date}}; cite the revised {{replacement}} instead",
    },
    revisedNoReplacement: {
      zh: "{{item}}引用的{{law}}已于{{date}}被修订，请改引修订后的版本（书名号内写全称，后附新文号）",
      en: "{{item}} cites {{law}}, superseded by a revision on {{date}}; cite the revised version (full title in 《》 and its new document number)",
    },
    undated: {
      zh: "{{item}}引用的{{law}}已不再有效（法规登记表记为“{{status}}”），请改引{{replacement}}",
      en: "{{item}} cites {{law}}, which is no longer in force (the law registry records “{{status}}”); cite {{replacement}} instead",
    },
    misnamed: {
      zh: "{{item}}引用的《{{title}}》应是{{law}}（书名与原文不符），该文件已不再有效（法规登记表记为“{{status}}”{{when}}），请改引{{replacement}}",
      en: "{{item}} cites 《{{title}}》, which must be {{law}} (misnamed); it is no longer in force (the law registry records “{{status}}”{{when}}): cite {{replacement}} instead",
    },
    misnamedNoReplacement: {
      zh: "{{item}}引用的《{{title}}》应是{{law}}（书名与原文不符），该文件已不再有效（法规登记表记为“{{status}}”{{when}}）。请删去，或改引现行有效的依据",
      en: "{{item}} cites 《{{title}}》, which must be {{law}} (misnamed); it is no longer in force (the law registry records “{{status}}”{{when}}). Remove it or cite a basis in force",
    },
    undatedNoReplacement: {
      zh: "{{item}}引用的{{law}}已不再有效（法规登记表记为“{{status}}”）。请删去，或改引现行有效的依据",
      en: "{{item}} cites {{law}}, which is no longer in force (the law registry records “{{status}}”). Remove it or cite a basis in force",
    },
  },
  check: eachCitation<"repealed" | "repealedNoReplacement" | "expired" | "expiredNoReplacement" | "revised" | "revisedNoReplacement" | "undated" | "undatedNoReplacement" | "misnamed" | "misnamedNoReplacement">((citation, registries, report) => {
    const reading = readCitation(citation, registries);
    // A repealed law cited under a slightly wrong title (城市房屋拆迁条例) is still a repealed law.
    const misnamed = !reading.laws.length && reading.name && citesLaw(reading) ? likelyLaw(reading.name, registries) : undefined;
    if (misnamed && misnamed.status !== "现行有效") {
      const replacement = currentReplacement(misnamed, registries);
      const data = { title: reading.name, law: lawLabel(misnamed), status: misnamed.status, when: misnamed.replaced_on ? `, ${misnamed.replaced_on}` : "", ...(replacement ? { replacement: lawLabel(replacement) } : {}) };
      report({ messageId: replacement ? "misnamed" : "misnamedNoReplacement", path: citationPath(citation, "title"), data });
      return;
    }
    // A title shared by versions in and out of force (特困人员认定办法) is read as the one in force.
    if (!citesLaw(reading) || reading.laws.some((l) => l.status === "现行有效")) return;
    const law = reading.laws[0];
    if (!law) return;
    // Stryker disable next-line ConditionalExpression,StringLiteral: a law in force has returned above; this narrows the status for withDate
    if (law.status === "现行有效") return;
    const replacement = currentReplacement(law, registries);
    const path = citationPath(citation, citation.docNo ? "doc_no" : "title");
    const data = { law: lawLabel(law), status: law.status, ...(law.replaced_on ? { date: law.replaced_on } : {}), ...(replacement ? { replacement: lawLabel(replacement) } : {}) };
    const base = law.replaced_on ? withDate[law.status] : "undated";
    report({ messageId: replacement ? base : `${base}NoReplacement`, path, data });
  }),
});
