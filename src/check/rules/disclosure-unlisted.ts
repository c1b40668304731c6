import { defineRule } from "../define-rule.js";
import type { NegativeEntry } from "../../model/types.js";
import { jurisdictionKey } from "../jurisdiction.js";

const folded = (name: string) => name.replace(/[\s\u3000]/g, "");

export default defineRule({
  id: "disclosure-unlisted",
  scope: "corpus",
  severity: "error",
  description: {
    zh: "公开属性为不予公开的事项必须列入本行政区划的不予公开事项清单",
    en: "An item marked 不予公开 must be on its jurisdiction's non-disclosure list",
  },
  messages: {
    uncovered: {
      zh: "事项「{{name}}」（{{id}}）的公开属性是「不予公开」，但本行政区划的不予公开事项清单（{{lists}}）中没有名为「{{name}}」的条目。不予公开只能通过清单：请在清单中增加这一条并写明依据，或改为 主动公开、依申请公开 或 部分公开",
      en: "Item “{{name}}” ({{id}}) is marked 不予公开, but this jurisdiction's non-disclosure list ({{lists}}) has no entry named “{{name}}”. Withholding goes through the list: add an entry with its basis, or mark the item 主动公开, 依申请公开 or 部分公开",
    },
    "no-list": {
      zh: "事项「{{name}}」（{{id}}）的公开属性是「不予公开」，但检查的文件中没有本行政区划的不予公开事项清单（kind: negative-list）。请编制清单并列入这一条，或一并检查清单所在的文件",
      en: "Item “{{name}}” ({{id}}) is marked 不予公开, but no non-disclosure list (kind: negative-list) of this jurisdiction is among the files checked. Compile one listing it, or check it together with the list's file",
    },
  },
  // The list may live in a folder not checked this time: a warning, not an error.
  messageSeverities: { "no-list": "warning" },
  check(catalogs, { report, partial }) {
    const lists = new Map<string, { files: string[]; entries: { entry: NegativeEntry; domain?: string }[] }>();
    for (const catalog of catalogs) {
      if (!catalog.negativeList) continue;
      const key = jurisdictionKey(catalog);
      const list = lists.get(key) ?? { files: [], entries: [] };
      list.files.push(catalog.file);
      for (const entry of catalog.negativeList) list.entries.push({ entry, domain: entry.domain ?? (catalog.domain || undefined) });
      lists.set(key, list);
    }
    for (const catalog of catalogs) {
      const list = lists.get(jurisdictionKey(catalog));
      // Files named one by one (a pre-commit hook) may leave the list out: keep silent then.
      if (!list && partial) continue;
      for (const item of catalog.undisclosed ?? []) {
        // Stryker disable next-line StringLiteral: the stand-in for no 三级事项 is filtered out, or names nothing an entry is called
        const names = new Set([item.name, item.subitem ?? ""].filter(Boolean).map(folded));
        const covered = list?.entries.some(({ entry, domain }) => names.has(folded(entry.name)) && (!domain || domain === catalog.domain));
        if (covered) continue;
        const data = { name: item.subitem ?? item.name, id: item.id, lists: list?.files.join("、") };
        report({ catalog, messageId: list ? "uncovered" : "no-list", path: ["items", item.index, "disclosure"], data });
      }
    }
  },
});
