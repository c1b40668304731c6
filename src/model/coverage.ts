/**
 * Which pilot domains (registry `pilot: true`: the 26 of 国办发〔2019〕54号) each jurisdiction has a
 * catalog for. The one computation behind the coverage-pilot-domains rule and `catalog coverage`.
 */
import type { Registries } from "./registries.js";
import type { CatalogHeader } from "./types.js";

export interface JurisdictionCoverage {
  /** what tells jurisdictions apart (jurisdictionKey). */
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

/**
 * A domain's catalog: a file of `kind` catalog (the default). Non-disclosure lists, village lists and
 * supplementary catalogs are checked, but they are not a domain's catalog.
 */
export const isDomainCatalog = (catalog: CatalogHeader): boolean => catalog.kind === undefined;

/** A jurisdiction's identity: its code, or `<code>\0<zone>` for a development zone, or its name without a code. */
export function jurisdictionKey({ code, name, zone }: CatalogHeader["jurisdiction"]): string {
  return zone ? `${code}\u0000${zone}` : code || name;
}

/** One entry per jurisdiction code, sorted by code; catalogs without a code are grouped by name. */
export function pilotCoverage(catalogs: readonly CatalogHeader[], registries: Registries): JurisdictionCoverage[] {
  const pilot = registries.domains.filter((d) => d.pilot).map((d) => d.name);
  const groups = new Map<string, CatalogHeader[]>();
  for (const catalog of [...catalogs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    // Non-disclosure lists, village lists and supplementary catalogs are not a domain's catalog, even when they name a domain.
    if (!isDomainCatalog(catalog)) continue;
    // A development zone (zone) is a jurisdiction of its own within its administering division.
    const key = jurisdictionKey(catalog.jurisdiction);
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
