/** Reads one 权责清单 / 公共服务事项清单 file through the shared readers, within the import limits. */
import { readFileSync, statSync } from "node:fs";
import { ImportError, limits, listBounds } from "./limits.js";
import { readPowerLists, type PowerList } from "./power-list.js";
import { readTables } from "./readers/index.js";

export async function readPowerList(path: string): Promise<{ lists: PowerList[] } | { error: ImportError }> {
  try {
    const { size } = statSync(path);
    if (size > limits.fileBytes) throw new ImportError("tooLarge", { size: Math.round(size / 1024 / 1024), limit: limits.fileBytes / 1024 / 1024 });
    const tables = await readTables(path, readFileSync(path), listBounds);
    const long = tables.find((t) => t.rows.length > listBounds.rows);
    if (long) throw new ImportError("tooManyListRows", { table: long.label, limit: listBounds.rows });
    return { lists: readPowerLists(tables) };
  } catch (error) {
    if (error instanceof ImportError) return { error };
    const code = (error as NodeJS.ErrnoException).code;
    if (code) return { error: new ImportError("unreadable", { detail: code }) };
    throw error;
  }
}
