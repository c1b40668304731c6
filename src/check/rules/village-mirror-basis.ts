import { defineRule } from "../define-rule.js";
import { citationLabel, citationPath } from "../citations.js";
import { basisNotMirrored, mirroredItems } from "../village.js";

export default defineRule({
  id: "village-mirror-basis",
  scope: "corpus",
  severity: "warning",
  description: {
    zh: "村（居）务公开目录中重复乡镇（街道）事项的，公开依据应与乡镇目录对应一致",
    en: "A village item that mirrors a township item cites the same basis",
  },
  messages: {
    differs: {
      zh: "{{item}}对应乡镇事项「{{target}}」（{{mirrors}}，{{file}}），但公开依据{{citation}}{{detail}}不在乡镇事项的公开依据中（乡镇写的是：{{township}}）。相同事项的公开依据应对应一致：请按乡镇目录改写；如果乡镇目录漏写了这一依据，请乡镇目录补上",
      en: "{{item}} mirrors the township item “{{target}}” ({{mirrors}}, {{file}}), but its basis {{citation}}{{detail}} is not among the township item's (which cites: {{township}}). The same matter cites the same basis: follow the township catalog, or have the township add the basis it left out",
    },
  },
  check(catalogs, context) {
    const { report, registries } = context;
    for (const { catalog, item, mirror } of mirroredItems(catalogs, context)) {
      if (mirror.kind !== "found" || !mirror.target.basis.length) continue;
      const township = mirror.target.basis.map((c) => c.raw).join("；");
      for (const citation of basisNotMirrored(item.basis, mirror.target.basis, registries)) {
        const detail = citation.articles.length ? citation.articles.map((a) => a.raw).join("、") : "";
        const data = { citation: citationLabel(citation), detail, township, target: mirror.target.name, mirrors: mirror.target.id, file: mirror.catalog.file };
        report({ catalog, item, messageId: "differs", path: ["items", item.index, ...citationPath(citation)], data });
      }
    }
  },
});
