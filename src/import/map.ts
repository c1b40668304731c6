/**
 * The one mapping shared by every container: tables (grids with merges resolved) → catalogs, with a
 * report of what needed judgement. Pure: no files, no clock; the registries answer what a domain or a
 * channel is called.
 */
import { basename } from "node:path";
import type { DomainEntry, Registries } from "../model/registries.js";
import { levelOfCode } from "../check/jurisdiction.js";
import type { Level } from "../model/types.js";
import { headerScore, readHeader, repeatsHeader, type Column, type Field, type Header } from "./header.js";
import { ImportError, limits } from "./limits.js";
import type { Cell, RawTable } from "./table.js";
import { pathFacts, titleFacts, type TitleFacts } from "./title.js";
import { basisOf, channelsOf, contentOf, lines, oneLine, organs, tickOf } from "./values.js";

export type GuessReason = "carriedCategory" | "unknownChannel" | "wingdings" | "ambiguousTick" | "tickDetail";

export interface Guess {
  /** 1-based row in the table as read. */
  row: number;
  column: string;
  value: string;
  reason: GuessReason;
}

export interface TableReport {
  /** the table's place in its file: 表1, 工作表「Sheet1」. */
  table: string;
  title?: string;
  jurisdiction?: { code: string; name: string; level: Level };
  domain?: string;
  rows: number;
  /** required elements left empty: element → rows. */
  emptyCells: Record<string, number>;
  /** columns kept as x- keys, by their heading. */
  extensions: string[];
  /** numbering columns left out. */
  numbering: string[];
  repeatedHeaders: number;
  emptyRows: number;
  guesses: Guess[];
  /** set when the table could not become a catalog (no code, no domain): the reason and its values. */
  problem?: { reason: "noCode" | "noDomain" | "noName" | "unknownDomain"; values: Record<string, string> };
}

export interface ImportedCatalog {
  /** a village's or community's table (a 12-digit code): its 村（居）务公开目录; or a 政府信息主动公开补充目录 (asked for). */
  kind?: "village-list" | "supplementary";
  jurisdiction: { code: string; name: string; level: Level };
  /** absent when the table could not be placed (report.problem says why), and in a supplementary catalog not named by a domain. */
  domain?: DomainEntry;
  items: Record<string, unknown>[];
  report: TableReport;
}

export interface MapOptions {
  registries: Registries;
  /** the input's path as given (its folder or name may carry the division code). */
  path: string;
  code?: string;
  /** the jurisdiction's name, when neither the title nor the path gives it. */
  name?: string;
  domain?: DomainEntry;
  /** the tables are a 政府信息主动公开补充目录: one catalog each, its domain optional. */
  supplementary?: boolean;
}

const required: Field[] = ["category", "name", "content", "basis", "time_limit", "subject", "channels", "audience", "method"];
const idPattern = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const titleWords = /目录|清单|领域/;

/** A row holding one text only (a merged title row across the table). */
export function singleText(row: readonly Cell[]): string | undefined {
  const texts = new Set(row.map((c) => c.text.trim()).filter(Boolean));
  return texts.size === 1 ? [...texts][0] : undefined;
}

function findHeader(rows: readonly Cell[][], from: number): number {
  for (let r = from; r < rows.length; r++) if (headerScore(rows[r]!) >= 4) return r;
  return -1;
}

export function mapTables(tables: readonly RawTable[], options: MapOptions): ImportedCatalog[] {
  const out: ImportedCatalog[] = [];
  for (const table of tables) {
    if (table.rows.length > limits.rows) throw new ImportError("tooManyRows", { table: table.label, limit: limits.rows });
    if ((table.rows[0]?.length ?? 0) > limits.columns) throw new ImportError("tooManyColumns", { table: table.label, limit: limits.columns });
    // The file's own name is the weakest title ("社会救助.csv"), the lines nearest the table the strongest.
    const titles = [basename(options.path).replace(/\.[^.]*$/, ""), ...table.before];
    let at = 0;
    let section = 0;
    while (at < table.rows.length) {
      const h = findHeader(table.rows, at);
      if (h < 0) break;
      for (let r = at; r < h; r++) {
        const text = singleText(table.rows[r]!);
        if (text) titles.push(text);
      }
      const header = readHeader(table.rows, h);
      let end = h + header.height;
      while (end < table.rows.length) {
        const text = singleText(table.rows[end]!);
        if (text && titleWords.test(text) && findHeader(table.rows.slice(0, end + 4), end + 1) > end) break;
        end++;
      }
      section++;
      const label = section > 1 || findHeader(table.rows, end) >= 0 ? `${table.label}（第${section}部分）` : table.label;
      out.push(...mapSection(table.rows, h, end, header, { label, titles: [...titles] }, options));
      titles.length = 0;
      at = end;
    }
  }
  return out;
}

interface Row {
  index: number;
  item: Record<string, unknown>;
  domainCell?: string;
  idCell?: string;
}

function mapSection(rows: readonly Cell[][], h: number, end: number, header: Header, where: { label: string; titles: string[] }, options: MapOptions): ImportedCatalog[] {
  const { registries } = options;
  const report: TableReport = { table: where.label, rows: 0, emptyCells: {}, extensions: [], numbering: [], repeatedHeaders: 0, emptyRows: 0, guesses: [] };
  const facts = titleFacts(where.titles, registries);
  if (facts.title) report.title = facts.title;
  for (const c of header.columns) {
    if (c.kind === "extension") report.extensions.push(c.label);
    if (c.kind === "numbering") report.numbering.push(c.label);
  }
  const hasLevels = header.columns.some((c) => (c.kind === "tick" || c.kind === "field") && c.field === "levels");
  const mapped: Row[] = [];
  let lastCategory = "";
  for (let r = h + header.height; r < end; r++) {
    const cells = rows[r]!;
    if (repeatsHeader(cells, header.texts)) {
      report.repeatedHeaders++;
      continue;
    }
    const substantive = cells.some((cell, i) => {
      const col = header.columns[i]!;
      if (!cell.text.trim() || col.kind === "numbering" || col.kind === "empty") return false;
      return !(cell.spanned && col.kind === "field" && (col.field === "category" || col.field === "name" || col.field === "domain"));
    });
    if (!substantive) {
      report.emptyRows++;
      continue;
    }
    const row = mapRow(cells, r + 1, header.columns, registries, report);
    if (!row.item.category && lastCategory) {
      row.item.category = lastCategory;
      report.guesses.push({ row: r + 1, column: "一级事项", value: lastCategory, reason: "carriedCategory" });
    }
    lastCategory = (row.item.category as string | undefined) ?? lastCategory;
    if (!hasLevels) delete row.item.levels;
    mapped.push(row);
  }
  report.rows = mapped.length;
  for (const field of required) {
    const empty = mapped.filter((m) => m.item[field] === undefined).length;
    if (empty) report.emptyCells[field] = empty;
  }
  return catalogsOf(mapped, facts, report, options);
}

function mapRow(cells: readonly Cell[], rowNumber: number, columns: readonly Column[], registries: Registries, report: TableReport): Row {
  const item: Record<string, unknown> = {};
  const ticks: Record<"audience" | "method" | "levels" | "channels", string[]> = { audience: [], method: [], levels: [], channels: [] };
  const extensions: Record<string, string> = {};
  const row: Row = { index: rowNumber, item };
  cells.forEach((cell, i) => {
    const col = columns[i]!;
    const text = cell.text;
    if (!text.trim()) return;
    if (col.kind === "extension") {
      extensions[col.key] = lines(text).join("\n");
      return;
    }
    if (col.kind === "tick") {
      const tick = tickOf(text);
      if (!tick.on) return;
      ticks[col.field].push(col.value);
      if (tick.guess) report.guesses.push({ row: rowNumber, column: col.label, value: text.trim(), reason: "ambiguousTick" });
      if (tick.detail !== undefined) {
        if (col.field === "audience" && /特定/.test(col.value)) item.audience_detail = tick.detail;
        else report.guesses.push({ row: rowNumber, column: col.label, value: text.trim(), reason: "tickDetail" });
      }
      return;
    }
    if (col.kind !== "field") return;
    switch (col.field) {
      case "id":
        row.idCell = oneLine(text);
        return;
      case "domain":
        row.domainCell = oneLine(text);
        return;
      case "content": {
        const entries = contentOf(text);
        if (entries.length) item.content = entries.length === 1 ? entries[0] : entries;
        return;
      }
      case "basis": {
        const entries = basisOf(text);
        if (entries.length) item.basis = entries;
        return;
      }
      case "subject":
        item.subject = organs(text);
        return;
      case "channels": {
        const read = channelsOf(text, (name) => registries.channelFor(name));
        if (read.values.length) item.channels = [...new Set([...((item.channels as string[] | undefined) ?? []), ...read.values])];
        // 其他：X is the canonical form of the other channels public documents name (村（居）民微信群): registered, so no guess.
        for (const value of read.unknown.filter((v) => !registries.guidelineChannelFor(v))) report.guesses.push({ row: rowNumber, column: col.label, value, reason: "unknownChannel" });
        if (read.leftovers) report.guesses.push({ row: rowNumber, column: col.label, value: oneLine(text), reason: "wingdings" });
        return;
      }
      case "audience":
      case "method":
      case "levels": {
        for (const value of termsOf(text)) {
          const detail = col.field === "audience" ? /^(特定群[体众]|特定对象)[（(:：](.+?)[）)]?$/.exec(value) : null;
          if (detail && !/^请[写注]明$/.test(detail[2]!)) {
            ticks.audience.push(detail[1]!);
            item.audience_detail = detail[2];
          } else ticks[col.field].push(value);
        }
        return;
      }
      case "note":
        item.note = lines(text).join(" ");
        return;
      default:
        item[col.field] = oneLine(text);
    }
  });
  for (const field of ["channels", "audience", "method", "levels"] as const) {
    const values = [...new Set([...((item[field] as string[] | undefined) ?? []), ...ticks[field]])];
    if (!values.length) continue;
    item[field] = field === "channels" || field === "levels" || values.length > 1 ? values : values[0];
  }
  Object.assign(item, extensions);
  return row;
}

/** 县级、乡级 / 主动,依申请 / 全社会 特定群体: the values of a text column. */
function termsOf(text: string): string[] {
  return lines(text)
    .flatMap((l) => l.split(/[、,，;；/\s]+(?![^（(]*[）)])/))
    .map((v) => v.replace(/^[√✓■☑]\s*/, "").trim())
    .filter(Boolean);
}

const keyOrder = ["id", "category", "name", "subitem", "content", "basis", "time_limit", "subject", "channels", "audience", "audience_detail", "method", "levels", "note"];

/** An item or entry in the documented key order (docs/format.md): its id first, then `keys`, its x- keys last. */
export function ordered(item: Record<string, unknown>, id: string, keys: readonly string[] = keyOrder): Record<string, unknown> {
  const out: Record<string, unknown> = { id };
  for (const key of keys) if (key !== "id" && item[key] !== undefined) out[key] = item[key];
  for (const key of Object.keys(item)) if (key.startsWith("x-")) out[key] = item[key];
  return out;
}

/**
 * The table's jurisdiction: its code from the options, then the title, then the path; its name from the
 * title, then the options, then the path. A missing code or name is the report's problem (not thrown);
 * without a code, the code is empty.
 */
export function jurisdictionOf(facts: TitleFacts, report: TableReport, options: MapOptions): ImportedCatalog["jurisdiction"] {
  const fromPath = pathFacts(options.path);
  const code = options.code ?? facts.code ?? fromPath.code;
  const name = facts.name ?? options.name ?? fromPath.name ?? "";
  if (!code) {
    report.problem = { reason: "noCode", values: {} };
    return { code: "", name, level: "县级" };
  }
  const jurisdiction = { code, name, level: levelOfCode(code) ?? "县级" };
  report.jurisdiction = jurisdiction;
  if (!name) report.problem = { reason: "noName", values: { code } };
  return jurisdiction;
}

/** The catalogs of a table's rows: one per domain, or one supplementary catalog. */
function catalogsOf(rows: readonly Row[], facts: ReturnType<typeof titleFacts>, report: TableReport, options: MapOptions): ImportedCatalog[] {
  if (!rows.length) return [];
  const jurisdiction = jurisdictionOf(facts, report, options);
  if (!jurisdiction.code) return [{ jurisdiction, items: [], report }];
  const { level } = jurisdiction;
  const supplementary = options.supplementary || facts.supplementary;
  // A combined table (a 领域 column) makes one catalog per domain; a supplementary catalog is one whatever its rows' domains.
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = supplementary ? "" : (row.domainCell ?? "");
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  if (supplementary) {
    // Its domain only when one is named (a supplementary catalog is usually the government's whole list).
    const domain = options.domain ?? facts.domain;
    if (domain) report.domain = domain.name;
    return [{ kind: "supplementary", jurisdiction, ...(domain ? { domain } : {}), items: withIds(rows, domain, report), report }];
  }
  const general = options.registries.domains.find((d) => d.general);
  return [...groups].map(([domainCell, members]) => {
    const own: TableReport = groups.size > 1 ? { ...report, table: `${report.table}·${domainCell}`, rows: members.length, guesses: report.guesses.filter((g) => members.some((m) => m.index === g.row)) } : report;
    const domain = options.domain ?? (domainCell ? options.registries.domainByName(domainCell) : facts.domain ?? (facts.general ? general : undefined));
    if (!domain && !own.problem) own.problem = domainCell ? { reason: "unknownDomain", values: { domain: domainCell } } : { reason: "noDomain", values: {} };
    if (domain) own.domain = domain.name;
    return { ...(level === "村级" ? { kind: "village-list" as const } : {}), jurisdiction, ...(domain ? { domain } : {}), items: withIds(members, domain, own), report: own };
  });
}

/** A table's own ids, when every row has a valid one and no two are the same. */
export const ownIds = (given: readonly string[]): readonly string[] | undefined => (given.every((id) => idPattern.test(id)) && new Set(given).size === given.length ? given : undefined);

/** The table's own ids when it has a column of valid, unique ones; else prefix-category-row, stable for the same table. */
function withIds(rows: readonly Row[], domain: DomainEntry | undefined, report: TableReport): Record<string, unknown>[] {
  const given = ownIds(rows.map((r) => r.idCell ?? ""));
  if (given) return rows.map((r, i) => ordered(r.item, given[i]!));
  const prefix = domain?.id_prefix ?? "SX";
  const categories = new Map<string, { n: number; items: number }>();
  return rows.map((r) => {
    const category = String(r.item.category ?? "");
    const c = categories.get(category) ?? { n: categories.size + 1, items: 0 };
    c.items++;
    categories.set(category, c);
    return ordered(r.item, `${prefix}-${String(c.n).padStart(2, "0")}-${String(c.items).padStart(2, "0")}`);
  });
}

