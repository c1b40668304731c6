import { defineRule } from "../define-rule.js";
import { trustedLevel } from "../jurisdiction.js";

export default defineRule({
  id: "level-county-township-only",
  scope: "item",
  severity: "warning",
  description: {
    zh: "县级目录中的事项，公开层级不宜只有「乡级」",
    en: "An item of a county catalog should not have 乡级 as its only level",
  },
  messages: {
    townshipOnly: {
      zh: "{{item}}在县级目录「{{jurisdiction}}」中，「{{element}}」却只有「{{levels}}」，即县级不公开这一事项。如果县级也公开，请加上「县级」；如果只由乡镇（街道）公开，请确认各乡镇（街道）的目录列有这一事项，并从县级目录中移出",
      en: "{{item}} is in the county catalog of {{jurisdiction}}, but its “{{element}}” are only “{{levels}}”: the county does not disclose it. If the county does, add 县级; if only the townships do, make sure their catalogs list it and move it out of the county's",
    },
  },
  check(item, { catalog, report }) {
    if (trustedLevel(catalog.jurisdiction) !== "县级" || item.levels.length === 0) return;
    if (!item.levels.every((l) => l.canonical === "乡级")) return;
    report({ messageId: "townshipOnly", path: ["levels"], data: { jurisdiction: catalog.jurisdiction.name || catalog.jurisdiction.code, levels: item.levels.map((l) => l.raw).join("、") } });
  },
});
