import { defineRule } from "../define-rule.js";

/** Found by the engine in the parsed text of every value (see model/text.ts, which removes them). */
export default defineRule({
  id: "text-control-character",
  scope: "load",
  severity: "warning",
  description: { zh: "文字中不应有控制字符", en: "Text must not hold control characters" },
  messages: {
    control: {
      zh: "{{where}}的「{{element}}」中有看不见的控制字符 {{codes}}（常见于从 Word 表格或网页复制的文字），生成输出时已删去。请在编辑器中删掉它",
      en: "{{where}}: “{{element}}” holds the invisible control characters {{codes}} (often pasted from a Word table or a web page); they were left out of the outputs. Delete them in an editor",
    },
  },
});
