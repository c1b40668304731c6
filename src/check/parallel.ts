/**
 * The per-file phase of checking spread over worker threads (kubeconform's `-n`): parsing dominates and
 * is independent per file. The main thread and the workers claim files from a shared counter
 * (threads.ts); each sends back positioned findings and catalog headers by file index, and the
 * cross-file rules then run here. Used for large inputs from the built CLI; results are identical to
 * the in-process path (tested).
 */
import { availableParallelism } from "node:os";
import { decode } from "../load/decode.js";
import { readSource } from "../load/read.js";
import type { RegistryAdditions } from "../model/registries.js";
import { createRegistries } from "../model/registries.js";
import type { CatalogHeader } from "../model/types.js";
import type { Severity } from "../report/finding.js";
import { claims, detached, shareWork, type Shared } from "../threads.js";
import { addCorpusFindings, Checker, type CheckedFile } from "./engine.js";

export interface ParallelInput {
  files: readonly string[];
  cwd: string;
  additions: RegistryAdditions;
  severities: [string, Severity | "off"][];
  /** see CheckOptions. */
  partial?: boolean;
  /** the size limit of a catalog file, in MB (load/read.ts). */
  maxFileMb?: number;
  /** send back each file's typed catalog (a build renders them), not only its header. */
  catalogs?: boolean;
}

export interface WorkerFile {
  file: CheckedFile;
  header?: CatalogHeader;
}

export const checkWorker = new URL("./worker.js", import.meta.url);

/** Below this many files a worker's start-up (modules, registries) costs more than it saves. */
export const parallelThreshold = 200;

export function workerCount(files: number, env: Readonly<Record<string, string | undefined>>): number {
  const asked = Number(env.CATALOG_WORKERS);
  if (Number.isInteger(asked) && asked >= 0) return asked;
  if (files < parallelThreshold) return 0;
  return Math.min(availableParallelism(), 4);
}

/** How many files have been checked or taken by some thread, and of how many. */
export type Checking = (done: number, total: number) => void;

/** Checks the files this thread claims, until none are left: every thread's loop. */
export function checkClaimed(input: ParallelInput & Shared, checking?: Checking): [number, WorkerFile][] {
  const checker = new Checker({ registries: createRegistries(input.additions), severities: new Map(input.severities) });
  const done: [number, WorkerFile][] = [];
  const total = input.files.length;
  const claimed = new Int32Array(input.claimed);
  for (const index of claims(input, total)) {
    done.push(detached([index, checkOne(checker, input.files[index]!, input)]));
    checking?.(Math.min(Atomics.load(claimed, 0), total), total);
  }
  return done;
}

function checkOne(checker: Checker, file: string, input: ParallelInput): WorkerFile {
  const { catalog, text: _text, ...rest } = checker.checkFile(readSource(file, input.cwd, input.maxFileMb));
  const header = catalog ? headerOf(catalog) : undefined;
  return { file: { ...rest, ...(input.catalogs && catalog ? { catalog } : {}), text: "" }, ...(header ? { header } : {}) };
}

function headerOf(catalog: NonNullable<CheckedFile["catalog"]>): CatalogHeader {
  const { items: _items, ...header } = catalog;
  return header;
}

/**
 * The per-file phase for these files, by index: in `threads` threads (the main one counted), or in
 * this one when `threads` is 0 or 1.
 */
export async function checkEachFile(input: ParallelInput, threads: number, checking?: Checking): Promise<WorkerFile[]> {
  const results: WorkerFile[] = new Array(input.files.length);
  if (threads > 1) {
    const shares = await shareWork(checkWorker, input, threads, (shared) => checkClaimed(shared, checking));
    for (const [index, result] of shares.flat()) results[index] = result;
    return results;
  }
  const checker = new Checker({ registries: createRegistries(input.additions), severities: new Map(input.severities) });
  input.files.forEach((file, index) => {
    results[index] = detached(checkOne(checker, file, input));
    checking?.(index + 1, input.files.length);
  });
  return results;
}

/**
 * The cross-file phase over every file's per-file results (`files[i]` is where `results[i]` was read
 * from), then the suppressions. The results' findings arrays are replaced, never changed, so a caller
 * may keep the per-file ones (the cache does).
 */
export function finishCheck(results: readonly WorkerFile[], input: ParallelInput): { files: CheckedFile[]; headers: CatalogHeader[] } {
  const files = results.map((r) => ({ ...r.file }));
  const headers = results.flatMap((r) => (r.header ? [r.header] : []));
  const checker = new Checker({ registries: createRegistries(input.additions), severities: new Map(input.severities), partial: input.partial ?? false });
  const absolute = new Map(results.map((r, i) => [r.file.path, input.files[i]!]));
  addCorpusFindings(files, checker.checkCorpus(headers), (f) => decode(readSource(absolute.get(f.path)!, input.cwd, input.maxFileMb).bytes).text);
  checker.applySuppressions(files);
  return { files, headers };
}

/** `threads` counts the main thread: 2 means the main thread and one worker. */
export async function checkParallel(input: ParallelInput, threads: number, checking?: Checking): Promise<{ files: CheckedFile[]; headers: CatalogHeader[] }> {
  return finishCheck(await checkEachFile(input, threads, checking), input);
}
