import { defineRule } from "../define-rule.js";
import { citationLabel, citationPath, eachCitation, readCitation } from "../citations.js";

export default defineRule({
  id: "basis-placeholder",
  scope: "item",
  severity: "error",
  description: {
    zh: "公开依据必须是具体的法律法规或文件，不能是“同上”“相关政策文件”之类的占位语",
    en: "A legal basis must name an actual law or document, not a placeholder such as 同上 or 相关政策文件",
  },
  messages: {
    whole: {
      zh: "{{item}}的公开依据「{{text}}」没有指明具体的法律法规或文件。请改为实际依据的文件：书名号内写全称，后附文号",
      en: "{{item}}: the legal basis “{{text}}” names no law or document. Cite the actual one: its full title in 《》 followed by its document number",
    },
    tail: {
      zh: "{{item}}的公开依据{{citation}}后面的「{{text}}」没有指明具体文件。请删去；如另有依据，请逐条写明全称和文号",
      en: "{{item}}: “{{text}}” after {{citation}} names no document. Delete it; if there are further bases, cite each by full title and document number",
    },
  },
  check: eachCitation<"whole" | "tail">((citation, registries, report) => {
    const reading = readCitation(citation, registries);
    const { placeholder } = reading;
    if (!placeholder) return;
    if (placeholder.whole) report({ messageId: "whole", path: citationPath(citation, "title"), data: { text: placeholder.text } });
    else report({ messageId: "tail", path: citationPath(citation), data: { text: placeholder.text, citation: citationLabel(citation, reading) } });
  }),
});
