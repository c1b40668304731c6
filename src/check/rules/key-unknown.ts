import { defineRule } from "../define-rule.js";
import { closest } from "../similar.js";

export default defineRule({
  id: "key-unknown",
  scope: "schema",
  severity: "error",
  priority: 60,
  description: { zh: "不得使用未定义的键（扩展键须以 x- 开头）", en: "Unknown keys are not allowed (extensions start with x-)" },
  messages: {
    suggest: {
      zh: "{{where}}有未定义的键「{{key}}」，应为「{{suggestion}}」（{{suggestionLabel}}）吗？",
      en: "{{where}} has an unknown key “{{key}}”: did you mean “{{suggestion}}” ({{suggestionLabel}})?",
    },
    unknown: {
      zh: "{{where}}有未定义的键「{{key}}」。可用的键：{{allowed}}；自定义扩展请以 x- 开头",
      en: "{{where}} has an unknown key “{{key}}”. Allowed keys: {{allowed}}; custom extensions start with x-",
    },
  },
  claim(error, { allowedKeys }) {
    if (error.keyword !== "additionalProperties") return undefined;
    const key = String(error.params.additionalProperty);
    const parent = error.path.slice(0, -1);
    const allowed = allowedKeys(parent);
    // Users often write the printed column title (公开依据) instead of the key (basis).
    const byLabel = allowed.find((a) => a.label && (a.label.zh === key || a.label.zh.replace(/（.*）$/, "") === key));
    const suggestion = byLabel?.key ?? closest(key, allowed.map((a) => a.key));
    const data = { key, allowed: allowed.map((a) => a.key).join(", ") };
    if (!suggestion) return { messageId: "unknown", target: "key", data };
    const label = allowed.find((a) => a.key === suggestion)?.label?.zh ?? suggestion;
    return { messageId: "suggest", target: "key", data: { ...data, suggestion, suggestionLabel: label } };
  },
});
