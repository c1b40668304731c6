import { defineRule } from "../define-rule.js";
import { citationLabel, citationPath, citesLaw, eachCitation, readCitation } from "../citations.js";

/** Brackets around a year other than the 六角括号 〔〕 that GB/T 9704 prescribes: [2011], (2014), （2014）, ［2011］, ﹝2011﹞, 【2021】. */
const otherBrackets: Record<string, string> = { "[": "]", "［": "］", "(": ")", "（": "）", "﹝": "﹞", "【": "】" };
const yearInBrackets = /([[［(（﹝【])\s*(\d{4})\s*([\]］)）﹞】])/;

export default defineRule({
  id: "basis-doc-number-brackets",
  scope: "item",
  severity: "info",
  description: {
    zh: "文号中的年份应使用六角括号〔〕（GB/T 9704—2012）",
    en: "The year in a document number goes in 六角括号 〔〕 (GB/T 9704-2012)",
  },
  messages: {
    brackets: {
      zh: "{{item}}的公开依据{{citation}}的文号「{{docNo}}」用“{{brackets}}”括住年份。按《党政机关公文格式》（GB/T 9704—2012），年份用六角括号〔〕，应为「{{suggestion}}」",
      en: "{{item}}: the document number “{{docNo}}” of {{citation}} puts its year in “{{brackets}}”. GB/T 9704-2012 uses 六角括号 〔〕: “{{suggestion}}”",
    },
  },
  check: eachCitation<"brackets">((citation, registries, report) => {
    const reading = readCitation(citation, registries);
    const found = citation.docNo ? yearInBrackets.exec(citation.docNo) : null;
    if (!found || !citesLaw(reading) || citation.docNoProblems.length) return;
    const [written, open, year, close] = found as unknown as string[];
    // Stryker disable next-line ConditionalExpression: a number whose brackets do not pair has docNoProblems and has returned above; this keeps the rule right by itself
    if (otherBrackets[open!] !== close) return;
    const data = { citation: citationLabel(citation, reading), docNo: citation.docNo, brackets: `${open}${close}`, suggestion: citation.docNo!.replace(written!, `〔${year}〕`) };
    report({ messageId: "brackets", path: citationPath(citation, "doc_no"), data });
  }),
});
