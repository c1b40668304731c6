import { defineRule } from "../define-rule.js";
import { articleText, citationLabel, citationPath, citedArticle, citesLaw, readCitation } from "../citations.js";

export default defineRule({
  id: "negative-list-basis-article",
  scope: "catalog",
  severity: "error",
  description: {
    zh: "不予公开事项清单引用的依据必须是允许不予公开的具体条款",
    en: "A non-disclosure list must cite the articles that allow withholding",
  },
  messages: {
    "not-withholding": {
      zh: "不予公开事项清单第{{entry}}条「{{name}}」引用的{{citation}}{{articles}}不是允许不予公开的条款（该文件中可以不予公开的是{{allowed}}）。请改为引用其中相应的条款",
      en: "Entry {{entry}} “{{name}}” of the non-disclosure list cites {{articles}} of {{citation}}, which does not allow withholding (its withholding articles are {{allowed}}). Cite the one that applies",
    },
    vague: {
      zh: "不予公开事项清单第{{entry}}条「{{name}}」引用的{{citation}}没有写明条款。请写明允许不予公开的具体条款，如 第十五条",
      en: "Entry {{entry}} “{{name}}” of the non-disclosure list cites {{citation}} without an article. Name the article that allows withholding, e.g. 第十五条",
    },
  },
  // Without an article the citation may still be right: a calibrated warning, not an error.
  messageSeverities: { vague: "warning" },
  check(catalog, { report, registries }) {
    for (const entry of catalog.negativeList ?? []) {
      for (const citation of entry.basis) {
        const reading = readCitation(citation, registries);
        if (reading.unfilled) continue;
        const data = { entry: entry.index + 1, name: entry.name, citation: citationLabel(citation, reading) };
        const path = ["entries", entry.index, ...citationPath(citation, "articles")];
        if (!citesLaw(reading) || !citation.articles.length) {
          if (!citation.badArticles.length) report({ messageId: "vague", path, data });
          continue;
        }
        // Versions cited without a number: an article is wrong only if no version allows withholding by it.
        const allowed = [...new Set(reading.laws.flatMap((l) => l.withholding_articles ?? []))].sort((a, b) => a - b);
        if (!allowed.length || reading.laws.some((l) => !l.withholding_articles)) continue;
        if (citation.articles.some((a) => allowed.includes(a.article))) continue;
        report({
          messageId: "not-withholding",
          path,
          data: { ...data, articles: citation.articles.map(citedArticle).join("、"), allowed: allowed.map((n) => articleText(n)).join("、") },
        });
      }
    }
  },
});
