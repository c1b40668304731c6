import { defineRule } from "../define-rule.js";
import type { Registries } from "../../model/registries.js";
import type { Jurisdiction } from "../../model/types.js";

/** What a real organ's name looks like here: 苏州市吴中区××局, 木渎镇人民政府, 横泾街道办事处. */
function exampleOrgan({ name, level }: Jurisdiction): string {
  if (level.canonical !== "乡级") return `${name}××局`;
  return name.endsWith("街道") ? `${name}办事处` : `${name}人民政府`;
}

type Verdict = { messageId: "generic" | "genericPart" | "level"; phrase: string } | undefined;

/** Words that say which level or which of several, never where: 地方各级, 县级以上, 乡镇, 相关. */
const qualifiers = /^(?:地方各级|县级以上|各级|地方|本级|上级|同级|县级|乡镇级|乡级|镇级|街道级|市级|区级|乡镇|乡（镇）|乡\(镇\)|街道|所在地|属地|相关|有关|其他|其它|各)/;
/** A department type: 民政部门, 教育主管部门, 公安机关. */
const departmentType = /(?:部门|机关)$/;
/** A government named by its level alone: 乡镇人民政府, 街道办事处, 县级人民政府. */
const governmentType = /^(?:人民政府|政府|办事处|街道办事处|街道办)$/;
/** Department words that hold a place character without naming a place (城市管理, 城乡建设, 市场监管). */
const placeLikeWords = /城市|城乡|城镇|市场|市政|乡村|村镇|农村|社区|村民|居民|区域|县域/g;
/** A place's own name before its kind: 苏州市, 吴中区, 木渎镇, 沛县. */
const namedPlace = /[^各级县乡镇市区省村本上同地方\s](?:省|自治区|市|区|县|旗|州|盟|镇|乡|街道|村)/;

/** Subjects list organs with 、 and 及, and add others with 或: judge each part. */
function partsOf(value: string): string[] {
  // Stryker disable next-line MethodExpression: spaces are removed before the split, and an empty part is never generic
  return value.split(/以及|[、，,；;/／及或（）()]/).map((p) => p.trim()).filter(Boolean);
}

function withoutQualifiers(part: string): string {
  let rest = part;
  for (let m = qualifiers.exec(rest); m && m[0].length < rest.length; m = qualifiers.exec(rest)) rest = rest.slice(m[0].length);
  return rest;
}

/**
 * What a guideline writes for every county: a department type with no place name (民政部门), or an organ
 * named by its level or kind alone (乡镇人民政府, 镇级人民政府, 乡镇便民服务中心).
 */
function genericShape(part: string): boolean {
  const rest = withoutQualifiers(part);
  if (namedPlace.test(rest.replace(placeLikeWords, ""))) return false;
  // 街道办 whole: the qualifier 街道 would leave only 办.
  return governmentType.test(rest) || governmentType.test(part) || departmentType.test(rest) || (rest !== part && [...rest].length >= 2);
}

/** Subjects repeat across a jurisdiction's items: each text is judged once per registry. */
const verdicts = new WeakMap<Registries, Map<string, Verdict>>();

function judged(value: string, registries: Registries): Verdict {
  let known = verdicts.get(registries);
  // Stryker disable next-line ConditionalExpression: a cache; without it each subject is judged again, with the same verdict
  if (!known) verdicts.set(registries, (known = new Map()));
  // Stryker disable next-line ConditionalExpression: a cache; without it each subject is judged again, with the same verdict
  if (known.has(value)) return known.get(value);
  let verdict: Verdict;
  // Spaces are PDF line breaks (乡镇人民 政府), never part of a name.
  // Stryker disable next-line Regex: every space is removed, one at a time or in runs
  const parts = partsOf(value.replace(/[\s\u3000]+/g, ""));
  const phrases = registries.phrases.generic_subjects;
  // A guideline's wording (registered, or of the generic shape), else a level written as if it were an organ.
  const phrase = phrases.find((p) => p === value) ?? parts.find((p) => phrases.includes(p) || genericShape(p));
  if (phrase) verdict = { messageId: phrase === value ? "generic" : "genericPart", phrase };
  else {
    const level = registries.variants.levels.canonical.find((l) => parts.some((p) => p.includes(l) && !namedPlace.test(p.replace(placeLikeWords, ""))));
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
    // Stryker disable next-line ConditionalExpression: an empty subject has no part to judge (element-empty reports it)
    if (!value) return;
    const verdict = judged(value, registries);
    if (!verdict) return;
    const example = exampleOrgan(catalog.jurisdiction);
    report({ messageId: verdict.messageId, path: ["subject"], data: { value, phrase: verdict.phrase, example } });
  },
});
