import { defineRule } from "../define-rule.js";
import { trustedLevel } from "../jurisdiction.js";

export default defineRule({
  id: "level-higher",
  scope: "item",
  severity: "warning",
  description: {
    zh: "公开层级写到县级以上的层级（市级、州级等）时，说明它的含义",
    en: "A level above the county (市级, 州级 …) in an item's levels is explained",
  },
  messages: {
    higher: {
      zh: "{{item}}的「{{element}}」写了「{{value}}」，其中「{{higher}}」是县级以上的层级（设区的市、自治州、盟或省），由上级政府公开，不是{{own}}目录「{{jurisdiction}}」公开的层级。如果是照抄了指引的表头，请删去「{{higher}}」，写本级公开的层级（{{own}}）；如果「市级」指的就是本级政府（不设区的市，如东莞市、中山市），请写「县级」",
      en: "{{item}} writes “{{value}}” in “{{element}}”: “{{higher}}” is a level above the county (a city with districts, an autonomous prefecture, a league or a province), which the higher government discloses, not a level of the {{own}} catalog of {{jurisdiction}}. If it was copied from a guideline's header, remove “{{higher}}” and write this catalog's level ({{own}}); if 市级 means this government itself (a city without districts such as 东莞市 or 中山市), write 县级",
    },
  },
  check(item, { catalog, report }) {
    const own = trustedLevel(catalog.jurisdiction) ?? "县级";
    const jurisdiction = catalog.jurisdiction.name || catalog.jurisdiction.code;
    item.levels.forEach((term, i) => {
      if (!term.higher) return;
      report({ messageId: "higher", path: ["levels", i], data: { value: term.raw, higher: term.higher.join("、"), own, jurisdiction } });
    });
  },
});
