/**
 * Markdown for a CI job summary ($GITHUB_STEP_SUMMARY) or a review comment: the summary line, then per
 * catalog one table with a row per item, inline changes as <del>/<ins> (GitHub and GitLab render them).
 */
import type { CatalogDiff, FieldChange, ItemDiff, Segment } from "../types.js";
import { catalogTitle, refusalText, renumberingRemark, say, sideNames, skippedText, summaryLine } from "../words.js";
import { label, type DiffFormatContext, type DiffFormatter } from "./context.js";

/** Text inside a table cell: HTML and Markdown specials neutralised, pipes escaped. */
export function escapeCell(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\`*_[\]|~#])/g, "\\$1")
    .replace(/\r?\n/g, "<br>");
}

const marked = (segments: readonly Segment[]) =>
  segments.map(([op, text]) => (op === "-" ? `<del>${escapeCell(text)}</del>` : op === "+" ? `<ins>${escapeCell(text)}</ins>` : escapeCell(text))).join("");

function change(c: FieldChange, context: DiffFormatContext): string {
  const name = `**${escapeCell(label(context, c.field))}**${context.lang === "zh" ? "：" : ": "}`;
  if (c.type === "text") return name + marked(c.segments);
  return name + [...c.removed.map((e) => `<del>${escapeCell(e)}</del>`), ...c.added.map((e) => `<ins>${escapeCell(e)}</ins>`)].join(context.lang === "zh" ? "；" : "; ");
}

function remarks(item: ItemDiff, context: DiffFormatContext): string[] {
  const { lang } = context;
  const out: string[] = [];
  if (item.renamed) out.push(say("renamed", lang));
  const renumbering = renumberingRemark(item, lang);
  if (renumbering) out.push(renumbering);
  if (item.reason) out.push(say("reason", lang, { reason: item.reason }));
  return out.map(escapeCell);
}

function catalogBlock(catalog: CatalogDiff, context: DiffFormatContext): string {
  const { lang } = context;
  const { heading, status } = catalogTitle(catalog, lang);
  const out = [`#### ${escapeCell(heading)} — ${escapeCell(status)}`, ""];
  if (catalog.reason) out.push(escapeCell(say("reason", lang, { reason: catalog.reason })), "");
  if (catalog.changes.length) out.push(...catalog.changes.map((c) => `- ${escapeCell(say("catalogInfo", lang))} · ${change(c, context)}`), "");
  if (catalog.refused) out.push(`> ⚠️ ${escapeCell(refusalText(catalog.refused, lang))}`, "");
  if (catalog.items.length) {
    const columns = ["", label(context, "id"), say("columnName", lang), say("columnField", lang)];
    out.push(`| ${columns.map(escapeCell).join(" | ")} |`, `|${columns.map(() => "---").join("|")}|`);
    for (const item of catalog.items) {
      const details = [...remarks(item, context), ...(item.changes ?? []).map((c) => change(c, context))];
      out.push(`| ${[say(`status.${item.status}`, lang), item.id, item.name].map(escapeCell).join(" | ")} | ${details.join("<br>")} |`);
    }
    out.push("");
  }
  if (context.showOrder && catalog.moved?.length) {
    out.push(`<details><summary>${escapeCell(say("moved", lang))} (${catalog.moved.length})</summary>`, "");
    out.push(...catalog.moved.map((m) => `- ${escapeCell(say("movedItem", lang, { ...m }))}`), "", "</details>", "");
  }
  return out.join("\n");
}

export const markdown: DiffFormatter = (result, context) => {
  const { lang } = context;
  // A pull-request comment is published too: the versions by their revisions, never by path.
  const versions = sideNames(result, context);
  const out = [`### ${escapeCell(say("markdownTitle", lang, versions))}`, "", escapeCell(summaryLine(result, lang, versions)), ""];
  for (const catalog of result.catalogs) {
    if (catalog.status !== "unchanged" || (context.showOrder && catalog.moved?.length)) out.push(catalogBlock(catalog, context));
  }
  if (result.skipped.length) out.push(`**${escapeCell(say("skippedHeading", lang))}**`, "", ...result.skipped.map((s) => `- ${escapeCell(skippedText(s, lang))}`), "");
  return `${out.join("\n").trimEnd()}\n`;
};
