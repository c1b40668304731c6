/**
 * The result of comparing two sets of catalogs: the data every diff formatter reads, and what
 * `--format json` prints (format.md §3, version 1, extended with names, summaries and list entries).
 */

/** An inline-diff segment: kept text, removed text or added text, computed once (segments.ts). */
export type Segment = readonly ["=" | "-" | "+", string];

/** A changed scalar (text) field; `null` stands for a value that is absent on that side. */
export interface TextChange {
  field: string;
  type: "text";
  before: string | null;
  after: string | null;
  segments: Segment[];
}

/** A changed list field (basis, channels, content …): compared as entries, not as text. */
export interface ListChange {
  field: string;
  type: "list";
  before: string[];
  after: string[];
  /** entries of `after` that `before` lacks, and the other way round (as written on each side). */
  added: string[];
  removed: string[];
}

export type FieldChange = TextChange | ListChange;

export type ItemStatus = "added" | "removed" | "changed";
export type CatalogStatus = "added" | "removed" | "changed" | "unchanged";

/** Every field of an item as written, for added and removed items (the output is self-contained). */
export type ItemFields = Record<string, string | string[]>;

/** A removed id and an added id whose contents are nearly the same: a suggestion, never merged. */
export interface Renumbering {
  from: string;
  to: string;
  /** 0…1, share of equal content over the fields of both items. */
  similarity: number;
}

export interface ItemDiff {
  id: string;
  status: ItemStatus;
  /** the name on the newer side (the older one for removed items). */
  name: string;
  category: string;
  /** changed items: every changed field, in field order. */
  changes?: FieldChange[];
  /** changed items whose name changed. */
  renamed?: boolean;
  /** added items: the new item; removed items: the old one. */
  fields?: ItemFields;
  renumbered?: Renumbering;
  /** from the annotation file (调整理由). */
  reason?: string;
}

/** An item whose position changed (only with the order option): positions are 1-based. */
export interface Move {
  id: string;
  name: string;
  from: number;
  to: number;
}

/** Why a catalog's items were not compared: identities that are not unique or not there. */
export interface Refusal {
  reason: "duplicate-ids" | "missing-ids";
  side: "old" | "new";
  /** the duplicated ids (duplicate-ids), or 1-based positions of items without an id (missing-ids). */
  ids: string[];
}

export interface CatalogSide {
  file: string;
  name: string;
  level: string;
  revision?: string;
  issued?: string;
  items: number;
}

export interface CatalogDiff {
  /** the jurisdiction code (the key, with the domain). */
  jurisdiction: string;
  domain: string;
  status: CatalogStatus;
  old?: CatalogSide;
  new?: CatalogSide;
  /** catalog-level fields that changed (revision, issued, jurisdiction name, compiler …). */
  changes: FieldChange[];
  items: ItemDiff[];
  moved?: Move[];
  refused?: Refusal;
  /** from the annotation file. */
  reason?: string;
  summary: ItemSummary;
}

export interface ItemSummary {
  added: number;
  removed: number;
  changed: number;
  renamed: number;
  renumbered: number;
  moved?: number;
}

/** Files left out of the comparison, and why; identical invalid files on both sides are not listed. */
export interface Skipped {
  side: "old" | "new";
  file: string;
  reason: "invalid" | "duplicate-catalog" | "counterpart-invalid";
}

export interface DiffSummary {
  catalogs: Record<CatalogStatus, number>;
  items: ItemSummary;
  /** catalogs whose items could not be compared (`refused`). */
  refused: number;
  skipped: number;
}

export interface DiffResult {
  version: 1;
  /** `label` as given (a path, a revision); `revision` when it names a git revision or the working tree. */
  old: { label: string; revision?: boolean };
  new: { label: string; revision?: boolean };
  summary: DiffSummary;
  catalogs: CatalogDiff[];
  skipped: Skipped[];
  /** from the annotation file: the notice's title and its basis paragraph (调整依据). */
  notice?: { title?: string; basis?: string };
}
