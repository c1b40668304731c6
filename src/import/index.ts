/**
 * The import stage: files → tables (one reader per container) → catalogs (one shared mapping) → source
 * texts. Reading is the only I/O here; what to write, and whether, is the CLI's business.
 */
import { readFileSync, statSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";
import type { DomainEntry, Registries } from "../model/registries.js";
import { safeName, shortName } from "../render/names.js";
import { schemasDir } from "../paths.js";
import { ImportError, limits } from "./limits.js";
import { mapTables, type ImportedCatalog, type TableReport } from "./map.js";
import { divisions } from "../model/divisions.js";
import { readTables } from "./readers/index.js";
import { catalogText } from "./yaml.js";

export { ImportError } from "./limits.js";
export type { TableReport } from "./map.js";

export interface ImportOptions {
  registries: Registries;
  /** the output folder, absolute: catalogs go into its "<code>-<short name>" folders. */
  out: string;
  code?: string;
  name?: string;
  domain?: DomainEntry;
  supplementary?: boolean;
}

export interface Planned {
  /** absolute. */
  path: string;
  text: string;
  /** the table's report (the same object as in FileOutcome.tables). */
  report: TableReport;
  /** absent for a supplementary catalog not named by a domain. */
  domain?: string;
  items: number;
}

export interface FileOutcome {
  /** as given. */
  input: string;
  tables: TableReport[];
  planned: Planned[];
  /** why the file gave nothing (a hostile or unreadable file, a legacy format). */
  error?: ImportError;
}

export async function importFile(input: string, absolute: string, options: ImportOptions): Promise<FileOutcome> {
  try {
    const { size } = statSync(absolute);
    if (size > limits.fileBytes) throw new ImportError("tooLarge", { size: Math.round(size / 1024 / 1024), limit: limits.fileBytes / 1024 / 1024 });
    const bytes = readFileSync(absolute);
    const tables = await readTables(absolute, bytes);
    const catalogs = mapTables(tables, { registries: options.registries, path: input, ...pick(options) });
    if (!catalogs.length) throw new ImportError("noTable", { tables: tables.length });
    const planned = catalogs.flatMap((catalog): Planned[] => {
      if (catalog.report.problem || (!catalog.domain && catalog.kind !== "supplementary")) return [];
      const { folder: dir, file } = placeOf(catalog);
      const folder = join(options.out, dir);
      const path = join(folder, `${file}.yaml`);
      const schema = relative(folder, join(schemasDir, "catalog.schema.json")).split(sep).join("/");
      return [{ path, text: catalogText(catalog, schema, `${basename(input)} ${catalog.report.table}`), report: catalog.report, ...(catalog.domain ? { domain: catalog.domain.name } : {}), items: catalog.items.length }];
    });
    // Cell texts are slices of the whole document's text: copied out, so a run over thousands of files
    // does not keep every file's XML alive through its report.
    const reports = catalogs.map((c) => detached(c.report));
    return { input, tables: reports, planned: planned.map((p) => ({ ...p, report: reports[catalogs.findIndex((c) => c.report === p.report)]!, ...(p.domain ? { domain: detached(p.domain) } : {}) })) };
  } catch (error) {
    if (error instanceof ImportError) return { input, tables: [], planned: [], error };
    const code = (error as NodeJS.ErrnoException).code;
    if (code) return { input, tables: [], planned: [], error: new ImportError("unreadable", { detail: code }) };
    throw error;
  }
}

const detached = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * Where an imported catalog goes: "<code>-<short name>/<domain>.yaml" (a supplementary catalog:
 * "<code>-<short name>/政府信息主动公开补充目录.yaml", as the shipped example); a village list goes beside its
 * township's catalogs, as the shipped examples keep them ("320506103-木渎镇/香溪社区村（居）务公开目录.yaml"),
 * when the divisions registry names the township; else into a folder of its own.
 */
function placeOf({ jurisdiction, kind, domain }: ImportedCatalog): { folder: string; file: string } {
  const own = `${jurisdiction.code}-${safeName(shortName(jurisdiction.name, jurisdiction.level), "_")}`;
  if (kind === "supplementary") return { folder: own, file: "政府信息主动公开补充目录" };
  if (!domain) throw new Error("a catalog without a domain is not placed");
  if (kind !== "village-list") return { folder: own, file: safeName(domain.name, "_") };
  const township = divisions().name(jurisdiction.code.slice(0, 9));
  const at = township ? jurisdiction.name.indexOf(township) : -1;
  const village = at >= 0 && jurisdiction.name.length > at + township!.length ? jurisdiction.name.slice(at + township!.length) : jurisdiction.name;
  const list = domain.general ? "村（居）务公开目录" : domain.name;
  return { folder: at >= 0 ? `${jurisdiction.code.slice(0, 9)}-${safeName(township!, "_")}` : own, file: safeName(`${village}${list}`, "_") };
}

function pick(options: ImportOptions) {
  return { ...(options.code ? { code: options.code } : {}), ...(options.name ? { name: options.name } : {}), ...(options.domain ? { domain: options.domain } : {}), ...(options.supplementary ? { supplementary: true } : {}) };
}

