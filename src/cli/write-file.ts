/**
 * Atomic file writes for reports, the baseline, `init` and `fmt`: the text goes to a temporary file in the
 * same folder, which is then renamed over the target, so a reader never sees half a file and a failed
 * run leaves the previous file as it was.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

export class WriteError extends Error {
  constructor(readonly path: string, readonly detail: string) {
    super(`cannot write ${path}: ${detail}`);
  }
}

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temporary, data);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new WriteError(path, (error as NodeJS.ErrnoException).code ?? String(error));
  }
}
