/**
 * Work shared by the main thread and worker threads, for checking (files) and the diff (file pairs).
 * Items are claimed a batch at a time from a counter in shared memory, so a thread that started late
 * or met slow items takes fewer and none waits idle for another. Each thread's results carry their
 * items' indexes or names, so the merge never depends on which thread did what.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";

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

/** What a streaming worker receives: the shared input and the port it posts its results on. */
export type Streamed<I> = I & Shared & { results: MessagePort };

/** Results a worker collects before posting them: one message per few files, not one per file. */
const postEvery = 16;

/**
 * A worker's side of shareStreamedWork: runs `work`, posting its results as they come (a copy is made
 * as each batch is posted, so nothing of a finished file stays alive here), then the end mark.
 */
export function streamResults<I, R>(input: Streamed<I>, work: (input: Streamed<I>, emit: (result: R) => void) => void): void {
  let batch: R[] = [];
  work(input, (result) => {
    batch.push(result);
    if (batch.length < postEvery) return;
    input.results.postMessage(batch);
    batch = [];
  });
  input.results.postMessage(batch);
  input.results.postMessage(null);
  input.results.close();
}

/**
 * Like shareWork, for work whose results are many and independent: workers post theirs as they go, and
 * this thread takes them in between its own items (`take`), so copying them in is part of the shared
 * phase rather than a serial wait at its end. Resolves to every result, this thread's first.
 */
export async function shareStreamedWork<I extends object, R>(worker: URL, input: I, threads: number, own: (input: I & Shared, emit: (result: R) => void, take: () => void) => void): Promise<R[]> {
  const shared: I & Shared = { ...input, claimed: new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT) };
  const mine: R[] = [];
  const theirs: R[] = [];
  const streams = Array.from({ length: Math.max(0, threads - 1) }, () => {
    const { port1, port2 } = new MessageChannel();
    const thread = new Worker(worker, { workerData: { ...shared, results: port2 }, transferList: [port2] });
    return { port: port1, thread, ended: false };
  });
  type Stream = (typeof streams)[number];
  const receive = (stream: Stream, message: R[] | null) => {
    if (message === null) stream.ended = true;
    else for (const result of message) theirs.push(result);
  };
  const takeFrom = (stream: Stream) => {
    for (let m = receiveMessageOnPort(stream.port); m; m = receiveMessageOnPort(stream.port)) receive(stream, m.message as R[] | null);
  };
  own(shared, (result) => mine.push(result), () => streams.forEach(takeFrom));
  await Promise.all(
    streams.map(
      (stream) =>
        new Promise<void>((resolve, reject) => {
          const end = () => {
            stream.port.close();
            resolve();
          };
          takeFrom(stream);
          if (stream.ended) return end();
          stream.port.on("message", (message: R[] | null) => {
            receive(stream, message);
            if (stream.ended) end();
          });
          stream.thread.once("error", reject);
          // A worker that stopped without its end mark (its results are then incomplete) fails the run.
          stream.thread.once("exit", (code) => {
            takeFrom(stream);
            if (stream.ended) end();
            else reject(new Error(`a worker thread stopped (exit code ${code}) before sending all its results`));
          });
        }),
    ),
  );
  return [...mine, ...theirs];
}
