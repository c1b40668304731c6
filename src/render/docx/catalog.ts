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
import { Table, TableLayoutType, TableRow, WidthType, type Document, type ISectionOptions } from "docx";
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
  size,
  textCell,
  twips,
  typeAreaHeight,
  typeAreaWidth,
  type OfficialFonts,
} from "./official.js";
import { compileDocument, markerRow, packCompiled, slot, type Compiled, type PackMeta } from "./package.js";
import { RowWriter, type BodyCell, type BodyRow } from "./rows.js";

/** Tick columns are 9 mm: two characters of 小五 side by side within the cell margins. */
const tickWidth = 9;

/** Relative widths of the text columns; they share what the tick columns leave. */
function textWeight(key: ColumnKey, checklist: boolean): number {
  // Without 备注 and the optional columns these are millimetres of the 171 mm the tick columns leave:
  // 序号, 一级事项 and 二级事项 hold their two- and four-character headings on one line, and a checklist
  // line of two channels (■公开查阅点 ■政务服务中心) fits.
  const weight: Partial<Record<ColumnKey, number>> = {
    seq: 8.5,
    category: 15.5,
    name: 15.5,
    subitem: 15,
    content: 30,
    basis: 31,
    timeLimit: 16,
    subject: 15,
    channels: checklist ? 39.5 : 26,
    audienceDetail: 14,
    disclosure: 12,
    note: 22,
  };
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
  return count * cellLineHeight(fontSize) + 2 * cellMargin.y;
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

/** The body rows in order, as cells (rows.ts writes them; a merge never crosses an estimated page break). */
export function* bodyRows(table: CatalogTable, fonts: OfficialFonts): Generator<BodyRow> {
  const layout = layoutOf(table);
  const { widthOf } = layout;
  const text = { fontName: fonts.body, fontSize: textSize };
  const tickCells = (row: Row, keys: readonly TickKey[]): BodyCell[] =>
    keys.filter((key) => key !== "village" || table.withVillage).map((key) => ({ ...text, lines: [row.ticks[key] ? labels.tick : ""], width: widthOf(key), align: "center" }));
  const pages = paginate(table, layout);
  for (const group of table.groups) {
    const rows = group.names.flatMap((n) => n.rows);
    // A 二级事项 run is a block of consecutive rows with the same name (and page) within the category.
    const nameOf = new Map(group.names.flatMap((n, i) => n.rows.map((r) => [r, i] as const)));
    for (const block of runs(rows, pages, () => group.category)) {
      for (const nameRun of runs(block, pages, (r) => nameOf.get(r))) {
        for (const [r, row] of nameRun.entries()) {
          const first = row === block[0];
          const cells: BodyCell[] = [
            { ...text, lines: [String(row.seq)], width: widthOf("seq"), align: "center" },
            ...(first ? [{ ...text, lines: [group.category], width: widthOf("category"), align: "center" as const, rowSpan: block.length }] : []),
            ...(r === 0 ? [{ ...text, lines: [row.name], width: widthOf("name"), rowSpan: nameRun.length }] : []),
            ...(table.withSubitem ? [{ ...text, lines: [row.subitem], width: widthOf("subitem") }] : []),
            { ...text, lines: row.content, width: widthOf("content") },
            { ...text, lines: row.basis, width: widthOf("basis") },
            { ...text, lines: [row.timeLimit], width: widthOf("timeLimit") },
            { ...text, lines: [row.subject], width: widthOf("subject") },
            { ...text, lines: channelLines(row), fontSize: layout.checklist ? checklistSize : textSize, width: widthOf("channels") },
            ...tickCells(row, ["all", "specific"]),
            ...(table.withAudienceDetail ? [{ ...text, lines: [row.audienceDetail], width: widthOf("audienceDetail") }] : []),
            ...tickCells(row, ["active", "onRequest", "county", "township", "village"]),
            ...(table.withDisclosure ? [{ ...text, lines: [row.disclosure], width: widthOf("disclosure") }] : []),
            ...(table.withNote ? [{ ...text, lines: [row.note], width: widthOf("note") }] : []),
          ];
          yield { cells, keepNext: row !== block[block.length - 1] };
        }
      }
    }
  }
}

/** A section's title and table rows: the real ones, or slots (package.ts) filled as the package is written. */
export interface SectionBody {
  title: string;
  rows: TableRow[];
}

/** The section for one catalog: 附件 label, title, the table's two header rows and then `body.rows`. */
export function catalogSection(table: CatalogTable, options: DocxCatalogOptions & { fonts: OfficialFonts }, body: SectionBody): ISectionOptions {
  const { fonts } = options;
  const layout = layoutOf(table);
  const { widthOf } = layout;
  const head = { fontName: fonts.heading, fontSize: textSize, align: "center" as const };
  const cells = headerCells(table);

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

  return officialSection({
    orientation: "landscape",
    fonts,
    ...(options.restartNumbering ? { restartNumbering: true } : {}),
    children: [
      attachmentLabel(options.attachment ?? labels.attachment, fonts),
      documentTitle(body.title, fonts),
      new Table({
        layout: TableLayoutType.FIXED,
        width: { size: layout.widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
        columnWidths: layout.widths,
        rows: [headerRow1, headerRow2, ...body.rows],
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

/** Section options of a document's `i`th catalog. */
const sectionOptions = (options: DocxCatalogOptions, fonts: OfficialFonts, i: number, combined: boolean) => ({
  ...options,
  fonts,
  ...(combined ? { attachment: `${labels.attachment}${i + 1}` } : {}),
  ...(i === 0 ? { restartNumbering: true } : {}),
});

/**
 * The document `docx` compiles for catalogs: styles, sections, header rows. Its properties here only
 * shape core.xml, which packCompiled writes from the meta, so documents of one shape compile alike.
 */
export function catalogDocument(tables: readonly CatalogTable[], options: DocxCatalogOptions, bodies: readonly SectionBody[], combined: boolean): Document {
  const fonts = options.fonts ?? officialFonts();
  const sections = tables.map((table, i) => catalogSection(table, sectionOptions(options, fonts, i, combined), bodies[i]!));
  return officialDocument({ title: "", creator: "", fonts, sections });
}

/** Every body row of a table as XML. */
function* rowsXml(table: CatalogTable, fonts: OfficialFonts): Generator<string> {
  const writer = new RowWriter(layoutOf(table).keys.length);
  for (const row of bodyRows(table, fonts)) yield writer.row(row);
}

/** Compiled single-catalog documents by shape: a city's thousands of catalogs have a handful of shapes. */
const compiledByShape = new Map<string, Promise<Compiled>>();
const maxShapes = 64;

function compiled(tables: readonly CatalogTable[], options: DocxCatalogOptions, combined: boolean): Promise<Compiled> {
  const slots = tables.map((_, i) => ({ title: slot.title(i), rows: [markerRow(i)] }));
  const compile = () => compileDocument(catalogDocument(tables, options, slots, combined), tables.length);
  if (combined) return compile();
  const layout = layoutOf(tables[0]!);
  const shape = JSON.stringify([options.fonts ?? officialFonts(), options.attachment, headerCells(tables[0]!), layout.checklist]);
  let found = compiledByShape.get(shape);
  if (!found) {
    if (compiledByShape.size >= maxShapes) compiledByShape.clear();
    found = compile();
    compiledByShape.set(shape, found);
  }
  return found;
}

async function pack(tables: readonly CatalogTable[], meta: PackMeta, options: DocxCatalogOptions, combined: boolean): Promise<Uint8Array> {
  const fonts = options.fonts ?? officialFonts();
  const filling = { titles: tables.map((t) => t.title), rows: tables.map((t) => rowsXml(t, fonts)) };
  return packCompiled(await compiled(tables, { ...options, fonts }, combined), meta, filling);
}

/** One catalog as a .docx. */
export function catalogDocx(table: CatalogTable, meta: DocxMeta, options: DocxCatalogOptions = {}): Promise<Uint8Array> {
  return pack([table], { title: table.title, creator: meta.creator, subject: table.domain, keywords: keywords(table.domain), date: meta.date }, options, false);
}

/** A jurisdiction's catalogs in one .docx: a landscape section per domain, labelled 附件1, 附件2 …, page numbers running on. */
export function combinedDocx(tables: readonly CatalogTable[], title: string, meta: DocxMeta, options: DocxCatalogOptions = {}): Promise<Uint8Array> {
  return pack(tables, { title, creator: meta.creator, keywords: keywords(), date: meta.date }, options, true);
}

export const combinedTitle = (jurisdiction: string): string => interpolate(labels.jurisdictionTitle, { jurisdiction });
