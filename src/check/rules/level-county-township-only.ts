import { defineRule } from "../define-rule.js";
import { trustedLevel } from "../jurisdiction.js";
import { namedLevels } from "../../model/levels.js";

export default defineRule({
  id: "level-county-township-only",
  scope: "item",
  severity: "warning",
  description: {
    zh: "县级目录中的事项，公开层级不宜只有「乡级」「村级」",
    en: "An item of a county catalog should not have only 乡级 or 村级 as its levels",
  },
  messages: {
    townshipOnly: {
      zh: "{{item}}在县级目录「{{jurisdiction}}」中，「{{element}}」却只有「{{levels}}」，即县级不公开这一事项。如果县级也公开，请加上「县级」；如果只由乡镇（街道）或村（社区）公开，请确认它们的目录列有这一事项，并从县级目录中移出",
      en: "{{item}} is in the county catalog of {{jurisdiction}}, but its “{{element}}” are only “{{levels}}”: the county does not disclose it. If the county does, add 县级; if only the townships or villages do, make sure their catalogs list it and move it out of the county's",
    },
  },
  check(item, { catalog, report }) {
    if (trustedLevel(catalog.jurisdiction) !== "县级" || item.levels.length === 0) return;
    // Judge only levels that were all understood and all below the county.
    if (item.levels.some((l) => !l.canonical || l.higher) || namedLevels(item.levels).has("县级")) return;
    report({ messageId: "townshipOnly", path: ["levels"], data: { jurisdiction: catalog.jurisdiction.name || catalog.jurisdiction.code, levels: item.levels.map((l) => l.raw).join("、") } });
  },
});
