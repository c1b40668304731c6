import { defineRule } from "../define-rule.js";

export default defineRule({
  id: "encoding-not-utf8",
  scope: "load",
  severity: "warning",
  description: { zh: "目录文件应使用 UTF-8 编码", en: "Catalog files should be encoded in UTF-8" },
  messages: {
    transcoded: {
      zh: "文件编码是 {{encoding}}，不是 UTF-8。已按 {{encoding}} 读取并继续检查，但其他工具可能显示乱码。请在编辑器中“另存为”UTF-8 编码",
      en: "The file is encoded in {{encoding}}, not UTF-8. It was read as {{encoding}} and checked, but other tools may show garbled text. Save it as UTF-8 in your editor",
    },
  },
});
