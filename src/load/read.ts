/**
 * Reading catalog files: an unreadable file becomes a Source with its error (a finding), never a crash
 * and never a hang. Only regular files are read, and only up to a size: a FIFO would block for ever and
 * a link to /dev/zero grow without end, so what stat says is not a regular file is refused before it is
 * opened, and so is a file larger than the limit (a catalog of 10,000 items is some 10 MB).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import type { Source } from "../check/engine.js";
import { displayPath } from "./files.js";

/** The default size limit of a catalog file (validate.maxFileSize in catalog.config.yaml, in MB). */
export const defaultMaxFileMb = 50;

/** A catalog file named but not read yet: read where it is checked, in a worker thread for large inputs. */
export interface UnreadSource {
  /** as reported (see Source). */
  path: string;
  /** absolute. */
  file: string;
}

export type SourceInput = Source | UnreadSource;

export const unreadSource = (file: string, cwd: string): UnreadSource => ({ path: displayPath(file, cwd), file });

/** The source's bytes, reading the file if that was left for now. */
export const sourceOf = (input: SourceInput, maxMb = defaultMaxFileMb): Source => ("file" in input ? readAs(input.file, input.path, maxMb) : input);

export function readSource(file: string, cwd: string, maxMb = defaultMaxFileMb): Source {
  return readAs(file, displayPath(file, cwd), maxMb);
}

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error);

function readAs(file: string, path: string, maxMb: number): Source {
  const refused = (readError: string, more: Partial<Source> = {}): Source => ({ path, bytes: new Uint8Array(), readError, ...more });
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) {
      // Discovery names a folder it could not list: say why.
      readdirSync(file);
      return refused("EISDIR", { folder: true });
    }
    if (!stat.isFile()) return refused("ENOTREG");
    if (stat.size > maxMb * 1024 * 1024) return refused("EFBIG", { size: stat.size, limit: maxMb });
    return { path, bytes: readFileSync(file) };
  } catch (error) {
    return refused(codeOf(error), statOr(file)?.isDirectory() ? { folder: true } : {});
  }
}

const statOr = (file: string) => {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
};

export function readSources(files: readonly string[], cwd: string, maxMb = defaultMaxFileMb): Source[] {
  return files.map((file) => readSource(file, cwd, maxMb));
}
