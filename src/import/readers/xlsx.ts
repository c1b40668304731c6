/**
 * .xlsx through exceljs. exceljs inflates a workbook whole (its tracker has issues about memory on
 * large files), so it is given only what passed the limits: the zip is opened by zip.ts (sizes, DTDs),
 * merged ranges are counted and taken out (resolved here, below), and exceljs reads a re-packed copy
 * of those bounded parts.
 */
import { XMLParser } from "fast-xml-parser";
import { strToU8, zipSync } from "fflate";
import { excelJs } from "../../lazy.js";
import { catalogBounds, ImportError, limits, type TableBounds } from "../limits.js";
import type { Cell, RawTable } from "../table.js";
import { openZip, xmlText, type Parts } from "../zip.js";

/** "B3" → [row, column], 1-based. */
function position(ref: string): [number, number] {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref.trim().toUpperCase());
  if (!m) return [1, 1];
  const column = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return [Number(m[2]), column];
}

type Range = [r1: number, c1: number, r2: number, c2: number];

/** A sheet's merged ranges, from its mergeCell refs. */
function mergedRanges(sheetXml: string): Range[] {
  const ranges: Range[] = [];
  for (const m of sheetXml.matchAll(/<mergeCell\s[^>]*ref="([^"]+)"/g)) {
    const [from = "", to = from] = m[1]!.split(":");
    const [r1, c1] = position(from);
    const [r2, c2] = position(to);
    ranges.push([Math.min(r1, r2), Math.min(c1, c2), Math.max(r1, r2), Math.max(c1, c2)]);
  }
  return ranges;
}

const area = (ranges: readonly Range[]) => ranges.reduce((n, [r1, c1, r2, c2]) => n + (r2 - r1 + 1) * (c2 - c1 + 1), 0);

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", processEntities: false, htmlEntities: false });
const list = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** Sheet name → its worksheet part, from the workbook and its relationships. */
function sheetParts(parts: Parts): Map<string, string> {
  const book = xml.parse(xmlText(parts, "xl/workbook.xml") ?? "") as { workbook?: { sheets?: { sheet?: Record<string, string> | Record<string, string>[] } } };
  const rels = xml.parse(xmlText(parts, "xl/_rels/workbook.xml.rels") ?? "") as { Relationships?: { Relationship?: Record<string, string> | Record<string, string>[] } };
  const targets = new Map(list(rels.Relationships?.Relationship).map((r) => [r.Id, r.Target ?? ""]));
  const out = new Map<string, string>();
  for (const sheet of list(book.workbook?.sheets?.sheet)) {
    const target = targets.get(sheet["r:id"] ?? "");
    if (sheet.name !== undefined && target) out.set(String(sheet.name), target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  return out;
}

/**
 * Merged ranges are taken out of the sheets exceljs reads and resolved here: exceljs checks each merge
 * against every earlier one, so a list with thousands of merged cells (one per group of rows) takes
 * minutes to load (exceljs/exceljs#2689, open).
 */
export async function readXlsx(bytes: Uint8Array, bounds: TableBounds = catalogBounds): Promise<RawTable[]> {
  const parts = openZip(bytes, () => true, bounds);
  const kept: Record<string, Uint8Array> = {};
  const merges = new Map<string, Range[]>();
  for (const [name, data] of parts) {
    if (/\.(xml|rels)$/i.test(name)) {
      const text = xmlText(parts, name)!;
      if (/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) {
        const ranges = mergedRanges(text);
        if (area(ranges) > limits.mergedCells) throw new ImportError("zipBomb", { part: name, limit: bounds.totalBytes / 1024 / 1024 });
        merges.set(name, ranges);
        kept[name] = ranges.length ? strToU8(text.replace(/<mergeCells\b[^>]*\/>|<mergeCells\b[^>]*>[\s\S]*?<\/mergeCells>/, "")) : data;
      } else kept[name] = data;
    } else if (!/^xl\/media\//i.test(name)) kept[name] = data;
  }
  if (!Object.keys(kept).some((n) => n.startsWith("xl/workbook"))) throw new ImportError("unreadable", { detail: "xl/workbook.xml" });
  const workbook = new (excelJs().Workbook)();
  try {
    await workbook.xlsx.load(Buffer.from(zipSync(kept, { level: 0 })) as unknown as ArrayBuffer);
  } catch (error) {
    throw new ImportError("unreadable", { detail: error instanceof Error ? error.message : String(error) });
  }
  const partOf = sheetParts(parts);
  const tables: RawTable[] = [];
  workbook.eachSheet((sheet) => {
    if (sheet.state !== "visible" && sheet.state !== undefined) return;
    const ranges = merges.get(partOf.get(sheet.name) ?? "") ?? [];
    // A merged range reaches past the cells written (a title merged across empty columns): the grid covers it.
    const height = Math.min(ranges.reduce((n, r) => Math.max(n, r[2]), sheet.rowCount), bounds.rows + 1);
    const width = Math.min(ranges.reduce((n, r) => Math.max(n, r[3]), sheet.columnCount), limits.columns + 1);
    const rows: Cell[][] = [];
    for (let r = 1; r <= height; r++) {
      const row = sheet.getRow(r);
      const cells: Cell[] = [];
      for (let c = 1; c <= width; c++) cells.push({ text: row.getCell(c).text ?? "", spanned: false });
      rows.push(cells);
    }
    // A merged cell's text stands in every slot it covers, the copies marked.
    for (const [r1, c1, r2, c2] of ranges) {
      const text = rows[r1 - 1]?.[c1 - 1]?.text ?? "";
      for (let r = r1; r <= Math.min(r2, height); r++) for (let c = c1; c <= Math.min(c2, width); c++) if (r !== r1 || c !== c1) rows[r - 1]![c - 1] = { text, spanned: true };
    }
    // A sheet longer than the limit keeps one row past it, for the mapping to refuse it by name.
    if (sheet.rowCount > bounds.rows + 1) rows.push(Array.from({ length: width }, () => ({ text: "…", spanned: false })));
    tables.push({ label: `工作表「${sheet.name}」`, before: [sheet.name], rows });
  });
  return tables;
}
