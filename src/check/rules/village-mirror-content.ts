import { defineRule } from "../define-rule.js";
import { contentNotMirrored, mirroredItems } from "../village.js";

export default defineRule({
  id: "village-mirror-content",
  scope: "corpus",
  severity: "warning",
  description: {
    zh: "村（居）务公开目录中重复乡镇（街道）事项的，公开内容应与乡镇目录对应一致（可以只公开其中一部分）",
    en: "A village item that mirrors a township item discloses the same content (or part of it)",
  },
  messages: {
    differs: {
      zh: "{{item}}对应乡镇事项「{{target}}」（{{mirrors}}，{{file}}），但「{{element}}」中的「{{text}}」在乡镇事项的公开内容中没有。相同事项的公开内容应对应一致：请按乡镇目录改写（可以只列其中一部分）；如果这是另一事项，请改正 mirrors",
      en: "{{item}} mirrors the township item “{{target}}” ({{mirrors}}, {{file}}), but its “{{element}}” entry “{{text}}” is not in the township item's content. The same matter discloses the same content: follow the township's wording (a part of it is fine); if this is another matter, correct mirrors",
    },
  },
  check(catalogs, context) {
    const { report } = context;
    for (const { catalog, item, mirror } of mirroredItems(catalogs, context)) {
      if (mirror.kind !== "found") continue;
      for (const { index, text } of contentNotMirrored(item.content, mirror.target.content)) {
        // `content` written as one string has no entry 0: the locator then points at the string.
        report({ catalog, item, messageId: "differs", path: ["items", item.index, "content", index], data: { text, target: mirror.target.name, mirrors: mirror.target.id, file: mirror.catalog.file } });
      }
    }
  },
});
