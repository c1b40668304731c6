import { defineRule } from "../define-rule.js";
import { inItem } from "../paths.js";

export default defineRule({
  id: "element-missing",
  scope: "schema",
  severity: "error",
  priority: 50,
  description: { zh: "必备要素不得缺少", en: "Required elements must be present" },
  messages: {
    item: {
      zh: "{{item}}缺少「{{element}}」。请在该事项下补充 {{key}}: …",
      en: "{{item}} has no “{{element}}”. Add `{{key}}: …` to the item",
    },
    catalog: {
      zh: "目录缺少「{{element}}」。请补充 {{key}}: …",
      en: "The catalog has no “{{element}}”. Add `{{key}}: …`",
    },
  },
  claim(error) {
    if (error.keyword !== "required") return undefined;
    const key = String(error.params.missingProperty);
    return { messageId: inItem(error.path) ? "item" : "catalog", data: { key } };
  },
});
