import { defineRule } from "../define-rule.js";
import { standsIn, slipOfChannel } from "../channel.js";
import { closest } from "../similar.js";
import type { Term } from "../../model/types.js";

type Field = "channels" | "audience" | "method" | "levels";
const fields: readonly Field[] = ["channels", "audience", "method", "levels"];

export default defineRule({
  id: "vocabulary-unknown",
  scope: "catalog",
  severity: "error",
  description: {
    zh: "公开对象、公开方式、公开层级只能取规定的值，公开渠道不能是规定名称的笔误",
    en: "Audience, method and levels take only the defined values; a channel is not a slip of a listed name",
  },
  messages: {
    suggest: {
      zh: "{{where}}的「{{element}}」不能写「{{value}}」，应为「{{suggestion}}」吗？可选值：{{allowed}}",
      en: "{{where}}: “{{element}}” cannot be “{{value}}”; did you mean “{{suggestion}}”? Allowed: {{allowed}}",
    },
    unknown: {
      zh: "{{where}}的「{{element}}」不能写「{{value}}」。可选值：{{allowed}}",
      en: "{{where}}: “{{element}}” cannot be “{{value}}”. Allowed: {{allowed}}",
    },
  },
  check(catalog, { report, registries }) {
    const { variants, channels } = registries;
    const allowed: Record<Field, string[]> = {
      channels: [...channels.map((c) => c.name).filter((n) => n !== "其他"), "其他（或 其他：<说明>）"],
      audience: variants.audience.canonical,
      method: variants.method.canonical,
      levels: variants.levels.canonical,
    };
    const check = (term: Term, field: Field, path: (string | number)[], values = allowed[field]) => {
      // A channel that is not a slip of a listed one is a local channel: channel-unlisted's business.
      const suggestion = field === "channels" ? slipOfChannel(term.raw, registries) : closest(term.raw, values);
      if (field === "channels" && !suggestion && !standsIn(term.raw)) return;
      const data = { value: term.raw, allowed: values.join("、") };
      report(suggestion ? { messageId: "suggest", path, data: { ...data, suggestion } } : { messageId: "unknown", path, data });
    };
    const level = catalog.jurisdiction.level;
    // A catalog is a county's or a township's (village catalogs have no codes yet): 村级 is for items.
    // Stryker disable next-line StringLiteral: the field only tells channels apart, and the values allowed are passed here
    if (level.raw && !level.canonical) check(level, "levels", ["jurisdiction", "level"], variants.levels.canonical.filter((l) => l !== "村级"));
    for (const item of catalog.items) {
      for (const field of fields) {
        const terms = item[field] as Term[];
        // A level above the county (市级) is understood: level-higher says what it means.
        for (let i = 0; i < terms.length; i++) if (!terms[i]!.canonical && !terms[i]!.higher) check(terms[i]!, field, ["items", item.index, field, i]);
      }
    }
  },
});
