import { defineRule } from "../define-rule.js";
import { divisionCheck } from "../divisions.js";

export default defineRule({
  id: "jurisdiction-code-registry",
  scope: "catalog",
  severity: "warning",
  description: {
    zh: "行政区划代码与名称应与区划数据（国家统计局统计用区划代码）一致",
    en: "The division code and name must agree with the divisions data (国家统计局 statistical division codes)",
  },
  messages: {
    otherName: {
      zh: "行政区划代码「{{code}}」在区划数据（{{source}}，截至{{cutoff}}）中是「{{known}}」，名称却写作「{{name}}」。请以民政部门公布的代码核对代码和名称；如果区划在此之后更名，可忽略本提示",
      en: "The division code “{{code}}” is “{{known}}” in the divisions data ({{source}}, as of {{cutoff}}), but the name is “{{name}}”. Check both against the codes the civil affairs authorities publish; if the division was renamed since, ignore this",
    },
    otherNameSuggest: {
      zh: "行政区划代码「{{code}}」在区划数据（{{source}}，截至{{cutoff}}）中是「{{known}}」，名称却写作「{{name}}」；「{{name}}」的代码是「{{suggested}}」。如果目录是「{{name}}」的，请改为 code: \"{{suggested}}\"",
      en: "The division code “{{code}}” is “{{known}}” in the divisions data ({{source}}, as of {{cutoff}}), but the name is “{{name}}”, whose code is “{{suggested}}”. If the catalog is {{name}}'s, write code: \"{{suggested}}\"",
    },
    otherCode: {
      zh: "区划数据（{{source}}，截至{{cutoff}}）中没有代码「{{code}}」，「{{name}}」的代码是「{{suggested}}」，请改为 code: \"{{suggested}}\"",
      en: "The divisions data ({{source}}, as of {{cutoff}}) has no code “{{code}}”; the code of “{{name}}” is “{{suggested}}”: write code: \"{{suggested}}\"",
    },
    prefecture: {
      zh: "行政区划代码「{{code}}」是地级的「{{known}}」的代码（后两位为00），不是县级代码。县级目录请填写本县（市、区）的6位代码",
      en: "The division code “{{code}}” is the prefecture “{{known}}”'s (ending in 00), not a county's. A county catalog takes its county's 6-digit code",
    },
  },
  check(catalog, { report }) {
    // A village list's code is village-code-township's to judge (a 9-digit one there is a mistake already reported).
    if (catalog.village) return;
    const finding = divisionCheck(catalog.jurisdiction);
    if (!finding || finding.kind === "unverified") return;
    const { code, name } = catalog.jurisdiction;
    const data = { code, name, source: finding.source, cutoff: finding.cutoff, known: finding.known, suggested: finding.suggested };
    const messageId = finding.kind === "otherName" && finding.suggested ? "otherNameSuggest" : finding.kind;
    report({ messageId, path: ["jurisdiction", "code"], data });
  },
});
