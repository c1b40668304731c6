import { defineRule } from "../define-rule.js";
import { isVillageBody } from "../village.js";

export default defineRule({
  id: "village-self-governance",
  scope: "catalog",
  severity: "error",
  description: {
    zh: "自治事项没有对应的乡镇（街道）事项，不写 mirrors，公开主体是村（居）民委员会等村（社区）组织；mirrors 和 self_governance 只用于村（居）务公开目录",
    en: "A self-governance item has no township counterpart: no `mirrors`, and a village body as its subject; `mirrors` and `self_governance` belong to village lists only",
  },
  messages: {
    mirrors: {
      zh: "{{item}}写了 self_governance: true（自治事项），又写了 mirrors: {{mirrors}}（对应乡镇事项）。自治事项是村（居）民委员会依法自治的事项，没有对应的政府事项：如果它重复乡镇目录的事项，请删去 self_governance；如果是自治事项，请删去 mirrors",
      en: "{{item}} is a self-governance matter (self_governance: true) yet mirrors the township item {{mirrors}}. A self-governance matter has no government counterpart: if it repeats a township item, remove self_governance; if it is the village's own, remove mirrors",
    },
    subject: {
      zh: "{{item}}是自治事项，「{{element}}」却是「{{subject}}」，不是村（社区）的组织。自治事项由村（居）民委员会公开：请写本村（社区）的村（居）民委员会（或村务监督委员会等）；如果这是政府的事项，请删去 self_governance，并用 mirrors 写明对应的乡镇事项",
      en: "{{item}} is a self-governance matter, but its “{{element}}” is “{{subject}}”, not a village body. The village or residents' committee publishes its own matters: name it; if this is the government's matter, remove self_governance and give the township item in mirrors",
    },
    outside: {
      zh: "{{item}}写了「{{key}}」，这只用于村（居）务公开目录（kind: village-list），在本文件中没有意义。请删去，或在文件开头写 kind: village-list",
      en: "{{item}} has “{{key}}”, which only a village list (kind: village-list) uses; here it means nothing. Remove it, or mark the file kind: village-list",
    },
  },
  messageSeverities: { subject: "warning", outside: "warning" },
  check(catalog, { report }) {
    for (const item of catalog.items) {
      const at = (key: string) => ["items", item.index, key];
      if (!catalog.village) {
        if (item.mirrors) report({ messageId: "outside", path: at("mirrors"), target: "key", data: { key: "mirrors" } });
        if (item.selfGovernance) report({ messageId: "outside", path: at("self_governance"), target: "key", data: { key: "self_governance" } });
        continue;
      }
      if (!item.selfGovernance) continue;
      if (item.mirrors) report({ messageId: "mirrors", path: at("mirrors"), data: { mirrors: item.mirrors } });
      if (item.subject && !isVillageBody(item.subject)) report({ messageId: "subject", path: at("subject"), data: { subject: item.subject } });
    }
  },
});
