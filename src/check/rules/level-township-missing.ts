import { defineRule } from "../define-rule.js";
import { trustedLevel } from "../jurisdiction.js";
import { namedLevels } from "../../model/levels.js";

export default defineRule({
  id: "level-township-missing",
  scope: "item",
  severity: "warning",
  description: { zh: "乡级目录中每个事项的公开层级都应包括「乡级」", en: "In a township catalog every item's levels must include 乡级" },
  messages: {
    missing: {
      zh: "{{item}}在乡级目录「{{jurisdiction}}」中，「{{element}}」却只有「{{levels}}」。乡级目录列的是本乡镇（街道）公开的事项：请在公开层级中加上「乡级」；只由县级公开的事项请移到县级目录",
      en: "{{item}} is in the township catalog of {{jurisdiction}}, but its “{{element}}” are only “{{levels}}”. A township catalog lists what the township discloses: add 乡级 to the levels, or move an item only the county discloses to the county's catalog",
    },
  },
  check(item, { catalog, report }) {
    if (trustedLevel(catalog.jurisdiction) !== "乡级" || item.levels.length === 0) return;
    // Unknown values are vocabulary-unknown's; judge only levels that were all understood. An item only
    // villages disclose (村级) is the township's to list: it guides and publishes for its villages.
    const named = namedLevels(item.levels);
    if (item.levels.some((l) => !l.canonical) || named.has("乡级") || named.has("村级")) return;
    report({ messageId: "missing", path: ["levels"], data: { jurisdiction: catalog.jurisdiction.name || catalog.jurisdiction.code, levels: item.levels.map((l) => l.raw).join("、") } });
  },
});
