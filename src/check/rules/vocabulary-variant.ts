import { defineRule } from "../define-rule.js";
import type { Term } from "../../model/types.js";

type Field = "channels" | "audience" | "method" | "levels";
const fields: readonly Field[] = ["channels", "audience", "method", "levels"];

export default defineRule({
  id: "vocabulary-variant",
  scope: "catalog",
  severity: "warning",
  fixable: true,
  // Published catalogs spell channels and levels many local ways (公示栏, 一微一端; 乡、村级, 乡镇级): the meaning is
  // clear, so the canonical spelling is advice.
  messageSeverities: { channel: "info", level: "info" },
  description: {
    zh: "规范用语应使用标准指引的写法（如 特定群众 → 特定群体）",
    en: "Vocabulary must use the guidelines' canonical wording (e.g. 特定群众 → 特定群体)",
  },
  messages: {
    item: {
      zh: "{{item}}的「{{element}}」写作「{{value}}」，标准写法是「{{canonical}}」，请改为「{{canonical}}」（catalog fmt --fix 可自动修改）",
      en: "{{item}} writes “{{value}}” in “{{element}}”; the canonical form is “{{canonical}}” (catalog fmt --fix rewrites it)",
    },
    level: {
      zh: "{{item}}的「{{element}}」写作「{{value}}」，规范写法是「{{canonical}}」，可改为「{{canonical}}」（catalog fmt --fix 可自动修改）",
      en: "{{item}} writes “{{value}}” in “{{element}}”; the canonical form is “{{canonical}}” (catalog fmt --fix rewrites it)",
    },
    channel: {
      zh: "{{item}}的「{{element}}」写作「{{value}}」，标准指引的写法是「{{canonical}}」，可改为「{{canonical}}」（catalog fmt --fix 可自动修改）",
      en: "{{item}} writes “{{value}}” in “{{element}}”; the guidelines' name is “{{canonical}}” (catalog fmt --fix rewrites it)",
    },
    catalog: {
      zh: "{{where}}的「{{element}}」写作「{{value}}」，标准写法是「{{canonical}}」，请改为「{{canonical}}」",
      en: "{{where}}: “{{element}}” is written “{{value}}”; the canonical form is “{{canonical}}”",
    },
  },
  check(catalog, { report, registries }) {
    const level = catalog.jurisdiction.level;
    if (level.variant && level.canonical) {
      report({ messageId: "catalog", path: ["jurisdiction", "level"], data: { value: level.raw, canonical: level.canonical } });
    }
    // A domain's names (the pilot list's and the later guidelines') are all correct; only other spellings, or
    // a name other than the one the project prefers, are variants.
    const preferred = registries.preferredDomainName(catalog.domain);
    if (preferred && preferred !== catalog.domain) {
      report({ messageId: "catalog", path: ["domain"], data: { value: catalog.domain, canonical: preferred } });
    }
    for (const item of catalog.items) {
      for (const field of fields) {
        (item[field] as Term[]).forEach((term, i) => {
          // A level above the county is level-higher's: rewriting 市、县级 to 县级 would drop what it says.
          if (!term.variant || !term.canonical || term.higher) return;
          // Stryker disable next-line LogicalOperator: a term has `other` only with its text (model/normalise.ts), never empty
          const canonical = "other" in term && term.other ? `其他：${term.other as string}` : [term.canonical, ...(term.also ?? [])].join("、");
          // `several`: the canonical text is several values (乡、村级 → 乡级, 村级), which catalog fmt writes as list entries.
          const messageId = field === "channels" ? "channel" : field === "levels" ? "level" : "item";
          report({ messageId, path: ["items", item.index, field, i], data: { value: term.raw, canonical, ...(term.also ? { several: 1 } : {}) } });
        });
      }
    }
  },
});
