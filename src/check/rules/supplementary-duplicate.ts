import { defineRule } from "../define-rule.js";
import { titleKey } from "../../model/registries.js";
import type { CatalogHeader, Item, TimeLimit } from "../../model/types.js";
import { foldName, nearName } from "../similar.js";
import { supplementedJurisdictions } from "../supplementary.js";

/** An item's 公开事项 as compared: 一级事项, and its most specific name (三级事项, else 二级事项). */
interface Matter {
  catalog: CatalogHeader;
  item: Item;
  category: string;
  label: string;
}

const matterOf = (catalog: CatalogHeader, item: Item): Matter => ({ catalog, item, category: foldName(item.category), label: foldName(item.subitem ?? item.name) });

/**
 * A name matched across 一级事项 must say what it is on its own: long enough (政策文件, 办事指南 and
 * 审核结果 are not), and under one 一级事项 only in the jurisdiction's standard catalogs.
 */
const specificLength = 6;

/** The time limit's standard: its durations and standing or periodic form; the folded text when it has none. */
function timeStandard(limit: TimeLimit): string {
  const durations = limit.parts.flatMap((p) => (p.duration ? [`${p.duration.amount}${p.duration.unit}`] : [])).sort();
  if (limit.vague || !(durations.length || limit.standing || limit.periodic)) return foldName(limit.raw);
  // Stryker disable next-line StringLiteral: the same stand-in for "none" on both sides of the comparison, whatever it is
  return JSON.stringify([durations, limit.standing ?? "", limit.periodic ?? ""]);
}

/** Where the two items publish differently (公开标准统一): element, this item's text, the other's. */
function differences(item: Item, other: Item): string {
  const out: string[] = [];
  if (item.timeLimit.raw && other.timeLimit.raw && timeStandard(item.timeLimit) !== timeStandard(other.timeLimit)) {
    out.push(`公开时限「${item.timeLimit.raw}」/「${other.timeLimit.raw}」`);
  }
  const methods = (i: Item) => [...new Set(i.method.map((m) => m.canonical ?? m.raw))].sort().join("、");
  if (item.method.length && other.method.length && methods(item) !== methods(other)) out.push(`公开方式「${methods(item)}」/「${methods(other)}」`);
  // Bases often differ in how much they cite; only two that share no document disagree.
  const titles = (i: Item) => new Set(i.basis.flatMap((c) => (c.title ? [titleKey(c.title)] : [])));
  const [mine, theirs] = [titles(item), titles(other)];
  if (mine.size && theirs.size && ![...mine].some((t) => theirs.has(t))) out.push("公开依据（没有共同引用的文件）");
  return out.join("；");
}

export default defineRule({
  id: "supplementary-duplicate",
  scope: "corpus",
  severity: "error",
  description: {
    zh: "政府信息主动公开补充目录不得重复列入本行政区划标准目录已有的事项（梳理不重复、公开标准统一）",
    en: "A supplementary catalog (政府信息主动公开补充目录) must not repeat an item of its jurisdiction's standard catalogs",
  },
  messages: {
    duplicate: {
      zh: "补充目录中的「{{matter}}」与标准目录 {{file}} 第{{line}}行的事项「{{other}}」（{{otherId}}）相同，同一事项列了两次（补充目录只列标准目录未列入的信息）。请从补充目录中删除本项",
      en: "“{{matter}}” in the supplementary catalog is the item “{{other}}” ({{otherId}}) of the standard catalog {{file}}, line {{line}}: the same matter is listed twice (a supplementary catalog lists only what the standard catalogs do not). Remove it from the supplementary catalog",
    },
    "duplicate-differs": {
      zh: "补充目录中的「{{matter}}」与标准目录 {{file}} 第{{line}}行的事项「{{other}}」（{{otherId}}）相同，同一事项列了两次，而且两处的公开标准不一致：{{differences}}（补充目录/标准目录）。请从补充目录中删除本项，并确认标准目录的写法",
      en: "“{{matter}}” in the supplementary catalog is the item “{{other}}” ({{otherId}}) of the standard catalog {{file}}, line {{line}}, and the two publish it differently: {{differences}} (supplementary/standard). Remove it from the supplementary catalog and confirm what the standard catalog says",
    },
    similar: {
      zh: "补充目录中的「{{matter}}」与标准目录 {{file}} 第{{line}}行的事项「{{other}}」（{{otherId}}）名称相近，可能是同一事项列了两次。本工具按名称比较，不能确定：如果是同一事项，请从补充目录中删除本项；如果不是，可改用能区分二者的名称",
      en: "“{{matter}}” in the supplementary catalog has a name close to the item “{{other}}” ({{otherId}}) of the standard catalog {{file}}, line {{line}}: perhaps the same matter listed twice. The names alone cannot tell: if it is the same matter, remove it from the supplementary catalog; if not, a name that tells them apart helps",
    },
    "similar-differs": {
      zh: "补充目录中的「{{matter}}」与标准目录 {{file}} 第{{line}}行的事项「{{other}}」（{{otherId}}）名称相近，可能是同一事项，而两处的公开标准不一致：{{differences}}（补充目录/标准目录）。本工具按名称比较，不能确定：如果是同一事项，请删除补充目录中的本项并统一公开标准",
      en: "“{{matter}}” in the supplementary catalog has a name close to the item “{{other}}” ({{otherId}}) of the standard catalog {{file}}, line {{line}}, and the two differ: {{differences}} (supplementary/standard). The names alone cannot tell: if it is the same matter, remove it from the supplementary catalog and publish it to one standard",
    },
  },
  // A match by name alone may be two matters: a warning, not an error.
  messageSeverities: { similar: "warning", "similar-differs": "warning" },
  check(catalogs, { report, itemsOf, lineOf }) {
    for (const { supplementary, standard } of supplementedJurisdictions(catalogs)) {
      const matters = standard.flatMap((catalog) => itemsOf(catalog).map((item) => matterOf(catalog, item)));
      const byCategory = new Map<string, Matter[]>();
      const byLabel = new Map<string, Matter[]>();
      for (const m of matters) {
        byCategory.set(m.category, [...(byCategory.get(m.category) ?? []), m]);
        byLabel.set(m.label, [...(byLabel.get(m.label) ?? []), m]);
      }
      for (const catalog of supplementary) {
        for (const item of itemsOf(catalog)) {
          const mine = matterOf(catalog, item);
          if (!mine.label) continue;
          const sameCategory = byCategory.get(mine.category) ?? [];
          const exact = sameCategory.find((m) => m.label === mine.label && foldName(m.item.name) === foldName(item.name));
          const labelled = byLabel.get(mine.label) ?? [];
          const specific = [...mine.label].length >= specificLength && new Set(labelled.map((m) => m.category)).size === 1;
          const similar = exact ? undefined : (sameCategory.find((m) => nearName(m.label, mine.label)) ?? (specific ? labelled[0] : undefined));
          const match = exact ?? similar;
          if (!match) continue;
          const found = differences(item, match.item);
          const kind = exact ? "duplicate" : "similar";
          report({
            catalog,
            messageId: found ? `${kind}-differs` : kind,
            path: ["items", item.index, item.subitem ? "subitem" : "name"],
            data: {
              matter: [item.category, item.name, item.subitem].filter(Boolean).join(" › "),
              other: [match.item.category, match.item.name, match.item.subitem].filter(Boolean).join(" › "),
              otherId: match.item.id || "—",
              file: match.catalog.file,
              line: lineOf(match.catalog, ["items", match.item.index]),
              ...(found ? { differences: found } : {}),
            },
          });
        }
      }
    }
  },
});
