/**
 * What the village-list rules (village-*) share: which township catalog item a village item mirrors,
 * how far two texts say the same thing, and whether a subject is a village body or a government organ.
 * A village list's township is the division whose code is the first 9 digits of the village's; the
 * mirrored item is looked for in the township's catalogs of the same domain (format.md §1).
 */
import { readCitation } from "./citations.js";
import { bigramList } from "./similar.js";
import { isDomainCatalog } from "../model/coverage.js";
import { townshipOf } from "../model/divisions.js";
import type { CorpusContext } from "./define-rule.js";
import { titleKey, type Registries } from "../model/registries.js";
import type { Citation, CatalogHeader, ItemDigest, VillageItem } from "../model/types.js";


export type Mirror =
  | { kind: "found"; catalog: CatalogHeader; target: ItemDigest }
  /** no catalog of the township (and domain) among the files checked: cannot check. */
  | { kind: "no-township" }
  | { kind: "unknown"; files: string[] }
  /** a general (综合) village list whose id is in several of the township's catalogs. */
  | { kind: "ambiguous"; files: string[] };

/** What resolving mirrors needs of the cross-file context: the registries, and a township catalog's items read again. */
export type MirrorContext = Pick<CorpusContext<string>, "registries" | "itemsOf">;

/** The township catalogs a village list's mirrors resolve against, per village list. */
export class MirrorIndex {
  private readonly townships = new Map<string, CatalogHeader[]>();

  constructor(
    catalogs: readonly CatalogHeader[],
    private readonly context: MirrorContext,
  ) {
    for (const catalog of catalogs) {
      // A township's domain catalogs; a development zone's catalog speaks for the zone, not for the division's villages.
      if (!isDomainCatalog(catalog) || !/^\d{9}$/.test(catalog.jurisdiction.code) || catalog.jurisdiction.zone) continue;
      const list = this.townships.get(catalog.jurisdiction.code) ?? [];
      list.push(catalog);
      this.townships.set(catalog.jurisdiction.code, list);
    }
  }

  private domainOf(name: string): string {
    return this.context.registries.domainByName(name)?.name ?? name;
  }

  /** The catalogs a village list's items may mirror: its township's, of its domain (any, for a general list). */
  candidates(village: CatalogHeader): CatalogHeader[] {
    const township = townshipOf(village.jurisdiction.code);
    if (!township) return [];
    const general = this.context.registries.domainByName(village.domain)?.general ?? false;
    const domain = this.domainOf(village.domain);
    return (this.townships.get(township) ?? []).filter((c) => general || this.domainOf(c.domain) === domain);
  }

  resolve(village: CatalogHeader, item: VillageItem): Mirror {
    const candidates = this.candidates(village);
    if (!candidates.length) return { kind: "no-township" };
    const found = candidates.flatMap((catalog) => this.context.itemsOf(catalog).filter((t) => t.id === item.mirrors).map((target) => ({ catalog, target })));
    const files = candidates.map((c) => c.file);
    if (found.length === 1) return { kind: "found", ...found[0]! };
    return found.length ? { kind: "ambiguous", files: found.map((f) => f.catalog.file) } : { kind: "unknown", files };
  }
}

/** Every mirrored item of every village list with what it resolves to. */
export function* mirroredItems(catalogs: readonly CatalogHeader[], context: MirrorContext): Generator<{ catalog: CatalogHeader; item: VillageItem; mirror: Mirror }> {
  const index = new MirrorIndex(catalogs, context);
  for (const catalog of catalogs) {
    for (const item of catalog.village ?? []) {
      // A self-governance item with mirrors is village-self-governance's finding, not a mirror to compare.
      if (item.mirrors && !item.selfGovernance) yield { catalog, item, mirror: index.resolve(catalog, item) };
    }
  }
}

/** Text without what does not change its meaning: spaces, punctuation, brackets, list numbers. */
export function foldText(text: string): string {
  return text
    .replace(/^(?:\d+[.、．]|[（(]\d+[）)])/, "")
    .replace(/[\s\u3000\p{P}\p{S}]/gu, "");
}

/** How much of `part` is in `whole` (0–1): the mean of its characters' and its bigrams' shares there. */
export function containment(part: string, whole: string): number {
  const chars = [...part];
  if (!chars.length) return 1;
  const wholeChars = new Set(whole);
  const wholeBigrams = new Set(bigramList(whole));
  const pairs = bigramList(part);
  const charShare = chars.filter((c) => wholeChars.has(c)).length / chars.length;
  const pairShare = pairs.filter((p) => wholeBigrams.has(p)).length / pairs.length;
  return (charShare + pairShare) / 2;
}

/**
 * Below this, a village's content entry says something its township item does not. Calibrated so that a
 * narrowed or abbreviated entry passes (低保标准 for 城乡最低生活保障标准: 0.67) while another matter does
 * not (临时救助对象名单 against 临时救助标准: 0.46).
 */
export const sameContent = 0.5;

/** The content entries of a village item that its township item's content does not hold. */
export function contentNotMirrored(village: readonly string[], township: readonly string[]): { index: number; text: string }[] {
  const entries = township.map(foldText).filter(Boolean);
  const joined = entries.join("");
  if (!joined) return [];
  return village.flatMap((text, index) => {
    const folded = foldText(text);
    const best = Math.max(containment(folded, joined), ...entries.map((t) => containment(folded, t)));
    return best >= sameContent ? [] : [{ index, text }];
  });
}

/** The law a citation names: its registry law (all editions alike), else its folded title. */
export function lawKey(citation: Citation, registries: Registries): string | undefined {
  const [law] = readCitation(citation, registries).laws;
  if (law) return `law:${law.versions_of ?? law.id}`;
  const name = citation.title ?? citation.untitled;
  return name ? `title:${titleKey(name)}` : undefined;
}

/** Whether the citation names a law a village body publishes under (村民委员会组织法 …): the village's own duty. */
export function villageDuty(citation: Citation, registries: Registries): boolean {
  return readCitation(citation, registries).laws.some((law) => law.village_affairs);
}

/**
 * The village's citations its township item does not make: another law, or, where both cite articles of
 * the same law, an article the township does not cite. Citing fewer, or a law without its articles, is not
 * a difference.
 */
export function basisNotMirrored(village: readonly Citation[], township: readonly Citation[], registries: Registries): Citation[] {
  const articles = new Map<string, Set<number> | "any">();
  for (const citation of township) {
    const key = lawKey(citation, registries);
    if (!key) continue;
    const known = articles.get(key);
    if (!citation.articles.length) articles.set(key, "any");
    else if (known !== "any") articles.set(key, new Set([...(known ?? []), ...citation.articles.map((a) => a.article)]));
  }
  return village.filter((citation) => {
    if (villageDuty(citation, registries)) return false;
    const key = lawKey(citation, registries);
    if (!key) return false;
    const known = articles.get(key);
    if (!known) return true;
    return known !== "any" && citation.articles.some((a) => !known.has(a.article));
  });
}

/** A village body: a 村(居)民委员会, its committees, party branch, group or economic organisation, or the village itself. */
const villageBody = /(?:村民委员会|居民委员会|村委会|居委会|监督委员会|村民小组|居民小组|党支部|党总支|党委|经济合作社|股份合作社|集体经济组织|社区|村|嘎查)$/;

/** Subjects list bodies with 、 and /: 村/社区 is two village bodies. */
export function isVillageBody(subject: string): boolean {
  const parts = subject.replace(/[\s\u3000]/g, "").split(/[、/／,，及和]/).filter(Boolean);
  return parts.length > 0 && parts.every((p) => villageBody.test(p) || p === "行政村");
}

/** Organ names compared as written, allowing a shorter form of the same name (木渎镇人民政府 for 苏州市吴中区木渎镇人民政府). */
export function sameOrgan(a: string, b: string): boolean {
  const x = foldText(a);
  const y = foldText(b);
  return x === y || (x.length >= 4 && y.endsWith(x)) || (y.length >= 4 && x.endsWith(y));
}
