import { defineRule } from "../define-rule.js";

export default defineRule({
  id: "duplicate-id",
  scope: "catalog",
  severity: "error",
  description: { zh: "事项编码在一个目录内必须唯一", en: "Item ids must be unique within a catalog" },
  messages: {
    duplicate: {
      zh: "{{item}}的事项编码「{{id}}」与第{{first}}项重复。编码是事项跨版本的身份，请给其中一项换一个新编码",
      en: "{{item}} repeats the id “{{id}}” of item {{first}}. Ids identify items across revisions: give one of them a new id",
    },
  },
  check(catalog, { report }) {
    const seen = new Map<string, number>();
    for (const item of catalog.items) {
      if (!item.id) continue;
      const first = seen.get(item.id);
      if (first === undefined) seen.set(item.id, item.index);
      else report({ messageId: "duplicate", path: ["items", item.index, "id"], data: { id: item.id, first: first + 1 } });
    }
  },
});
