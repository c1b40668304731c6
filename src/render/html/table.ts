/**
 * The catalog table as accessible HTML (research/outputs.md §2.2): caption, the official two-row
 * header, one <tbody> per 一级事项, and every data cell tied by `headers` to its column heading(s),
 * its 一级事项 and its 二级事项, so a screen reader announces where a cell sits in the irregular header.
 * The fragment variant (for pasting into a CMS) relies on no stylesheet: no visually hidden text.
 */
import { interpolate } from "../../i18n.js";
import { labels } from "../labels.js";
import { checklistLines, headerCells, leafColumns, markText, type CatalogTable, type ColumnKey, type Row, tickKeys, type TickKey } from "../table.js";
import { fragment as join, h, type Html } from "./markup.js";

export interface HtmlTableOptions {
  /** plain markup for a CMS: no classes needing our CSS, no screen-reader-only text. */
  fragment: boolean;
}

const headerId = (key: string) => `h-${key}`;

/** The column heading ids a leaf column's cells name: its group heading first, then its own. */
function columnHeaders(withNote: boolean): Map<ColumnKey, string> {
  const ids = new Map<ColumnKey, string>();
  for (const cell of headerCells(withNote)) {
    if (!cell.children) ids.set(cell.key as ColumnKey, headerId(cell.key));
    else for (const child of cell.children) ids.set(child.key, `${headerId(cell.key)} ${headerId(child.key)}`);
  }
  return ids;
}

function head(withNote: boolean): Html {
  const cells = headerCells(withNote);
  const first = cells.map((cell) =>
    cell.children
      ? h("th", { id: headerId(cell.key), colspan: cell.children.length }, cell.label)
      : h("th", { id: headerId(cell.key), rowspan: 2 }, cell.label),
  );
  const second = cells.flatMap((cell) => (cell.children ?? []).map((child) => h("th", { id: headerId(child.key), headers: headerId(cell.key) }, child.label)));
  return h("thead", {}, h("tr", {}, first), h("tr", {}, second));
}

/** Column groups let the stylesheet size the text columns and the narrow tick pairs (in column order). */
function colgroups(withNote: boolean): Html {
  const textColumns = leafColumns(false).filter((c) => !tickKeys.includes(c.key as TickKey));
  return join(
    h("colgroup", {}, textColumns.map((c) => h("col", { class: `col-${c.key}` }))),
    [0, 1, 2].map(() => h("colgroup", { class: "col-ticks", span: 2 })),
    withNote ? h("colgroup", {}, h("col", { class: "col-note" })) : null,
  );
}

function lines(texts: readonly string[]): Html {
  return join(texts.map((text, i) => [i ? h("br") : null, text]));
}

function channelCell(row: Row, options: HtmlTableOptions): Html {
  const marks = row.channels;
  const checklist = marks.some((m) => !m.on);
  if (!checklist) return lines(row.usedChannels);
  if (options.fragment) return lines(checklistLines(marks));
  // Screen readers get the used channels in one sentence instead of thirteen ■/□ symbols.
  return join(
    h("span", { class: "sr" }, labels.channelsUsed, row.usedChannels.join("、")),
    h("span", { class: "checklist", "aria-hidden": "true" }, marks.map((m) => h("span", { class: m.on ? "on" : "off" }, markText(m)))),
  );
}

function tick(on: boolean, options: HtmlTableOptions): Html | string {
  if (!on) return "";
  return options.fragment ? labels.tick : join(h("span", { "aria-hidden": "true" }, labels.tick), h("span", { class: "sr" }, labels.yes));
}

/** rowspan only where it spans: print CSS tells group-opening rows by it. */
const span = (rows: number) => (rows > 1 ? rows : undefined);

export function tableHtml(table: CatalogTable, options: HtmlTableOptions): Html {
  const ids = columnHeaders(table.withNote);
  let nameCount = 0;
  const bodies = table.groups.map((group, g) => {
    const categoryId = `c${g + 1}`;
    const rows: Html[] = [];
    group.names.forEach((nameGroup) => {
      const nameId = `n${++nameCount}`;
      nameGroup.rows.forEach((row, r) => {
        const at = (key: ColumnKey) => `${ids.get(key)} ${categoryId} ${nameId}`;
        const text = (key: ColumnKey, content: Html | string) => h("td", { headers: at(key), ...(options.fragment ? {} : { class: `col-${key}` }) }, content);
        const ticks = tickKeys.map((key) =>
          h("td", { headers: at(key), ...(options.fragment ? {} : { class: "tick" }) }, tick(row.ticks[key], options)),
        );
        rows.push(
          h(
            "tr",
            { "data-name": nameId },
            text("seq", String(row.seq)),
            rows.length === 0 ? h("th", { id: categoryId, headers: ids.get("category"), rowspan: span(group.rowCount), class: options.fragment ? undefined : "category" }, group.category) : null,
            r === 0 ? h("th", { id: nameId, headers: `${ids.get("name")} ${categoryId}`, rowspan: span(nameGroup.rows.length) }, nameGroup.name) : null,
            text("content", lines(row.content)),
            text("basis", lines(row.basis)),
            text("timeLimit", row.timeLimit),
            text("subject", row.subject),
            text("channels", channelCell(row, options)),
            ticks,
            table.withNote ? text("note", row.note) : null,
          ),
        );
      });
    });
    return h("tbody", {}, rows);
  });
  const caption = interpolate(labels.caption, { title: table.title, items: table.rowCount });
  return h("table", { id: "catalog", class: options.fragment ? undefined : "catalog" }, h("caption", { id: "catalog-caption" }, caption), options.fragment ? null : colgroups(table.withNote), head(table.withNote), bodies);
}
