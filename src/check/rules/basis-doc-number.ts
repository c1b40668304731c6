import type { Citation } from "../../model/types.js";
import { defineRule } from "../define-rule.js";
import { citationLabel, citationPath, citesLaw, eachCitation, readCitation } from "../citations.js";

type MessageId = "brackets" | "suffix" | "incomplete" | "year" | "serial";

/** The one thing to tell the user: what can be repaired is shown repaired, the rest named. */
function messageFor(citation: Citation): MessageId {
  const problems = citation.docNoProblems;
  if (problems.includes("missing-hao")) return "incomplete";
  if (citation.docNoSuggestion) return problems.includes("unbalanced-brackets") ? "brackets" : "suffix";
  return problems.includes("missing-year") ? "year" : "serial";
}

const format = {
  zh: "文号写作“××发〔2019〕12号”的形式（机关代字、六角括号内的年份、序号），令写作“××令第12号”",
  en: "a document number takes the form ××发〔2019〕12号 (issuer code, year in 〔〕, serial), an order ××令第12号",
};

export default defineRule({
  id: "basis-doc-number",
  scope: "item",
  severity: "error",
  description: {
    zh: "公开依据中的文号必须完整、括号成对",
    en: "Document numbers in a legal basis must be complete, with balanced brackets",
  },
  messages: {
    brackets: {
      zh: "{{item}}的公开依据{{citation}}的文号「{{docNo}}」括号不成对，应为「{{suggestion}}」",
      en: "{{item}}: the document number “{{docNo}}” of {{citation}} has unbalanced brackets; it should read “{{suggestion}}”",
    },
    suffix: {
      zh: "{{item}}的公开依据{{citation}}的文号「{{docNo}}」后面多了“号”或括号，应为「{{suggestion}}」",
      en: "{{item}}: the document number “{{docNo}}” of {{citation}} is followed by a stray 号 or bracket; it should read “{{suggestion}}”",
    },
    incomplete: {
      zh: "{{item}}的公开依据{{citation}}的文号「{{docNo}}」不完整，缺少末尾的“号”字，应为「{{suggestion}}」",
      en: "{{item}}: the document number “{{docNo}}” of {{citation}} is incomplete: it lacks its final 号; it should read “{{suggestion}}”",
    },
    year: {
      zh: `{{item}}的公开依据{{citation}}的文号「{{docNo}}」缺少四位年份，请按原文补全。${format.zh}`,
      en: `{{item}}: the document number “{{docNo}}” of {{citation}} lacks its four-digit year; complete it from the original: ${format.en}`,
    },
    serial: {
      zh: `{{item}}的公开依据{{citation}}的文号「{{docNo}}」缺少序号或“号”字，请按原文补全。${format.zh}`,
      en: `{{item}}: the document number “{{docNo}}” of {{citation}} lacks its serial number or 号; complete it from the original: ${format.en}`,
    },
  },
  check: eachCitation<MessageId>((citation, registries, report) => {
    const reading = readCitation(citation, registries);
    if (!citesLaw(reading) || !citation.docNo || !citation.docNoProblems.length) return;
    const data = { citation: citationLabel(citation, reading), docNo: citation.docNo, suggestion: citation.docNoSuggestion };
    report({ messageId: messageFor(citation), path: citationPath(citation, "doc_no"), data });
  }),
});
