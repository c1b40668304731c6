import { defineRule } from "../define-rule.js";

const isItemId = (path: readonly (string | number)[]) => path.length === 3 && path[0] === "items" && path[2] === "id";

export default defineRule({
  id: "id-pattern",
  scope: "schema",
  severity: "error",
  priority: 10,
  description: { zh: "事项编码只能由字母、数字和 . _ - 组成", en: "Item ids use letters, digits, . _ and - only" },
  messages: {
    pattern: {
      zh: "{{item}}的事项编码「{{value}}」不合规：只能由字母、数字和 . _ - 组成，并以字母或数字开头，如 SJ-01-01",
      en: "{{item}} has the id “{{value}}”: ids use letters, digits, . _ and -, starting with a letter or digit, e.g. SJ-01-01",
    },
    number: {
      zh: "{{item}}的事项编码被读成了数字 {{value}}：请给编码原样加上引号（如 id: \"0101\"），否则前导零会丢失",
      en: "{{item}} has an id read as the number {{value}}: quote the id as written (e.g. id: \"0101\") or leading zeros are lost",
    },
  },
  claim(error) {
    if (!isItemId(error.path)) return undefined;
    if (error.keyword === "pattern") return { messageId: "pattern", data: { value: String(error.value) } };
    if (error.keyword === "type" && typeof error.value === "number") return { messageId: "number", data: { value: String(error.value) } };
    return undefined;
  },
});
