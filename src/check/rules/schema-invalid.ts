import { defineRule } from "../define-rule.js";

/** The catch-all: every schema error no specific rule claims is still reported, never dropped. */
export default defineRule({
  id: "schema-invalid",
  scope: "schema",
  severity: "error",
  priority: 1000,
  description: { zh: "其他不符合目录格式的写法", en: "Other departures from the catalog format" },
  messages: {
    invalid: {
      zh: "{{where}}的「{{element}}」不符合目录格式（{{keyword}}）",
      en: "{{where}}: “{{element}}” does not match the catalog format ({{keyword}})",
    },
  },
  claim(error) {
    return { messageId: "invalid", data: { keyword: error.keyword } };
  },
});
