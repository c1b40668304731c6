/**
 * The chunks of a large comparison in worker threads (chunk.ts does the work; index.ts merges), as
 * checking does for large inputs. Results are identical to the in-process path (tested).
 */
import { Worker } from "node:worker_threads";
import type { ChunkInput, ChunkResult } from "./chunk.js";
import { chunkInputs, mergeChunks, type DiffOptions, type DiffOutcome, type DiffSide } from "./index.js";

export async function diffSourcesParallel(old: DiffSide, current: DiffSide, options: DiffOptions, workers: number): Promise<DiffOutcome> {
  const inputs = chunkInputs(old, current, workers, options);
  const chunks = await Promise.all(
    inputs.map(
      (input: ChunkInput) =>
        new Promise<ChunkResult>((resolve, reject) => {
          const worker = new Worker(new URL("./worker.js", import.meta.url), { workerData: input });
          worker.once("message", resolve);
          worker.once("error", reject);
        }),
    ),
  );
  return mergeChunks(old, current, chunks, options);
}
