import { defineRule } from "../define-rule.js";
import { citationLabel, citationPath, citesLaw, eachCitation, readCitation } from "../citations.js";

/**
 * A space between two Han characters of a title is a PDF line break, except after an issuer in a joint
 * title (中共中央办公厅 国务院办公厅关于…, 财政部 民政部关于…), where official titles print one.
 */
const lineBreak = /(\p{Script=Han})[\s\u3000]+(?=\p{Script=Han})/u;
const issuerEnd = /(?:中央|国务院|办公厅|委员会|部|委|局|署|厅|院|会|办|室|行|中心|联合会|总工会|妇联|残联|团中央)$/;

function spacedTitle(title: string): boolean {
  const m = lineBreak.exec(title);
  return !!m && !issuerEnd.test(title.slice(0, m.index + m[1]!.length));
}

export default defineRule({
  id: "basis-spacing",
  scope: "item",
  severity: "warning",
  description: {
    zh: "公开依据的书名和文号中不应留有从 PDF 复制时的断行空格",
    en: "The title and document number of a legal basis hold no spaces left by PDF line breaks",
  },
  messages: {
    spacedTitle: {
      zh: "{{item}}的公开依据{{citation}}的书名中间有空格，多是从 PDF 复制时的换行留下的，请改为《{{fixed}}》",
      en: "{{item}}: the title {{citation}} has a space inside, usually left by a PDF line break; write 《{{fixed}}》",
    },
    spacedDocNo: {
      zh: "{{item}}的公开依据{{citation}}的文号中间有空格，多是从 PDF 复制时的换行留下的，请改为「{{docNo}}」",
      en: "{{item}}: the document number of {{citation}} has spaces inside, usually left by a PDF line break; write “{{docNo}}”",
    },
  },
  check: eachCitation<"spacedTitle" | "spacedDocNo">((citation, registries, report) => {
    const reading = readCitation(citation, registries);
    if (!citesLaw(reading)) return;
    // A name printed without 《》 is a title too (中华人民共和国政 府信息公开条例).
    // Stryker disable next-line StringLiteral: a stand-in without a Han character never reads as a spaced title
    const title = citation.title ?? citation.untitled ?? "";
    if (spacedTitle(title)) {
      report({ messageId: "spacedTitle", path: citationPath(citation, "title"), data: { citation: citation.title === undefined ? `“${title}”` : `《${title}》`, fixed: title.replace(/[\s\u3000]/g, "") } });
    }
    if (citation.docNoSpaced && !citation.docNoProblems.length) {
      report({ messageId: "spacedDocNo", path: citationPath(citation, "doc_no"), data: { citation: citationLabel(citation, reading), docNo: citation.docNo } });
    }
  }),
});
