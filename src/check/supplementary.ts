/**
 * A jurisdiction's 政府信息主动公开补充目录 (`kind: supplementary`) beside its standard catalogs, for the
 * cross-file rules that hold them together: "梳理不重复、事项无遗漏、公开标准统一".
 */
import { isDomainCatalog } from "../model/coverage.js";
import type { CatalogHeader } from "../model/types.js";
import { jurisdictionKey } from "./jurisdiction.js";

export interface SupplementedJurisdiction {
  supplementary: CatalogHeader[];
  /** the jurisdiction's standard catalogs (not its negative lists, supplementary catalogs or village lists). */
  standard: CatalogHeader[];
}

/** The jurisdictions (code + zone) that have a supplementary catalog among the files, in file order. */
export function supplementedJurisdictions(catalogs: readonly CatalogHeader[]): SupplementedJurisdiction[] {
  const groups = new Map<string, SupplementedJurisdiction>();
  for (const catalog of catalogs) {
    if (catalog.supplementary) {
      const key = jurisdictionKey(catalog);
      const group = groups.get(key) ?? { supplementary: [], standard: [] };
      group.supplementary.push(catalog);
      groups.set(key, group);
    }
  }
  for (const catalog of catalogs) {
    if (!isDomainCatalog(catalog)) continue;
    groups.get(jurisdictionKey(catalog))?.standard.push(catalog);
  }
  return [...groups.values()];
}
