/**
 * The per-file phase of checking spread over worker threads (kubeconform's `-n`): parsing dominates and
 * is independent per file. Threads claim files in small batches from a shared counter, so a thread that
 * started late or met slow files simply takes fewer; the main thread checks too. Each sends back
 * positioned findings and catalog headers by file index; the cross-file rules then run here. Used for
 * large inputs from the built CLI; results are identical to the in-process path (tested).
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { decode } from "../load/decode.js";
import { readSource } from "../load/read.js";
import type { RegistryAdditions } from "../model/registries.js";
import { createRegistries } from "../model/registries.js";
import type { CatalogHeader } from "../model/types.js";
import type { Severity } from "../report/finding.js";
import { addCorpusFindings, Checker, type CheckedFile } from "./engine.js";

export interface ParallelInput {
  files: readonly string[];
  cwd: string;
  additions: RegistryAdditions;
  severities: [string, Severity | "off"][];
}

/** What a worker thread is started with: the input and the counter of files already claimed. */
export interface WorkerInput extends ParallelInput {
  claimed: SharedArrayBuffer;
}

export interface WorkerFile {
  file: CheckedFile;
  header?: CatalogHeader;
}

/** Below this many files a worker's start-up (modules, registries) costs more than it saves. */
export const parallelThreshold = 200;

/** Files claimed at a time: small enough to even out the threads' ends, large enough that claiming costs nothing. */
const batchSize = 8;

export function workerCount(files: number, env: Readonly<Record<string, string | undefined>>): number {
  const asked = Number(env.CATALOG_WORKERS);
  if (Number.isInteger(asked) && asked >= 0) return asked;
  if (files < parallelThreshold) return 0;
  return Math.min(availableParallelism(), 4);
}

/** Checks batches of files claimed from the shared counter until none are left: every thread's loop. */
export function checkClaimed(input: WorkerInput): [number, WorkerFile][] {
  const counter = new Int32Array(input.claimed);
  const checker = new Checker({ registries: createRegistries(input.additions), severities: new Map(input.severities) });
  const done: [number, WorkerFile][] = [];
  for (let start = Atomics.add(counter, 0, batchSize); start < input.files.length; start = Atomics.add(counter, 0, batchSize)) {
    for (let index = start; index < Math.min(start + batchSize, input.files.length); index++) {
      const { catalog, text: _text, ...rest } = checker.checkFile(readSource(input.files[index]!, input.cwd));
      const header = catalog ? headerOf(catalog) : undefined;
      done.push([index, { file: { ...rest, text: "" }, ...(header ? { header } : {}) }]);
    }
  }
  return done;
}

function headerOf(catalog: NonNullable<CheckedFile["catalog"]>): CatalogHeader {
  const { items: _items, ...header } = catalog;
  return header;
}

/** `threads` counts the main thread: 2 means the main thread and one worker. */
export async function checkParallel(input: ParallelInput, threads: number): Promise<{ files: CheckedFile[]; headers: CatalogHeader[] }> {
  const shared: WorkerInput = { ...input, claimed: new SharedArrayBuffer(4) };
  const started = Array.from(
    { length: threads - 1 },
    () =>
      new Promise<[number, WorkerFile][]>((resolve, reject) => {
        const worker = new Worker(new URL("./worker.js", import.meta.url), { workerData: shared });
        worker.once("message", resolve);
        worker.once("error", reject);
      }),
  );
  const own = checkClaimed(shared);
  const results: WorkerFile[] = new Array(input.files.length);
  for (const [index, result] of [own, ...(await Promise.all(started))].flat()) results[index] = result;
  const files = results.map((r) => r.file);
  const headers = results.flatMap((r) => (r.header ? [r.header] : []));
  const checker = new Checker({ registries: createRegistries(input.additions), severities: new Map(input.severities) });
  const absolute = new Map(results.map((r, i) => [r.file.path, input.files[i]!]));
  addCorpusFindings(files, checker.checkCorpus(headers), (f) => decode(readSource(absolute.get(f.path)!, input.cwd).bytes).text);
  checker.applySuppressions(files);
  return { files, headers };
}
