import { defineRule } from "../define-rule.js";

export default defineRule({
  id: "yaml-duplicate-key",
  scope: "load",
  severity: "error",
  description: { zh: "同一层级不得有重复的键", en: "A mapping must not repeat a key" },
  messages: {
    duplicate: {
      zh: "键「{{key}}」在同一层级重复出现，只有一个会生效。请删除或合并重复的键",
      en: "The key “{{key}}” appears twice at the same level and only one would take effect. Remove or merge the duplicate",
    },
  },
});
