import { defineRule } from "../define-rule.js";

export default defineRule({
  id: "element-missing",
  scope: "schema",
  severity: "error",
  priority: 50,
  description: { zh: "必备要素不得缺少", en: "Required elements must be present" },
  messages: {
    missing: {
      zh: "{{where}}缺少「{{element}}」。请补充 {{key}}: …",
      en: "{{where}} has no “{{element}}”. Add `{{key}}: …`",
    },
  },
  claim(error) {
    if (error.keyword !== "required") return undefined;
    return { messageId: "missing", data: { key: String(error.params.missingProperty) } };
  },
});
