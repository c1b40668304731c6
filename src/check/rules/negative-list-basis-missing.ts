import { defineRule } from "../define-rule.js";

export default defineRule({
  id: "negative-list-basis-missing",
  scope: "catalog",
  severity: "error",
  description: {
    zh: "不予公开事项清单的每一条都必须写明不予公开的依据",
    en: "Every entry of a non-disclosure list must cite the provision that allows withholding",
  },
  messages: {
    missing: {
      zh: "不予公开事项清单第{{entry}}条「{{name}}」没有写不予公开的依据。除法律、法规、规章明确规定不予公开的外都应公开：请补充 basis，引用《中华人民共和国政府信息公开条例》第十四条、第十五条、第十六条或法律、法规的具体条款",
      en: "Entry {{entry}} “{{name}}” of the non-disclosure list cites no basis. Only what a law, regulation or rule exempts may be withheld: add `basis` citing 条例 第十四条, 第十五条 or 第十六条, or a named law's article",
    },
  },
  check(catalog, { report }) {
    for (const entry of catalog.negativeList ?? []) {
      if (entry.basis.length) continue;
      report({ messageId: "missing", path: ["entries", entry.index], target: "key", data: { entry: entry.index + 1, name: entry.name } });
    }
  },
});
