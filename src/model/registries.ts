/**
 * Typed loaders for the registries in src/registries/*.yaml (data, not code), indexed once.
 * Project config may add local domains and laws; `createRegistries` merges them.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import yaml from "js-yaml";
import { registriesDir } from "../paths.js";
import type { LevelVocabulary } from "./levels.js";
import type { Audience, Method } from "./types.js";

export interface DomainEntry {
  name: string;
  slug: string;
  name_en: string;
  department: string;
  guideline: string;
  pilot: boolean;
  /** a government's whole catalog (综合), not a domain: no pilot coverage, no 领域 in its title. */
  general?: boolean;
  /** other correct names (the pilot list's, reorganised departments'): accepted as written. */
  aliases?: string[];
  /** other spellings seen (short forms, typos): reported with the name to use. */
  variants?: string[];
  id_prefix?: string;
  items?: { category: string; names: string[] }[];
  /** set on entries that came from a project config rather than the shipped registry. */
  local?: boolean;
}

export type LawStatus = "现行有效" | "已修订" | "已废止" | "已失效";

export interface LawEntry {
  id: string;
  title: string;
  short?: string[];
  versions_of?: string;
  kind: string;
  issuer?: string;
  doc_no?: string;
  issued?: string;
  /** the public document this entry rests on: the order, notice or announcement that issued it, and its date. */
  source?: string;
  effective?: string;
  status: LawStatus;
  replaced_by?: string;
  replaced_on?: string;
  /** a plan's or programme's last day (a three-year plan for 2018–2020: 2020-12-31). */
  valid_until?: string;
  articles?: number;
  article_map?: Record<string, number>;
  sets_time_limit?: boolean;
  /** the articles that allow information to be withheld (条例 第十四条–第十六条): a negative list cites them. */
  withholding_articles?: number[];
  /** a law under which village and residents' committees publish their affairs (村民委员会组织法 第三十条). */
  village_affairs?: boolean;
  unverified?: boolean;
  note?: string;
  local?: boolean;
}

export interface ChannelEntry {
  name: string;
  variants?: string[];
}

/** A channel a domain guideline prints beyond the 13, read as 其他：<name>. */
export interface OtherChannelEntry extends ChannelEntry {
  source: string;
}

interface VocabularyEntry<T extends string> {
  canonical: T[];
  variants: Record<string, T>;
}

export interface Variants {
  audience: VocabularyEntry<Audience>;
  method: VocabularyEntry<Method>;
  levels: LevelVocabulary;
}

export interface Phrases {
  basis_placeholders: string[];
  time_limit_vague: string[];
  time_limit_standing: string[];
  time_limit_periodic: string[];
  time_limit_triggers: string[];
  generic_subjects: string[];
}

export interface RegistryAdditions {
  domains?: DomainEntry[];
  laws?: LawEntry[];
  /** the project's preferred name for a domain: one of its name or aliases (config preferred_domain_names). */
  preferredDomainNames?: string[];
}

export interface Registries {
  domains: readonly DomainEntry[];
  laws: readonly LawEntry[];
  channels: readonly ChannelEntry[];
  variants: Variants;
  phrases: Phrases;
  domainByName(name: string): DomainEntry | undefined;
  /**
   * The name a catalog of this domain should write: the project's preferred name for the domain when it
   * has one, else `name` itself when it is the domain's name or an alias, else (a variant) the domain's
   * name. Undefined for an unknown domain.
   */
  preferredDomainName(name: string): string | undefined;
  lawById(id: string): LawEntry | undefined;
  /** candidate laws for a citation: by document number first, then by title or short name. */
  findLaws(title: string | undefined, docNo: string | undefined): LawEntry[];
  /** every edition of a law (entries sharing `versions_of`). */
  lawVersions(group: string): readonly LawEntry[];
  /** the canonical channel for a canonical name or a known variant. */
  channelFor(text: string): string | undefined;
  /** the name of a channel a guideline prints beyond the 13, for that name or a known variant. */
  guidelineChannelFor(text: string): string | undefined;
}

/** Folds the spellings that do not change a title's identity: spaces, bracket widths, 《》. */
export function titleKey(title: string): string {
  return title
    .replace(/[《》〈〉\s\u3000]/g, "")
    .replace(/（/g, "(")
    .replace(/）/g, ")")
    .replace(/^中华人民共和国/, "");
}

/** Folds document numbers: any bracket around the year becomes 〔〕; 国令/中华人民共和国国务院令 → 国务院令. */
export function docNoKey(docNo: string): string {
  return docNo
    .replace(/[\s\u3000]/g, "")
    .replace(/[[［(（﹝〔【]\s*(\d{4})\s*[\]］)）﹞〕】]/g, "〔$1〕")
    .replace(/^(中华人民共和国)?国务院令/, "国务院令")
    .replace(/^国令/, "国务院令");
}

/**
 * The shipped registries as the build writes them (scripts/precompile.mjs): one JSON file beside this
 * module, read in a millisecond where parsing the YAML takes every thread twenty or more. From the
 * sources (tests) the YAML is read; a test checks that both are the same.
 */
export const shippedRegistriesFile = fileURLToPath(new URL("./registries.json", import.meta.url));

function readYaml<T>(name: string): T {
  const text = readFileSync(join(registriesDir, `${name}.yaml`), "utf8");
  return yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: name }) as T;
}

export interface ShippedRegistries {
  domains: DomainEntry[];
  laws: LawEntry[];
  channels: ChannelEntry[];
  otherChannels: OtherChannelEntry[];
  variants: Variants;
  phrases: Phrases;
}

let shipped: ShippedRegistries | undefined;

/** The registries shipped with the tool, from src/registries/*.yaml. */
export function readShippedRegistries(): ShippedRegistries {
  return {
    domains: readYaml<{ domains: DomainEntry[] }>("domains").domains,
    laws: readYaml<{ laws: LawEntry[] }>("laws").laws,
    ...(({ channels, others }) => ({ channels, otherChannels: others ?? [] }))(readYaml<{ channels: ChannelEntry[]; others?: OtherChannelEntry[] }>("channels")),
    variants: readYaml<Variants>("variants"),
    phrases: readYaml<Phrases>("phrases"),
  };
}

/** The registries shipped with the tool, read once per thread. */
export function shippedRegistries(): ShippedRegistries {
  shipped ??= existsSync(shippedRegistriesFile) ? (JSON.parse(readFileSync(shippedRegistriesFile, "utf8")) as ShippedRegistries) : readShippedRegistries();
  return shipped;
}

function push<K, V>(index: Map<K, V[]>, key: K, value: V): void {
  const list = index.get(key);
  if (!list) index.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** Each name and variant → the entry's name. */
function nameIndex(entries: readonly ChannelEntry[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const c of entries) {
    index.set(c.name, c.name);
    for (const v of c.variants ?? []) index.set(v, c.name);
  }
  return index;
}

export function createRegistries(additions: RegistryAdditions = {}): Registries {
  const base = shippedRegistries();
  const domains = [...base.domains, ...(additions.domains ?? []).map((d) => ({ ...d, local: true }))];
  const laws = [...base.laws, ...(additions.laws ?? []).map((l) => ({ ...l, local: true }))];

  const domainIndex = new Map<string, DomainEntry>();
  const correctNames = new Set<string>();
  for (const d of domains) {
    domainIndex.set(d.name, d);
    correctNames.add(d.name);
    for (const alias of d.aliases ?? []) {
      if (domainIndex.has(alias)) continue;
      domainIndex.set(alias, d);
      correctNames.add(alias);
    }
  }
  for (const d of domains) for (const variant of d.variants ?? []) if (!domainIndex.has(variant)) domainIndex.set(variant, d);
  const preferred = new Map<DomainEntry, string>();
  for (const name of additions.preferredDomainNames ?? []) {
    const domain = domainIndex.get(name);
    if (domain && correctNames.has(name)) preferred.set(domain, name);
  }
  const lawIds = new Map(laws.map((l) => [l.id, l]));
  const byTitle = new Map<string, LawEntry[]>();
  const byDocNo = new Map<string, LawEntry[]>();
  for (const law of laws) {
    for (const name of [law.title, ...(law.short ?? [])]) push(byTitle, titleKey(name), law);
    // 主席令 numbers restart with each President's term (主席令第四十三号 is both the 2016 慈善法 and the 2020
    // 固体废物污染环境防治法), so such a number names a law only together with its title.
    if (law.doc_no && !law.doc_no.startsWith("主席令")) push(byDocNo, docNoKey(law.doc_no), law);
  }
  const versions = new Map<string, LawEntry[]>();
  for (const law of laws) if (law.versions_of) push(versions, law.versions_of, law);
  const channelIndex = nameIndex(base.channels);
  const otherChannelIndex = nameIndex(base.otherChannels);

  return {
    domains,
    laws,
    channels: base.channels,
    variants: base.variants,
    phrases: base.phrases,
    domainByName: (name) => domainIndex.get(name),
    preferredDomainName(name) {
      const domain = domainIndex.get(name);
      if (!domain) return undefined;
      return preferred.get(domain) ?? (correctNames.has(name) ? name : domain.name);
    },
    lawById: (id) => lawIds.get(id),
    findLaws(title, docNo) {
      const byNumber = docNo ? byDocNo.get(docNoKey(docNo)) ?? [] : [];
      const byName = title ? byTitle.get(titleKey(title)) ?? [] : [];
      if (byNumber.length && byName.length) {
        const both = byNumber.filter((l) => byName.includes(l));
        if (both.length) return both;
      }
      return byName.length ? byName : byNumber;
    },
    lawVersions: (group) => versions.get(group) ?? [],
    channelFor: (text) => channelIndex.get(text),
    guidelineChannelFor: (text) => otherChannelIndex.get(text),
  };
}
