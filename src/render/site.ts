/**
 * The output tree, planned from the catalogs before anything is rendered:
 *   index.html                                   site index (every jurisdiction)
 *   <code>-<name>/index.html                     jurisdiction index (domains, counts, pilot coverage)
 *   <code>-<name>/<domain>.html|.csv|.docx       one per catalog (+ .fragment.html with --fragment)
 *   <code>-<name>/全部领域.csv|.docx               the jurisdiction's catalogs combined
 * Folder and file names are sanitised (names.ts) and unique within their folder.
 */
import { pilotCoverage, type JurisdictionCoverage } from "../model/coverage.js";
import type { Registries } from "../model/registries.js";
import type { Catalog } from "../model/types.js";
import { labels } from "./labels.js";
import { NameSet, safeName } from "./names.js";
import { catalogTable, type CatalogTable, type ChannelMode } from "./table.js";

export const formats = ["html", "csv", "docx"] as const;
export type Format = (typeof formats)[number];

export interface CatalogEntry {
  catalog: Catalog;
  table: CatalogTable;
  /** file name without extension, unique in its folder. */
  stem: string;
}

export interface JurisdictionEntry {
  /** folder name under the output folder. */
  dir: string;
  code: string;
  name: string;
  level: string;
  catalogs: CatalogEntry[];
  coverage: JurisdictionCoverage;
  /** stem of the combined CSV/Word files. */
  combinedStem: string;
}

export interface SitePlan {
  jurisdictions: JurisdictionEntry[];
  /** total catalogs and items. */
  catalogCount: number;
  itemCount: number;
  /** the pilot domains' count, for coverage figures. */
  pilotTotal: number;
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
  const jurisdictions = pilotCoverage(catalogs, registries).map((coverage): JurisdictionEntry => {
    const stems = new NameSet(["index", labels.allDomains]);
    const entries = coverage.catalogs
      .map((header) => byFile.get(header.file)!)
      .sort((a, b) => rank(a) - rank(b) || (a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : 0))
      .map((catalog) => {
        const domain = registries.domainByName(catalog.domain);
        const table = catalogTable(catalog, { channels, channelNames, ...(domain?.general ? { general: true } : {}) });
        return { catalog, table, stem: stems.claim(safeName(table.domain, domain?.slug ?? "catalog")) };
      });
    const name = entries[0]?.table.jurisdiction ?? coverage.name;
    return {
      dir: dirs.claim(safeName([coverage.code, name].filter(Boolean).join("-"), "jurisdiction")),
      code: coverage.code,
      name,
      level: coverage.level,
      catalogs: entries,
      coverage,
      combinedStem: labels.allDomains,
    };
  });
  return {
    jurisdictions,
    catalogCount: catalogs.length,
    itemCount: catalogs.reduce((n, c) => n + c.items.length, 0),
    pilotTotal: registries.domains.filter((d) => d.pilot).length,
  };
}
