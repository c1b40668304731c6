/**
 * The typed, normalised catalog every stage after checking works on.
 * Normalisation is tolerant: an item with schema findings is still modelled (missing text is "",
 * missing lists are []), so rules can check the rest of it and renderers never meet `undefined`.
 */
/** 公开层级: 县级 and 乡级 as the guidelines print them, 村级 for the village lists of the plans. */
export type Level = "县级" | "乡级" | "村级";
/** The level of a catalog itself (jurisdiction.level). */
export type JurisdictionLevel = "县级" | "乡级";
export type Audience = "全社会" | "特定群体";
export type Method = "主动" | "依申请";
/** 公开属性; an item without one reads it from its method (disclosure.ts). */
export type Disclosure = "主动公开" | "依申请公开" | "部分公开" | "不予公开";

/** A path into the source document: keys and list indexes, e.g. ["items", 3, "basis", 0]. */
export type SourcePath = readonly (string | number)[];

/** A vocabulary value as written and, when it is a known form, its canonical value. */
export interface Term<T extends string = string> {
  raw: string;
  canonical?: T;
  /** true when `raw` is a known variant spelling of `canonical` rather than the canonical text. */
  variant: boolean;
  /** levels only: further canonical values the text names (乡、村级 → 乡级, also 村级). */
  also?: T[];
  /** levels only: levels above the county the text names (市级, 州级 …), as registered. */
  higher?: string[];
}

export interface Channel extends Term {
  /** for `其他：<description>`, the description. */
  other?: string;
}

export interface ArticleRef {
  raw: string;
  article: number;
  paragraph?: number;
  clause?: number;
}

export type DocNoProblem = "unbalanced-brackets" | "missing-year" | "missing-serial" | "missing-hao" | "stray-suffix" | "unclosed-around";

export interface Citation {
  /** index in the item's `basis` list, for positions. */
  index: number;
  /** the citation text as written (a string entry, or the title of a structured one). */
  raw: string;
  structured: boolean;
  /** the title inside 《》 (or of a structured citation). */
  title?: string;
  /** without 《》: the text that stands where the title should be. */
  untitled?: string;
  docNo?: string;
  docNoProblems: DocNoProblem[];
  /** the document number was written with spaces inside (a PDF line break): read without them. */
  docNoSpaced?: boolean;
  /** 《 opened and never closed: the title is what precedes the document number or articles. */
  unclosed?: boolean;
  /** the well-formed document number, when a malformed one can be repaired unambiguously. */
  docNoSuggestion?: string;
  articles: ArticleRef[];
  /** article references that could not be read as numbers. */
  badArticles: string[];
}

export type TimeUnit = "工作日" | "日" | "小时" | "月";

export interface Duration {
  amount: number;
  unit: TimeUnit;
}

export interface TimeLimitPart {
  raw: string;
  trigger?: string;
  duration?: Duration;
  /** a publicity period (公示不少于30日, 报送审批前公告30日): how long, not how late. */
  notice?: Duration;
  /** a periodic part (每季度, 按年度, 季度结束后…): when in a cycle, not how long after an event. */
  periodic?: boolean;
}

export type TimeLimitDefect = "missing-ge" | "missing-trigger" | "spaced" | "truncated";

export interface TimeLimit {
  raw: string;
  parts: TimeLimitPart[];
  /** `实时`, `长期公开（动态调整）` and the like. */
  standing?: string;
  /** `每季度`, `每年…前` and the like. */
  periodic?: string;
  /** no number and no standing or periodic form. */
  vague: boolean;
  defects: TimeLimitDefect[];
}

export interface Item {
  /** 0-based position in `items`. */
  index: number;
  id: string;
  category: string;
  name: string;
  /** 三级事项, when the catalog has a third name level. */
  subitem?: string;
  content: string[];
  basis: Citation[];
  timeLimit: TimeLimit;
  subject: string;
  channels: Channel[];
  audience: Term<Audience>[];
  /** the group 特定群体（请写明） asks for. */
  audienceDetail?: string;
  method: Term<Method>[];
  /** empty when the item states none: it is then disclosed at its catalog's own level (format.md §1). */
  levels: Term<Level>[];
  /** 公开属性 as written (schema-checked); absent: read from `method`. */
  disclosure?: Disclosure;
  /** for 部分公开: what is withheld. */
  withheld?: string;
  /** village lists: the id of the township catalog item this item repeats. */
  mirrors?: string;
  /** village lists: a 自治 matter, with no government counterpart. */
  selfGovernance?: true;
  note?: string;
  /** `x-` extension keys, kept as they are. */
  extensions: Record<string, unknown>;
}

export interface Jurisdiction {
  code: string;
  name: string;
  level: Term<Level>;
  /** a development zone without a division code of its own; code and name are its administering division's. */
  zone?: string;
}

/** One entry of a 不予公开事项清单 (negative list). */
export interface NegativeEntry {
  /** 0-based position in `entries`. */
  index: number;
  id: string;
  name: string;
  /** the domain whose items it covers; absent: every domain of its jurisdiction. */
  domain?: string;
  basis: Citation[];
  /** the organ deciding, and a note: printed on the published list. */
  subject?: string;
  note?: string;
}

/** An item marked 不予公开, as cross-file rules see it (headers carry no items). */
export interface UndisclosedItem {
  index: number;
  id: string;
  name: string;
  subitem?: string;
}

/** What comparing a village item with the township item it mirrors needs (headers carry no items). */
export interface ItemDigest {
  index: number;
  id: string;
  category: string;
  name: string;
  content: string[];
  basis: Citation[];
  subject: string;
}

/** A village list's item as cross-file rules see it. */
export interface VillageItem extends ItemDigest {
  mirrors?: string;
  selfGovernance?: true;
}

export interface Catalog {
  /** path as reported: relative to the working directory, `/` separators. */
  file: string;
  format: number;
  jurisdiction: Jurisdiction;
  domain: string;
  revision?: string;
  issued?: string;
  compiler?: string;
  /** the file's `kind` when it is not a domain catalog (`negative-list`, …); absent for `catalog`, the default. */
  kind?: string;
  items: Item[];
  /** a 不予公开事项清单 (`kind: negative-list`): its entries stand where a catalog's items do. */
  negativeList?: NegativeEntry[];
  /** a 政府信息主动公开补充目录 (`kind: supplementary`): items like a catalog's, beside the standard catalogs. */
  supplementary?: true;
  /** the items marked 不予公开, for the cross-file check that a negative list covers them. */
  undisclosed?: UndisclosedItem[];
  /** a 村(居)务公开目录 (`kind: village-list`): its items, for the cross-file checks against its township. */
  village?: VillageItem[];
  extensions: Record<string, unknown>;
}

/** A catalog without its items: what cross-file rules see (and all that crosses a worker boundary). */
export type CatalogHeader = Omit<Catalog, "items">;
