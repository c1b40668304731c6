/**
 * Matching: catalogs by (jurisdiction code, domain), items by declared id — a
 * hash join, never a guess. Order changes come from a longest increasing subsequence over the common
 * ids (one move = one line); likely renumberings are pairs of a removed and an added item with nearly
 * the same content, offered as suggestions.
 */
import { fieldsOf, type CatalogView, type FieldValue, type ItemView } from "./fields.js";
import { length } from "./segments.js";
import type { Move, Refusal, Renumbering } from "./types.js";

export const catalogKey = (view: Pick<CatalogView, "code" | "domain">): string => `${view.code}\u0000${view.domain}`;

/** Items whose ids are missing or repeated cannot be matched: that catalog's item diff refuses. */
export function refusal(items: readonly ItemView[], side: "old" | "new"): Refusal | undefined {
  const missing = items.filter((i) => !i.id).map((i) => String(i.index + 1));
  if (missing.length) return { reason: "missing-ids", side, ids: missing };
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const { id } of items) (seen.has(id) ? repeated : seen).add(id);
  return repeated.size ? { reason: "duplicate-ids", side, ids: [...repeated].sort(byCodePoint) } : undefined;
}

export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Items of `old` whose relative order changed in `new`: those outside a longest increasing subsequence
 * of new positions. Among equally long ones, the one keeping the items that travelled least wins, so
 * the item someone actually moved is the one reported.
 */
export function moves(old: readonly ItemView[], current: ReadonlyMap<string, ItemView>): Move[] {
  const common = old.filter((i) => current.has(i.id));
  const to = common.map((i) => current.get(i.id)!.index);
  const travel = common.map((item, k) => Math.abs(item.index - to[k]!));
  // Any longer subsequence outweighs any shorter one: each item weighs more than all travel together.
  const unit = (common.length + 1) * (travel.reduce((a, b) => Math.max(a, b), 0) + 1);
  const kept = heaviestIncreasing(
    to,
    travel.map((t) => unit - t),
  );
  return common
    .filter((_, k) => !kept.has(k))
    .map((i) => ({ id: i.id, name: current.get(i.id)!.name, from: i.index + 1, to: current.get(i.id)!.index + 1 }))
    .sort((a, b) => byCodePoint(a.id, b.id));
}

/**
 * Indexes of the strictly increasing subsequence of `values` (distinct, non-negative) with the largest
 * total weight, in O(n log n) with a Fenwick tree of prefix maxima. Weights larger than any sum of
 * differences between them make "longest" come first.
 */
function heaviestIncreasing(values: readonly number[], weights: readonly number[]): Set<number> {
  const size = values.reduce((a, b) => Math.max(a, b), 0) + 1;
  const best = new Array<number>(size + 1).fill(0);
  const at = new Array<number>(size + 1).fill(-1);
  const previous = new Array<number>(values.length).fill(-1);
  const score = new Array<number>(values.length).fill(0);
  values.forEach((value, i) => {
    let top = 0;
    let from = -1;
    for (let k = value; k > 0; k -= k & -k) {
      if (best[k]! > top) {
        top = best[k]!;
        from = at[k]!;
      }
    }
    score[i] = top + weights[i]!;
    previous[i] = from;
    for (let k = value + 1; k <= size; k += k & -k) {
      if (score[i]! > best[k]!) {
        best[k] = score[i]!;
        at[k] = i;
      }
    }
  });
  let end = -1;
  score.forEach((s, i) => {
    if (end === -1 || s > score[end]!) end = i;
  });
  const kept = new Set<number>();
  for (let i = end; i !== -1; i = previous[i]!) kept.add(i);
  return kept;
}

/** At or above this similarity an unmatched removed/added pair is flagged as a likely renumbering. */
export const renumberingThreshold = 0.9;
/** Beyond this many candidate pairs only items with the same name are compared. */
const maxPairs = 40_000;

export function renumberings(removed: readonly ItemView[], added: readonly ItemView[]): Renumbering[] {
  const candidates: Renumbering[] = [];
  const everyPair = removed.length * added.length <= maxPairs;
  const addedByName = new Map<string, ItemView[]>();
  for (const a of added) addedByName.set(a.name, [...(addedByName.get(a.name) ?? []), a]);
  for (const r of removed) {
    for (const a of everyPair ? added : (addedByName.get(r.name) ?? [])) {
      const similarity = itemSimilarity(r, a);
      if (similarity >= renumberingThreshold) candidates.push({ from: r.id, to: a.id, similarity: Math.round(similarity * 100) / 100 });
    }
  }
  // Best pairs first; each id takes part in one suggestion at most.
  candidates.sort((x, y) => y.similarity - x.similarity || byCodePoint(x.from, y.from) || byCodePoint(x.to, y.to));
  const used = new Set<string>();
  return candidates.filter((c) => {
    if (used.has(`-${c.from}`) || used.has(`+${c.to}`)) return false;
    used.add(`-${c.from}`).add(`+${c.to}`);
    return true;
  });
}

/** The mean over both items' fields of each field's similarity (text: character bigrams; lists: entries). */
export function itemSimilarity(a: ItemView, b: ItemView): number {
  const [left, right] = [fieldsOf(a), fieldsOf(b)];
  const fields = new Set([...Object.keys(left), ...Object.keys(right)]);
  let total = 0;
  for (const field of fields) total += valueSimilarity(left[field], right[field]);
  return fields.size ? total / fields.size : 1;
}

function valueSimilarity(a: FieldValue | undefined, b: FieldValue | undefined): number {
  if (!a || !b || a.type !== b.type) return 0;
  if (a.type === "text" && b.type === "text") return textSimilarity(a.key ?? a.text, b.key ?? b.text);
  if (a.type === "list" && b.type === "list") {
    const left = a.entries.map((e) => e.key);
    const right = b.entries.map((e) => e.key);
    if (!left.length && !right.length) return 1;
    const pool = new Map<string, number>();
    for (const k of left) pool.set(k, (pool.get(k) ?? 0) + 1);
    let common = 0;
    for (const k of right) {
      const n = pool.get(k) ?? 0;
      if (n > 0) {
        common++;
        pool.set(k, n - 1);
      }
    }
    return common / (left.length + right.length - common);
  }
  return 0;
}

/** Dice coefficient over character bigrams (code points). */
function textSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (length(a) < 2 || length(b) < 2) return 0;
  const grams = (s: string) => {
    const chars = [...s];
    return chars.slice(1).map((c, i) => chars[i]! + c);
  };
  const left = grams(a);
  const pool = new Map<string, number>();
  for (const g of left) pool.set(g, (pool.get(g) ?? 0) + 1);
  let common = 0;
  const right = grams(b);
  for (const g of right) {
    const n = pool.get(g) ?? 0;
    if (n > 0) {
      common++;
      pool.set(g, n - 1);
    }
  }
  return (2 * common) / (left.length + right.length);
}
