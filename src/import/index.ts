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
import { mapNegativeLists, type ImportedNegativeList } from "./negative-list.js";
import { catalogText, negativeListText } from "./yaml.js";

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
  /** a non-disclosure list's entries. */
  entries?: number;
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
    const mapOptions = { registries: options.registries, path: input, ...pick(options) };
    const mapped: Mapped[] = [];
    for (const table of tables) {
      const catalogs = mapTables([table], mapOptions);
      // A table that is no catalog may be a non-disclosure list (its own columns).
      if (catalogs.length) mapped.push(...catalogs.map((catalog) => catalogMapped(catalog)));
      else mapped.push(...mapNegativeLists([table], mapOptions).map((list) => listMapped(list)));
    }
    if (!mapped.length) throw new ImportError("noTable", { tables: tables.length });
    const planned = mapped.flatMap(({ report, place, text, domain, items, entries }): Planned[] => {
      if (!place) return [];
      const folder = join(options.out, place.folder);
      const schema = relative(folder, join(schemasDir, "catalog.schema.json")).split(sep).join("/");
      return [{ path: join(folder, `${place.file}.yaml`), text: text(schema, `${basename(input)} ${report.table}`), report, ...(domain ? { domain } : {}), items, ...(entries ? { entries } : {}) }];
    });
    // Cell texts are slices of the whole document's text: copied out, so a run over thousands of files
    // does not keep every file's XML alive through its report.
    const reports = mapped.map((m) => detached(m.report));
    return { input, tables: reports, planned: planned.map((p) => ({ ...p, report: reports[mapped.findIndex((m) => m.report === p.report)]!, ...(p.domain ? { domain: detached(p.domain) } : {}) })) };
  } catch (error) {
    if (error instanceof ImportError) return { input, tables: [], planned: [], error };
    const code = (error as NodeJS.ErrnoException).code;
    if (code) return { input, tables: [], planned: [], error: new ImportError("unreadable", { detail: code }) };
    throw error;
  }
}

const detached = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A table read: its report, and where and what to write when it can be written (no problem in its report). */
interface Mapped {
  report: TableReport;
  place?: { folder: string; file: string };
  text: (schema: string, source: string) => string;
  domain?: string;
  items: number;
  entries?: number;
}

function catalogMapped(catalog: ImportedCatalog): Mapped {
  const placed = !catalog.report.problem && (catalog.domain || catalog.kind === "supplementary");
  return {
    report: catalog.report,
    ...(placed ? { place: placeOf(catalog) } : {}),
    text: (schema, source) => catalogText(catalog, schema, source),
    ...(catalog.domain ? { domain: catalog.domain.name } : {}),
    items: catalog.items.length,
  };
}

/** A jurisdiction's own folder: "<code>-<short name>", as `catalog init` lays them out. */
const folderOf = ({ code, name, level }: ImportedCatalog["jurisdiction"]) => `${code}-${safeName(shortName(name, level), "_")}`;

/** A non-disclosure list goes where the shipped example keeps one: "<code>-<short name>/不予公开事项清单.yaml". */
function listMapped(list: ImportedNegativeList): Mapped {
  const { jurisdiction } = list;
  return {
    report: list.report,
    ...(list.report.problem ? {} : { place: { folder: folderOf(jurisdiction), file: "不予公开事项清单" } }),
    text: (schema, source) => negativeListText(list, schema, source),
    items: 0,
    entries: list.entries.length,
  };
}

/**
 * Where an imported catalog goes: "<code>-<short name>/<domain>.yaml" (a supplementary catalog:
 * "<code>-<short name>/政府信息主动公开补充目录.yaml", as the shipped example); a village list goes beside its
 * township's catalogs, as the shipped examples keep them ("320506103-木渎镇/香溪社区村（居）务公开目录.yaml"),
 * when the divisions registry names the township; else into a folder of its own.
 */
function placeOf({ jurisdiction, kind, domain }: ImportedCatalog): { folder: string; file: string } {
  const own = folderOf(jurisdiction);
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

