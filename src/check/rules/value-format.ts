import { defineRule } from "../define-rule.js";

export default defineRule({
  id: "value-format",
  scope: "schema",
  severity: "error",
  priority: 80,
  description: { zh: "日期和格式版本必须按规定写法填写", en: "Dates and the format version must be written as specified" },
  messages: {
    date: {
      zh: "「{{element}}」「{{value}}」不是有效日期，请写成 YYYY-MM-DD，如 2024-06-28",
      en: "“{{element}}” “{{value}}” is not a valid date: write YYYY-MM-DD, e.g. 2024-06-28",
    },
    version: {
      zh: "格式版本「{{value}}」不受支持，本工具读取第 {{allowed}} 版，请写 format: 1 或删除该行",
      en: "Format version “{{value}}” is not supported; this tool reads version {{allowed}}: write format: 1 or remove the line",
    },
  },
  claim(error) {
    if (error.keyword === "format") return { messageId: "date", data: { value: String(error.value) } };
    if (error.keyword === "enum" && error.path.length === 1 && error.path[0] === "format") {
      return { messageId: "version", data: { value: String(error.value), allowed: ([] as unknown[]).concat(error.params.allowedValues).join(", ") } };
    }
    return undefined;
  },
});
