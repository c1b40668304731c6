import { defineRule } from "../define-rule.js";

export default defineRule({
  id: "yaml-alias",
  scope: "load",
  severity: "error",
  description: { zh: "不得使用过量的 YAML 别名（别名炸弹）", en: "A catalog must not expand into an alias bomb" },
  messages: {
    aliases: {
      zh: "文件中的 YAML 别名（*引用）展开过多，疑似“别名炸弹”，已停止检查本文件。目录不需要别名，请把引用处展开写全",
      en: "The file's YAML aliases (*references) expand too far, like an alias bomb, so checking stopped. Catalogs need no aliases: write the referenced content out in full",
    },
  },
});
