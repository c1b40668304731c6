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
  check(catalog, { report, text }) {
    // A value holds the marker only if the text does, or writes it with an escape (\u3010…, a "\"-joined line).
    // Stryker disable next-line ConditionalExpression,StringLiteral: a shortcut; without it every value is still searched for the marker, with the same findings
    if (!text.includes(placeholderMarker) && !text.includes("\\")) return;
    const unfilled = (value: string | undefined) => value?.includes(placeholderMarker) === true;
    if (unfilled(catalog.jurisdiction.name)) report({ messageId: "catalog", path: ["jurisdiction", "name"] });
    for (const key of ["compiler", "revision"] as const) if (unfilled(catalog[key])) report({ messageId: "catalog", path: [key] });
    // Paths are made only for a placeholder found: this runs on every value of every item.
    for (const item of catalog.items) {
      const at = (...path: SourcePath) => report({ messageId: "item", path: ["items", item.index, ...path] });
      if (unfilled(item.category)) at("category");
      if (unfilled(item.name)) at("name");
      // Stryker disable next-line EqualityOperator: one entry past the end is undefined, which holds no marker
      for (let i = 0; i < item.content.length; i++) if (unfilled(item.content[i])) at("content", i);
      for (const citation of item.basis) if (unfilled(citation.raw)) at("basis", citation.index);
      if (unfilled(item.timeLimit.raw)) at("time_limit");
      if (unfilled(item.subject)) at("subject");
      for (let i = 0; i < item.channels.length; i++) if (unfilled(item.channels[i]!.raw)) at("channels", i);
      if (unfilled(item.note)) at("note");
    }
  },
});
