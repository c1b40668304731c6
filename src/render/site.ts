/**
 * The output tree, planned from the catalogs before anything is rendered:
 *   index.html                                   site index (every jurisdiction)
 *   <code>-<name>/index.html                     jurisdiction index (domains, counts, pilot coverage)
 *   <code>-<name>/<domain>.html|.csv|.docx       one per catalog (+ .fragment.html with --fragment)
 *   <code>-<name>/全部领域.csv|.docx               the jurisdiction's catalogs combined
 *   <code>-<name>/政府信息主动公开补充目录.html|.csv|.docx   its supplementary catalog, like a catalog
 *   <code>-<name>/不予公开事项清单.html|.csv        its non-disclosure list
 * Folder and file names are sanitised (names.ts) and unique within their folder.
 */
import { coverageKey, emptyCoverage, isDomainCatalog, pilotCoverage, type JurisdictionCoverage } from "../model/coverage.js";
import type { Registries } from "../model/registries.js";
import type { Catalog } from "../model/types.js";
import { labels } from "./labels.js";
import { NameSet, safeName } from "./names.js";
import { negativeListTable, type NegativeListTable } from "./negative-list.js";
import { catalogTable, type CatalogTable, type ChannelMode } from "./table.js";

export const formats = ["html", "csv", "docx"] as const;
export type Format = (typeof formats)[number];

export interface CatalogEntry {
  catalog: Catalog;
  table: CatalogTable;
  /** file name without extension, unique in its folder. */
  stem: string;
}

/** A list published beside a jurisdiction's catalogs, each on its own page. */
export type ListEntry =
  | { kind: "supplementary"; entry: CatalogEntry }
  | { kind: "negative-list"; catalog: Catalog; table: NegativeListTable; stem: string };

export const listCatalog = (list: ListEntry): Catalog => (list.kind === "supplementary" ? list.entry.catalog : list.catalog);

export interface JurisdictionEntry {
  /** folder name under the output folder. */
  dir: string;
  code: string;
  name: string;
  level: string;
  catalogs: CatalogEntry[];
  /** its supplementary catalogs and non-disclosure lists, in file order. */
  lists: ListEntry[];
  coverage: JurisdictionCoverage;
  /** stem of the combined CSV/Word files. */
  combinedStem: string;
}

export interface SitePlan {
  jurisdictions: JurisdictionEntry[];
  /** total catalogs and items written. */
  catalogCount: number;
  itemCount: number;
  /** the pilot domains' count, for coverage figures. */
  pilotTotal: number;
  /** catalogs with neither a jurisdiction code nor a name (built with --force): written nowhere. */
  unplaced: string[];
}

export function planSite(catalogs: readonly Catalog[], registries: Registries, channels: ChannelMode): SitePlan {
  const byFile = new Map(catalogs.map((c) => [c.file, c]));
  const dirs = new NameSet();
  const channelNames = registries.channels.map((c) => c.name);
  // Domains in registry order (the guideline's order), unregistered ones after them by name.
  const rank = (catalog: Catalog) => {
    const domain = registries.domainByName(catalog.domain);
    return domain ? registries.domains.indexOf(domain) : registries.domains.length;
  };
  const lists = new Map<string, Catalog[]>();
  for (const catalog of [...catalogs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const key = coverageKey(catalog);
    if (!isDomainCatalog(catalog) && key) lists.set(key, [...(lists.get(key) ?? []), catalog]);
  }
  const coverages = pilotCoverage(catalogs, registries).map((coverage) => ({ key: coverageKey(coverage.catalogs[0]!), coverage }));
  const covered = new Set(coverages.map((c) => c.key));
  // A jurisdiction with lists and no domain's catalog still gets its index page.
  for (const [key, [first]] of lists) if (!covered.has(key)) coverages.push({ key, coverage: emptyCoverage(first!, registries) });
  coverages.sort(({ coverage: a }, { coverage: b }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || (a.name < b.name ? -1 : 1));
  const jurisdictions = coverages.map(({ key, coverage }): JurisdictionEntry => {
    const stems = new NameSet(["index", labels.allDomains]);
    const entries = coverage.catalogs
      .map((header) => byFile.get(header.file)!)
      .sort((a, b) => rank(a) - rank(b) || (a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : 0))
      .map((catalog) => {
        const domain = registries.domainByName(catalog.domain);
        const table = catalogTable(catalog, { channels, channelNames, ...(domain?.general ? { general: true } : {}) });
        return { catalog, table, stem: stems.claim(safeName(table.domain, domain?.slug ?? "catalog")) };
      });
    const listEntries = (lists.get(key) ?? []).map((catalog): ListEntry => {
      if (catalog.supplementary) {
        const table = catalogTable(catalog, { channels, channelNames });
        return { kind: "supplementary", entry: { catalog, table, stem: stems.claim(safeName(table.domain, "supplementary")) } };
      }
      const table = negativeListTable(catalog);
      return { kind: "negative-list", catalog, table, stem: stems.claim(safeName(table.name, "negative-list")) };
    });
    const name = entries[0]?.table.jurisdiction ?? coverage.name;
    return {
      dir: dirs.claim(safeName([coverage.code, name].filter(Boolean).join("-"), "jurisdiction")),
      code: coverage.code,
      name,
      level: coverage.level,
      catalogs: entries,
      lists: listEntries,
      coverage,
      combinedStem: labels.allDomains,
    };
  });
  const placed = jurisdictions.flatMap((j) => j.catalogs.map((e) => e.catalog));
  const placedLists = new Set(jurisdictions.flatMap((j) => j.lists.map((l) => listCatalog(l).file)));
  const placedFiles = new Set(placed.map((c) => c.file));
  return {
    jurisdictions,
    catalogCount: placed.length,
    itemCount: placed.reduce((n, c) => n + c.items.length, 0),
    unplaced: catalogs.filter((c) => !placedFiles.has(c.file) && !placedLists.has(c.file)).map((c) => c.file),
    pilotTotal: registries.domains.filter((d) => d.pilot).length,
  };
}
