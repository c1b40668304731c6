import { defineRule } from "../define-rule.js";
import { levelOfCode } from "../jurisdiction.js";

export default defineRule({
  id: "jurisdiction-level-mismatch",
  scope: "catalog",
  severity: "error",
  description: {
    zh: "层级须与行政区划代码的位数一致：6位为县级，9位为乡级",
    en: "The level must agree with the division code: 6 digits for 县级, 9 for 乡级",
  },
  messages: {
    countyCode: {
      zh: "行政区划代码「{{code}}」是6位的县级代码，「{{element}}」却写作「{{level}}」。如果这是县级目录，请把层级改为「县级」；如果是乡镇（街道）目录，请填写本乡镇（街道）的9位代码（「{{code}}」后加3位）",
      en: "The division code “{{code}}” has 6 digits, a county's, but the “{{element}}” is “{{level}}”. For a county catalog write 县级; for a township's, give its 9-digit code (“{{code}}” plus 3 digits)",
    },
    townshipCode: {
      zh: "行政区划代码「{{code}}」是9位的乡级代码（所属县级代码为「{{county}}」），「{{element}}」却写作「{{level}}」。如果这是乡镇（街道）目录，请把层级改为「乡级」；如果是县级目录，请把代码改为「{{county}}」",
      en: "The division code “{{code}}” has 9 digits, a township's (in the county “{{county}}”), but the “{{element}}” is “{{level}}”. For a township catalog write 乡级; for the county's, use the code “{{county}}”",
    },
    villageCode: {
      zh: "行政区划代码「{{code}}」是12位的村（社区）代码，「{{element}}」却写作「{{level}}」。村（居）务公开目录的层级写「村级」",
      en: "The division code “{{code}}” has 12 digits, a village's, but the “{{element}}” is “{{level}}”. A village list's level is 村级",
    },
  },
  check(catalog, { report }) {
    const { code, level } = catalog.jurisdiction;
    const byCode = levelOfCode(code);
    if (!byCode || !level.canonical || byCode === level.canonical) return;
    // A village list's code of another length, and a village's code outside a village list, are village-code-township's findings.
    if (catalog.village ? byCode !== "村级" : byCode === "村级") return;
    const data = { code, level: level.raw, county: code.slice(0, 6) };
    report({ messageId: byCode === "县级" ? "countyCode" : byCode === "乡级" ? "townshipCode" : "villageCode", path: ["jurisdiction", "level"], data });
  },
});
