/**
 * .csv: UTF-8 with or without BOM, or GB18030/GBK (Excel on Chinese Windows), decoded as catalog files
 * are (load/decode.ts), then read by csv-parse (quoted fields with line breaks, ragged rows).
 */
import { parse } from "csv-parse/sync";
import { decode } from "../../load/decode.js";
import { ImportError, limits } from "../limits.js";
import type { RawTable } from "../table.js";

export function readCsv(bytes: Uint8Array, rowLimit: number = limits.rows): RawTable[] {
  const { text } = decode(bytes);
  const delimiter = /\t/.test(text.slice(0, text.indexOf("\n") >>> 0)) && !/,/.test(text.slice(0, text.indexOf("\n") >>> 0)) ? "\t" : ",";
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, to_line: rowLimit + 2, max_record_size: 1024 * 1024 }) as string[][];
  } catch (error) {
    const e = error as { message?: string; lines?: number };
    throw new ImportError("unreadable", { detail: `${e.lines ? `${e.lines}: ` : ""}${e.message ?? String(error)}` });
  }
  const width = Math.min(limits.columns + 1, Math.max(0, ...records.map((r) => r.length)));
  const rows = records.map((record) => Array.from({ length: width }, (_, c) => ({ text: (record[c] ?? "").replace(/^'(?=[=+\-@＝＋－＠\t\r])/, ""), spanned: false })));
  return [{ label: "表1", before: [], rows }];
}
