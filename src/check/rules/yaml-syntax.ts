import { defineRule } from "../define-rule.js";

// The common slips (load/parse.ts recognises them) get a message in the users' words; anything else
// is reported with the parser's own description.
export default defineRule({
  id: "yaml-syntax",
  scope: "load",
  severity: "error",
  description: { zh: "文件必须是语法正确的 YAML", en: "A catalog file must be valid YAML" },
  messages: {
    syntax: {
      zh: "YAML 语法错误（{{detail}}）。请检查这一行的缩进、冒号后的空格和引号是否成对；修正前无法检查本文件的其他内容",
      en: "YAML syntax error ({{detail}}). Check this line's indentation, the space after each colon and matching quotes; the rest of the file cannot be checked until it parses",
    },
    unclosed: {
      zh: "这里的「{{opener}}」没有对应的「{{closer}}」：方括号、花括号和引号都必须成对。修正前无法检查本文件的其他内容",
      en: "This “{{opener}}” has no matching “{{closer}}”: brackets, braces and quotes come in pairs. The rest of the file cannot be checked until it parses",
    },
    tab: {
      zh: "这一行用 Tab 键缩进，YAML 只能用空格缩进。请把行首的 Tab 换成空格；修正前无法检查本文件的其他内容",
      en: "This line is indented with a tab; YAML allows spaces only. Replace the leading tab with spaces; the rest of the file cannot be checked until it parses",
    },
    indent: {
      zh: "这一行的缩进与同一层级的其他行不一致：同一层级的键要左对齐，列表的各项以「- 」开头并对齐。修正前无法检查本文件的其他内容",
      en: "This line's indentation does not match its level: keys of one level line up, and list entries start with “- ” at the same column. The rest of the file cannot be checked until it parses",
    },
    colon: {
      zh: "这一行没有写成「键: 值」：冒号要用半角「:」并在后面空一格，如 name: 办事指南；值里本身有「: 」时，请给整个值加引号。修正前无法检查本文件的其他内容",
      en: "This line is not a “key: value” pair: use an ASCII colon followed by a space, e.g. name: 办事指南; quote the whole value when it contains “: ” itself. The rest of the file cannot be checked until it parses",
    },
  },
});
