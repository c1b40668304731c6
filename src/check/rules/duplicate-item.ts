import { defineRule } from "../define-rule.js";
import type { Item } from "../../model/types.js";

/** Items with a 三级事项 are told apart by it: 政策规范文件 › 法律 and 政策规范文件 › 部门规章 are two items. */
const key = (item: Item) => `${item.category}\u0000${item.name}\u0000${item.subitem ?? ""}`.replace(/[\s\u3000]/g, "");

export default defineRule({
  id: "duplicate-item",
  scope: "catalog",
  severity: "error",
  description: {
    zh: "同一目录中不得有一级事项和名称（及三级事项）都相同的两个事项",
    en: "A catalog must not list two items with the same category and name (and sub-item)",
  },
  messages: {
    duplicate: {
      zh: "{{item}}与第{{first}}项（{{firstId}}）的一级事项和名称都相同，同一事项列了两次。请把两项的公开内容合并到第{{first}}项后删除本项；如果确是两个不同事项，请改用能区分二者的名称",
      en: "{{item}} has the category and name of item {{first}} ({{firstId}}): the same item is listed twice. Merge its content into item {{first}} and remove this one; if they are different items, give them names that tell them apart",
    },
  },
  check(catalog, { report }) {
    const seen = new Map<string, Item>();
    for (const item of catalog.items) {
      if (!item.name) continue;
      const itemKey = key(item);
      const first = seen.get(itemKey);
      if (!first) seen.set(itemKey, item);
      else report({ messageId: "duplicate", path: ["items", item.index, "name"], data: { first: first.index + 1, firstId: first.id || "—" } });
    }
  },
});
