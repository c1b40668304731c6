import { defineRule } from "../define-rule.js";

export default defineRule({
  id: "file-unreadable",
  scope: "load",
  severity: "error",
  description: { zh: "目录文件必须可以读取", en: "Catalog files must be readable" },
  messages: {
    unreadable: {
      zh: "无法读取文件（{{detail}}）。请检查文件权限，或确认它不是正在被其他程序占用",
      en: "The file cannot be read ({{detail}}). Check its permissions, or whether another program holds it",
    },
  },
});
