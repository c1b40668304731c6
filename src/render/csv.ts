/**
 * CSV: the official columns flattened (公开事项·一级事项 …) after 序号 and
 * 事项编号; ticks are "√" or empty; 公开渠道和载体 lists the used channels joined by "、"; multi-line
 * cells (公开内容, 公开依据) keep one entry per line. RFC 4180 with CRLF — and quote_record_delimiter,
 * without which csv-stringify leaves fields holding a bare line break unquoted. Formula triggers
 * (= + - @, their full-width forms, tab, CR) at the start of a field get a leading apostrophe.
 * UTF-8 with BOM by default (Excel on Chinese Windows reads BOM-less files as GBK); GB18030 on request.
 */
import { stringify } from "csv-stringify/sync";
import iconv from "iconv-lite";
import { interpolate } from "../i18n.js";
import { labels } from "./labels.js";
import { negativeListCell, type NegativeListTable } from "./negative-list.js";
import { leafColumns, rowsOf, shapeOf, tickKeys, type CatalogTable, type ColumnKey, type Row, type TableShape, type TickKey } from "./table.js";

export const csvEncodings = ["utf-8", "gb18030"] as const;
export type CsvEncoding = (typeof csvEncodings)[number];

/** A character found while encoding, with where it is. */
export interface CharacterProblem {
  char: string;
  /** U+XXXX */
  codePoint: string;
  /** the item's id, or its 序号 when it has none. */
  item: string;
  column: string;
}

/** GB18030 cannot represent these characters (a lone surrogate, a few private-use code points): nothing was written. */
export class UnencodableError extends Error {
  constructor(readonly file: string, readonly problems: CharacterProblem[]) {
    super(`${file}: ${problems.length} characters cannot be encoded in GB18030`);
  }
}

export interface CsvResult {
  bytes: Uint8Array;
  /** GB18030 only: characters outside GBK, written as 4-byte sequences that Excel's GBK reading garbles. */
  outsideGbk: CharacterProblem[];
}

interface Column {
  key: ColumnKey | "id" | "domain";
  header: string;
}

function columns(shape: TableShape, withDomain: boolean): Column[] {
  const leaves = leafColumns(shape).map((c): Column => ({ key: c.key, header: c.group ? interpolate(labels.flatten, { group: c.group, column: c.label }) : c.label }));
  return [...(withDomain ? [{ key: "domain" as const, header: labels.domain }] : []), leaves[0]!, { key: "id", header: labels.id }, ...leaves.slice(1)];
}

function cell(row: Row, key: Column["key"], domain: string): string {
  switch (key) {
    case "domain":
      return domain;
    case "content":
    case "basis":
      return row[key].join("\n");
    case "channels":
      return row.usedChannels.join("、");
    case "seq":
      return String(row.seq);
    default:
      return tickKeys.includes(key as TickKey) ? (row.ticks[key as TickKey] ? labels.tick : "") : row[key as "id" | "category" | "name" | "subitem" | "timeLimit" | "subject" | "audienceDetail" | "disclosure" | "note"];
  }
}

const gb18030Cache = new Map<string, "ok" | "outside-gbk" | "unencodable">();

function gb18030Status(char: string): "ok" | "outside-gbk" | "unencodable" {
  let status = gb18030Cache.get(char);
  if (!status) {
    const roundTrips = (encoding: string) => iconv.decode(iconv.encode(char, encoding), encoding) === char;
    status = !roundTrips("gb18030") ? "unencodable" : roundTrips("gbk") ? "ok" : "outside-gbk";
    gb18030Cache.set(char, status);
  }
  return status;
}

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/**
 * One CSV for one catalog, or for several (a jurisdiction's combined file, with a 领域 column first).
 * `file` names the output in an UnencodableError.
 */
export function catalogCsv(tables: readonly CatalogTable[], options: { encoding: CsvEncoding; file: string }): CsvResult {
  const combined = tables.length !== 1;
  const cols = columns(shapeOf(tables), combined);
  const records = tables.flatMap((table) => rowsOf(table).map((row) => ({ item: row.id || String(row.seq), values: cols.map((c) => cell(row, c.key, table.domain)) })));
  return encodeCsv(cols.map((c) => c.header), records, options);
}

/** A non-disclosure list's CSV: its columns as published, one record per entry. */
export function negativeListCsv(table: NegativeListTable, options: { encoding: CsvEncoding; file: string }): CsvResult {
  const records = table.rows.map((row) => ({ item: row.id || String(row.seq), values: table.columns.map((c) => negativeListCell(row, c.key)) }));
  return encodeCsv(table.columns.map((c) => c.label), records, options);
}

/** The records as CSV text in the encoding; `item` names a record (its id, or its 序号) in a problem. */
function encodeCsv(headers: readonly string[], records: readonly { item: string; values: string[] }[], options: { encoding: CsvEncoding; file: string }): CsvResult {
  const text = stringify(
    records.map((r) => r.values),
    {
      header: true,
      columns: [...headers],
      record_delimiter: "windows",
      quote_record_delimiter: true,
      escape_formulas: true,
    },
  );
  if (options.encoding === "utf-8") return { bytes: new TextEncoder().encode(`\ufeff${text}`), outsideGbk: [] };

  const unencodable: CharacterProblem[] = [];
  const outsideGbk: CharacterProblem[] = [];
  for (const { item, values } of records) {
    values.forEach((value, i) => {
      for (const char of new Set(value)) {
        if (char.charCodeAt(0) < 0x80) continue;
        const status = gb18030Status(char);
        if (status === "ok") continue;
        const problem = { char, codePoint: codePoint(char), item, column: headers[i]! };
        (status === "unencodable" ? unencodable : outsideGbk).push(problem);
      }
    });
  }
  if (unencodable.length) throw new UnencodableError(options.file, unencodable);
  return { bytes: new Uint8Array(iconv.encode(text, "gb18030")), outsideGbk };
}
