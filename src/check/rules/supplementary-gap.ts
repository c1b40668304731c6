import { defineRule } from "../define-rule.js";
import type { Obligation } from "../../model/registries.js";
import type { Item } from "../../model/types.js";
import { trustedLevel } from "../jurisdiction.js";
import { supplementedJurisdictions } from "../supplementary.js";

const numerals = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"];

/** 第二十条第（七）项 / 第二十一条: the provision as a catalog would cite it. */
const provision = ({ article, clause }: Obligation) => `第${article === 20 ? "二十" : "二十一"}条${clause ? `第（${numerals[clause]}）项` : ""}`;

export default defineRule({
  id: "supplementary-gap",
  scope: "corpus",
  severity: "info",
  description: {
    zh: "条例要求本级政府主动公开的信息，应当列入标准目录或政府信息主动公开补充目录（事项无遗漏）",
    en: "What the 条例 obliges this level of government to publish actively should be in its standard catalogs or its supplementary catalog",
  },
  messages: {
    uncovered: {
      zh: "《中华人民共和国政府信息公开条例》{{provision}}要求主动公开“{{text}}”方面的信息，但在本行政区划的标准目录和政府信息主动公开补充目录中都没有找到这方面的事项（按一级、二级、三级事项名称中的“{{keywords}}”等词和领域查找）。本工具按名称查找，不能确定：如果已用其他名称列入，或本机关不产生这类信息，可忽略本提示；否则请在补充目录中列入",
      en: "The 条例 ({{provision}}) obliges active publication of “{{text}}”, but neither this jurisdiction's standard catalogs nor its supplementary catalog seem to hold such an item (searched by names containing “{{keywords}}” and the like, and by domain). A search by name cannot be sure: if it is listed under another name, or this government produces no such information, ignore this; otherwise add it to the supplementary catalog",
    },
  },
  check(catalogs, { report, registries, partial, itemsOf }) {
    // Files named one by one (a pre-commit hook) may leave the standard catalogs out.
    if (partial) return;
    for (const { supplementary, standard } of supplementedJurisdictions(catalogs)) {
      const first = supplementary[0]!;
      const level = trustedLevel(first.jurisdiction);
      // Stryker disable next-line ConditionalExpression: every obligation is a county's or a township's, so another level matches none
      if (level !== "县级" && level !== "乡级") continue;
      const domains = new Set(standard.map((c) => registries.domainByName(c.domain)?.name ?? c.domain));
      const names = [...standard, ...supplementary].flatMap((c) => itemsOf(c)).map((i: Item) => [i.category, i.name, i.subitem ?? ""].join("\u0000"));
      for (const obligation of registries.obligations.obligations) {
        if (!obligation.levels.includes(level)) continue;
        if (obligation.domains?.some((d) => domains.has(d))) continue;
        if (names.some((n) => obligation.keywords.some((k) => n.includes(k)))) continue;
        report({
          catalog: first,
          messageId: "uncovered",
          path: ["items"],
          target: "key",
          data: { provision: provision(obligation), text: obligation.text, keywords: obligation.keywords.slice(0, 3).join("”“") },
        });
      }
    }
  },
});
