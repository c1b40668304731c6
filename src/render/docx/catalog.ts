/**
 * A catalog as a Word attachment (附件) in the GB/T 9704 style: A4 landscape, 附件 label, title, and
 * one table whose two header rows repeat on every page and whose rows never split.
 *
 * Categories across page breaks: a vertically merged 一级事项 cell that runs onto the next page is blank
 * there (Word and LibreOffice alike), leaving rows whose category nobody can tell. Repeating the label
 * on every row avoids that but loses the grouping that makes the official table readable. So rows are
 * laid out on estimated pages first (exact line heights make row heights predictable, see official.ts),
 * and a merge never crosses an estimated page break: each page shows the 一级事项 (and 二级事项) of its
 * rows, once per page. The rows of a merge are kept together (keep-with-next), so if the estimate is
 * off the whole block moves to the next page rather than leaving its label behind; the worst case is a
 * label shown twice on a page or a little white space, never a row without its category.
 */
import { Table, TableLayoutType, TableRow, WidthType, type ISectionOptions } from "docx";
import { interpolate } from "../../i18n.js";
import { labels } from "../labels.js";
import { checklistLines, headerCells, leafColumns, tickKeys, type CatalogTable, type ColumnKey, type HeaderCell, type Row, type TickKey } from "../table.js";
import {
  attachmentLabel,
  cellLineHeight,
  cellLines,
  cellMargin,
  columnWidths,
  documentTitle,
  officialDocument,
  officialFonts,
  officialSection,
  packDocx,
  size,
  textCell,
  twips,
  typeAreaHeight,
  typeAreaWidth,
  type OfficialFonts,
} from "./official.js";

/** Tick columns are 8 mm: two characters of 小五 side by side. */
const tickWidth = 8;

/** Relative widths of the text columns (mm at 225 mm without 备注); they share what the tick columns leave. */
function textWeight(key: ColumnKey, checklist: boolean): number {
  const weight: Partial<Record<ColumnKey, number>> = { seq: 7, category: 16, name: 17, subitem: 15, content: 34, basis: 34, timeLimit: 17, subject: 14, channels: checklist ? 42 : 26, audienceDetail: 14, disclosure: 12, note: 22 };
  return weight[key] ?? 0;
}

/** Column widths in twips, adding up to the 版心 width exactly. */
function widthsOf(keys: readonly ColumnKey[], checklist: boolean): number[] {
  const total = twips(typeAreaWidth.landscape);
  const tick = twips(tickWidth);
  const textKeys = keys.filter((k) => !tickKeys.includes(k as TickKey));
  const textWidths = columnWidths(total - tick * (keys.length - textKeys.length), textKeys.map((k) => textWeight(k, checklist)));
  return keys.map((k) => (tickKeys.includes(k as TickKey) ? tick : textWidths[textKeys.indexOf(k)]!));
}

/** 小五 throughout the table, 六号 for the checklist: with 五号 only two rows fit a page. */
const textSize = size.小五;
const checklistSize = size.六号;

/** What the 附件 label and the title take above the table on a section's first page (twips, with room to spare). */
const titleBlockHeight = 2000;

export interface DocxCatalogOptions {
  fonts?: OfficialFonts;
  /** "附件" or "附件1" … */
  attachment?: string;
  /** restart page numbers at 1 (each section of a combined document continues by default). */
  restartNumbering?: boolean;
}

interface Layout {
  keys: ColumnKey[];
  widths: number[];
  checklist: boolean;
  widthOf(key: ColumnKey): number;
}

function layoutOf(table: CatalogTable): Layout {
  const keys = leafColumns(table).map((l) => l.key);
  const checklist = table.groups.some((g) => g.names.some((n) => n.rows.some((r) => r.channels.some((m) => !m.on))));
  const widths = widthsOf(keys, checklist);
  return { keys, widths, checklist, widthOf: (key) => widths[keys.indexOf(key)]! };
}

const channelLines = (row: Row): string[] => (row.channels.some((m) => !m.on) ? checklistLines(row.channels) : row.usedChannels);

/** Estimated height of a cell's text (twips). */
function textHeight(lines: readonly string[], width: number, fontSize: number): number {
  const count = (lines.length ? lines : [""]).reduce((n, line) => n + cellLines(line, width, fontSize), 0);
  return count * cellLineHeight(fontSize) + 2 * cellMargin;
}

function rowHeight(row: Row, table: CatalogTable, layout: Layout): number {
  const w = layout.widthOf;
  return Math.max(
    textHeight([row.category], w("category"), textSize),
    textHeight([row.name], w("name"), textSize),
    textHeight(row.content, w("content"), textSize),
    textHeight(row.basis, w("basis"), textSize),
    textHeight([row.timeLimit], w("timeLimit"), textSize),
    textHeight([row.subject], w("subject"), textSize),
    textHeight(channelLines(row), w("channels"), layout.checklist ? checklistSize : textSize),
    table.withNote ? textHeight([row.note], w("note"), textSize) : 0,
    table.withDisclosure ? textHeight([row.disclosure], w("disclosure"), textSize) : 0,
    table.withSubitem ? textHeight([row.subitem], w("subitem"), textSize) : 0,
    table.withAudienceDetail ? textHeight([row.audienceDetail], w("audienceDetail"), textSize) : 0,
  );
}

/** A header cell's lines: the channel heading also says what ■ and □ mean, as the guidelines' tables do. */
const headerLines = (cell: HeaderCell, layout: Layout): string[] => (cell.key === "channels" && layout.checklist ? [cell.label, labels.channelKey] : [cell.label]);

function headerHeight(table: CatalogTable, layout: Layout): number {
  const cells = headerCells(table);
  const spanning = Math.max(...cells.filter((c) => !c.children).map((c) => textHeight(headerLines(c, layout), layout.widthOf(c.key as ColumnKey), textSize)));
  const grouped = Math.max(
    ...cells
      .filter((c) => c.children)
      .map((c) => textHeight([c.label], c.children!.reduce((n, x) => n + layout.widthOf(x.key), 0), textSize) + Math.max(...c.children!.map((x) => textHeight([x.label], layout.widthOf(x.key), textSize)))),
  );
  return Math.max(spanning, grouped);
}

/** Rows in display order with the estimated page each falls on (0-based). */
function paginate(table: CatalogTable, layout: Layout): Map<Row, number> {
  const capacity = twips(typeAreaHeight.landscape) - headerHeight(table, layout);
  const pages = new Map<Row, number>();
  let page = 0;
  let used = titleBlockHeight;
  for (const group of table.groups) {
    for (const nameGroup of group.names) {
      for (const row of nameGroup.rows) {
        const height = rowHeight(row, table, layout);
        if (used > 0 && used + height > capacity) {
          page++;
          used = 0;
        }
        used += height;
        pages.set(row, page);
      }
    }
  }
  return pages;
}

/** Splits rows into runs that share a value and an estimated page. */
function runs<T>(rows: readonly Row[], pages: ReadonlyMap<Row, number>, key: (row: Row) => T): Row[][] {
  const result: Row[][] = [];
  for (const row of rows) {
    const last = result[result.length - 1];
    if (last && key(last[0]!) === key(row) && pages.get(last[0]!) === pages.get(row)) last.push(row);
    else result.push([row]);
  }
  return result;
}

function catalogSection(table: CatalogTable, options: DocxCatalogOptions): ISectionOptions {
  const fonts = options.fonts ?? officialFonts();
  const layout = layoutOf(table);
  const { widthOf } = layout;
  const head = { fontName: fonts.heading, fontSize: textSize, align: "center" as const };
  const text = { fontName: fonts.body, fontSize: textSize };
  const cells = headerCells(table);
  const tickCells = (row: Row, keys: readonly TickKey[]) =>
    keys.filter((key) => key !== "village" || table.withVillage).map((key) => textCell([row.ticks[key] ? labels.tick : ""], { ...text, width: widthOf(key), align: "center" }));

  const headerRow1 = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: cells.map((cell) =>
      cell.children
        ? textCell([cell.label], { ...head, width: cell.children.reduce((n, c) => n + widthOf(c.key), 0), columnSpan: cell.children.length })
        : textCell(headerLines(cell, layout), { ...head, width: widthOf(cell.key as ColumnKey), rowSpan: 2 }),
    ),
  });
  const headerRow2 = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: cells.flatMap((cell) => (cell.children ?? []).map((child) => textCell([child.label], { ...head, width: widthOf(child.key) }))),
  });

  const pages = paginate(table, layout);
  const bodyRows: TableRow[] = [];
  for (const group of table.groups) {
    const rows = group.names.flatMap((n) => n.rows);
    // A 二级事项 run is a block of consecutive rows with the same name (and page) within the category.
    const nameOf = new Map(group.names.flatMap((n, i) => n.rows.map((r) => [r, i] as const)));
    for (const block of runs(rows, pages, () => group.category)) {
      for (const nameRun of runs(block, pages, (r) => nameOf.get(r))) {
        nameRun.forEach((row, r) => {
          const first = row === block[0];
          const children = [
            textCell([String(row.seq)], { ...text, width: widthOf("seq"), align: "center" }),
            ...(first ? [textCell([group.category], { ...text, width: widthOf("category"), align: "center", rowSpan: block.length })] : []),
            ...(r === 0 ? [textCell([row.name], { ...text, width: widthOf("name"), rowSpan: nameRun.length })] : []),
            ...(table.withSubitem ? [textCell([row.subitem], { ...text, width: widthOf("subitem") })] : []),
            textCell(row.content, { ...text, width: widthOf("content") }),
            textCell(row.basis, { ...text, width: widthOf("basis") }),
            textCell([row.timeLimit], { ...text, width: widthOf("timeLimit") }),
            textCell([row.subject], { ...text, width: widthOf("subject") }),
            textCell(channelLines(row), { ...text, fontSize: layout.checklist ? checklistSize : textSize, width: widthOf("channels") }),
            ...tickCells(row, ["all", "specific"]),
            ...(table.withAudienceDetail ? [textCell([row.audienceDetail], { ...text, width: widthOf("audienceDetail") })] : []),
            ...tickCells(row, ["active", "onRequest", "county", "township", "village"]),
            ...(table.withDisclosure ? [textCell([row.disclosure], { ...text, width: widthOf("disclosure") })] : []),
            ...(table.withNote ? [textCell([row.note], { ...text, width: widthOf("note") })] : []),
          ];
          const last = row === block[block.length - 1];
          bodyRows.push(new TableRow({ cantSplit: true, ...(last ? {} : { keepNext: true }), children }));
        });
      }
    }
  }

  return officialSection({
    orientation: "landscape",
    fonts,
    ...(options.restartNumbering ? { restartNumbering: true } : {}),
    children: [
      attachmentLabel(options.attachment ?? labels.attachment, fonts),
      documentTitle(table.title, fonts),
      new Table({
        layout: TableLayoutType.FIXED,
        width: { size: layout.widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
        columnWidths: layout.widths,
        rows: [headerRow1, headerRow2, ...bodyRows],
      }),
    ],
  });
}

export interface DocxMeta {
  /** the issuing organ: the catalog's compiler, else the jurisdiction. */
  creator: string;
  date: Date;
}

const keywords = (domain?: string) => ["政务公开", "标准目录", ...(domain ? [domain] : [])].join(",");

/** One catalog as a .docx. */
export async function catalogDocx(table: CatalogTable, meta: DocxMeta, options: DocxCatalogOptions = {}): Promise<Uint8Array> {
  const fonts = options.fonts ?? officialFonts();
  const properties = { title: table.title, creator: meta.creator, subject: table.domain, keywords: keywords(table.domain) };
  const doc = officialDocument({ ...properties, fonts, sections: [catalogSection(table, { ...options, fonts, restartNumbering: true })] });
  return packDocx(doc, { ...properties, date: meta.date });
}

/** A jurisdiction's catalogs in one .docx: a landscape section per domain, labelled 附件1, 附件2 …, page numbers running on. */
export async function combinedDocx(tables: readonly CatalogTable[], title: string, meta: DocxMeta, options: DocxCatalogOptions = {}): Promise<Uint8Array> {
  const fonts = options.fonts ?? officialFonts();
  const sections = tables.map((table, i) => catalogSection(table, { ...options, fonts, attachment: `${labels.attachment}${i + 1}`, ...(i === 0 ? { restartNumbering: true } : {}) }));
  const properties = { title, creator: meta.creator, keywords: keywords() };
  return packDocx(officialDocument({ ...properties, fonts, sections }), { ...properties, date: meta.date });
}

export const combinedTitle = (jurisdiction: string): string => interpolate(labels.jurisdictionTitle, { jurisdiction });
