/**
 * Writes a build's output folder atomically: every file goes into a temporary sibling folder, which
 * then replaces the output folder by rename. Until that moment the previous outputs are untouched, so
 * a failed build (a renderer error, a full disk) leaves them exactly as they were.
 *
 * A folder is only replaced when it is empty or holds exactly what an earlier build wrote (the files
 * its manifest lists), and never when it is or contains an input (catalogs, templates, the project
 * root): `--out .` must never swap away a project, nor a file added by hand to the output folder.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, isAbsolute, join, normalize, resolve, sep } from "node:path";

export const manifestName = ".catalog-build.json";

export type OutputProblem = "not-ours" | "foreign" | "holds-input" | "not-folder" | "write";

export class OutputError extends Error {
  /** not-ours, foreign: what a build would delete; holds-input: the input inside the folder. */
  constructor(readonly problem: OutputProblem, readonly path: string, readonly detail = "", readonly list: readonly string[] = []) {
    super(`${problem}: ${path}${detail ? ` (${detail})` : ""}${list.length ? `: ${list.join(", ")}` : ""}`);
  }
}

export type Put = (path: string, data: Uint8Array | string) => void;

const within = (folder: string, path: string) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);

/** A path as given and, when it exists, with every link resolved: a link must not hide an input. */
const forms = (path: string): string[] => [resolve(path), ...(existsSync(path) ? [realpathSync(path)] : [])];

/** Every file and folder under `dir`, relative, with `/` separators; folders end in `/`. */
function entriesUnder(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const name = `${prefix}${e.name}`;
    return e.isDirectory() ? [`${name}/`, ...entriesUnder(join(dir, e.name), `${name}/`)] : [name];
  });
}

/** What is in a built folder that its manifest does not list: files added by hand. */
function foreignEntries(target: string): string[] {
  let listed: Set<string>;
  try {
    listed = new Set((JSON.parse(readFileSync(join(target, manifestName), "utf8")) as { files: string[] }).files);
  } catch {
    return entriesUnder(target);
  }
  // A folder is ours when the manifest lists a file under it.
  const folders = new Set([...listed].flatMap((f) => f.split("/").slice(0, -1).map((_, i, parts) => `${parts.slice(0, i + 1).join("/")}/`)));
  return entriesUnder(target).filter((e) => e !== manifestName && !listed.has(e) && !folders.has(e));
}

/**
 * Refuses before any rendering when the folder is not one a build may replace. `guarded`: absolute
 * paths the output folder must neither be nor contain (the inputs and the project root).
 */
export function checkOutputFolder(out: string, guarded: readonly string[] = []): string {
  let target = resolve(out);
  if (existsSync(target) && lstatSync(target).isSymbolicLink()) target = realpathSync(target);
  if (dirname(target) === target) throw new OutputError("holds-input", target, "", [target]);
  const targets = forms(target);
  const inside = guarded.filter((g) => forms(g).some((path) => targets.some((folder) => within(folder, path))));
  if (inside.length) throw new OutputError("holds-input", target, "", inside);
  if (!existsSync(target)) return target;
  if (!statSync(target).isDirectory()) throw new OutputError("not-folder", target);
  const entries = readdirSync(target);
  if (!entries.length) return target;
  if (!entries.includes(manifestName)) throw new OutputError("not-ours", target, "", entriesUnder(target));
  const foreign = foreignEntries(target);
  if (foreign.length) throw new OutputError("foreign", target, "", foreign);
  return target;
}

const io = (path: string, error: unknown) => new OutputError("write", path, (error as NodeJS.ErrnoException).code ?? String(error));

/**
 * Runs `produce`, which writes files through `put` (paths relative to the output folder, `/`
 * separators), then swaps the result in. Returns the files written, sorted.
 */
export async function writeOutputFolder(out: string, produce: (put: Put) => Promise<void>, guarded: readonly string[] = []): Promise<string[]> {
  const target = checkOutputFolder(out, guarded);
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
