/**
 * Coverage of a 权责清单 / 公共服务事项清单 by the catalogs: each entry is covered by a catalog item of
 * the same matter (its name, or its name and basis together), by an item that publishes the whole
 * class of its department's acts (行政处罚决定信息 of the same 实施主体 covers each 对……的行政处罚), or
 * is accounted for by a negative-list entry; otherwise it is uncovered. Catalog names are indexed by
 * character bigram, so a city's list is matched in one pass, not against every item.
 */
import { bigrams, dice, sharedCount } from "../check/similar.js";
import type { Catalog } from "./types.js";

/** An entry of a 权责清单 or 公共服务事项清单, as read (import/power-list.ts). */
export interface ListEntry {
  /** 1-based row in the table as read (a spreadsheet's row number, a CSV's record number). */
  row: number;
  /** the 子项 when there is one, else the item's name; on one line. */
  name: string;
  /** the 主项 (大项) a 子项 belongs to. */
  parent?: string;
  /** one of entryTypes when recognised, else as written ("" when none). */
  type: string;
  /** 实施主体 as written (on one line), or the department the list's title names. */
  department: string;
  basis: string;
}

export interface CoverageEntry extends ListEntry {
  /** the list's file, as given. */
  file: string;
}

export type CoveredBy = "name" | "basis" | "class" | "negative";

export interface EntryMatch {
  entry: CoverageEntry;
  by?: CoveredBy;
  /** the catalog item (or negative-list entry) that covers it: file and id (or name when it has none). */
  target?: { file: string; id: string };
}

export interface DepartmentCoverage {
  /** as the list writes it ("" when it names none). */
  department: string;
  entries: number;
  /** covered entries by how: name, basis (name and basis), class; negative: accounted for by the negative list. */
  by: Record<CoveredBy, number>;
  uncovered: CoverageEntry[];
  /** covered and accounted-for entries, with what covers them. */
  covered: EntryMatch[];
  /** (covered + negative) / entries. */
  share: number;
}

/** Name similarity that makes a match on its own, and the lower one that needs a shared law as well. */
export const thresholds = { name: 0.6, withBasis: 0.45 } as const;

const classWords: [RegExp, string][] = [
  [/行政许可/, "行政许可"],
  [/行政处罚/, "行政处罚"],
  [/行政强制/, "行政强制"],
  [/行政征收/, "行政征收"],
  [/行政给付/, "行政给付"],
  [/行政检查|双随机|随机抽查/, "行政检查"],
  [/行政确认/, "行政确认"],
  [/行政奖励/, "行政奖励"],
  [/行政裁决/, "行政裁决"],
];

/** Acts whose catalog items stand for no other act: an item's name saying one of them says what it is about. */
const actIn = (text: string): string | undefined => (/处罚/.test(text) ? "行政处罚" : /检查|抽查/.test(text) ? "行政检查" : /强制/.test(text) ? "行政强制" : undefined);

/** Pairs every list and catalog item shares (the act's type, 信息, 公开 …): they tell nothing about the matter. */
const stopPairs = new Set(["行政", "政许", "许可", "处罚", "政处", "强制", "政强", "征收", "政征", "给付", "政给", "检查", "政检", "确认", "政确", "奖励", "政奖", "裁决", "政裁", "信息", "公开", "事项", "办理", "结果", "决定", "相关", "有关"]);
const stopChar = /[的对和及或与等其]/;

function pairsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const pair of bigrams(text)) if (!stopPairs.has(pair) && !stopChar.test(pair)) out.add(pair);
  return out;
}

const compact = (text: string) => text.replace(/[\s\u00a0\u3000]+/g, "");

/** A power's matter: "对未按规定……的行政处罚" → "未按规定……"; bracketed notes dropped when enough is left. */
export function nameCore(name: string): string {
  let k = compact(name).replace(/^\d+[.、．]/, "");
  const unbracketed = k.replace(/[（(][^）)]*[）)]/g, "");
  if ([...unbracketed].length >= 4) k = unbracketed;
  return k.replace(/^对/, "").replace(/的?(行政)?(处罚|强制措施|强制执行|强制|征收|给付|检查|确认|奖励|裁决|许可)$/, "");
}

/** A law's title without the 中华人民共和国 prefix and version notes, for comparing citations. */
const lawKey = (title: string) => compact(title).replace(/^中华人民共和国/, "").replace(/[（(][^）)]*[）)]/g, "");
/** The 条例 is cited by nearly every catalog item: sharing it says nothing. */
const everywhere = /政府信息公开条例/;

export function lawsIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/《([^》]{2,60})》/g)) if (!everywhere.test(m[1]!)) out.add(lawKey(m[1]!));
  return out;
}

export interface Department {
  /** the organ without its places and suffix: 民政 for 苏州市吴中区民政局. */
  core: string;
  /** the places its name starts with (苏州市吴中区), each a name of `places`. */
  places: string[];
}

/**
 * A department read from its name: jurisdiction names and the organ's suffix dropped, so 苏州市吴中区民政局,
 * 吴中区民政局 and 区民政局 are one organ (民政), the first two also saying where. `places` are the names
 * the catalogs' divisions go by (吴中区, 苏州市, 苏州市吴中区 …).
 */
export function departmentOf(text: string, places: ReadonlySet<string>): Department {
  let k = compact(text).replace(/（/g, "(").replace(/）/g, ")").replace(/\([^)]*\)$/, "");
  const found: string[] = [];
  for (let changed = true; changed; ) {
    changed = false;
    for (let n = Math.min(24, k.length - 2); n >= 2; n--) {
      if (places.has(k.slice(0, n))) {
        found.push(k.slice(0, n));
        k = k.slice(n);
        changed = true;
        break;
      }
    }
  }
  // A level word left in front (区民政局, 县市场监督管理局), but not the 市 of 市场 or 市容.
  k = k.replace(/^(?:[区县旗镇乡]|市(?![场容]))(?=.{2})/, "");
  const core = k.replace(/和|与/g, "").replace(/(管理局|委员会|办公室|局|委|办|厅|部门|机关|机构)$/, "");
  return { core: core || k, places: found };
}

/** The names a division goes by: each level's (江苏省, 苏州市, 吴中区, 木渎镇) and each run of them (苏州市吴中区 …). */
export function placeNames(levels: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < levels.length; i++) for (let j = i + 1; j <= levels.length; j++) out.push(levels.slice(i, j).join(""));
  return out;
}

interface Ref {
  file: string;
  id: string;
  /** department cores of its subject. */
  departments: string[];
  /** the names of its catalog's jurisdiction (placeNames). */
  where: ReadonlySet<string>;
  laws: Set<string>;
  negative: boolean;
  /** the act its name says it is about (监督检查: 行政检查). */
  kind?: string;
}

interface Target {
  pairs: Set<string>;
  /** the text compared, compact. */
  text: string;
  /** four characters or more: long enough to stand for a matter when held whole in an entry's name. */
  long: boolean;
  /** the items holding it, by their catalogs' jurisdiction (a category repeats across a city's catalogs). */
  groups: Map<ReadonlySet<string>, Ref[]>;
}

export interface CoverageOptions {
  /** a catalog's jurisdiction by the names it goes by (placeNames of its division and those above it). */
  placesOf: (catalog: Catalog) => ReadonlySet<string>;
}

/** Splits a subject naming several organs: 苏州市吴中区民政局、各镇人民政府. */
const organsOf = (subject: string) => subject.split(/[、，,;；/\n]+/).map((s) => s.trim()).filter(Boolean);

class Index {
  readonly targets: Target[] = [];
  private readonly byText = new Map<string, Target>();
  private readonly postings = new Map<string, number[]>();

  add(text: string, ref: Ref): void {
    const k = compact(text);
    if (!k) return;
    let target = this.byText.get(k);
    if (!target) {
      target = { pairs: pairsOf(k), text: k, long: [...k].length >= 4, groups: new Map() };
      if (!target.pairs.size) return;
      this.byText.set(k, target);
      const n = this.targets.push(target) - 1;
      for (const pair of target.pairs) {
        const list = this.postings.get(pair);
        if (list) list.push(n);
        else this.postings.set(pair, [n]);
      }
    }
    const group = target.groups.get(ref.where);
    if (group) group.push(ref);
    else target.groups.set(ref.where, [ref]);
  }

  private counts = new Int32Array(0);

  /** Targets sharing at least two pairs with `pairs` (one for a short name), with the count. */
  candidates(pairs: ReadonlySet<string>): { target: Target; shared: number }[] {
    if (this.counts.length < this.targets.length) this.counts = new Int32Array(this.targets.length);
    const touched: number[] = [];
    for (const pair of pairs) {
      for (const n of this.postings.get(pair) ?? []) if ((this.counts[n] = this.counts[n]! + 1) === 1) touched.push(n);
    }
    const out: { target: Target; shared: number }[] = [];
    const least = Math.min(2, pairs.size);
    for (const n of touched) {
      if (this.counts[n]! >= least) out.push({ target: this.targets[n]!, shared: this.counts[n]! });
      this.counts[n] = 0;
    }
    return out;
  }
}

export function listCoverage(entries: readonly CoverageEntry[], catalogs: readonly Catalog[], options: CoverageOptions): { matches: EntryMatch[]; departments: DepartmentCoverage[] } {
  const wheres = catalogs.map((c) => options.placesOf(c));
  const places = new Set(wheres.flatMap((w) => [...w]));
  const department = memo((d: string) => departmentOf(d, places));
  const index = new Index();
  /** department core → the classes of acts its catalog items publish as a whole, with where. */
  const classes = new Map<string, { type: string; where: ReadonlySet<string> }[]>();
  catalogs.forEach((catalog, i) => {
    const where = wheres[i]!;
    for (const entry of catalog.negativeList ?? []) index.add(entry.name, { file: catalog.file, id: entry.id || entry.name, departments: [], where, laws: new Set(), negative: true });
    for (const item of catalog.items) {
      const departments = organsOf(item.subject || catalog.compiler || "").map((d) => department(d).core);
      const laws = new Set(item.basis.flatMap((c) => (c.title && !everywhere.test(c.title) ? [lawKey(c.title)] : [])));
      const kind = actIn(`${item.name}${item.subitem ?? ""}`);
      const ref: Ref = { file: catalog.file, id: item.id || item.name, departments, where, laws, negative: false, ...(kind ? { kind } : {}) };
      // The matter is often split between category and name (最低生活保障 · 审批信息): each, and both.
      for (const text of new Set([item.name, item.subitem ?? "", item.category, `${item.category}${item.name}`])) index.add(text, ref);
      const said = `${item.category}${item.name}${item.subitem ?? ""}`;
      for (const [pattern, type] of classWords) {
        if (!pattern.test(said)) continue;
        for (const d of departments) (classes.get(d) ?? classes.set(d, []).get(d)!).push({ type, where });
      }
    }
  });
  const known = new Set(catalogs.flatMap((c) => c.items.flatMap((item) => organsOf(item.subject || c.compiler || "").map((d) => department(d).core))));
  const matches = entries.map((entry) => matchEntry(entry, department(entry.department), known.has(department(entry.department).core), index, classes));
  return { matches, departments: byDepartment(matches) };
}

/** An entry's department names no place, or only places its catalog goes by: a list of one county is not covered by another's catalogs. */
const sameWhere = (department: Department, where: ReadonlySet<string>) => department.places.every((p) => where.has(p));

function shares(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/**
 * `own`: the entry's department publishes items in these catalogs, so only its items cover the entry (a
 * township's or a village's item on the same matter is theirs, not the county department's). A
 * department no item names (an abbreviation, an organ without a catalog) is matched by name alone.
 */
function matchEntry(entry: CoverageEntry, department: Department, own: boolean, index: Index, classes: ReadonlyMap<string, readonly { type: string; where: ReadonlySet<string> }[]>): EntryMatch {
  const text = nameCore(entry.name);
  const pairs = pairsOf(text);
  const laws = lawsIn(entry.basis);
  let best: { score: number; by: CoveredBy; ref: Ref } | undefined;
  for (const { target, shared } of index.candidates(pairs)) {
    const similarity = dice(pairs, target.pairs, shared);
    // A catalog name held whole in the power's name is the same matter (最低生活保障 in 最低生活保障金给付).
    const alike = similarity >= thresholds.name || (target.long && text.includes(target.text));
    if (!alike && (similarity < thresholds.withBasis || !laws.size)) continue;
    // Items beat the negative list; then the closest name (a name held whole only lets a match in); then the entry's own department.
    const top = 4.5 + similarity;
    // A category names hundreds of items across a city: once one reaches what no other could beat, stop.
    if (best && best.score >= top) continue;
    groups: for (const [where, refs] of target.groups) {
      if (!sameWhere(department, where)) continue;
      for (const ref of refs) {
        // An inspection item is not a penalty's, nor the other way round, however alike their objects.
        if (ref.kind && entry.type && ref.kind !== entry.type) continue;
        if (own && !ref.negative && !ref.departments.includes(department.core)) continue;
        const by: CoveredBy | undefined = ref.negative ? (alike ? "negative" : undefined) : alike ? "name" : shares(ref.laws, laws) ? "basis" : undefined;
        if (!by) continue;
        const score = (by === "negative" ? 0 : 4) + similarity + (ref.departments.includes(department.core) ? 0.5 : 0);
        if (!best || score > best.score) best = { score, by, ref };
        if (score >= top) break groups;
      }
    }
  }
  if (best) return { entry, by: best.by, target: { file: best.ref.file, id: best.ref.id } };
  if (entry.type && classes.get(department.core)?.some((c) => c.type === entry.type && sameWhere(department, c.where))) return { entry, by: "class" };
  return { entry };
}

function byDepartment(matches: readonly EntryMatch[]): DepartmentCoverage[] {
  const groups = new Map<string, DepartmentCoverage>();
  for (const match of matches) {
    const { entry, by } = match;
    const k = compact(entry.department);
    let group = groups.get(k);
    if (!group) groups.set(k, (group = { department: entry.department, entries: 0, by: { name: 0, basis: 0, class: 0, negative: 0 }, uncovered: [], covered: [], share: 0 }));
    group.entries++;
    if (by) {
      group.by[by]++;
      group.covered.push(match);
    } else group.uncovered.push(entry);
  }
  const out = [...groups.values()];
  for (const group of out) group.share = ratio(group.entries - group.uncovered.length, group.entries);
  return out;
}

/** A share to four decimals, so JSON figures are exact and stable. */
export const ratio = (part: number, whole: number): number => (whole ? Math.round((part / whole) * 10000) / 10000 : 0);

function memo<V>(make: (key: string) => V): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = make(key)));
    return value;
  };
}
