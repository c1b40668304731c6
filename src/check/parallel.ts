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
import type { Lang } from "../i18n.js";
import type { Severity } from "../report/finding.js";
import { localiseFindings } from "../report/localise.js";
import { claims, detached, shareStreamedWork, type Shared } from "../threads.js";
import { addCorpusFindings, Checker, type CheckedFile } from "./engine.js";
import { ruleById } from "./rules/index.js";

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
  /**
   * give each finding its message in this language as its file is checked, in the thread that checked
   * it (a city's legacy warnings are tens of thousands of messages); a finding changed later loses it.
   */
  lang?: Lang;
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

/**
 * Checks the files this thread claims, until none are left: every thread's loop. Each result goes to
 * `emit` as its file is done; `between` runs after each file (the main thread takes in the workers' results).
 */
export function checkClaimed(input: ParallelInput & Shared, emit: (result: [number, WorkerFile]) => void, between?: () => void, checking?: Checking): void {
  const checker = new Checker({ registries: createRegistries(input.additions), severities: new Map(input.severities) });
  const total = input.files.length;
  const claimed = new Int32Array(input.claimed);
  for (const index of claims(input, total)) {
    emit([index, checkOne(checker, input.files[index]!, input)]);
    between?.();
    checking?.(Math.min(Atomics.load(claimed, 0), total), total);
  }
}

function checkOne(checker: Checker, file: string, input: ParallelInput): WorkerFile {
  const { catalog, text: _text, ...rest } = checker.checkFile(readSource(file, input.cwd, input.maxFileMb));
  const header = catalog ? headerOf(catalog) : undefined;
  if (input.lang) rest.findings = localiseFindings(rest.findings, ruleById, input.lang);
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
    // This thread's results are copied as they are kept: strings sliced from a file's text would keep it alive.
    const done = await shareStreamedWork<ParallelInput, [number, WorkerFile]>(checkWorker, input, threads, (shared, emit, take) => checkClaimed(shared, (r) => emit(detached(r)), take, checking));
    for (const [index, result] of done) results[index] = result;
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
  const textOf = (path: string) => decode(readSource(absolute.get(path)!, input.cwd, input.maxFileMb).bytes).text;
  addCorpusFindings(files, checker.checkCorpus(headers, { text: textOf }), (f) => textOf(f.path));
  checker.applySuppressions(files);
  return { files, headers };
}

/** `threads` counts the main thread: 2 means the main thread and one worker. */
export async function checkParallel(input: ParallelInput, threads: number, checking?: Checking): Promise<{ files: CheckedFile[]; headers: CatalogHeader[] }> {
  return finishCheck(await checkEachFile(input, threads, checking), input);
}
