import { defineRule } from "../define-rule.js";
import { divisions } from "../../model/divisions.js";

export default defineRule({
  id: "village-code-township",
  scope: "catalog",
  severity: "error",
  description: {
    zh: "村（居）务公开目录的行政区划代码应为12位，前9位是所属乡镇（街道）的代码；12位代码只用于村（居）务公开目录",
    en: "A village list's division code has 12 digits whose first 9 are its township's; only village lists have 12-digit codes",
  },
  messages: {
    length: {
      zh: "村（居）务公开目录的行政区划代码「{{code}}」不是12位。请填写本村（社区）的12位统计用区划代码：所属乡镇（街道）的9位代码后加3位，如 \"320506103001\"",
      en: "The village list's division code “{{code}}” does not have 12 digits. Give the village's 12-digit statistical code: its township's 9 digits plus 3, e.g. \"320506103001\"",
    },
    township: {
      zh: "无法核对：行政区划代码「{{code}}」的前9位「{{township}}」不在随工具发布的区划数据中（{{source}}，截至{{cutoff}}）。乡镇（街道）可能是之后新设或更名的；如果代码写错了，请改正",
      en: "Cannot check: the first 9 digits “{{township}}” of the division code “{{code}}” are not in the divisions data the tool ships ({{source}}, as of {{cutoff}}). The township may be newer than the data; if the code is wrong, correct it",
    },
    notVillage: {
      zh: "行政区划代码「{{code}}」是12位的村（社区）代码，但本文件不是村（居）务公开目录。村（居）务公开目录请在文件开头写 kind: village-list 并把层级写作 村级；乡镇（街道）目录请填写9位代码「{{township}}」",
      en: "The division code “{{code}}” has 12 digits, a village's, but this file is not a village list. For a village list write kind: village-list and level 村级 at the top; for the township's catalog use the 9-digit code “{{township}}”",
    },
  },
  // The data may simply not know a township yet: that is "cannot check", not "wrong".
  messageSeverities: { township: "info" },
  check(catalog, { report }) {
    const { code } = catalog.jurisdiction;
    if (!catalog.village) {
      // A 12-digit code ending in 000 is no village's: jurisdiction-code-format reports it.
      if (/^\d{9}(?!000)\d{3}$/.test(code)) report({ messageId: "notVillage", path: ["jurisdiction", "code"], data: { code, township: code.slice(0, 9) } });
      return;
    }
    if (!/^\d{12}$/.test(code)) {
      // A malformed code is jurisdiction-code-format's (schema) finding; a missing one element-missing's.
      if (/^\d+$/.test(code)) report({ messageId: "length", path: ["jurisdiction", "code"], data: { code } });
      return;
    }
    const data = divisions();
    const township = code.slice(0, 9);
    if (data.name(township) !== undefined) return;
    report({ messageId: "township", path: ["jurisdiction", "code"], data: { code, township, source: data.source.title, cutoff: data.source.cutoff } });
  },
});
