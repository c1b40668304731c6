import { defineRule } from "../define-rule.js";
import type { CatalogHeader } from "../../model/types.js";

const folded = (name: string) => name.replace(/[\s\u3000]/g, "");

export default defineRule({
  id: "jurisdiction-name-conflict",
  scope: "corpus",
  severity: "error",
  description: {
    zh: "同一行政区划代码在各目录中的名称必须一致",
    en: "One division code must have the same name in every catalog",
  },
  messages: {
    conflict: {
      zh: "行政区划代码「{{code}}」在 {{otherFile}} 中的名称是「{{otherName}}」，本文件却写作「{{name}}」。同一行政区划在各目录中应写同一个名称（公布的全称），请统一",
      en: "The division code “{{code}}” is named “{{otherName}}” in {{otherFile}} but “{{name}}” here. A jurisdiction must have one name (its full published name) in every catalog: make them the same",
    },
  },
  check(catalogs, { report }) {
    const first = new Map<string, CatalogHeader>();
    // Stryker disable next-line EqualityOperator,ConditionalExpression: paths are unique, and V8's sort orders alike whether a later path gives 1 or 0 (tried with 40 shuffled files)
    for (const catalog of [...catalogs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
      const { code, name } = catalog.jurisdiction;
      if (!code || !name) continue;
      const earlier = first.get(code);
      if (!earlier) first.set(code, catalog);
      else if (folded(earlier.jurisdiction.name) !== folded(name)) {
        report({
          catalog,
          messageId: "conflict",
          path: ["jurisdiction", "name"],
          data: { code, name, otherName: earlier.jurisdiction.name, otherFile: earlier.file },
        });
      }
    }
  },
});
