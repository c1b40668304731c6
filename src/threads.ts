/**
 * Work shared by the main thread and worker threads, for checking (files) and the diff (file pairs).
 * Items are claimed a batch at a time from a counter in shared memory, so a thread that started late
 * or met slow items takes fewer and none waits idle for another. Each thread's results carry their
 * items' indexes or names, so the merge never depends on which thread did what.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

export interface Shared {
  /** an Int32 counter: how many items have been claimed. */
  claimed: SharedArrayBuffer;
}

/** Workers run the built modules: the built CLI has them, the test sources do not. */
export const canStartWorkers = (worker: URL): boolean => existsSync(fileURLToPath(worker));

/**
 * A result kept after its file is done, copied as a worker's results are when posted. Strings sliced
 * from a file's text keep the whole text alive; kept for thousands of files, those texts are moved
 * and marked again at every collection (a city's check ran a fifth slower for it).
 */
export const detached = <T>(result: T): T => structuredClone(result);

/** Small enough to even out the threads' ends, large enough that claiming costs nothing. */
const batchSize = 8;

/** The indexes, of `total` items, that this thread claims; the others go to the other threads. */
export function* claims(shared: Shared, total: number): Generator<number> {
  const counter = new Int32Array(shared.claimed);
  for (let start = Atomics.add(counter, 0, batchSize); start < total; start = Atomics.add(counter, 0, batchSize)) {
    for (let index = start; index < Math.min(start + batchSize, total); index++) yield index;
  }
}

/**
 * Runs `own` on this thread and the module `worker` (which posts its own share of the same work) in
 * `threads - 1` worker threads; resolves to every thread's share, this thread's first.
 */
export async function shareWork<I extends object, R>(worker: URL, input: I, threads: number, own: (input: I & Shared) => R): Promise<R[]> {
  const shared: I & Shared = { ...input, claimed: new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT) };
  const started = Array.from(
    { length: Math.max(0, threads - 1) },
    () =>
      new Promise<R>((resolve, reject) => {
        const thread = new Worker(worker, { workerData: shared });
        thread.once("message", resolve);
        thread.once("error", reject);
      }),
  );
  const mine = own(shared);
  return [mine, ...(await Promise.all(started))];
}
