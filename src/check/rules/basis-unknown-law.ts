import { defineRule } from "../define-rule.js";
import { citationPath, citesLaw, eachCitation, lawLabel, likelyLaw, readCitation } from "../citations.js";

const register = {
  zh: "登记表未收录的文件（如地方性法规、本地规范性文件）可在 catalog.config.yaml 的 laws: 中登记",
  en: "documents the registry lacks (local regulations, local normative documents) can be added under laws: in catalog.config.yaml",
};

export default defineRule({
  id: "basis-unknown-law",
  scope: "item",
  severity: "warning",
  description: {
    zh: "公开依据应写在成对的书名号内，名称不应是登记表中文件名称的笔误，文号应与书名相符",
    en: "A legal basis is a title in a closed 《》, not a slip of a registered title, with the document number of that title",
  },
  messages: {
    unquoted: {
      zh: "{{item}}的公开依据“{{text}}”没有书名号，请写作《{{text}}》",
      en: "{{item}}: the legal basis “{{text}}” lacks 《》; write 《{{text}}》",
    },
    docNoMatch: {
      zh: `{{item}}的公开依据《{{title}}》与登记表中的名称不符：文号{{docNo}}对应的是{{suggestion}}。请按原文核对书名`,
      en: `{{item}}: the legal basis 《{{title}}》 does not match the registry: document number {{docNo}} is {{suggestion}}. Check the title against the original`,
    },
    suggest: {
      zh: `{{item}}的公开依据《{{title}}》不在法律法规登记表中，是否应为{{suggestion}}？${register.zh}`,
      en: `{{item}}: the legal basis 《{{title}}》 is not in the law registry; did you mean {{suggestion}}? Otherwise, ${register.en}`,
    },
    unclosed: {
      zh: "{{item}}的公开依据「{{text}}」中的书名号“《”没有闭合，请在书名末尾补上“》”：《{{title}}》",
      en: "{{item}}: the 《 in the legal basis “{{text}}” is never closed; close the title with 》: 《{{title}}》",
    },
    untitledSuggest: {
      zh: `{{item}}的公开依据“{{text}}”没有书名号，也不是登记表中的名称，是否应为{{suggestion}}？${register.zh}`,
      en: `{{item}}: the legal basis “{{text}}” lacks 《》 and is not a title the registry knows; did you mean {{suggestion}}? Otherwise, ${register.en}`,
    },
    numberOnly: {
      zh: "{{item}}的公开依据只写了文号“{{text}}”，没有写文件名称：登记表中这个文号是{{suggestion}}。请写明文件全称并加书名号《》，文号写在其后的括号中",
      en: "{{item}}: the legal basis gives only the document number “{{text}}”, no title: in the registry that number is {{suggestion}}. Write the document's full title in 《》, its number after it in brackets",
    },
    untitledUnknown: {
      zh: `{{item}}的公开依据“{{text}}”没有书名号，也不在法律法规登记表中。请写明文件全称并加书名号《》；${register.zh}`,
      en: `{{item}}: the legal basis “{{text}}” lacks 《》 and is not in the law registry. Write the document's full title in 《》; ${register.en}`,
    },
  },
  check: eachCitation<"unquoted" | "unclosed" | "docNoMatch" | "suggest" | "numberOnly" | "untitledSuggest" | "untitledUnknown">((citation, registries, report) => {
    const reading = readCitation(citation, registries);
    const { name } = reading;
    // Stryker disable next-line ConditionalExpression: a reading that cites no law (unfilled, a whole placeholder) has neither name nor number, so the checks below report nothing for it either
    if (!citesLaw(reading)) return;
    // A number alone in brackets, （民发〔2021〕57号）: no title to read, but the registry may know the number.
    if (!name) {
      // A structured citation without its title is element-missing's.
      const byNumber = reading.docNo && !citation.structured ? registries.findLaws(undefined, reading.docNo)[0] : undefined;
      if (byNumber) report({ messageId: "numberOnly", path: citationPath(citation), data: { text: reading.docNo!, suggestion: lawLabel(byNumber) } });
      return;
    }
    if (citation.unclosed) {
      // Only a citation written as text can leave 《 unclosed: its finding marks the whole entry.
      report({ messageId: "unclosed", path: citationPath(citation), data: { text: citation.raw, title: name } });
      return;
    }
    const quoted = citation.title !== undefined;
    if (reading.lawsByName.length) {
      if (!quoted) report({ messageId: "unquoted", path: citationPath(citation), data: { text: name } });
      return;
    }
    const path = citationPath(citation, "title");
    const byDocNo = reading.docNo ? registries.findLaws(undefined, reading.docNo)[0] : undefined;
    if (quoted && byDocNo) {
      report({ messageId: "docNoMatch", path, data: { title: name, docNo: reading.docNo, suggestion: lawLabel(byDocNo) } });
      return;
    }
    // An entry that is a registered document's number and nothing else: the registry knows it, the reader is not told.
    const numbered = quoted ? undefined : registries.findLaws(undefined, name)[0];
    if (numbered) {
      report({ messageId: "numberOnly", path, data: { text: name, suggestion: lawLabel(numbered) } });
      return;
    }
    const likely = byDocNo ?? likelyLaw(name, registries);
    // A slip of a title no longer in force is basis-repealed's (misnamed).
    if (!byDocNo && likely && likely.status !== "现行有效") return;
    // A quoted title the registry does not know, and that is no slip of one it knows, is basis-unregistered's.
    if (quoted) {
      if (likely) report({ messageId: "suggest", path, data: { title: name, suggestion: lawLabel(likely) } });
    } else if (likely) report({ messageId: "untitledSuggest", path, data: { text: name, suggestion: lawLabel(likely) } });
    else report({ messageId: "untitledUnknown", path, data: { text: name } });
  }),
});
