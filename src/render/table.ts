/**
 * The official table as data, shared by the HTML, CSV and Word renderers:
 * the two-row header, rows grouped under their 一级事项 (first appearance order) and, within a
 * category, consecutive rows with the same 二级事项 merged, tick columns, and the 公开渠道和载体
 * checklist. Canonical vocabulary is printed (特定群众 → 特定群体); text is cleaned once here of
 * characters no output format can carry (control characters, noncharacters).
 */
import { interpolate } from "../i18n.js";
import type { Catalog, Channel, Item, Term } from "../model/types.js";
import { printedCitation } from "../model/citation.js";
import { withoutControls } from "../model/text.js";
import { disclosureOf } from "../model/disclosure.js";
import { labels } from "./labels.js";

export type ChannelMode = "checklist" | "used";
export const channelModes: readonly ChannelMode[] = ["checklist", "used"];

export type TickKey = "all" | "specific" | "active" | "onRequest" | "county" | "township" | "village";
export type TextKey = "content" | "basis" | "timeLimit" | "subject" | "channels" | "disclosure" | "note";
/** Leaf columns inside a two-level heading that hold text. */
export type GroupedTextKey = "category" | "name" | "subitem" | "audienceDetail";
export type ColumnKey = "seq" | GroupedTextKey | TextKey | TickKey;

export interface HeaderCell {
  key: string;
  label: string;
  /** the leaf columns under a two-level heading; none for a heading that spans both rows. */
  children?: { key: TickKey | GroupedTextKey; label: string }[];
}

/**
 * The columns only some catalogs fill, each shown only when a row does: 备注, 三级事项, the group named
 * for 特定群体（请写明）, 村级 beside 县级 and 乡级, and 公开属性. A catalog using none prints the official table.
 */
export interface TableShape {
  withNote: boolean;
  /** an item states its 公开属性: every row then shows its own, stated or read from its method. */
  withDisclosure: boolean;
  withSubitem: boolean;
  withAudienceDetail: boolean;
  withVillage: boolean;
}

const tickHeadings = [
  { key: "audience", label: labels.audience, ticks: [["all", labels.all, "全社会"], ["specific", labels.specific, "特定群体"]] },
  { key: "method", label: labels.method, ticks: [["active", labels.active, "主动"], ["onRequest", labels.onRequest, "依申请"]] },
  { key: "level", label: labels.level, ticks: [["county", labels.county, "县级"], ["township", labels.township, "乡级"], ["village", labels.village, "村级"]] },
] as const;

/** The leaf columns a tick heading shows in a table of this shape. */
function headingChildren(heading: (typeof tickHeadings)[number], shape: TableShape): { key: TickKey | GroupedTextKey; label: string }[] {
  const ticks = heading.ticks.filter(([key]) => key !== "village" || shape.withVillage).map(([key, label]) => ({ key, label }));
  return heading.key === "audience" && shape.withAudienceDetail ? [...ticks, { key: "audienceDetail", label: labels.audienceDetail }] : ticks;
}

/** The header's first row; `children` make the second row. */
export function headerCells(shape: TableShape): HeaderCell[] {
  const matter = [{ key: "category" as const, label: labels.category }, { key: "name" as const, label: labels.name }, ...(shape.withSubitem ? [{ key: "subitem" as const, label: labels.subitem }] : [])];
  return [
    { key: "seq", label: labels.seq },
    { key: "matter", label: labels.matter, children: matter },
    { key: "content", label: labels.content },
    { key: "basis", label: labels.basis },
    { key: "timeLimit", label: labels.timeLimit },
    { key: "subject", label: labels.subject },
    { key: "channels", label: labels.channels },
    ...tickHeadings.map((h) => ({ key: h.key, label: h.label, children: headingChildren(h, shape) })),
    ...(shape.withDisclosure ? [{ key: "disclosure", label: labels.disclosure }] : []),
    ...(shape.withNote ? [{ key: "note", label: labels.note }] : []),
  ];
}

/** Leaf columns left to right, each with the label of its group when it has one. */
export function leafColumns(shape: TableShape): { key: ColumnKey; label: string; group?: string }[] {
  return headerCells(shape).flatMap((cell) =>
    cell.children ? cell.children.map((child) => ({ key: child.key, label: child.label, group: cell.label })) : [{ key: cell.key as ColumnKey, label: cell.label }],
  );
}

/** The shape of several tables printed as one (a jurisdiction's combined CSV). */
export const shapeOf = (tables: readonly TableShape[]): TableShape => ({
  withNote: tables.some((t) => t.withNote),
  withDisclosure: tables.some((t) => t.withDisclosure),
  withSubitem: tables.some((t) => t.withSubitem),
  withAudienceDetail: tables.some((t) => t.withAudienceDetail),
  withVillage: tables.some((t) => t.withVillage),
});

export const tickKeys: readonly TickKey[] = tickHeadings.flatMap((h) => h.ticks.map(([key]) => key));

export interface ChannelMark {
  /** canonical name, or the text as written for a channel outside the list. */
  name: string;
  on: boolean;
  /** for 其他: the descriptions of `其他：…` entries. */
  details: string[];
}

export interface Row {
  /** 1-based, in display order. */
  seq: number;
  id: string;
  category: string;
  name: string;
  /** 三级事项, "" when none. */
  subitem: string;
  content: string[];
  basis: string[];
  timeLimit: string;
  subject: string;
  /** the 13-item checklist (plus any channel outside it), or only the used ones, by the mode. */
  channels: ChannelMark[];
  /** the used channels as one line each: canonical names, `其他：<description>`. */
  usedChannels: string[];
  ticks: Record<TickKey, boolean>;
  /** the group 特定群体（请写明） names, "" when none. */
  audienceDetail: string;
  /** 公开属性, with what is withheld for 部分公开; "" when the item states none and its method says nothing. */
  disclosure: string;
  /** the item states its 公开属性 (not read from its method). */
  disclosureStated: boolean;
  note: string;
}

export interface NameGroup {
  name: string;
  rows: Row[];
}

export interface CategoryGroup {
  category: string;
  names: NameGroup[];
  rowCount: number;
}

export interface CatalogTable extends TableShape {
  title: string;
  jurisdiction: string;
  domain: string;
  groups: CategoryGroup[];
  rowCount: number;
}

/** Text as one line: control characters dropped, line breaks and tabs folded into single spaces. */
export function clean(text: string): string {
  return withoutControls(text).replace(/\s*[\r\n\u2028\u2029\t]+\s*/g, " ").trim();
}

/** Text that may span lines: one entry per non-empty line. */
export function cleanLines(text: string): string[] {
  return withoutControls(text)
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .map((line) => line.replace(/\t/g, " ").trim())
    .filter((line) => line !== "");
}

/** A citation as printed: the string form as written, the structured form in the customary order. */

const canonicalOf = (terms: readonly Term[]) => new Set(terms.flatMap((t) => [t.canonical ?? t.raw, ...(t.also ?? [])]));

function channelMarks(channels: readonly Channel[], checklist: readonly string[]): ChannelMark[] {
  const marks = new Map<string, ChannelMark>();
  for (const name of checklist) marks.set(name, { name, on: false, details: [] });
  for (const channel of channels) {
    const name = clean(channel.canonical ?? channel.raw);
    if (!name) continue;
    const mark = marks.get(name) ?? { name, on: false, details: [] };
    mark.on = true;
    const detail = channel.other === undefined ? "" : clean(channel.other);
    if (detail && !mark.details.includes(detail)) mark.details.push(detail);
    marks.set(name, mark);
  }
  return [...marks.values()];
}

/** A used channel as one line: `其他：<description>` for each description. */
export function usedChannelLines(marks: readonly ChannelMark[]): string[] {
  return marks.filter((m) => m.on).flatMap((m) => (m.details.length ? m.details.map((d) => `${m.name}：${d}`) : [m.name]));
}

function disclosureText(item: Item): string {
  const status = disclosureOf(item) ?? "";
  return status === "部分公开" && item.withheld ? interpolate(labels.withheld, { status, withheld: clean(item.withheld) }) : status;
}

function rowOf(item: Item, seq: number, options: TableOptions): Row {
  const audience = canonicalOf(item.audience);
  const method = canonicalOf(item.method);
  const levels = canonicalOf(item.levels);
  const ticked = { audience, method, level: levels };
  const ticks = Object.fromEntries(tickHeadings.flatMap((h) => h.ticks.map(([key, , value]) => [key, ticked[h.key].has(value)]))) as Record<TickKey, boolean>;
  const used = channelMarks(item.channels, []);
  return {
    seq,
    id: clean(item.id),
    category: clean(item.category),
    name: clean(item.name),
    subitem: item.subitem ? clean(item.subitem) : "",
    content: item.content.flatMap(cleanLines),
    basis: item.basis.map(printedCitation).flatMap(cleanLines),
    timeLimit: clean(item.timeLimit.raw),
    subject: clean(item.subject),
    channels: options.channels === "used" ? used : channelMarks(item.channels, options.channelNames),
    usedChannels: usedChannelLines(used),
    ticks,
    audienceDetail: item.audienceDetail ? clean(item.audienceDetail) : "",
    disclosure: disclosureText(item),
    disclosureStated: item.disclosure !== undefined,
    note: item.note ? cleanLines(item.note).join(" ") : "",
  };
}

export interface TableOptions {
  channels: ChannelMode;
  /** the checklist: the channel registry's canonical names in printed order (registries.channels). */
  channelNames: readonly string[];
  /** the domain is registered as general (综合): a government's whole catalog, titled without 领域. */
  general?: boolean;
  /** a village list (村(居)务公开目录), titled as one. */
  village?: boolean;
}

export function catalogTitle(jurisdiction: string, domain: string, general = false, village = false): string {
  if (village) return interpolate(general ? labels.villageTitle : labels.villageDomainTitle, { jurisdiction, domain });
  return interpolate(general ? labels.jurisdictionTitle : labels.catalogTitle, { jurisdiction, domain });
}

/** Rows grouped under their 一级事项 in order of first appearance, numbered in display order. */
export function catalogTable(catalog: Catalog, options: TableOptions): CatalogTable {
  const byCategory = new Map<string, Item[]>();
  for (const item of catalog.items) {
    const key = clean(item.category);
    byCategory.set(key, [...(byCategory.get(key) ?? []), item]);
  }
  let seq = 0;
  const groups: CategoryGroup[] = [...byCategory].map(([category, items]) => {
    const names: NameGroup[] = [];
    for (const item of items) {
      const row = rowOf(item, ++seq, options);
      const last = names[names.length - 1];
      if (last && last.name === row.name) last.rows.push(row);
      else names.push({ name: row.name, rows: [row] });
    }
    return { category, names, rowCount: items.length };
  });
  const jurisdiction = clean(catalog.jurisdiction.zone ?? catalog.jurisdiction.name);
  // The name the catalog uses (环境保护 stays 环境保护): both names of a domain are correct.
  const domain = clean(catalog.domain);
  const rows = groups.flatMap((g) => g.names.flatMap((n) => n.rows));
  return {
    title: catalogTitle(jurisdiction, domain, options.general, options.village),
    jurisdiction,
    domain,
    groups,
    rowCount: seq,
    withNote: rows.some((r) => r.note !== ""),
    withDisclosure: rows.some((r) => r.disclosureStated),
    withSubitem: rows.some((r) => r.subitem !== ""),
    withAudienceDetail: rows.some((r) => r.audienceDetail !== ""),
    withVillage: rows.some((r) => r.ticks.village),
  };
}

/** Every row in display order. */
export const rowsOf = (table: CatalogTable): Row[] => table.groups.flatMap((g) => g.names.flatMap((n) => n.rows));

/** A checklist entry: ■ or □, the channel, and for 其他 its descriptions. */
export const markText = (m: ChannelMark): string => `${m.on ? labels.channelOn : labels.channelOff}${m.name}${m.details.length ? `：${m.details.join("、")}` : ""}`;

/**
 * The checklist as the guidelines print it: two channels to a line, a long one (社区/企事业单位/村公示栏
 * （电子屏）, 其他 with a description) on a line of its own.
 */
export function checklistLines(marks: readonly ChannelMark[]): string[] {
  const texts = marks.map(markText);
  const lines: string[] = [];
  let pending: string | undefined;
  for (const text of texts) {
    const long = [...text].length > 8;
    if (pending !== undefined && !long) {
      lines.push(`${pending} ${text}`);
      pending = undefined;
      continue;
    }
    if (pending !== undefined) lines.push(pending);
    pending = undefined;
    if (long) lines.push(text);
    else pending = text;
  }
  if (pending !== undefined) lines.push(pending);
  return lines;
}
