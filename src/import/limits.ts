/**
 * Bounds on what one input may cost. Published catalogs are small (a domain holds tens of rows, a
 * county's Word attachment a few hundred KB); anything far past these is not a catalog, or is built
 * to exhaust the machine (a zip bomb, a 100 MB sheet), and is refused before it is expanded.
 */
export const limits = {
  /** bytes of the file as given. */
  fileBytes: 32 * 1024 * 1024,
  /** a zip container: entries, and their declared uncompressed sizes (each part, all together). */
  zipEntries: 2000,
  partBytes: 16 * 1024 * 1024,
  totalBytes: 64 * 1024 * 1024,
  /** one table. A domain's catalog has tens of rows; 5,000 is far past any published one. */
  rows: 5000,
  columns: 64,
  /** cells covered by merged ranges in one sheet (a merge over A1:XFD1048576 is a bomb of its own). */
  mergedCells: 500_000,
} as const;

/** What one table, and the zip container around it, may hold. */
export interface TableBounds {
  rows: number;
  partBytes: number;
  totalBytes: number;
}

export const catalogBounds: TableBounds = { rows: limits.rows, partBytes: limits.partBytes, totalBytes: limits.totalBytes };

/**
 * A 权责清单 or 公共服务事项清单 is one table for a whole city (one reports 52,603 power items, a sheet of
 * some 17 MB of XML): far past a catalog, still far from a bomb.
 */
export const listBounds: TableBounds = { rows: 200_000, partBytes: 128 * 1024 * 1024, totalBytes: 192 * 1024 * 1024 };

/** Why an input could not be imported: a message key and its values; the CLI words it. */
export class ImportError extends Error {
  constructor(
    readonly reason: ImportFailure,
    readonly values: Record<string, string | number> = {},
  ) {
    super(`${reason} ${JSON.stringify(values)}`);
  }
}

export type ImportFailure =
  | "legacy"
  | "unsupported"
  | "tooLarge"
  | "zipBomb"
  | "notZip"
  | "entities"
  | "tooManyRows"
  | "tooManyColumns"
  | "unreadable"
  | "noTable"
  | "noList"
  | "tooManyListRows";
