import { defineRule } from "../define-rule.js";

export default defineRule({
  id: "yaml-syntax",
  scope: "load",
  severity: "error",
  description: { zh: "文件必须是语法正确的 YAML", en: "A catalog file must be valid YAML" },
  messages: {
    syntax: {
      zh: "YAML 语法错误（{{detail}}）。请检查这一行的缩进、冒号后的空格和引号是否成对；修正前无法检查本文件的其他内容",
      en: "YAML syntax error ({{detail}}). Check this line's indentation, the space after each colon and matching quotes; the rest of the file cannot be checked until it parses",
    },
  },
});
