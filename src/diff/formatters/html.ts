/**
 * The change notice (调整说明) as one self-contained, printable HTML page: inline CSS, no script,
 * semantic <ins>/<del> that also print in greyscale (underline, strike-through), A4 landscape pages
 * with repeating table headers.
 */
import { escapeXml as escape } from "../../report/formatters/junit.js";
import { notice, type Cell, type ChangedItem, type NoticeSection, type Table } from "../notice.js";
import type { DiffFormatter } from "./context.js";

const style = `
:root { color: #1a1a1a; background: #fff; }
body { font-family: "FangSong", "仿宋", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif; font-size: 14px; line-height: 1.6; margin: 2rem auto; max-width: 80rem; padding: 0 1rem; }
h1 { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-size: 1.6rem; text-align: center; margin: 0 0 1.5rem; }
h2 { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-size: 1.2rem; margin: 2rem 0 0.5rem; border-bottom: 1px solid #555; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0 0 1rem; }
dl.facts div { display: contents; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
p.meta { margin: 0.25rem 0; color: #333; }
p.refused { border-left: 4px solid #8a4b00; padding-left: 0.5rem; color: #5c3200; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1.25rem; font-size: 13px; }
caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
th, td { border: 1px solid #555; padding: 0.25rem 0.4rem; vertical-align: top; text-align: left; }
th { background: #eee; }
td p { margin: 0; }
td.id { white-space: nowrap; }
ins { text-decoration: underline; background: #ddf4dd; color: #0b4f0b; }
del { text-decoration: line-through; background: #fbe3e1; color: #8c1010; }
footer { margin-top: 2rem; font-size: 12px; color: #444; border-top: 1px solid #999; padding-top: 0.5rem; }
@page { size: A4 landscape; margin: 15mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 11pt; }
  thead { display: table-header-group; }
  tr, td, th { break-inside: avoid; }
  h2 { break-after: avoid; }
  ins, del { background: none; color: inherit; }
}
`;

function cell(content: Cell): string {
  return content
    .filter((paragraph) => paragraph.some((run) => run.text))
    .map((paragraph) => `<p>${paragraph.map((run) => (run.mark ? `<${run.mark}>${escape(run.text)}</${run.mark}>` : escape(run.text))).join("")}</p>`)
    .join("");
}

function head(columns: readonly string[]): string {
  return `<thead><tr>${columns.map((c) => `<th scope="col">${escape(c)}</th>`).join("")}</tr></thead>`;
}

function simpleTable(table: Table<Cell[]>): string {
  // The first column is always the item id, which must not wrap (SJ-01-|01).
  const rows = table.rows.map((row) => `<tr>${row.map((c, i) => `<td${i === 0 ? ' class="id"' : ""}>${cell(c)}</td>`).join("")}</tr>`).join("\n");
  return `<table><caption>${escape(table.caption)}</caption>${head(table.columns)}<tbody>\n${rows}\n</tbody></table>`;
}

function changedTable(table: Table<ChangedItem>): string {
  const rows = table.rows.flatMap((item) =>
    item.fields.map((field, i) => {
      const span = item.fields.length > 1 ? ` rowspan="${item.fields.length}"` : "";
      const lead = i === 0 ? `<td class="id"${span}>${escape(item.id)}</td><td${span}>${escape(item.name)}</td>` : "";
      const reason = i === 0 ? `<td${span}>${escape(item.reason)}</td>` : "";
      return `<tr>${lead}<td>${escape(field.field)}</td><td>${cell(field.before)}</td><td>${cell(field.after)}</td>${reason}</tr>`;
    }),
  );
  return `<table><caption>${escape(table.caption)}</caption>${head(table.columns)}<tbody>\n${rows.join("\n")}\n</tbody></table>`;
}

function section(s: NoticeSection): string {
  return [
    `<section>`,
    `<h2>${escape(s.heading)}</h2>`,
    `<p class="meta">${escape(s.meta)}</p>`,
    ...(s.counts ? [`<p class="meta">${escape(s.counts)}</p>`] : []),
    ...(s.reason ? [`<p class="meta">${escape(s.reason)}</p>`] : []),
    ...(s.refused ? [`<p class="refused">${escape(s.refused)}</p>`] : []),
    ...(s.added ? [simpleTable(s.added)] : []),
    ...(s.removed ? [simpleTable(s.removed)] : []),
    ...(s.changed ? [changedTable(s.changed)] : []),
    `</section>`,
  ].join("\n");
}

export const html: DiffFormatter = (result, context) => {
  const n = notice(result, context);
  const lang = n.lang === "zh" ? "zh-CN" : "en";
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="catalog ${escape(context.version)}">
<title>${escape(n.title)}</title>
<style>${style}</style>
</head>
<body>
<main>
<h1>${escape(n.title)}</h1>
<dl class="facts">
${n.facts.map((f) => `<div><dt>${escape(f.label)}</dt><dd>${escape(f.value)}</dd></div>`).join("\n")}
</dl>
${n.statistics.map((s) => `<p>${escape(s)}</p>`).join("\n")}
${n.sections.map(section).join("\n")}
</main>
<footer><p>${escape(n.footer)}</p></footer>
</body>
</html>
`;
};
