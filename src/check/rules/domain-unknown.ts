import { defineRule } from "../define-rule.js";
import { closest } from "../similar.js";

export default defineRule({
  id: "domain-unknown",
  scope: "catalog",
  severity: "error",
  description: { zh: "领域必须是领域登记表中的名称", en: "The domain must be a name from the domain registry" },
  messages: {
    suggest: {
      zh: "领域「{{value}}」不在领域登记表中，应为「{{suggestion}}」吗？本地领域可在 catalog.config.yaml 的 domains 中增加",
      en: "The domain “{{value}}” is not in the registry; did you mean “{{suggestion}}”? Local domains can be added under domains in catalog.config.yaml",
    },
    unknown: {
      zh: "领域「{{value}}」不在领域登记表中，请按标准指引的领域名称填写，如 社会救助、义务教育。本地领域可在 catalog.config.yaml 的 domains 中增加",
      en: "The domain “{{value}}” is not in the registry: use a guideline's domain name, e.g. 社会救助, 义务教育. Local domains can be added under domains in catalog.config.yaml",
    },
  },
  check(catalog, { report, registries }) {
    const value = catalog.domain;
    if (!value || registries.domainByName(value)) return;
    const names = registries.domains.flatMap((d) => [d.name, ...(d.aliases ?? [])]);
    // Containment catches the common "…领域" / "…工作" suffixes that edit distance would miss; 综合 is
    // contained in too many names (综合行政执法) to be suggested that way.
    const contained = registries.domains.find((d) => !d.general && (value.includes(d.name) || d.name.includes(value)));
    const suggestion = contained?.name ?? closest(value, names);
    report(suggestion ? { messageId: "suggest", path: ["domain"], data: { value, suggestion } } : { messageId: "unknown", path: ["domain"], data: { value } });
  },
});
