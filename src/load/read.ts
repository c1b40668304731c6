/** Reading catalog files: an unreadable file becomes a Source with its error (a finding), never a crash. */
import { readFileSync } from "node:fs";
import type { Source } from "../check/engine.js";
import { displayPath } from "./files.js";

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
export const sourceOf = (input: SourceInput): Source => ("file" in input ? readAs(input.file, input.path) : input);

export function readSource(file: string, cwd: string): Source {
  return readAs(file, displayPath(file, cwd));
}

function readAs(file: string, path: string): Source {
  try {
    return { path, bytes: readFileSync(file) };
  } catch (error) {
    return { path, bytes: new Uint8Array(), readError: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
}

export function readSources(files: readonly string[], cwd: string): Source[] {
  return files.map((file) => readSource(file, cwd));
}
