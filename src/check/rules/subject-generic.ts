import { defineRule } from "../define-rule.js";
import type { Registries } from "../../model/registries.js";
import type { Jurisdiction } from "../../model/types.js";

/** What a real organ's name looks like here: 苏州市吴中区××局, 木渎镇人民政府, 横泾街道办事处. */
function exampleOrgan({ name, level }: Jurisdiction): string {
  if (level.canonical !== "乡级") return `${name}××局`;
  return name.endsWith("街道") ? `${name}办事处` : `${name}人民政府`;
}

type Verdict = { messageId: "generic" | "genericPart" | "level"; phrase: string } | undefined;

/** Subjects repeat across a jurisdiction's items: each text is judged once per registry. */
const verdicts = new WeakMap<Registries, Map<string, Verdict>>();

function judged(value: string, registries: Registries): Verdict {
  let known = verdicts.get(registries);
  if (!known) verdicts.set(registries, (known = new Map()));
  if (known.has(value)) return known.get(value);
  let verdict: Verdict;
  // The longest generic phrase the subject contains, else a level written as if it were an organ.
  let phrase: string | undefined;
  for (const p of registries.phrases.generic_subjects) if (value.includes(p) && (!phrase || p.length > phrase.length)) phrase = p;
  if (phrase) verdict = { messageId: phrase === value ? "generic" : "genericPart", phrase };
  else {
    const level = registries.variants.levels.canonical.find((l) => value.includes(l));
    if (level) verdict = { messageId: "level", phrase: level };
  }
  known.set(value, verdict);
  return verdict;
}

export default defineRule({
  id: "subject-generic",
  scope: "item",
  severity: "warning",
  description: {
    zh: "公开主体应写实际负责公开的机关全称，不要照抄标准指引中的泛称（如 地方各级财政部门、相关部门）",
    en: "The responsible organ must be named in full, not with a guideline's generic wording (地方各级财政部门, 相关部门 …)",
  },
  messages: {
    generic: {
      zh: "{{item}}的「{{element}}」写作「{{value}}」，这是照抄标准指引的泛称，不是具体机关，群众无从知道向谁查询。请写出实际负责公开的机关全称，如「{{example}}」",
      en: "{{item}} gives “{{value}}” as its “{{element}}”: the guidelines' generic wording, not an organ, so nobody knows whom to ask. Name the organ that discloses it in full, e.g. “{{example}}”",
    },
    genericPart: {
      zh: "{{item}}的「{{element}}」写作「{{value}}」，其中「{{phrase}}」是照抄标准指引的泛称，不是具体机关，群众无从知道向谁查询。请写出实际负责公开的各个机关的全称，如「{{example}}」",
      en: "{{item}} gives “{{value}}” as its “{{element}}”: “{{phrase}}” is the guidelines' generic wording, not an organ, so nobody knows whom to ask. Name each organ that discloses it in full, e.g. “{{example}}”",
    },
    level: {
      zh: "{{item}}的「{{element}}」写作「{{value}}」，其中「{{phrase}}」是公开层级，不是机关名称，是照抄标准指引的写法。请写出实际负责公开的机关全称，如「{{example}}」",
      en: "{{item}} gives “{{value}}” as its “{{element}}”: “{{phrase}}” is a level copied from the guidelines, not part of an organ's name. Name the organ that discloses it in full, e.g. “{{example}}”",
    },
  },
  check(item, { catalog, report, registries }) {
    const value = item.subject;
    if (!value) return;
    const verdict = judged(value, registries);
    if (!verdict) return;
    const example = exampleOrgan(catalog.jurisdiction);
    report({ messageId: verdict.messageId, path: ["subject"], data: { value, phrase: verdict.phrase, example } });
  },
});
