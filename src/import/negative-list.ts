/**
 * Non-disclosure lists (不予公开事项清单, 政务公开负面清单) as published: a table of the matters withheld and
 * the articles withholding them (序号 | 不予公开事项 | 不予公开依据 | 责任单位, or 信息事项类别 | 信息事项内容 |
 * 不予主动公开法律政策依据). They are not catalog tables, so the catalog header never finds them: a table is
 * read as one when a heading or its title says 不予公开 or 负面清单 and it has a matter column and a basis column.
 * Columns it cannot name are kept as `x-` keys, as in a catalog.
 */
import { basename } from "node:path";
import { key, repeatsHeader } from "./header.js";
import { jurisdictionOf, ordered, ownIds, singleText, type ImportedCatalog, type MapOptions, type TableReport } from "./map.js";
import type { Cell, RawTable } from "./table.js";
import { titleFacts } from "./title.js";
import { basisOf, oneLine, organs } from "./values.js";

type EntryField = "numbering" | "id" | "name" | "basis" | "subject" | "domain" | "note";

export interface ImportedNegativeList {
  jurisdiction: ImportedCatalog["jurisdiction"];
  entries: Record<string, unknown>[];
  report: TableReport;
}

/** Headings, tried in order; the matter before the basis, as 不予公开事项 and 不予公开依据 share their first words. */
const headings: [RegExp, EntryField][] = [
  [/^(序号|编号|No\.?)$/i, "numbering"],
  [/^(事项编码|条目编码|编码|ID)$/i, "id"],
  [/依据/, "basis"],
  [/^(所属)?领域/, "domain"],
  [/事项名称|事项内容|事项$|^名称$|^内容$|不予(主动)?公开(的)?(政府)?信息$/, "name"],
  [/责任|主体|^(实施|承办|公开)?(单位|部门|机关)$/, "subject"],
  [/备注|说明|理由|原因/, "note"],
];

const fieldOf = (label: string): EntryField | undefined => headings.find(([pattern]) => pattern.test(key(label)))?.[1];

const withheldWords = /不予(主动)?公开|负面清单/;
/** An entry's keys in the documented order (docs/format.md). */
const entryKeys = ["name", "domain", "basis", "subject", "note"];

/** The header row of a non-disclosure list in a table's first rows: a matter column and a basis column, and 不予公开 said. */
function headerAt(rows: readonly Cell[][], titles: readonly string[]): number {
  const said = titles.some((t) => withheldWords.test(t));
  for (let r = 0; r < Math.min(rows.length, 10); r++) {
    const fields = rows[r]!.map((c) => (key(c.text).length <= 20 ? fieldOf(c.text) : undefined));
    if (!fields.includes("name") || !fields.includes("basis")) continue;
    if (said || rows[r]!.some((c) => withheldWords.test(c.text))) return r;
  }
  return -1;
}

export function mapNegativeLists(tables: readonly RawTable[], options: MapOptions): ImportedNegativeList[] {
  return tables.flatMap((table) => {
    const leading = table.rows.slice(0, 10).flatMap((row) => singleText(row) ?? []);
    const titles = [basename(options.path).replace(/\.[^.]*$/, ""), ...table.before, ...leading];
    const h = headerAt(table.rows, titles);
    return h < 0 ? [] : [listOf(table, h, titles, options)];
  });
}

function listOf(table: RawTable, h: number, titles: string[], options: MapOptions): ImportedNegativeList {
  const report: TableReport = { table: table.label, rows: 0, emptyCells: {}, extensions: [], numbering: [], repeatedHeaders: 0, emptyRows: 0, guesses: [] };
  const header = table.rows[h]!.map((cell) => {
    const label = cell.text.replace(/\s+/g, "");
    const field = label ? fieldOf(label) : undefined;
    if (field === "numbering") report.numbering.push(label);
    else if (label && !field) report.extensions.push(label);
    return { label, field };
  });
  const facts = titleFacts(titles, options.registries);
  if (facts.title) report.title = facts.title;
  const jurisdiction = jurisdictionOf(facts, report, options);
  const texts = header.map((c) => [key(c.label)]);
  const rows: Record<string, unknown>[] = [];
  const ids: string[] = [];
  for (const cells of table.rows.slice(h + 1)) {
    if (repeatsHeader(cells, texts)) {
      report.repeatedHeaders++;
      continue;
    }
    const entry: Record<string, unknown> = {};
    let id = "";
    cells.forEach((cell, i) => {
      const column = header[i];
      const text = cell.text.trim();
      if (!column || !text) return;
      if (column.field === "numbering") return;
      if (column.field === "id") id = oneLine(text);
      else if (column.field === "basis") entry.basis = [...((entry.basis as string[] | undefined) ?? []), ...basisOf(text)];
      else if (column.field === "subject") entry.subject = organs(text);
      else if (column.field) entry[column.field] = entry[column.field] ? `${entry[column.field] as string}；${oneLine(text)}` : oneLine(text);
      else if (column.label) entry[`x-${column.label}`] = oneLine(text);
    });
    if (!entry.name && !entry.basis) {
      report.emptyRows++;
      continue;
    }
    rows.push(entry);
    ids.push(id);
  }
  report.rows = rows.length;
  for (const field of ["name", "basis"]) {
    const empty = rows.filter((r) => r[field] === undefined).length;
    if (empty) report.emptyCells[field] = empty;
  }
  const own = ownIds(ids);
  const entries = rows.map((row, i) => ordered(row, own?.[i] ?? `BYGK-${String(i + 1).padStart(2, "0")}`, entryKeys));
  return { jurisdiction, entries, report };
}
