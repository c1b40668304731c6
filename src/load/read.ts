/** Reading catalog files: an unreadable file becomes a Source with its error (a finding), never a crash. */
import { readFileSync } from "node:fs";
import type { Source } from "../check/engine.js";
import { displayPath } from "./files.js";

export function readSource(file: string, cwd: string): Source {
  const path = displayPath(file, cwd);
  try {
    return { path, bytes: readFileSync(file) };
  } catch (error) {
    return { path, bytes: new Uint8Array(), readError: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
}

export function readSources(files: readonly string[], cwd: string): Source[] {
  return files.map((file) => readSource(file, cwd));
}
