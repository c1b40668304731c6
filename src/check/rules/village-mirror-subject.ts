import { defineRule } from "../define-rule.js";
import { isVillageBody, mirroredItems, sameOrgan } from "../village.js";

export default defineRule({
  id: "village-mirror-subject",
  scope: "corpus",
  severity: "warning",
  description: {
    zh: "村（居）务公开目录中重复乡镇（街道）事项、公开主体写政府机关的，应与乡镇目录的公开主体一致",
    en: "A village item that mirrors a township item and names a government organ as its subject names the township item's",
  },
  messages: {
    differs: {
      zh: "{{item}}对应乡镇事项「{{target}}」（{{mirrors}}，{{file}}），「{{element}}」写的是「{{subject}}」，乡镇目录写的是「{{township}}」。公开主体是政府机关时应与乡镇目录一致；由村（社区）自己公开的，请写本村（社区）的村（居）民委员会",
      en: "{{item}} mirrors the township item “{{target}}” ({{mirrors}}, {{file}}); its “{{element}}” is “{{subject}}”, the township's is “{{township}}”. A government subject must be the township's; if the village publishes it itself, name its village or residents' committee",
    },
  },
  check(catalogs, context) {
    const { report } = context;
    for (const { catalog, item, mirror } of mirroredItems(catalogs, context)) {
      if (mirror.kind !== "found" || !item.subject || !mirror.target.subject) continue;
      // A village body publishing the item on its own board is what village lists are for.
      if (isVillageBody(item.subject) || sameOrgan(item.subject, mirror.target.subject)) continue;
      const data = { subject: item.subject, township: mirror.target.subject, target: mirror.target.name, mirrors: mirror.target.id, file: mirror.catalog.file };
      report({ catalog, item, messageId: "differs", path: ["items", item.index, "subject"], data });
    }
  },
});
