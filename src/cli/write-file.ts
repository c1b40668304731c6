/**
 * File writes for reports, the baseline, `init` and `fmt`: the text goes to a temporary file beside the
 * file written, which is then renamed over it, so a reader never sees half a file and a failed run
 * leaves the previous file as it was. What the path is stays what it was: a symbolic link's target is
 * written (the link stays a link), a file keeps its mode and (where the user may set it) its owner, and
 * a file with several hard links is rewritten in place so that every name keeps seeing it. Devices,
 * FIFOs and folders are refused: the tool writes regular files only.
 */
import { chmodSync, chownSync, lstatSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { Lang } from "../i18n.js";
import { makeFolders } from "../render/write.js";
import { fatal } from "./messages.js";

export class WriteError extends Error {
  constructor(
    readonly path: string,
    readonly detail: string,
    /** the path is a device, a FIFO, a socket or a folder. */
    readonly notRegular = false,
  ) {
    super(`cannot write ${path}: ${detail}`);
  }
}

/** The message for a failed write, naming the file as the user gave it. */
export const writeFailure = (error: WriteError, lang: Lang, path: string) => (error.notRegular ? fatal("notRegularFile", lang, { path }) : fatal("writeFailed", lang, { path, detail: error.detail }));

const statOf = (path: string): Stats | undefined => {
  try {
    return statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
};

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  let temporary: string | undefined;
  try {
    const target = lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() ? realpathSync(path) : path;
    const existing = statOf(target);
    if (existing && !existing.isFile()) throw new WriteError(path, "not a regular file", true);
    if (existing && existing.nlink > 1) {
      writeFileSync(target, data);
      return;
    }
    makeFolders(dirname(target));
    temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
    writeFileSync(temporary, data);
    if (existing) {
      chmodSync(temporary, existing.mode & 0o7777);
      // Only root may give a file away; anyone else's rewritten file is theirs, as any editor's save.
      if (existing.uid !== process.getuid?.() || existing.gid !== process.getgid?.()) {
        try {
          chownSync(temporary, existing.uid, existing.gid);
        } catch {
          // not permitted: the file keeps its content and mode
        }
      }
    }
    renameSync(temporary, target);
  } catch (error) {
    if (temporary) rmSync(temporary, { force: true });
    if (error instanceof WriteError) throw error;
    throw new WriteError(path, (error as NodeJS.ErrnoException).code ?? String(error));
  }
}
