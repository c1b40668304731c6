/**
 * The terminal format: the summary line first, then one block per catalog and per item with its id
 * and name. Inline changes are coloured on a terminal, and written `[-old-]{+new+}` (git's word-diff
 * markers, which survive copy and paste) without colour — never a marker line under CJK text.
 */
import { Chalk, type ChalkInstance } from "chalk";
import type { CatalogDiff, FieldChange, ItemDiff, Segment } from "../types.js";
import { catalogTitle, colon, refusalText, renumberingRemark, say, skippedText, summaryLine } from "../words.js";
import { label, type DiffFormatContext, type DiffFormatter } from "./context.js";

interface Paint {
  /** inline changes: colour, or word-diff markers. */
  removed(text: string): string;
  added(text: string): string;
  /** whole lines that already carry a sign (- or +): colour only. */
  removedLine(text: string): string;
  addedLine(text: string): string;
  heading(text: string): string;
  dim(text: string): string;
}

function paint(color: boolean): Paint {
  const none = (t: string) => t;
  if (!color) return { removed: (t) => `[-${t}-]`, added: (t) => `{+${t}+}`, removedLine: none, addedLine: none, heading: none, dim: none };
  const c: ChalkInstance = new Chalk({ level: 1 });
  return { removed: (t) => c.red.strikethrough(t), added: (t) => c.green.underline(t), removedLine: (t) => c.red(t), addedLine: (t) => c.green(t), heading: (t) => c.bold(t), dim: (t) => c.gray(t) };
}

export function inline(segments: readonly Segment[], p: Pick<Paint, "removed" | "added">): string {
  return segments.map(([op, text]) => (op === "-" ? p.removed(text) : op === "+" ? p.added(text) : text)).join("");
}

function fieldLines(change: FieldChange, context: DiffFormatContext, p: Paint, indent: string, prefix = ""): string[] {
  const name = prefix + label(context, change.field) + colon[context.lang];
  if (change.type === "text") return [`${indent}${name}${inline(change.segments, p)}`];
  return [`${indent}${name.trimEnd()}`, ...change.removed.map((e) => p.removedLine(`${indent}  - ${e}`)), ...change.added.map((e) => p.addedLine(`${indent}  + ${e}`))];
}

const sign = { added: "+", removed: "-", changed: "~" } as const;

function itemLines(item: ItemDiff, context: DiffFormatContext, p: Paint): string[] {
  const { lang } = context;
  const notes: string[] = [];
  if (item.renamed) notes.push(say("renamed", lang));
  const renumbering = renumberingRemark(item, lang);
  if (renumbering) notes.push(renumbering);
  const head = `  ${sign[item.status]} ${item.id} ${item.name}${notes.length ? p.dim(lang === "zh" ? `（${notes.join("；")}）` : ` (${notes.join("; ")})`) : ""}`;
  const paintHead = item.status === "added" ? p.addedLine : item.status === "removed" ? p.removedLine : (t: string) => t;
  return [
    paintHead(head),
    ...(item.reason ? [`      ${say("reason", lang, { reason: item.reason })}`] : []),
    ...(item.changes ?? []).flatMap((c) => fieldLines(c, context, p, "      ")),
  ];
}

function catalogLines(catalog: CatalogDiff, context: DiffFormatContext, p: Paint): string[] {
  const { lang } = context;
  const { heading, status } = catalogTitle(catalog, lang);
  const lines = [p.heading(`${heading}  ${status}`)];
  if (catalog.reason) lines.push(`  ${say("reason", lang, { reason: catalog.reason })}`);
  for (const change of catalog.changes) lines.push(...fieldLines(change, context, p, "  ", `${say("catalogInfo", lang)} · `));
  for (const item of catalog.items) lines.push(...itemLines(item, context, p));
  if (catalog.refused) lines.push(`  ! ${refusalText(catalog.refused, lang)}`);
  if (context.showOrder && catalog.moved?.length) {
    lines.push(`  ${say("moved", lang)}${colon[lang].trimEnd()}`);
    for (const m of catalog.moved) lines.push(`    ${say("movedItem", lang, { ...m })}`);
  }
  return lines;
}

export const text: DiffFormatter = (result, context) => {
  const p = paint(context.color);
  const blocks = [summaryLine(result, context.lang)];
  for (const catalog of result.catalogs) {
    const orderOnly = context.showOrder && catalog.moved?.length;
    if (catalog.status !== "unchanged" || orderOnly) blocks.push(catalogLines(catalog, context, p).join("\n"));
  }
  if (result.skipped.length) blocks.push([say("skippedHeading", context.lang), ...result.skipped.map((s) => `  ${skippedText(s, context.lang)}`)].join("\n"));
  return `${blocks.join("\n\n")}\n`;
};
