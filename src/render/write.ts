/**
 * Writes a build's output folder atomically: every file goes into a temporary sibling folder, which
 * then replaces the output folder by rename. Until that moment the previous outputs are untouched, so
 * a failed build (a renderer error, a full disk) leaves them exactly as they were.
 *
 * A folder is only replaced when an earlier build made it (it holds the manifest) or it is empty:
 * `--out .` must never swap away a project.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, isAbsolute, join, normalize, resolve, sep } from "node:path";

export const manifestName = ".catalog-build.json";

export type OutputProblem = "not-ours" | "not-folder" | "write";

export class OutputError extends Error {
  constructor(readonly problem: OutputProblem, readonly path: string, readonly detail = "") {
    super(`${problem}: ${path}${detail ? ` (${detail})` : ""}`);
  }
}

export type Put = (path: string, data: Uint8Array | string) => void;

/** Refuses before any rendering when the folder is not one a build may replace. */
export function checkOutputFolder(out: string): string {
  let target = resolve(out);
  if (existsSync(target) && lstatSync(target).isSymbolicLink()) target = realpathSync(target);
  if (dirname(target) === target) throw new OutputError("not-ours", target);
  if (!existsSync(target)) return target;
  if (!statSync(target).isDirectory()) throw new OutputError("not-folder", target);
  const entries = readdirSync(target);
  if (entries.length && !entries.includes(manifestName)) throw new OutputError("not-ours", target);
  return target;
}

const io = (path: string, error: unknown) => new OutputError("write", path, (error as NodeJS.ErrnoException).code ?? String(error));

/**
 * Runs `produce`, which writes files through `put` (paths relative to the output folder, `/`
 * separators), then swaps the result in. Returns the files written, sorted.
 */
export async function writeOutputFolder(out: string, produce: (put: Put) => Promise<void>): Promise<string[]> {
  const target = checkOutputFolder(out);
  const parent = dirname(target);
  const temporary = join(parent, `.${basename(target)}.building-${process.pid}`);
  const previous = join(parent, `.${basename(target)}.previous-${process.pid}`);
  const files: string[] = [];
  try {
    rmSync(temporary, { recursive: true, force: true });
    mkdirSync(temporary, { recursive: true });
    await produce((path, data) => {
      const relative = normalize(path);
      if (isAbsolute(relative) || relative.split(sep).includes("..")) throw new OutputError("write", path, "outside the output folder");
      const file = join(temporary, relative);
      try {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, data);
      } catch (error) {
        throw io(join(target, relative), error);
      }
      files.push(path);
    });
    files.sort();
    writeFileSync(join(temporary, manifestName), `${JSON.stringify({ generator: "catalog", files }, null, 1)}\n`);
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
  try {
    if (existsSync(target)) renameSync(target, previous);
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw io(target, error);
  }
  try {
    renameSync(temporary, target);
  } catch (error) {
    if (existsSync(previous)) renameSync(previous, target);
    rmSync(temporary, { recursive: true, force: true });
    throw io(target, error);
  }
  rmSync(previous, { recursive: true, force: true });
  return files;
}
