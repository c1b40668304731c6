/**
 * Which pilot domains (registry `pilot: true`: the 26 of 国办发〔2019〕54号) each jurisdiction has a
 * catalog for. The one computation behind the coverage-pilot-domains rule and `catalog coverage`.
 */
import type { Registries } from "./registries.js";
import type { CatalogHeader } from "./types.js";

export interface JurisdictionCoverage {
  /** what tells jurisdictions apart (coverageKey). */
  key: string;
  code: string;
  /** as written in the jurisdiction's first file. */
  name: string;
  /** canonical level (县级/乡级), or the text as written when it is not a known form. */
  level: string;
  /** the jurisdiction's catalogs, sorted by file. */
  catalogs: CatalogHeader[];
  /** pilot domains with a catalog, in registry order. */
  present: string[];
  /** pilot domains without one, in registry order. */
  missing: string[];
  /** domains of its other catalogs (not pilot, or unknown), as written, sorted. */
  others: string[];
}

/** A jurisdiction's identity across files: its code (a zone within its division: both), else its name. */
export function coverageKey({ jurisdiction: { code, name, zone } }: Pick<CatalogHeader, "jurisdiction">): string {
  // A development zone (zone) is a jurisdiction of its own within its administering division.
  return zone ? `${code}\u0000${zone}` : code || name;
}

/** A jurisdiction with no domain's catalog (only lists beside them): every pilot domain missing. */
export function emptyCoverage({ jurisdiction }: Pick<CatalogHeader, "jurisdiction">, registries: Registries): JurisdictionCoverage {
  const missing = registries.domains.filter((d) => d.pilot).map((d) => d.name);
  return { key: coverageKey({ jurisdiction }), code: jurisdiction.code, name: jurisdiction.zone ?? jurisdiction.name, level: jurisdiction.level.canonical ?? jurisdiction.level.raw, catalogs: [], present: [], missing, others: [] };
}

/** What a supplementary catalog is called where a domain's name would stand (its title, the diff's identity). */
export const supplementaryName = "政府信息主动公开补充目录";

/**
 * A domain's catalog: a file of `kind` catalog (the default). Non-disclosure lists, village lists and
 * supplementary catalogs are checked, but none is a domain's catalog, even when it names a domain.
 */
export const isDomainCatalog = (catalog: CatalogHeader): boolean => catalog.kind === undefined;

/** One entry per jurisdiction code, sorted by code; catalogs without a code are grouped by name. */
export function pilotCoverage(catalogs: readonly CatalogHeader[], registries: Registries): JurisdictionCoverage[] {
  const pilot = registries.domains.filter((d) => d.pilot).map((d) => d.name);
  const groups = new Map<string, CatalogHeader[]>();
  for (const catalog of [...catalogs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    if (!isDomainCatalog(catalog)) continue;
    const key = coverageKey(catalog);
    if (!key) continue;
    groups.set(key, [...(groups.get(key) ?? []), catalog]);
  }
  return [...groups]
    .map(([key, group]) => {
      const { jurisdiction } = group[0]!;
      const domains = new Set(group.map((c) => registries.domainByName(c.domain)?.name ?? c.domain));
      return {
        key,
        code: jurisdiction.code,
        name: jurisdiction.zone ?? jurisdiction.name,
        level: jurisdiction.level.canonical ?? jurisdiction.level.raw,
        catalogs: group,
        present: pilot.filter((d) => domains.has(d)),
        missing: pilot.filter((d) => !domains.has(d)),
        others: [...domains].filter((d) => d && !pilot.includes(d)).sort(),
      };
    })
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || (a.name < b.name ? -1 : 1));
}
