import { defineRule } from "../define-rule.js";
import { citationLabel, citationPath, citedArticle, citesLaw, eachCitation, lawLabel, readCitation } from "../citations.js";

export default defineRule({
  id: "basis-article-range",
  scope: "item",
  severity: "error",
  description: {
    zh: "公开依据引用的条文号必须能读懂，且不超过该法规的条文总数",
    en: "Article numbers in a legal basis must be readable and within the law's number of articles",
  },
  messages: {
    beyond: {
      zh: "{{item}}引用的{{law}}共{{count}}条，没有{{article}}。请按原文核对条文号",
      en: "{{item}} cites {{article}} of {{law}}, which has only {{count}} articles. Check the article number against the original",
    },
    unreadable: {
      zh: "{{item}}的公开依据{{citation}}中的条文号「{{article}}」无法识别。请写作“第二十条”或“第20条”，款、项写作“第二十条第一款”“第二十条第（五）项”",
      en: "{{item}}: the article reference “{{article}}” in {{citation}} cannot be read. Write 第二十条 or 第20条; paragraphs and items as 第二十条第一款, 第二十条第（五）项",
    },
  },
  check: eachCitation<"beyond" | "unreadable">((citation, registries, report) => {
    const reading = readCitation(citation, registries);
    if (!citesLaw(reading)) return;
    const path = citationPath(citation, "articles");
    for (const article of citation.badArticles) {
      report({ messageId: "unreadable", path, data: { article, citation: citationLabel(citation, reading) } });
    }
    // Versions cited without a number may differ in length: only beyond the longest is certainly wrong.
    const counts = reading.laws.map((l) => l.articles);
    if (!counts.length) return;
    // Stryker disable next-line MethodExpression,ArrowFunction,ConditionalExpression: with an unknown count Math.max below is NaN and no article is beyond NaN; this says so plainly
    if (counts.some((c) => c === undefined)) return;
    const count = Math.max(...(counts as number[]));
    const law = reading.laws.length === 1 ? lawLabel(reading.laws[0]!) : citationLabel(citation, reading);
    for (const ref of citation.articles) {
      if (ref.article > count) report({ messageId: "beyond", path, data: { law, count, article: citedArticle(ref) } });
    }
  }),
});
