import { defineRule } from "../define-rule.js";

// Stryker disable next-line ConditionalExpression,LogicalOperator: the schema has no other key named code, and a code is a scalar, so only ["jurisdiction", "code"] ends in "code"
const isCode = (path: readonly (string | number)[]) => path.length === 2 && path[0] === "jurisdiction" && path[1] === "code";

export default defineRule({
  id: "jurisdiction-code-format",
  scope: "schema",
  severity: "error",
  priority: 10,
  description: { zh: "行政区划代码应为6位（县级）、9位（乡级）或12位（村级，村（居）务公开目录）数字字符串", en: "Division codes are 6-digit (county), 9-digit (township) or 12-digit (village list) strings" },
  messages: {
    pattern: {
      zh: "行政区划代码「{{value}}」格式不对：县级为6位数字（GB/T 2260），乡级为9位数字（GB/T 10114），村（居）务公开目录为12位数字，如 \"320506\"、\"320506103\"",
      en: "The division code “{{value}}” is malformed: 6 digits for a county (GB/T 2260), 9 for a township (GB/T 10114), 12 for a village list, e.g. \"320506\", \"320506103\"",
    },
    number: {
      zh: "行政区划代码 {{value}} 被读成了数字，请加引号写成字符串：code: \"{{value}}\"",
      en: "The division code {{value}} was read as a number: quote it, code: \"{{value}}\"",
    },
  },
  claim(error) {
    if (!isCode(error.path)) return undefined;
    if (error.keyword === "pattern") return { messageId: "pattern", data: { value: String(error.value) } };
    if (error.keyword === "type" && typeof error.value === "number") {
      // Quoting is the whole fix only when the digits are a code's length; otherwise say what a code is.
      const value = String(error.value);
      return { messageId: /^\d{6}(\d{3}(?!000)(\d{3})?)?$/.test(value) ? "number" : "pattern", data: { value } };
    }
    return undefined;
  },
});
