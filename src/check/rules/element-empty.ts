import { defineRule } from "../define-rule.js";
import { inItem, isBlank } from "../paths.js";

export default defineRule({
  id: "element-empty",
  scope: "schema",
  severity: "error",
  priority: 40,
  description: { zh: "要素不得为空（空白、null 或空列表视同缺少）", en: "Elements must not be empty (blank, null or an empty list counts as missing)" },
  messages: {
    item: {
      zh: "{{item}}的「{{element}}」为空。空白、null 和空列表都视同缺少，请填写实际内容",
      en: "{{item}} has an empty “{{element}}”. Blank text, null and empty lists count as missing: fill it in",
    },
    catalog: {
      zh: "「{{element}}」为空。空白、null 和空列表都视同缺少，请填写实际内容",
      en: "“{{element}}” is empty. Blank text, null and empty lists count as missing: fill it in",
    },
  },
  claim(error) {
    const blankKeyword = ["minLength", "pattern", "minItems", "type", "required"].includes(error.keyword);
    if (!blankKeyword || error.keyword === "required" || !isBlank(error.value)) return undefined;
    return { messageId: inItem(error.path) ? "item" : "catalog" };
  },
});
