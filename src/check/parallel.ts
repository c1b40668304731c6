/**
 * The per-file phase of checking spread over worker threads (kubeconform's `-n`): parsing dominates and
 * is independent per file. Workers read their own files and send back positioned findings and catalog
 * headers; the cross-file rules then run here. Used for large inputs from the built CLI; results are
 * identical to the in-process path (tested).
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

export interface WorkerFile {
  file: CheckedFile;
  header?: CatalogHeader;
}

/** Below this many files a worker's start-up (schema compile, registries) costs more than it saves. */
export const parallelThreshold = 200;

export function workerCount(files: number, env: Readonly<Record<string, string | undefined>>): number {
  const asked = Number(env.CATALOG_WORKERS);
  if (Number.isInteger(asked) && asked >= 0) return asked;
  if (files < parallelThreshold) return 0;
  return Math.min(availableParallelism(), 4);
}

/** Runs the per-file phase for one chunk: what a worker does, and what tests call directly. */
export function checkChunk(input: ParallelInput): WorkerFile[] {
  const checker = new Checker({ registries: createRegistries(input.additions), severities: new Map(input.severities) });
  return input.files.map((path) => {
    const file = checker.checkFile(readSource(path, input.cwd));
    const { catalog, text: _text, ...rest } = file;
    const header = catalog ? headerOf(catalog) : undefined;
    return { file: { ...rest, text: "" }, ...(header ? { header } : {}) };
  });
}

function headerOf(catalog: NonNullable<CheckedFile["catalog"]>): CatalogHeader {
  const { items: _items, ...header } = catalog;
  return header;
}

export async function checkParallel(input: ParallelInput, workers: number): Promise<{ files: CheckedFile[]; headers: CatalogHeader[] }> {
  const chunks: string[][] = Array.from({ length: workers }, () => []);
  // Round-robin keeps chunks balanced when folders differ in size.
  input.files.forEach((file, i) => chunks[i % workers]!.push(file));
  // The main thread takes the first chunk itself: one thread fewer to start, and it would idle anyway.
  const started = chunks.slice(1).map(
    (files) =>
      new Promise<WorkerFile[]>((resolve, reject) => {
        const worker = new Worker(new URL("./worker.js", import.meta.url), { workerData: { ...input, files } });
        worker.once("message", resolve);
        worker.once("error", reject);
      }),
  );
  const own = checkChunk({ ...input, files: chunks[0]! });
  const results = [own, ...(await Promise.all(started))];
  const order = new Map(input.files.map((f, i) => [f, i]));
  const merged = chunks.flatMap((files, c) => files.map((f, i) => ({ index: order.get(f)!, result: results[c]![i]!, absolute: f })));
  merged.sort((a, b) => a.index - b.index);
  const files = merged.map((m) => m.result.file);
  const headers = merged.flatMap((m) => (m.result.header ? [m.result.header] : []));
  const checker = new Checker({ registries: createRegistries(input.additions), severities: new Map(input.severities) });
  const absolute = new Map(merged.map((m) => [m.result.file.path, m.absolute]));
  addCorpusFindings(files, checker.checkCorpus(headers), (f) => {
    return decode(readSource(absolute.get(f.path)!, input.cwd).bytes).text;
  });
  checker.applySuppressions(files);
  return { files, headers };
}
