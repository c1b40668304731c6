import { defineRule } from "../define-rule.js";

// Stryker disable next-line ConditionalExpression: "format" is a key of the catalog's root only, so a path starting with it is that key
const isFormat = (path: readonly (string | number)[]) => path.length === 1 && path[0] === "format";

export default defineRule({
  id: "value-format",
  scope: "schema",
  severity: "error",
  // Before value-type: `format: "1"` is one slip (quotes), not a type error plus an unsupported version.
  priority: 65,
  description: {
    zh: "日期、格式版本和有固定取值的键（公开属性、文件类别）必须按规定写法填写",
    en: "Dates, the format version and keys with fixed values (disclosure status, file kind) must be written as specified",
  },
  messages: {
    date: {
      zh: "「{{element}}」写成了「{{value}}」，不是有效日期，请写成 YYYY-MM-DD，如 2024-06-28",
      en: "“{{element}}” is “{{value}}”, not a valid date: write YYYY-MM-DD, e.g. 2024-06-28",
    },
    version: {
      zh: "格式版本「{{value}}」不受支持，本工具读取第 {{allowed}} 版，请写 format: 1 或删除该行",
      en: "Format version “{{value}}” is not supported; this tool reads version {{allowed}}: write format: 1 or remove the line",
    },
    choice: {
      zh: "「{{element}}」写成了「{{value}}」，只能填写：{{allowed}}",
      en: "“{{element}}” is “{{value}}”; it must be one of: {{allowed}}",
    },
    quoted: {
      zh: "格式版本是数字，不要加引号：请写成 format: {{value}}",
      en: "The format version is a number: write format: {{value}} without quotes",
    },
  },
  claim(error) {
    if (error.keyword === "format") return { messageId: "date", data: { value: String(error.value) } };
    const allowed = ([] as unknown[]).concat(error.params.allowedValues);
    if (!isFormat(error.path)) return error.keyword === "enum" ? { messageId: "choice", data: { value: String(error.value), allowed: allowed.join("、") } } : undefined;
    if (typeof error.value === "string" && /^\s*\d+\s*$/.test(error.value)) return { messageId: "quoted", data: { value: error.value.trim() } };
    if (error.keyword === "enum") {
      // Stryker disable next-line StringLiteral: one format version exists, so the separator is never written
      return { messageId: "version", data: { value: String(error.value), allowed: allowed.join(", ") } };
    }
    return undefined;
  },
});
