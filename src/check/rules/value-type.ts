import { defineRule } from "../define-rule.js";
import { inItem } from "../paths.js";

export default defineRule({
  id: "value-type",
  scope: "schema",
  severity: "error",
  priority: 70,
  description: { zh: "要素的值必须是规定的类型（文字、列表或映射）", en: "Element values must have the required type (text, list or mapping)" },
  messages: {
    item: {
      zh: "{{item}}的「{{element}}」应为{{expected}}，这里是{{actual}}",
      en: "{{item}}: “{{element}}” must be {{expected}}, not {{actual}}",
    },
    entry: {
      zh: "{{item}}的「{{element}}」第{{n}}条应为{{expected}}，这里是{{actual}}",
      en: "{{item}}: entry {{n}} of “{{element}}” must be {{expected}}, not {{actual}}",
    },
    catalog: {
      zh: "「{{element}}」应为{{expected}}，这里是{{actual}}",
      en: "“{{element}}” must be {{expected}}, not {{actual}}",
    },
    root: {
      zh: "文件内容应为一个目录（以 jurisdiction:、domain:、items: 等键开头的映射），这里是{{actual}}",
      en: "The file must hold one catalog (a mapping with jurisdiction:, domain:, items: …), not {{actual}}",
    },
  },
  claim(error) {
    if (error.keyword !== "type") return undefined;
    const expected = ([] as unknown[]).concat(error.params.type).map(String).join("|");
    const data = { expected: `{{type:${expected}}}`, actual: `{{type:${kindOf(error.value)}}}` };
    if (error.path.length === 0) return { messageId: "root", data };
    if (!inItem(error.path)) return { messageId: "catalog", data };
    const last = error.path[error.path.length - 1];
    return typeof last === "number" && error.path.length === 4 ? { messageId: "entry", data: { ...data, n: last + 1 } } : { messageId: "item", data };
  },
});

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}
