import { defineRule } from "../define-rule.js";
import { divisionCheck } from "../divisions.js";

export default defineRule({
  id: "jurisdiction-code-unverified",
  scope: "catalog",
  severity: "info",
  description: {
    zh: "区划数据中查不到的行政区划代码和名称：无法核对（可能是此后新设的区划）",
    en: "A division code and name the divisions data does not know cannot be checked (it may be newer than the data)",
  },
  messages: {
    unverified: {
      zh: "无法核对行政区划代码「{{code}}」：区划数据（{{source}}，截至{{cutoff}}）中既没有这个代码，也没有名为「{{name}}」的区划。如果是此后新设或调整的区划，请以民政部门公布的代码为准；如果不是，请核对代码是否抄错。没有行政区划代码的开发区、园区请按 docs/format.md 的写法填写 zone",
      en: "The division code “{{code}}” cannot be checked: the divisions data ({{source}}, as of {{cutoff}}) has neither this code nor a division named “{{name}}”. If the division was created or changed since, go by the code the civil affairs authorities publish; otherwise check the code for a copying mistake. A development zone without a code of its own is written with zone (docs/format.md)",
    },
  },
  check(catalog, { report }) {
    // A village list's code is village-code-township's to judge (a 9-digit one there is a mistake already reported).
    if (catalog.village) return;
    const finding = divisionCheck(catalog.jurisdiction);
    if (finding?.kind !== "unverified") return;
    const { code, name } = catalog.jurisdiction;
    report({ messageId: "unverified", path: ["jurisdiction", "code"], data: { code, name, source: finding.source, cutoff: finding.cutoff } });
  },
});
