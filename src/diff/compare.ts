/**
 * Two catalog views → CatalogDiff; two sets of views → DiffResult. Every changed field carries its old
 * and new value (and, for text, the inline segments); moves are not changes.
 */
import { catalogFields, fieldsOf, itemFieldsOf, itemFields, writtenAlike, type CatalogView, type Entry, type FieldValue, type ItemView } from "./fields.js";
import { byCodePoint, catalogKey, moves, refusal, renumberings } from "./match.js";
import { segments } from "./segments.js";
import type { CatalogDiff, CatalogSide, CatalogStatus, DiffResult, FieldChange, ItemDiff, ItemStatus, ItemSummary } from "./types.js";

export interface CompareOptions {
  /** list order changes (`--show-order`). */
  order?: boolean;
}

const fieldRank = new Map<string, number>([...itemFields, ...catalogFields].map((f, i) => [f, i]));
const byField = (a: string, b: string) => (fieldRank.get(a) ?? Infinity) - (fieldRank.get(b) ?? Infinity) || byCodePoint(a, b);

/** Entries of `from` not matched (by key, counting repeats) in `to`, as written. */
function unmatched(from: readonly Entry[], to: readonly Entry[]): string[] {
  const pool = new Map<string, number>();
  for (const e of to) pool.set(e.key, (pool.get(e.key) ?? 0) + 1);
  return from.flatMap((e) => {
    const n = pool.get(e.key) ?? 0;
    if (n > 0) {
      pool.set(e.key, n - 1);
      return [];
    }
    return [e.text];
  });
}

const sameTexts = (a: readonly Entry[], b: readonly Entry[]) => a.length === b.length && a.every((e, i) => e.text === b[i]!.text);

function compareField(field: string, a: FieldValue | undefined, b: FieldValue | undefined): FieldChange | undefined {
  if (a?.type === "list" || b?.type === "list") {
    const before = a?.type === "list" ? a.entries : [];
    const after = b?.type === "list" ? b.entries : [];
    if (sameTexts(before, after)) return undefined;
    const added = unmatched(after, before);
    const removed = unmatched(before, after);
    if (!added.length && !removed.length) return undefined;
    return { field, type: "list", before: before.map((e) => e.text), after: after.map((e) => e.text), added, removed };
  }
  const before = a?.type === "text" ? a : undefined;
  const after = b?.type === "text" ? b : undefined;
  if ((before?.key ?? before?.text) === (after?.key ?? after?.text)) return undefined;
  const old = before?.text ?? null;
  const current = after?.text ?? null;
  return { field, type: "text", before: old, after: current, segments: segments(old, current) };
}

export function compareFields(a: Readonly<Record<string, FieldValue>>, b: Readonly<Record<string, FieldValue>>): FieldChange[] {
  // Views list their fields in field order already; only fields one side lacks need a merge.
  const left = Object.keys(a);
  const extra = Object.keys(b).filter((k) => !(k in a));
  const fields = extra.length ? [...left, ...extra].sort(byField) : left;
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const change = compareField(field, a[field], b[field]);
    if (change) changes.push(change);
  }
  return changes;
}

const statusRank: Record<ItemStatus, number> = { added: 0, removed: 1, changed: 2 };
const byStatusThenId = (x: ItemDiff, y: ItemDiff) => statusRank[x.status] - statusRank[y.status] || byCodePoint(x.id, y.id);

const whole = (status: "added" | "removed") => (item: ItemView): ItemDiff => ({
  id: item.id,
  status,
  name: item.name,
  category: item.category,
  fields: itemFieldsOf(item),
});

function summarise(items: readonly ItemDiff[], moved?: number): ItemSummary {
  const count = (s: ItemStatus) => items.filter((i) => i.status === s).length;
  return {
    added: count("added"),
    removed: count("removed"),
    changed: count("changed"),
    renamed: items.filter((i) => i.renamed).length,
    renumbered: items.filter((i) => i.status === "added" && i.renumbered).length,
    ...(moved !== undefined ? { moved } : {}),
  };
}

function side(view: CatalogView): CatalogSide {
  return {
    file: view.file,
    name: view.name,
    level: view.level,
    ...(view.revision ? { revision: view.revision } : {}),
    ...(view.issued ? { issued: view.issued } : {}),
    items: view.items.length,
  };
}

/** The items of both sides as a multiset of contents: equal when nothing but order changed. */
function sameContent(a: readonly ItemView[], b: readonly ItemView[]): boolean {
  if (a.length !== b.length) return false;
  const print = (i: ItemView) =>
    JSON.stringify([i.id, Object.entries(fieldsOf(i)).map(([field, v]) => [field, v.type === "text" ? (v.key ?? v.text) : v.entries.map((e) => e.key).sort()])]);
  const left = a.map(print).sort();
  const right = b.map(print).sort();
  return left.every((p, i) => p === right[i]);
}

export function compareCatalogs(old: CatalogView | undefined, current: CatalogView | undefined, options: CompareOptions = {}): CatalogDiff {
  const identity = (current ?? old)!;
  // Key order is the JSON's reading order: identity, status, the two sides, then the changes.
  const make = (status: CatalogStatus, rest: Omit<CatalogDiff, "jurisdiction" | "domain" | "status" | "old" | "new">): CatalogDiff => ({
    jurisdiction: identity.code,
    domain: identity.domain,
    status,
    ...(old ? { old: side(old) } : {}),
    ...(current ? { new: side(current) } : {}),
    ...rest,
  });
  if (!old || !current) {
    const items = (old ? old.items.map(whole("removed")) : current!.items.map(whole("added"))).sort(byStatusThenId);
    return make(old ? "removed" : "added", { changes: [], items, summary: summarise(items) });
  }
  // Views of byte-identical files share their contents (chunk.ts): nothing to compare.
  const refused = refusal(old.items, "old") ?? refusal(current.items, "new");
  if (old.items === current.items && old.fields === current.fields) {
    const order = options.order && !refused ? { moved: [] } : {};
    return make("unchanged", { changes: [], items: [], ...order, ...(refused ? { refused } : {}), summary: summarise([], "moved" in order ? 0 : undefined) });
  }
  const changes = compareFields(old.fields, current.fields);
  if (refused) {
    return make(changes.length || !sameContent(old.items, current.items) ? "changed" : "unchanged", { changes, items: [], refused, summary: summarise([]) });
  }
  const currentById = new Map(current.items.map((i) => [i.id, i]));
  const oldIds = new Set(old.items.map((i) => i.id));
  const items: ItemDiff[] = [];
  const removed: ItemView[] = [];
  for (const item of old.items) {
    const counterpart = currentById.get(item.id);
    if (!counterpart) {
      removed.push(item);
      continue;
    }
    if (writtenAlike(item.item, counterpart.item)) continue;
    const fieldChanges = compareFields(fieldsOf(item), fieldsOf(counterpart));
    if (!fieldChanges.length) continue;
    items.push({
      id: item.id,
      status: "changed",
      name: counterpart.name,
      category: counterpart.category,
      changes: fieldChanges,
      ...(fieldChanges.some((c) => c.field === "name") ? { renamed: true } : {}),
    });
  }
  const added = current.items.filter((i) => !oldIds.has(i.id));
  const suggestions = renumberings(removed, added);
  const suggestionFor = new Map(suggestions.flatMap((s) => [[`-${s.from}`, s] as const, [`+${s.to}`, s] as const]));
  for (const item of removed) items.push(withSuggestion(whole("removed")(item), suggestionFor.get(`-${item.id}`)));
  for (const item of added) items.push(withSuggestion(whole("added")(item), suggestionFor.get(`+${item.id}`)));
  items.sort(byStatusThenId);
  const moved = options.order ? moves(old.items, currentById) : undefined;
  return make(changes.length || items.length ? "changed" : "unchanged", { changes, items, ...(moved ? { moved } : {}), summary: summarise(items, moved?.length) });
}

const withSuggestion = (item: ItemDiff, suggestion: ItemDiff["renumbered"]): ItemDiff => (suggestion ? { ...item, renumbered: suggestion } : item);

/** Pairs catalogs (unique per side) by (jurisdiction code, domain) and compares each pair. */
export function compareViews(old: readonly CatalogView[], current: readonly CatalogView[], options: CompareOptions = {}): CatalogDiff[] {
  const currentByKey = new Map(current.map((v) => [catalogKey(v), v]));
  const oldKeys = new Set(old.map(catalogKey));
  return [
    ...old.map((v) => compareCatalogs(v, currentByKey.get(catalogKey(v)), options)),
    ...current.filter((v) => !oldKeys.has(catalogKey(v))).map((v) => compareCatalogs(undefined, v, options)),
  ];
}

export function summary(catalogs: readonly CatalogDiff[], skipped: number): DiffResult["summary"] {
  const count = (s: CatalogStatus) => catalogs.filter((c) => c.status === s).length;
  const total = (k: keyof ItemSummary) => catalogs.reduce((n, c) => n + (c.summary[k] ?? 0), 0);
  const moved = catalogs.some((c) => c.summary.moved !== undefined);
  return {
    catalogs: { added: count("added"), removed: count("removed"), changed: count("changed"), unchanged: count("unchanged") },
    items: { added: total("added"), removed: total("removed"), changed: total("changed"), renamed: total("renamed"), renumbered: total("renumbered"), ...(moved ? { moved: total("moved") } : {}) },
    refused: catalogs.filter((c) => c.refused).length,
    skipped,
  };
}

/** True when the two sides differ in anything the diff can see (or could not compare). */
export function hasDifferences(result: DiffResult): boolean {
  return result.skipped.length > 0 || result.catalogs.some((c) => c.status !== "unchanged");
}
