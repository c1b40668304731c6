/**
 * A 不予公开事项清单 (kind: negative-list) as published: one row per entry — the matter withheld, the
 * provision that allows it, and where stated the domain, the deciding organ and a note (a column only
 * when some entry fills it). Shared by the HTML and CSV renderers, like table.ts for catalogs.
 */
import { interpolate } from "../i18n.js";
import { printedCitation } from "../model/citation.js";
import type { CatalogHeader } from "../model/types.js";
import { labels } from "./labels.js";
import { clean, cleanLines } from "./table.js";

export interface NegativeListRow {
  /** 1-based. */
  seq: number;
  id: string;
  name: string;
  domain: string;
  basis: string[];
  subject: string;
  note: string;
}

export type NegativeListColumn = "seq" | "name" | "domain" | "basis" | "subject" | "note";

export interface NegativeListTable {
  title: string;
  /** the list's name where a domain's would stand (links, breadcrumbs). */
  name: string;
  columns: { key: NegativeListColumn; label: string }[];
  rows: NegativeListRow[];
}

export function negativeListTable(catalog: CatalogHeader): NegativeListTable {
  const jurisdiction = clean(catalog.jurisdiction.zone ?? catalog.jurisdiction.name);
  const listDomain = clean(catalog.domain);
  const rows = (catalog.negativeList ?? []).map((entry, i): NegativeListRow => ({
    seq: i + 1,
    id: clean(entry.id),
    name: clean(entry.name),
    domain: entry.domain ? clean(entry.domain) : listDomain,
    basis: entry.basis.map(printedCitation).flatMap(cleanLines),
    subject: entry.subject ? clean(entry.subject) : "",
    note: entry.note ? cleanLines(entry.note).join(" ") : "",
  }));
  const filled = (key: "domain" | "subject" | "note") => rows.some((r) => r[key] !== "");
  const columns: NegativeListTable["columns"] = [
    { key: "seq", label: labels.seq },
    { key: "name", label: labels.withheldMatter },
    ...(filled("domain") ? [{ key: "domain" as const, label: labels.domain }] : []),
    { key: "basis", label: labels.withholdingBasis },
    ...(filled("subject") ? [{ key: "subject" as const, label: labels.decidingOrgan }] : []),
    ...(filled("note") ? [{ key: "note" as const, label: labels.note }] : []),
  ];
  return { title: interpolate(labels.negativeListTitle, { jurisdiction }), name: labels.negativeList, columns, rows };
}

/** A cell as one string (lines of 不予公开的依据 joined by line breaks). */
export function negativeListCell(row: NegativeListRow, key: NegativeListColumn): string {
  if (key === "seq") return String(row.seq);
  return key === "basis" ? row.basis.join("\n") : row[key];
}
