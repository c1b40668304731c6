/**
 * .xlsx through exceljs, which resolves merged ranges (cell.master). exceljs inflates a workbook whole and
 * builds every cell of a merged range (its tracker has issues about memory on large files), so it is
 * given only what passed the limits: the zip is opened by zip.ts (sizes, DTDs), merged ranges are
 * counted, and exceljs reads a re-packed copy of those bounded parts.
 */
import { zipSync } from "fflate";
import { excelJs } from "../../lazy.js";
import { ImportError, limits } from "../limits.js";
import type { Cell, RawTable } from "../table.js";
import { openZip, xmlText } from "../zip.js";

/** "B3" → [row, column], 1-based. */
function position(ref: string): [number, number] {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref.trim().toUpperCase());
  if (!m) return [1, 1];
  const column = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return [Number(m[2]), column];
}

/** Cells covered by a sheet's merged ranges, from its mergeCell refs (counted, not parsed: exceljs reads them). */
function mergedArea(sheetXml: string): number {
  let area = 0;
  for (const m of sheetXml.matchAll(/<mergeCell\s[^>]*ref="([^"]+)"/g)) {
    const [from = "", to = from] = m[1]!.split(":");
    const [r1, c1] = position(from);
    const [r2, c2] = position(to);
    area += (Math.abs(r2 - r1) + 1) * (Math.abs(c2 - c1) + 1);
  }
  return area;
}

export async function readXlsx(bytes: Uint8Array): Promise<RawTable[]> {
  const parts = openZip(bytes, () => true);
  const kept: Record<string, Uint8Array> = {};
  for (const [name, data] of parts) {
    if (/\.(xml|rels)$/i.test(name)) {
      const text = xmlText(parts, name)!;
      if (/^xl\/worksheets\/[^/]+\.xml$/i.test(name) && mergedArea(text) > limits.mergedCells) throw new ImportError("zipBomb", { part: name, limit: limits.totalBytes / 1024 / 1024 });
      kept[name] = data;
    } else if (!/^xl\/media\//i.test(name)) kept[name] = data;
  }
  if (!Object.keys(kept).some((n) => n.startsWith("xl/workbook"))) throw new ImportError("unreadable", { detail: "xl/workbook.xml" });
  const workbook = new (excelJs().Workbook)();
  try {
    await workbook.xlsx.load(Buffer.from(zipSync(kept, { level: 0 })) as unknown as ArrayBuffer);
  } catch (error) {
    throw new ImportError("unreadable", { detail: error instanceof Error ? error.message : String(error) });
  }
  const tables: RawTable[] = [];
  workbook.eachSheet((sheet) => {
    if (sheet.state !== "visible" && sheet.state !== undefined) return;
    const height = Math.min(sheet.rowCount, limits.rows + 1);
    const width = Math.min(sheet.columnCount, limits.columns + 1);
    const rows: Cell[][] = [];
    for (let r = 1; r <= height; r++) {
      const row = sheet.getRow(r);
      const cells: Cell[] = [];
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c);
        const master = cell.isMerged ? cell.master : cell;
        cells.push({ text: master.text ?? "", spanned: master !== cell && master.address !== cell.address });
      }
      rows.push(cells);
    }
    // A sheet longer than the limit keeps one row past it, for the mapping to refuse it by name.
    if (sheet.rowCount > limits.rows + 1) rows.push(Array.from({ length: width }, () => ({ text: "…", spanned: false })));
    tables.push({ label: `工作表「${sheet.name}」`, before: [sheet.name], rows });
  });
  return tables;
}
