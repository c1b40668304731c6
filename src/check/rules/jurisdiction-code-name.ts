import { defineRule } from "../define-rule.js";

/**
 * Digits 7–9 of a township code by kind (统计用区划代码编制规则, after GB/T 10114): 001–099 街道,
 * 100–199 镇, 200–399 乡. 400–599 are 类似乡级单位 (开发区, 农场) with free names, so not judged.
 */
const kinds = [
  { kind: "街道", from: 1, to: 99 },
  { kind: "镇", from: 100, to: 199 },
  { kind: "乡", from: 200, to: 399 },
] as const;

const serialText = (n: number) => String(n).padStart(3, "0");
const range = (k: (typeof kinds)[number]) => `${serialText(k.from)}–${serialText(k.to)}`;

export default defineRule({
  id: "jurisdiction-code-name",
  scope: "catalog",
  severity: "warning",
  description: {
    zh: "乡级行政区划代码的后3位应与名称相符：001–099 街道，100–199 镇，200–399 乡",
    en: "A township code's last 3 digits must fit its name: 001–099 街道, 100–199 镇, 200–399 乡",
  },
  messages: {
    mismatch: {
      zh: "行政区划代码「{{code}}」的后3位是「{{serial}}」，按编码规则是{{codeKind}}（{{codeRange}}），名称「{{name}}」却是{{nameKind}}（应在{{nameRange}}之间）。请核对代码是否抄错，以民政部门公布的代码为准",
      en: "The division code “{{code}}” ends in “{{serial}}”, a {{codeKind}} number ({{codeRange}}), but the name “{{name}}” is a {{nameKind}} ({{nameRange}}). Check the code against the list the civil affairs authorities publish",
    },
  },
  check(catalog, { report }) {
    const { code, name } = catalog.jurisdiction;
    if (!/^\d{9}$/.test(code)) return;
    const serial = Number(code.slice(6));
    const byCode = kinds.find((k) => serial >= k.from && serial <= k.to);
    const byName = kinds.find((k) => name.endsWith(k.kind));
    if (!byCode || !byName || byCode === byName) return;
    report({
      messageId: "mismatch",
      path: ["jurisdiction", "code"],
      data: { code, serial: code.slice(6), name, codeKind: byCode.kind, codeRange: range(byCode), nameKind: byName.kind, nameRange: range(byName) },
    });
  },
});
