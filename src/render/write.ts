/**
 * Writes a build's output folder atomically: every file goes into a new versioned folder, which then
 * replaces the outputs at once (see SwapMode). Until that moment the previous outputs are untouched,
 * so a failed or killed build (a renderer error, a full disk, Ctrl-C) leaves them exactly as they were.
 *
 * A folder is only replaced when it is empty or holds exactly what an earlier build wrote (the files
 * its manifest lists), and never when it is or contains an input (catalogs, templates, the project
 * root): `--out .` must never swap away a project, nor a file added by hand to the output folder.
 */
import { accessSync, constants, copyFileSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, isAbsolute, join, normalize, relative, resolve, sep } from "node:path";

export const manifestName = ".catalog-build.json";

export type OutputProblem = "not-ours" | "foreign" | "holds-input" | "not-folder" | "read-only" | "locked" | "write";

export class OutputError extends Error {
  /** not-ours, foreign: what a build would delete; holds-input: the input inside the folder; locked: detail is the holder's pid. */
  constructor(readonly problem: OutputProblem, readonly path: string, readonly detail = "", readonly list: readonly string[] = []) {
    super(`${problem}: ${path}${detail ? ` (${detail})` : ""}${list.length ? `: ${list.join(", ")}` : ""}`);
  }
}

export type Put = (path: string, data: Uint8Array | string) => void;

/** The outputs being replaced, for a build that reuses its unchanged files (render/cache.ts). */
export interface Current {
  /** the folder holding them (the output link's target, or the output folder itself); none on a first build. */
  dir?: string;
  /** puts the current file at `path` into the new version unchanged: a hard link where possible, else a copy. */
  keep(path: string): void;
}

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
  // A link the user made is followed; the link a build made to its versioned folder is the output path.
  if (isLink(target) && !currentVersion(placesOf(target))) target = realpathSync(target);
  if (dirname(target) === target) throw new OutputError("holds-input", target, "", [target]);
  const targets = forms(target);
  const inside = guarded.filter((g) => forms(g).some((path) => targets.some((folder) => within(folder, path))));
  if (inside.length) throw new OutputError("holds-input", target, "", inside);
  if (!existsSync(target)) {
    if (existsSync(dirname(target)) && !writable(dirname(target))) throw new OutputError("read-only", dirname(target));
    return target;
  }
  if (!statSync(target).isDirectory()) throw new OutputError("not-folder", target);
  if (!writable(target)) throw new OutputError("read-only", target);
  const entries = readdirSync(target);
  if (!entries.length) return target;
  if (!entries.includes(manifestName)) throw new OutputError("not-ours", target, "", entriesUnder(target));
  const foreign = foreignEntries(target);
  if (foreign.length) throw new OutputError("foreign", target, "", foreign);
  return target;
}

const io = (path: string, error: unknown) => new OutputError("write", path, (error as NodeJS.ErrnoException).code ?? String(error));

/**
 * How the new outputs replace the old. "link" (POSIX): the output path is a symbolic link to a
 * versioned folder in `.<name>.builds/`, swapped by renaming a new link over it — one atomic rename,
 * so a reader or a killed build only ever sees the old outputs or the new. "rename" (Windows, and
 * file systems without links): the old folder is moved aside and the new one renamed in; a build
 * killed between the two renames leaves the old outputs in `.<name>.builds/previous-*`, which the
 * next build puts back before anything else. An incremental build can reuse unchanged files by
 * hard-linking them from the current version (the link's target) into the new one.
 */
export type SwapMode = "link" | "rename";

export interface WriteOptions {
  /** absolute paths the output folder must neither be nor contain (see checkOutputFolder). */
  guarded?: readonly string[];
  /** default: "rename" on Windows, else "link" (falling back to "rename" where links cannot be made). */
  swap?: SwapMode;
}

/** Where a build stops when the test asks it to be killed there (CATALOG_FAULT=<step>). */
function fault(step: "produced" | "linked" | "moved-aside" | "swapped"): void {
  if (process.env.CATALOG_FAULT === step) process.kill(process.pid, "SIGKILL");
}

interface Places {
  target: string;
  parent: string;
  /** versioned output folders, and the previous outputs while a rename swap runs. */
  store: string;
  lock: string;
}

const placesOf = (target: string): Places => {
  const parent = dirname(target);
  const name = basename(target);
  return { target, parent, store: join(parent, `.${name}.builds`), lock: lockOf(target) };
};

/** The lock file of an output folder: beside it, so a build holds it while the folder itself is swapped. */
export const lockOf = (target: string) => join(dirname(target), `.${basename(target)}.lock`);

/** mkdir -p without `recursive`, which spins for ever under /proc (Node 20). */
export function makeFolders(path: string): void {
  if (existsSync(path)) return;
  makeFolders(dirname(path));
  mkdirSync(path);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/**
 * Takes the lock file (it names the process holding it): a second build into the same folder exits
 * with "locked" rather than racing. A lock whose process is gone (a killed build) is taken over.
 */
function lock({ lock, target }: Places): () => void {
  const mine = `${lock}.${process.pid}`;
  writeFileSync(mine, `${process.pid}\n`);
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        // link() fails if the lock exists: taking it is atomic, and it is never seen empty.
        linkSync(mine, lock);
        return () => rmSync(lock, { force: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST" || attempt > 0) throw error;
        const holder = Number.parseInt(readFileSync(lock, "utf8"), 10);
        if (alive(holder)) throw new OutputError("locked", target, String(holder));
        rmSync(lock, { force: true });
      }
    }
  } finally {
    rmSync(mine, { force: true });
  }
}

/** The versioned folder the output link points to, if the output path is such a link. */
function currentVersion({ target, store }: Places): string | undefined {
  try {
    const link = readlinkSync(target);
    const version = resolve(dirname(target), link);
    return dirname(version) === store ? version : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Under the lock: puts back outputs a build killed mid-swap left aside, then removes what killed builds
 * left behind (unfinished versions, links, the temporary folders of earlier releases).
 */
function cleanUp(places: Places): void {
  const { target, parent, store } = places;
  const name = basename(target);
  const leftovers = readdirSync(parent).filter((e) => e.startsWith(`.${name}.`) && /\.(building|previous|link)-\d+$/.test(e) && !alive(Number(/\d+$/.exec(e)![0])));
  const aside = [...(existsSync(store) ? readdirSync(store).filter((e) => e.startsWith("previous-")).map((e) => join(store, e)) : []), ...leftovers.filter((e) => e.includes(".previous-")).map((e) => join(parent, e))];
  if (!existsSync(target) && !isLink(target) && aside.length) renameSync(aside[0]!, target);
  for (const e of leftovers) rmSync(join(parent, e), { recursive: true, force: true });
  const current = currentVersion(places);
  if (existsSync(store)) for (const e of readdirSync(store)) if (join(store, e) !== current) rmSync(join(store, e), { recursive: true, force: true });
}

const isLink = (path: string) => {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
};

function swapByLink(places: Places, version: string): void {
  const { target, parent, store } = places;
  const link = join(parent, `.${basename(target)}.link-${process.pid}`);
  symlinkSync(relative(parent, version), link, "dir");
  fault("linked");
  // The first build of a folder that is not yet a link (an earlier release's, or an empty one) moves it
  // into the store: the one time the output path is briefly missing, put back by cleanUp if killed.
  if (!isLink(target) && existsSync(target)) {
    renameSync(target, join(store, `previous-${process.pid}`));
    fault("moved-aside");
  }
  renameSync(link, target);
}

function swapByRename({ target, store }: Places, version: string): void {
  if (existsSync(target) || isLink(target)) {
    renameSync(target, join(store, `previous-${process.pid}`));
    fault("moved-aside");
  }
  renameSync(version, target);
}

/** Creates a symbolic link at `probe` and removes it: false where the file system or the user cannot. */
function canLink(probe: string): boolean {
  try {
    symlinkSync(".", probe, "dir");
    rmSync(probe);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs `produce`, which writes files through `put` (paths relative to the output folder, `/`
 * separators), then swaps the result in (see SwapMode). Returns the files written, sorted.
 */
export async function writeOutputFolder(out: string, produce: (put: Put, current: Current) => Promise<void>, options: WriteOptions = {}): Promise<string[]> {
  const places = placesOf(checkOutputFolder(out, options.guarded));
  const { target, parent, store } = places;
  let unlock: () => void;
  try {
    makeFolders(parent);
    unlock = lock(places);
  } catch (error) {
    throw error instanceof OutputError ? error : io(target, error);
  }
  try {
    checkOutputFolder(out, options.guarded);
    cleanUp(places);
    const swap = options.swap ?? (process.platform === "win32" || !canLink(join(parent, `.${basename(target)}.link-${process.pid}`)) ? "rename" : "link");
    const files: string[] = [];
    try {
      let version: string;
      try {
        makeFolders(store);
        version = mkdtempSync(join(store, "v"));
      } catch (error) {
        throw io(target, error);
      }
      // The outputs this build replaces (after cleanUp: a folder a killed swap left aside is back).
      const currentDir = existsSync(target) && statSync(target).isDirectory() ? realpathSync(target) : undefined;
      const made = new Set<string>();
      const place = (path: string, write: (file: string) => void) => {
        const relativePath = normalize(path);
        if (isAbsolute(relativePath) || relativePath.split(sep).includes("..")) throw new OutputError("write", path, "outside the output folder");
        const file = join(version, relativePath);
        try {
          if (!made.has(dirname(file))) mkdirSync(dirname(file), { recursive: true });
          made.add(dirname(file));
          write(file);
        } catch (error) {
          throw io(join(target, relativePath), error);
        }
        files.push(path);
      };
      const keep = (path: string) =>
        place(path, (file) => {
          const from = join(currentDir!, normalize(path));
          try {
            linkSync(from, file);
          } catch {
            copyFileSync(from, file);
          }
        });
      await produce((path, data) => place(path, (file) => writeFileSync(file, data)), { ...(currentDir ? { dir: currentDir } : {}), keep });
      files.sort();
      writeFileSync(join(version, manifestName), `${JSON.stringify({ generator: "catalog", files }, null, 1)}\n`);
      fault("produced");
      try {
        if (swap === "link") swapByLink(places, version);
        else swapByRename(places, version);
      } catch (error) {
        throw io(target, error);
      }
      fault("swapped");
    } catch (error) {
      // A renderer's error goes to the caller as it is; the old outputs were never touched.
      cleanUp(places);
      throw error;
    }
    cleanUp(places);
    return files;
  } finally {
    unlock();
  }
}

/** A folder without any write permission is read-only by intent, even to root (who could write it). */
const writable = (folder: string) => {
  try {
    accessSync(folder, constants.W_OK);
    return (statSync(folder).mode & 0o222) !== 0;
  } catch {
    return false;
  }
};
