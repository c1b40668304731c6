/**
 * Source document (plain data from YAML) → typed Catalog. Tolerant by design: the schema stage has
 * already reported what is missing or mistyped, so here a bad value becomes "" or [] and the rest of
 * the catalog is still modelled and checked.
 */
import { parseCitationText, parseStructuredCitation, type StructuredCitation } from "./citation.js";
import type { Registries } from "./registries.js";
import { readLevels, type LevelVocabulary } from "./levels.js";
import { withoutControls } from "./text.js";
import { parseTimeLimit } from "./time-limit.js";
import type { Catalog, Channel, Citation, Disclosure, Item, ItemDigest, Level, NegativeEntry, Term, TimeLimit } from "./types.js";

type Source = Record<string, unknown>;

function isRecord(value: unknown): value is Source {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  if (typeof value === "string") return withoutControls(value).trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "";
}

function list(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value === undefined || value === null ? [] : [value];
}

function texts(value: unknown): string[] {
  const out: string[] = [];
  for (const entry of list(value)) {
    const s = text(entry);
    if (s !== "") out.push(s);
  }
  return out;
}

/** The value made for `key` the first time, the same one after. */
function cached<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

function extensions(source: Source): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(source)) if (key.startsWith("x-")) out[key] = source[key];
  return out;
}

const disclosures: readonly string[] = ["主动公开", "依申请公开", "部分公开", "不予公开"] satisfies Disclosure[];

function readTerm<T extends string>(raw: string, vocabulary: { canonical: T[]; variants: Record<string, T> }): Term<T> {
  if ((vocabulary.canonical as string[]).includes(raw)) return { raw, canonical: raw as T, variant: false };
  const canonical = vocabulary.variants[raw];
  return canonical ? { raw, canonical, variant: true } : { raw, variant: false };
}

function readLevelTerm(raw: string, vocabulary: LevelVocabulary): Term<Level> {
  if ((vocabulary.canonical as string[]).includes(raw)) return { raw, canonical: raw as Level, variant: false };
  const reading = readLevels(raw, vocabulary);
  if (!reading) return { raw, variant: false };
  const [canonical, ...also] = reading.levels;
  const higher = reading.higher.length ? { higher: reading.higher } : {};
  if (!canonical) return { raw, variant: false, ...higher };
  return { raw, canonical, variant: true, ...(also.length ? { also } : {}), ...higher };
}

const digest = ({ index, id, category, name, content, basis, subject }: Item): ItemDigest => ({ index, id, category, name, content, basis, subject });

/**
 * What the village cross-file rules need of a village list, since they see headers only: its items. The
 * township items they mirror are read again only when a village list points at them (CorpusContext.itemsOf):
 * carrying every township catalog's items in its header made a city's check a third slower.
 */
function villageParts(kind: unknown, items: readonly Item[]): Pick<Catalog, "village"> {
  if (kind === "village-list") return { village: items.map((item) => ({ ...digest(item), ...(item.mirrors ? { mirrors: item.mirrors } : {}), ...(item.selfGovernance ? { selfGovernance: true as const } : {}) })) };
  return {};
}

/**
 * Parsing is pure and catalogs repeat the same wording thousands of times, so results are shared:
 * the typed model's terms, channels, time limits and citations are never modified once made.
 */
export class Normaliser {
  private readonly timeLimits = new Map<string, TimeLimit>();
  /** by the entry's index in its basis list (a citation records it), then by its text. */
  private readonly citations: Map<string, Citation[]>[] = [];
  private readonly channels = new Map<string, Channel>();
  private readonly terms = new Map<object, Map<string, Term>>();

  constructor(private readonly registries: Registries) {}

  private term<T extends string>(raw: string, vocabulary: { canonical: T[]; variants: Record<string, T> }): Term<T> {
    return cached(cached(this.terms, vocabulary, () => new Map()), raw, () => readTerm(raw, vocabulary)) as Term<T>;
  }

  private level(raw: string): Term<Level> {
    const { levels } = this.registries.variants;
    return cached(cached(this.terms, levels, () => new Map()), raw, () => readLevelTerm(raw, levels)) as Term<Level>;
  }

  private channel(raw: string): Channel {
    return cached(this.channels, raw, () => this.readChannel(raw));
  }

  private readChannel(raw: string): Channel {
    // Spaces never make another channel: a name with a stray space is the same name, written as a variant.
    const compact = raw.replace(/[\s\u3000]+/g, "");
    // 其他：<说明>, or the guidelines' own 其他<说明> and 其他（说明）; 其它 is a common variant character of 其他.
    const other = /^其[他它](?:[：:](.+)|[（(](.+)[）)]|([^：:（(].*))$/.exec(compact);
    if (other) return { raw, canonical: "其他", variant: raw.startsWith("其它") || /^其他\s*:/.test(raw), other: (other[1] ?? other[2] ?? other[3])!.trim() };
    const canonical = this.registries.channelFor(compact);
    if (canonical) return { raw, canonical, variant: canonical !== raw };
    const printed = this.registries.guidelineChannelFor(compact);
    if (printed) return { raw, canonical: "其他", variant: printed !== raw, other: printed };
    return { raw, variant: false };
  }

  private timeLimit(raw: string): TimeLimit {
    return cached(this.timeLimits, raw, () => parseTimeLimit(raw, this.registries.phrases));
  }

  private basis(value: unknown): Citation[] {
    const out: Citation[] = [];
    const entries = list(value);
    for (let index = 0; index < entries.length; index++) {
      const entry = entries[index];
      if (isRecord(entry)) {
        out.push(parseStructuredCitation(index, entry as StructuredCitation));
        continue;
      }
      const raw = text(entry);
      if (!raw) continue;
      out.push(...cached((this.citations[index] ??= new Map()), raw, () => parseCitationText(index, raw)));
    }
    return out;
  }

  item(source: unknown, index: number): Item {
    const s = isRecord(source) ? source : {};
    const note = text(s.note);
    const subitem = text(s.subitem);
    const audienceDetail = text(s.audience_detail);
    // Any other value is the schema's finding; the item then reads as if it had none.
    const disclosure = disclosures.includes(text(s.disclosure)) ? (text(s.disclosure) as Disclosure) : undefined;
    const withheld = text(s.withheld);
    const mirrors = text(s.mirrors);
    const { variants } = this.registries;
    return {
      index,
      id: text(s.id),
      category: text(s.category),
      name: text(s.name),
      ...(subitem ? { subitem } : {}),
      content: texts(s.content),
      basis: this.basis(s.basis),
      timeLimit: this.timeLimit(text(s.time_limit)),
      subject: text(s.subject),
      channels: texts(s.channels).map((c) => this.channel(c)),
      audience: texts(s.audience).map((a) => this.term(a, variants.audience)),
      ...(audienceDetail ? { audienceDetail } : {}),
      method: texts(s.method).map((m) => this.term(m, variants.method)),
      levels: texts(s.levels).map((l) => this.level(l)),
      ...(disclosure ? { disclosure } : {}),
      ...(withheld ? { withheld } : {}),
      ...(mirrors ? { mirrors } : {}),
      ...(s.self_governance === true ? { selfGovernance: true as const } : {}),
      ...(note ? { note } : {}),
      extensions: extensions(s),
    };
  }

  private negativeEntry(source: unknown, index: number): NegativeEntry {
    const s = isRecord(source) ? source : {};
    const domain = text(s.domain);
    const subject = text(s.subject);
    const note = text(s.note);
    return { index, id: text(s.id), name: text(s.name), ...(domain ? { domain } : {}), basis: this.basis(s.basis), ...(subject ? { subject } : {}), ...(note ? { note } : {}) };
  }

  /** `earlier` gives an item already modelled from the same data at the same place, to use instead. */
  catalog(file: string, source: unknown, earlier?: (item: unknown, index: number) => Item | undefined): Catalog {
    const s = isRecord(source) ? source : {};
    const jurisdiction = isRecord(s.jurisdiction) ? s.jurisdiction : {};
    const optional = (key: string) => {
      const value = text(s[key]);
      return value ? { [key]: value } : {};
    };
    const items = list(s.items).map((item, i) => earlier?.(item, i) ?? this.item(item, i));
    const undisclosed = items.filter((i) => i.disclosure === "不予公开").map(({ index, id, name, subitem }) => ({ index, id, name, ...(subitem ? { subitem } : {}) }));
    return {
      file,
      format: typeof s.format === "number" ? s.format : 1,
      jurisdiction: {
        code: text(jurisdiction.code),
        name: text(jurisdiction.name),
        level: this.level(text(jurisdiction.level)),
        ...(text(jurisdiction.zone) ? { zone: text(jurisdiction.zone) } : {}),
      },
      domain: text(s.domain),
      ...optional("revision"),
      ...optional("issued"),
      ...optional("compiler"),
      ...(text(s.kind) && text(s.kind) !== "catalog" ? { kind: text(s.kind) } : {}),
      items,
      ...(s.kind === "negative-list" ? { negativeList: list(s.entries).map((e, i) => this.negativeEntry(e, i)) } : {}),
      ...(s.kind === "supplementary" ? { supplementary: true as const } : {}),
      ...(undisclosed.length ? { undisclosed } : {}),
      ...villageParts(s.kind, items),
      extensions: extensions(s),
    };
  }
}
