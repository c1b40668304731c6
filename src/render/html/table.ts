/**
 * The catalog table as accessible HTML: caption, the official two-row
 * header, one <tbody> per 一级事项, and every data cell tied by `headers` to its column heading(s),
 * its 一级事项 and its 二级事项, so a screen reader announces where a cell sits in the irregular header.
 * The fragment variant (for pasting into a CMS) relies on no stylesheet: no visually hidden text.
 */
import { interpolate } from "../../i18n.js";
import { labels } from "../labels.js";
import { checklistLines, headerCells, markText, type CatalogTable, type ColumnKey, type Row, type TableShape, tickKeys, type TickKey } from "../table.js";
import { fragment as join, h, type Html } from "./markup.js";

export interface HtmlTableOptions {
  /** plain markup for a CMS: no classes needing our CSS, no screen-reader-only text. */
  fragment: boolean;
}

const headerId = (key: string) => `h-${key}`;

/** The column heading ids a leaf column's cells name: its group heading first, then its own. */
function columnHeaders(shape: TableShape): Map<ColumnKey, string> {
  const ids = new Map<ColumnKey, string>();
  for (const cell of headerCells(shape)) {
    if (!cell.children) ids.set(cell.key as ColumnKey, headerId(cell.key));
    else for (const child of cell.children) ids.set(child.key, `${headerId(cell.key)} ${headerId(child.key)}`);
  }
  return ids;
}

/**
 * A short heading in a narrow column breaks between its words, never inside one (特定群体 → 特定|群体, not
 * 特定群|体): the stylesheet keeps CJK runs whole (word-break: keep-all), and <wbr> marks where a 3- or
 * 4-character heading may break (依|申请, 公开|主体). Longer headings sit in wide columns.
 */
export function headingWords(label: string): Html | string {
  if (!/^[\u4e00-\u9fff]{3,4}$/u.test(label)) return label;
  const cut = label.length - 2;
  return join(label.slice(0, cut), h("wbr"), label.slice(cut));
}

function head(shape: TableShape): Html {
  const cells = headerCells(shape);
  const first = cells.map((cell) =>
    cell.children
      ? h("th", { id: headerId(cell.key), colspan: cell.children.length }, headingWords(cell.label))
      : h("th", { id: headerId(cell.key), rowspan: 2 }, headingWords(cell.label)),
  );
  const second = cells.flatMap((cell) => (cell.children ?? []).map((child) => h("th", { id: headerId(child.key), headers: headerId(cell.key) }, headingWords(child.label))));
  return h("thead", {}, h("tr", {}, first), h("tr", {}, second));
}

/**
 * Column groups let the stylesheet size the text columns and the narrow tick columns (in column order):
 * runs of text columns share a group, each heading's ticks make one.
 */
function colgroups(shape: TableShape): Html {
  const groups: Html[] = [];
  let text: ColumnKey[] = [];
  const flush = () => {
    if (text.length) groups.push(h("colgroup", {}, text.map((key) => h("col", { class: `col-${key}` }))));
    text = [];
  };
  for (const cell of headerCells(shape)) {
    const leaves = cell.children?.map((c) => c.key) ?? [cell.key as ColumnKey];
    const ticks = leaves.filter((key) => tickKeys.includes(key as TickKey));
    if (ticks.length) {
      flush();
      groups.push(h("colgroup", { class: "col-ticks", span: ticks.length }));
    }
    text.push(...leaves.filter((key) => !tickKeys.includes(key as TickKey)));
  }
  flush();
  return join(groups);
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

/**
 * The 一级事项 cell. A merged cell that runs onto the next printed page is blank there, leaving rows whose
 * category nobody can tell; so on our pages every row has its category cell: the first row's is the
 * heading (a th), the others repeat the label for print (shown muted there) and are drawn as one
 * merged cell on screen (label and inner borders hidden, and hidden from screen readers, which have
 * the heading). The filter moves the heading to the first row still shown. A fragment (CMS, no
 * stylesheet) keeps the plain merged cell.
 */
function categoryCell(first: boolean, group: { category: string; rowCount: number }, id: string, headers: string, options: HtmlTableOptions): Html | null {
  if (options.fragment) return first ? h("th", { id, headers, rowspan: span(group.rowCount) }, group.category) : null;
  if (first) return h("th", { id, headers, class: "category" }, group.category);
  return h("td", { headers: `${headers} ${id}`, class: "category", "aria-hidden": "true" }, group.category);
}

export function tableHtml(table: CatalogTable, options: HtmlTableOptions): Html {
  const ids = columnHeaders(table);
  let nameCount = 0;
  const bodies = table.groups.map((group, g) => {
    const categoryId = `c${g + 1}`;
    const rows: Html[] = [];
    group.names.forEach((nameGroup) => {
      const nameId = `n${++nameCount}`;
      nameGroup.rows.forEach((row, r) => {
        const at = (key: ColumnKey) => `${ids.get(key)} ${categoryId} ${nameId}`;
        const text = (key: ColumnKey, content: Html | string) => h("td", { headers: at(key), ...(options.fragment ? {} : { class: `col-${key}` }) }, content);
        const tickCell = (key: TickKey) => h("td", { headers: at(key), ...(options.fragment ? {} : { class: "tick" }) }, tick(row.ticks[key], options));
        const ticks = (keys: readonly TickKey[]) => keys.filter((key) => key !== "village" || table.withVillage).map(tickCell);
        rows.push(
          h(
            "tr",
            { "data-name": nameId },
            text("seq", String(row.seq)),
            categoryCell(rows.length === 0, group, categoryId, ids.get("category")!, options),
            r === 0 ? h("th", { id: nameId, headers: `${ids.get("name")} ${categoryId}`, rowspan: span(nameGroup.rows.length) }, nameGroup.name) : null,
            table.withSubitem ? text("subitem", row.subitem) : null,
            text("content", lines(row.content)),
            text("basis", lines(row.basis)),
            text("timeLimit", row.timeLimit),
            text("subject", row.subject),
            text("channels", channelCell(row, options)),
            ticks(["all", "specific"]),
            table.withAudienceDetail ? text("audienceDetail", row.audienceDetail) : null,
            ticks(["active", "onRequest", "county", "township", "village"]),
            table.withDisclosure ? text("disclosure", row.disclosure) : null,
            table.withNote ? text("note", row.note) : null,
          ),
        );
      });
    });
    return h("tbody", {}, rows);
  });
  const caption = interpolate(labels.caption, { title: table.title, items: table.rowCount });
  return h("table", { id: "catalog", class: options.fragment ? undefined : "catalog" }, h("caption", { id: "catalog-caption" }, caption), options.fragment ? null : colgroups(table), head(table), bodies);
}
