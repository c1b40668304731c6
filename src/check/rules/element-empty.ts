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
    entry: {
      zh: "{{item}}的「{{element}}」第{{n}}条为空，请填写内容或删除这一条",
      en: "{{item}}: entry {{n}} of “{{element}}” is empty; fill it in or remove it",
    },
    row: {
      zh: "{{item}}是空行：请填写这一事项的各项要素，或删除这一行",
      en: "{{item}} is an empty row: fill in the item's elements or remove the row",
    },
    catalog: {
      zh: "「{{element}}」为空。空白、null 和空列表都视同缺少，请填写实际内容",
      en: "“{{element}}” is empty. Blank text, null and empty lists count as missing: fill it in",
    },
    file: {
      zh: "文件是空的。目录文件应写明 jurisdiction:、domain: 和 items:，可复制同一文件夹中的其他目录作为起点",
      en: "The file is empty. A catalog states jurisdiction:, domain: and items:; another catalog in the folder makes a good start",
    },
  },
  claim(error) {
    if (error.path.length === 0) return error.value === undefined || error.value === null ? { messageId: "file" } : undefined;
    const blankKeyword = ["minLength", "pattern", "minItems", "type"].includes(error.keyword);
    if (!blankKeyword || !isBlank(error.value)) return undefined;
    if (error.path.length === 2 && error.path[0] === "items") return { messageId: "row" };
    if (!inItem(error.path)) return { messageId: "catalog" };
    // A blank entry in a list (content, channels) is not an empty element: say which entry.
    const last = error.path[error.path.length - 1];
    return typeof last === "number" && error.path.length === 4 ? { messageId: "entry", data: { n: last + 1 } } : { messageId: "item" };
  },
});
