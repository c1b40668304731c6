import { defineRule } from "../define-rule.js";
import type { SourcePath } from "../../model/types.js";

/** What `catalog init` writes where only the jurisdiction can know the answer. */
export const placeholderMarker = "【待填写】";

export default defineRule({
  id: "placeholder-unfilled",
  scope: "catalog",
  severity: "error",
  description: {
    zh: "catalog init 生成的【待填写】占位内容必须按实际填写",
    en: "The 【待填写】 (to be filled in) placeholders written by catalog init must be filled in",
  },
  messages: {
    item: {
      zh: "{{item}}的「{{element}}」还没有填写（仍是 catalog init 写的【待填写】占位内容），请按本地实际填写",
      en: "{{item}}: “{{element}}” is not filled in yet (it still holds the 【待填写】 placeholder written by catalog init)",
    },
    catalog: {
      zh: "「{{element}}」还没有填写（仍是 catalog init 写的【待填写】占位内容），请按本地实际填写",
      en: "“{{element}}” is not filled in yet (it still holds the 【待填写】 placeholder written by catalog init)",
    },
  },
  check(catalog, { report }) {
    const check = (value: string | undefined, path: SourcePath, messageId: "item" | "catalog") => {
      if (value?.includes(placeholderMarker)) report({ messageId, path });
    };
    check(catalog.jurisdiction.name, ["jurisdiction", "name"], "catalog");
    check(catalog.compiler, ["compiler"], "catalog");
    check(catalog.revision, ["revision"], "catalog");
    for (const item of catalog.items) {
      const at = (...path: (string | number)[]) => ["items", item.index, ...path];
      check(item.category, at("category"), "item");
      check(item.name, at("name"), "item");
      item.content.forEach((text, i) => check(text, at("content", i), "item"));
      item.basis.forEach((citation) => check(citation.raw, at("basis", citation.index), "item"));
      check(item.timeLimit.raw, at("time_limit"), "item");
      check(item.subject, at("subject"), "item");
      item.channels.forEach((channel, i) => check(channel.raw, at("channels", i), "item"));
      check(item.note, at("note"), "item");
    }
  },
});
