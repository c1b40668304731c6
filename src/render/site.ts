/**
 * The output tree, planned from the catalogs before anything is rendered:
 *   index.html                                   site index (every jurisdiction)
 *   <code>-<name>/index.html                     jurisdiction index (domains, counts, pilot coverage)
 *   <code>-<name>/<domain>.html|.csv|.docx       one per catalog (+ .fragment.html with --fragment)
 *   <code>-<name>/全部领域.csv|.docx               the jurisdiction's catalogs combined
 *   <code>-<name>/<village>.html|.csv|.docx      a township's village lists (村(居)务公开目录), linked from its index
 *   <code>-<name>/政府信息主动公开补充目录.html|.csv|.docx   its supplementary catalog, like a catalog
 *   <code>-<name>/不予公开事项清单.html|.csv        its non-disclosure list
 * Folder and file names are sanitised (names.ts) and unique within their folder.
 */
import { coverageKey, emptyCoverage, pilotCoverage, type JurisdictionCoverage } from "../model/coverage.js";
import type { Registries } from "../model/registries.js";
import type { Catalog, CatalogHeader } from "../model/types.js";
import { divisions, townshipOf } from "../model/divisions.js";
import { labels } from "./labels.js";
import { NameSet, safeName } from "./names.js";
import { negativeListTable, type NegativeListTable } from "./negative-list.js";
import { catalogTable, type CatalogTable, type ChannelMode } from "./table.js";

export const formats = ["html", "csv", "docx"] as const;
export type Format = (typeof formats)[number];

export interface CatalogEntry {
  catalog: CatalogHeader;
  /** what the index pages print of the table. */
  summary: TableSummary;
  /** made when first asked for: a cached build makes only the tables of what it renders. */
  readonly table: CatalogTable;
  /** file name without extension, unique in its folder. */
  stem: string;
}

/** What the plan and the index pages need of a catalog's table, known without its items to a cached build. */
export interface TableSummary {
  title: string;
  jurisdiction: string;
  domain: string;
  rowCount: number;
  groupCount: number;
}

export const summaryOf = (table: CatalogTable): TableSummary => ({
  title: table.title,
  jurisdiction: table.jurisdiction,
  domain: table.domain,
  rowCount: table.rowCount,
  groupCount: table.groups.length,
});

/**
 * Where a plan of catalog headers (no items) gets the rest: the summary an earlier build kept, and the
 * whole catalog when its table is needed. Without one, the catalogs planned must be whole.
 */
export interface TableSource {
  summary(header: CatalogHeader): TableSummary | undefined;
  load(header: CatalogHeader): Catalog;
}

/** A list published beside a jurisdiction's catalogs, each on its own page. */
export type ListEntry =
  | { kind: "supplementary"; entry: CatalogEntry }
  | { kind: "negative-list"; catalog: CatalogHeader; table: NegativeListTable; stem: string };

export const listCatalog = (list: ListEntry): CatalogHeader => (list.kind === "supplementary" ? list.entry.catalog : list.catalog);

export interface JurisdictionEntry {
  /** folder name under the output folder. */
  dir: string;
  code: string;
  name: string;
  level: string;
  catalogs: CatalogEntry[];
  /** a township's village lists, by code: published beside its catalogs, not counted as domains. */
  villages: CatalogEntry[];
  /** its supplementary catalogs and non-disclosure lists, in file order. */
  lists: ListEntry[];
  coverage: JurisdictionCoverage;
  /** stem of the combined CSV/Word files. */
  combinedStem: string;
}

export interface SitePlan {
  jurisdictions: JurisdictionEntry[];
  /** domain catalogs written, the other lists by kind, and the items of both. */
  catalogCount: number;
  listCounts: { village: number; supplementary: number; negativeList: number };
  itemCount: number;
  /** the pilot domains' count, for coverage figures. */
  pilotTotal: number;
  /** catalogs with neither a jurisdiction code nor a name (built with --force): written nowhere. */
  unplaced: string[];
}

export function planSite(catalogs: readonly (Catalog | CatalogHeader)[], registries: Registries, channels: ChannelMode, source?: TableSource): SitePlan {
  const byFile = new Map(catalogs.map((c) => [c.file, c]));
  const dirs = new NameSet();
  const channelNames = registries.channels.map((c) => c.name);
  // Domains in registry order (the guideline's order), unregistered ones after them by name.
  const rank = (catalog: CatalogHeader) => {
    const domain = registries.domainByName(catalog.domain);
    return domain ? registries.domains.indexOf(domain) : registries.domains.length;
  };
  // A catalog's table is made when first asked for; a cached build's plan takes the summary an earlier build kept.
  const entryOf = (catalog: Catalog | CatalogHeader, kind: { village?: true }, stemOf: (summary: TableSummary) => string): CatalogEntry => {
    const options = { channels, channelNames, ...kind, ...(registries.domainByName(catalog.domain)?.general ? { general: true } : {}) };
    let table: CatalogTable | undefined;
    const tableOf = () => (table ??= catalogTable("items" in catalog ? catalog : source!.load(catalog), options));
    const summary = source?.summary(catalog) ?? summaryOf(tableOf());
    return {
      catalog,
      summary,
      get table() {
        return tableOf();
      },
      stem: stemOf(summary),
    };
  };
  const villages = villagesByTownship(catalogs);
  const lists = new Map<string, (Catalog | CatalogHeader)[]>();
  for (const catalog of [...catalogs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const key = coverageKey(catalog);
    if ((catalog.negativeList || catalog.supplementary) && key) lists.set(key, [...(lists.get(key) ?? []), catalog]);
  }
  const coverages = pilotCoverage(catalogs, registries);
  const has = (key: string) => coverages.some((c) => c.key === key);
  // A township none of whose catalogs were given still gets a page for its villages' lists.
  for (const [code, own] of villages) if (!has(code)) coverages.push(withoutCatalogs(code, own[0]!, registries));
  // A jurisdiction with a supplementary catalog or non-disclosure list and no domain's catalog, likewise.
  for (const [key, [first]] of lists) if (!has(key)) coverages.push(emptyCoverage(first!, registries));
  coverages.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || (a.name < b.name ? -1 : 1));
  const jurisdictions = coverages.map((coverage): JurisdictionEntry => {
    const stems = new NameSet(["index", labels.allDomains]);
    const entries = coverage.catalogs
      .map((header) => byFile.get(header.file)!)
      .sort((a, b) => rank(a) - rank(b) || (a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : 0))
      .map((catalog) => entryOf(catalog, {}, (summary) => stems.claim(safeName(summary.domain, registries.domainByName(catalog.domain)?.slug ?? "catalog"))));
    const name = entries[0]?.summary.jurisdiction ?? coverage.name;
    const listEntries = (lists.get(coverage.key) ?? []).map((catalog): ListEntry => {
      if (catalog.supplementary) return { kind: "supplementary", entry: entryOf(catalog, {}, (summary) => stems.claim(safeName(summary.domain, "supplementary"))) };
      const table = negativeListTable(catalog);
      return { kind: "negative-list", catalog, table, stem: stems.claim(safeName(table.name, "negative-list")) };
    });
    const zoned = coverage.catalogs.some((c) => c.jurisdiction.zone);
    const villageEntries = (zoned ? [] : villages.get(coverage.code) ?? []).map((catalog) =>
      entryOf(catalog, { village: true }, (summary) => stems.claim(safeName(villageName(summary.jurisdiction, name), "village"))),
    );
    return {
      dir: dirs.claim(safeName([coverage.code, name].filter(Boolean).join("-"), "jurisdiction")),
      code: coverage.code,
      name,
      level: coverage.level,
      catalogs: entries,
      villages: villageEntries,
      lists: listEntries,
      coverage,
      combinedStem: labels.allDomains,
    };
  });
  const placed = jurisdictions.flatMap((j) => j.catalogs.map((e) => e.catalog));
  const placedFiles = new Set([...placed, ...jurisdictions.flatMap((j) => [...j.villages.map((e) => e.catalog), ...j.lists.map(listCatalog)])].map((c) => c.file));
  return {
    jurisdictions,
    catalogCount: placed.length,
    listCounts: {
      village: jurisdictions.reduce((n, j) => n + j.villages.length, 0),
      supplementary: jurisdictions.reduce((n, j) => n + j.lists.filter((l) => l.kind === "supplementary").length, 0),
      negativeList: jurisdictions.reduce((n, j) => n + j.lists.filter((l) => l.kind === "negative-list").length, 0),
    },
    itemCount: jurisdictions.reduce((n, j) => n + [...j.catalogs, ...j.villages, ...j.lists.flatMap((l) => (l.kind === "supplementary" ? [l.entry] : []))].reduce((m, e) => m + e.summary.rowCount, 0), 0),
    unplaced: catalogs.filter((c) => !placedFiles.has(c.file)).map((c) => c.file),
    pilotTotal: registries.domains.filter((d) => d.pilot).length,
  };
}

/** Village lists by their township's code (the first 9 digits of their own), in file order. */
function villagesByTownship<C extends CatalogHeader>(catalogs: readonly C[]): Map<string, C[]> {
  const byTownship = new Map<string, C[]>();
  for (const catalog of [...catalogs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const township = catalog.village ? townshipOf(catalog.jurisdiction.code) : undefined;
    if (township) byTownship.set(township, [...(byTownship.get(township) ?? []), catalog]);
  }
  return byTownship;
}

/** The coverage entry of a township known only from its villages' lists: named from the divisions data. */
function withoutCatalogs(code: string, village: CatalogHeader, registries: Registries): JurisdictionCoverage {
  const name = divisions().name(code) ?? village.jurisdiction.name;
  return { key: code, code, name, level: "乡级", catalogs: [], present: [], missing: registries.domains.filter((d) => d.pilot).map((d) => d.name), others: [] };
}

/** 苏州市吴中区木渎镇香溪社区 in 苏州市吴中区木渎镇 → 香溪社区: a village list's name on its township's pages. */
export function villageName(village: string, township: string): string {
  return village.startsWith(township) && village.length > township.length ? village.slice(township.length) : village;
}
