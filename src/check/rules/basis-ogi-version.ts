import { defineRule } from "../define-rule.js";
import { articleText, citationLabel, citationPath, citedArticle, citesLaw, eachCitation, lawLabel, readCitation } from "../citations.js";

/**
 * Laws whose versions number their articles differently (the registry gives the old version an
 * article_map) must be cited with their version. In the shipped registry that is the 政府信息公开条例:
 * 国务院令第492号 (2007) and 第711号 (2019).
 */
export default defineRule({
  id: "basis-ogi-version",
  scope: "item",
  severity: "warning",
  description: {
    zh: "引用《政府信息公开条例》等条文号改动过的法规，应注明版本（文号），条文号应按现行版本",
    en: "Laws renumbered by a revision, such as the 政府信息公开条例, must be cited with their version (document number) and current article numbers",
  },
  messages: {
    unversioned: {
      zh: "{{item}}引用的{{law}}条文未注明版本。该法规新旧版本的条文号不同，请注明文号，写作{{current}}",
      en: "{{item}} cites an article of {{law}} without its version; its versions number their articles differently. Add the document number: {{current}}",
    },
    unknownVersion: {
      zh: "{{item}}引用的{{law}}所附文号{{docNo}}不是该法规任何版本的文号。现行版本为{{current}}，请按原文核对",
      en: "{{item}} cites {{law}} with {{docNo}}, which is the number of none of its versions. The version in force is {{current}}; check against the original",
    },
    oldArticle: {
      zh: "{{item}}引用的{{law}}{{article}}是旧版的条文号，现行版{{current}}对应{{newArticle}}，请改为{{current}}{{newArticle}}",
      en: "{{item}} cites {{law}} {{article}}, an article number of the old version; in {{current}} it is {{newArticle}}. Cite {{current}}{{newArticle}}",
    },
    ambiguousArticle: {
      zh: "{{item}}引用的{{law}}{{article}}未注明版本。{{article}}若是旧版（{{oldDocNo}}）的条文号，现行版对应{{newArticle}}。请核对所指条文，并注明现行版文号（{{currentDocNo}}）",
      en: "{{item}} cites {{law}} {{article}} without its version. If {{article}} is numbered as in the old version ({{oldDocNo}}), it is {{newArticle}} in the version in force. Check which article is meant and add the current number ({{currentDocNo}})",
    },
  },
  check: eachCitation<"unversioned" | "unknownVersion" | "oldArticle" | "ambiguousArticle">((citation, registries, report) => {
    const reading = readCitation(citation, registries);
    const group = reading.laws[0]?.versions_of;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: a placeholder resolves to no law, and a law of no group has no versions, so each returns below as well
    if (!citesLaw(reading) || !group) return;
    if (reading.laws.some((l) => l.versions_of !== group)) return;
    const versions = registries.lawVersions(group);
    const current = versions.find((l) => l.status === "现行有效");
    const renumbered = versions.filter((l) => l !== current && l.article_map && l.doc_no);
    if (!current?.doc_no || !renumbered.length) return;
    // One law: the document number (or a title only one version has) names the version.
    const cited = reading.laws.length === 1 ? reading.laws[0] : undefined;
    const law = cited ? lawLabel(cited) : citationLabel(citation, reading);
    const common = { law, current: lawLabel(current) };
    let renumberedArticles = 0;
    for (const version of cited ? renumbered.filter((v) => v === cited) : renumbered) {
      for (const ref of citation.articles) {
        const now = version.article_map![String(ref.article)];
        if (now === undefined) continue;
        // Stryker disable next-line UpdateOperator: only whether it is zero matters below
        renumberedArticles++;
        const data = { ...common, article: citedArticle(ref), newArticle: articleText(now, ref), oldDocNo: version.doc_no, currentDocNo: current.doc_no };
        report({ messageId: cited ? "oldArticle" : "ambiguousArticle", path: citationPath(citation, "articles"), data });
      }
    }
    if (cited || renumberedArticles) return;
    // A title alone names the law in force without ambiguity: only an article number depends on the version.
    if (citation.docNo) report({ messageId: "unknownVersion", path: citationPath(citation, "doc_no"), data: { ...common, docNo: citation.docNo } });
    else if (citation.articles.length) report({ messageId: "unversioned", path: citationPath(citation, "doc_no"), data: common });
  }),
});
