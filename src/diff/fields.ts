/**
 * What the diff compares: each field of a typed catalog or item as display text plus a comparison key.
 * Keys fold what does not change meaning — variant spellings (特定群众 → 特定群体, 政府服务中心 →
 * 政务服务中心), structured vs printed citations, 第20条 vs 第二十条, bracket widths in document numbers —
 * so only real changes are reported, always shown as written.
 */
import { catalogSchema } from "../check/schema.js";
import type { Localised } from "../i18n.js";
import { supplementaryName } from "../model/coverage.js";
import { docNoKey, titleKey } from "../model/registries.js";
import { printedCitation } from "../model/citation.js";
import type { Catalog, Channel, Citation, Item, Term } from "../model/types.js";
import type { ItemFields } from "./types.js";

export interface Entry {
  text: string;
  key: string;
}

/** A text value compares by `key` when it has one (the level's canonical value), else by its text. */
export type FieldValue = { type: "text"; text: string; key?: string } | { type: "list"; entries: Entry[] };

export interface ItemView {
  id: string;
  /** 0-based position in the catalog. */
  index: number;
  name: string;
  category: string;
  /** the typed item, to tell an unchanged item without its fields (writtenAlike). */
  item: Item;
  /** by field key, in field order; absent optional fields are left out. Made on first use: fieldsOf. */
  fields?: Record<string, FieldValue>;
}

export interface CatalogView {
  file: string;
  code: string;
  domain: string;
  name: string;
  level: string;
  revision?: string;
  issued?: string;
  fields: Record<string, FieldValue>;
  items: ItemView[];
}

/** Item fields in the order of format.md §1 (x- extensions follow, sorted). */
export const itemFields = ["category", "name", "subitem", "content", "basis", "time_limit", "subject", "channels", "audience", "audience_detail", "method", "levels", "note"] as const;
/** Catalog-level fields; the jurisdiction code and the domain are the catalog's identity, not fields. */
export const catalogFields = ["jurisdiction.name", "jurisdiction.level", "revision", "issued", "compiler", "format"] as const;

const text = (value: string): FieldValue => ({ type: "text", text: value });
const list = (entries: Entry[]): FieldValue => ({ type: "list", entries });
const same = (value: string): Entry => ({ text: value, key: value });
/** 乡、村级 compares equal to 乡级 and 村级 written apart only as a list; as an entry it keys by all it names. */
const term = (t: Term): Entry => ({ text: t.raw, key: t.canonical ? [t.canonical, ...(t.also ?? []), ...(t.higher ?? [])].join("、") : (t.higher?.join("、") ?? t.raw) });
const channel = (c: Channel): Entry => ({ text: c.raw, key: c.other !== undefined ? `其他：${c.other}` : (c.canonical ?? c.raw) });

/** Normalisation shares Citation objects between items citing alike, so keys are worked out once each. */
const citationEntries = new WeakMap<Citation, Entry>();

function citation(c: Citation): Entry {
  let entry = citationEntries.get(c);
  // Stryker disable next-line ConditionalExpression: a cache; working the entry out again gives the same
  if (!entry) {
    entry = citationEntry(c);
    citationEntries.set(c, entry);
  }
  return entry;
}

function citationEntry(c: Citation): Entry {
  const title = c.title ?? c.untitled ?? "";
  const articles = c.articles.map((a) => `${a.article}.${a.paragraph ?? ""}.${a.clause ?? ""}`);
  const key = [titleKey(title), c.docNo ? docNoKey(c.docNo) : "", ...articles, ...c.badArticles].join("|");
  return { text: printedCitation(c), key };
}

/** x- extension values, compared and shown as compact JSON with sorted keys. */
function extensionText(value: unknown): string {
  if (typeof value === "string") return value;
  const sort = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sort) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, x]) => [k, sort(x)])) : v;
  return JSON.stringify(sort(value));
}

function withExtensions(fields: Record<string, FieldValue>, extensions: Record<string, unknown>): Record<string, FieldValue> {
  for (const key of Object.keys(extensions).sort()) fields[key] = text(extensionText(extensions[key]));
  return fields;
}

export function itemView(item: Item): ItemView {
  return { id: item.id, index: item.index, name: item.name, category: item.category, item };
}

/** Most items of a revision are unchanged and their fields never looked at: they are made on first use. */
export const fieldsOf = (view: ItemView): Record<string, FieldValue> => (view.fields ??= itemFieldValues(view.item));

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameSpellings(a: readonly Term[], b: readonly Term[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.raw !== b[i]!.raw) return false;
  return true;
}

/** Citations print alike (normalisation shares one Citation between entries written alike). */
function sameCitations(a: readonly Citation[], b: readonly Citation[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && citation(a[i]!).text !== citation(b[i]!).text) return false;
  return true;
}

/**
 * Whether two items are written alike in every field their views show (names, content, printed
 * citations, channel and term spellings): then their views compare equal and the fields need not be
 * made. Items with x- extensions are left to the full comparison.
 */
export function writtenAlike(a: Item, b: Item): boolean {
  return (
    a.category === b.category &&
    a.name === b.name &&
    a.subitem === b.subitem &&
    a.audienceDetail === b.audienceDetail &&
    a.subject === b.subject &&
    a.note === b.note &&
    a.timeLimit.raw === b.timeLimit.raw &&
    sameStrings(a.content, b.content) &&
    sameCitations(a.basis, b.basis) &&
    sameSpellings(a.channels, b.channels) &&
    sameSpellings(a.audience, b.audience) &&
    sameSpellings(a.method, b.method) &&
    sameSpellings(a.levels, b.levels) &&
    Object.keys(a.extensions).length === 0 &&
    Object.keys(b.extensions).length === 0
  );
}

function itemFieldValues(item: Item): Record<string, FieldValue> {
  const fields: Record<string, FieldValue> = {
    category: text(item.category),
    name: text(item.name),
    ...(item.subitem ? { subitem: text(item.subitem) } : {}),
    content: list(item.content.map(same)),
    basis: list(item.basis.map(citation)),
    time_limit: text(item.timeLimit.raw),
    subject: text(item.subject),
    channels: list(item.channels.map(channel)),
    audience: list(item.audience.map(term)),
    ...(item.audienceDetail ? { audience_detail: text(item.audienceDetail) } : {}),
    method: list(item.method.map(term)),
    levels: list(item.levels.map(term)),
  };
  if (item.note) fields.note = text(item.note);
  return withExtensions(fields, item.extensions);
}

export function catalogView(catalog: Catalog): CatalogView {
  const fields: Record<string, FieldValue> = {
    "jurisdiction.name": text(catalog.jurisdiction.name),
    "jurisdiction.level": { type: "text", text: catalog.jurisdiction.level.raw, key: catalog.jurisdiction.level.canonical ?? catalog.jurisdiction.level.raw },
  };
  if (catalog.revision) fields.revision = text(catalog.revision);
  if (catalog.issued) fields.issued = text(catalog.issued);
  if (catalog.compiler) fields.compiler = text(catalog.compiler);
  fields.format = text(String(catalog.format));
  return {
    file: catalog.file,
    // A zone's catalogs are matched apart from its administering division's: the zone is part of the identity.
    code: catalog.jurisdiction.zone ? `${catalog.jurisdiction.code}/${catalog.jurisdiction.zone}` : catalog.jurisdiction.code,
    // A supplementary catalog is one per jurisdiction, whatever domain it names: matched as one.
    domain: catalog.supplementary ? supplementaryName : catalog.domain,
    name: catalog.jurisdiction.name,
    level: catalog.jurisdiction.level.canonical ?? catalog.jurisdiction.level.raw,
    ...(catalog.revision ? { revision: catalog.revision } : {}),
    ...(catalog.issued ? { issued: catalog.issued } : {}),
    fields: withExtensions(fields, catalog.extensions),
    items: catalog.items.map(itemView),
  };
}

/** An item as plain data (display text), for added and removed items. */
export function itemFieldsOf(view: ItemView): ItemFields {
  const out: ItemFields = {};
  for (const [field, value] of Object.entries(fieldsOf(view))) out[field] = value.type === "text" ? value.text : value.entries.map((e) => e.text);
  return out;
}

/** Field labels in the users' words, from the catalog schema's titles (the one place they are written). */
export function fieldLabels(): Record<string, Localised> {
  const schema = catalogSchema();
  const labels: Record<string, Localised> = {};
  for (const field of itemFields) labels[field] = schema.labelAt(["items", 0, field]) ?? { zh: field, en: field };
  for (const field of catalogFields) labels[field] = schema.labelAt(field.split(".")) ?? { zh: field, en: field };
  for (const [field, path] of [["id", ["items", 0, "id"]], ["jurisdiction.code", ["jurisdiction", "code"]], ["domain", ["domain"]]] as const) {
    labels[field] = schema.labelAt(path) ?? { zh: field, en: field };
  }
  return labels;
}
