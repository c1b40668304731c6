import { defineRule } from "../define-rule.js";
import { mirroredItems } from "../village.js";

export default defineRule({
  id: "village-mirror-unknown",
  scope: "corpus",
  severity: "error",
  description: {
    zh: "村（居）务公开目录中 mirrors 写的编码，须是所属乡镇（街道）同一领域目录中的事项",
    en: "A village item's `mirrors` must name an item of its township's catalog of the same domain",
  },
  messages: {
    unknown: {
      zh: "{{item}}的 mirrors 写的是「{{mirrors}}」，但所属乡镇（街道）的目录（{{files}}）中没有编码为「{{mirrors}}」的事项。请改为乡镇目录中对应事项的编码；如果乡镇目录没有这一事项，请删去 mirrors（村自己的自治事项写 self_governance: true）",
      en: "{{item}} mirrors “{{mirrors}}”, but its township's catalogs ({{files}}) have no item with that id. Use the id of the township item it repeats; if the township lists no such item, remove mirrors (a village's own matter is self_governance: true)",
    },
    ambiguous: {
      zh: "{{item}}的 mirrors 写的是「{{mirrors}}」，所属乡镇（街道）有几个领域的目录都有这一编码（{{files}}），无法确定对应哪一项。请把本目录的领域（domain）改为对应事项所在的领域，或按领域分成几个村（居）务公开目录",
      en: "{{item}} mirrors “{{mirrors}}”, an id found in several of its township's catalogs ({{files}}): which one is meant cannot be told. Give this list the domain of the mirrored item, or split it by domain",
    },
    "no-township": {
      zh: "无法核对：{{item}}的 mirrors 写的是「{{mirrors}}」，但检查的文件中没有所属乡镇（街道）（代码 {{township}}）该领域的目录。请一并检查乡镇目录所在的文件夹",
      en: "Cannot check: {{item}} mirrors “{{mirrors}}”, but no catalog of its township (code {{township}}) in this domain is among the files checked. Check the township's folder too",
    },
  },
  // The township's catalogs may live in a folder not checked this time: say so, never call it wrong.
  messageSeverities: { "no-township": "info" },
  check(catalogs, context) {
    const { report, partial } = context;
    for (const { catalog, item, mirror } of mirroredItems(catalogs, context)) {
      if (mirror.kind === "found") continue;
      // Files named one by one (a pre-commit hook) may leave the township out: keep silent then.
      if (mirror.kind === "no-township" && partial) continue;
      const data = { mirrors: item.mirrors, township: catalog.jurisdiction.code.slice(0, 9), files: mirror.kind === "no-township" ? undefined : mirror.files.join("、") };
      report({ catalog, item, messageId: mirror.kind, path: ["items", item.index, "mirrors"], data });
    }
  },
});
