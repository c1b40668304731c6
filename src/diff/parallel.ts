/**
 * A large comparison shared by the main thread and worker threads (threads.ts): each checks and
 * compares the file pairs it claims (chunk.ts), index.ts merges. Results are identical to the
 * in-process path (tested).
 */
import { shareWork } from "../threads.js";
import { diffChunk } from "./chunk.js";
import { chunkInput, mergeChunks, type DiffOptions, type DiffOutcome, type DiffSide } from "./index.js";

export const diffWorker = new URL("./worker.js", import.meta.url);

/** `threads` counts the main thread: 2 means the main thread and one worker. */
export async function diffSourcesParallel(old: DiffSide, current: DiffSide, options: DiffOptions, threads: number): Promise<DiffOutcome> {
  const chunks = await shareWork(diffWorker, chunkInput(old, current, options), threads, diffChunk);
  return mergeChunks(old, current, chunks, options);
}
