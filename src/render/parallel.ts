/**
 * Word files rendered in worker threads: they are most of a build's work and independent of each
 * other. The main thread hands out jobs from one queue, two to a worker at a time (a worker gets its
 * next when it posts a file, and has one waiting meanwhile: the main thread, busy with a document of its
 * own, cannot answer at once, and a city's build left the worker idle a fifth of its time with one),
 * renders jobs itself between its HTML and CSV, and writes every file. A job is plain data (tables and options), the same function renders it on any thread,
 * and output paths are fixed by the plan: the bytes do not depend on which thread made them.
 */
import { Worker } from "node:worker_threads";
import { catalogDocx, combinedDocx, type DocxCatalogOptions, type DocxMeta } from "./docx/catalog.js";
import type { CatalogTable } from "./table.js";

export interface DocxJob {
  tables: CatalogTable[];
  /** a combined document's title; none for one catalog's document. */
  combinedTitle?: string;
  meta: DocxMeta;
  options: DocxCatalogOptions;
}

export const renderDocx = (job: DocxJob): Promise<Uint8Array> =>
  job.combinedTitle === undefined ? catalogDocx(job.tables[0]!, job.meta, job.options) : combinedDocx(job.tables, job.combinedTitle, job.meta, job.options);

export const renderWorker = new URL("./worker.js", import.meta.url);

export interface JobMessage {
  index: number;
  job: DocxJob;
}

export interface ResultMessage {
  index: number;
  bytes: Uint8Array;
}

/** Jobs a worker holds at a time: the one it renders and the next. */
const jobsAhead = 2;

/** Lets messages from the workers in between the main thread's own tasks. */
export const yieldToWorkers = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export interface Pool {
  /** settles when every worker has stopped; rejects with the first error. */
  finished: Promise<void>;
  /** the first error, once there is one (the main thread checks between its own tasks). */
  readonly error: unknown;
  stop(): void;
}

/**
 * A pool of `workers` threads taking jobs from a queue the main thread also draws on (`take`), each
 * result handed to `done` on the main thread. The first error (a worker's, or one `done` throws)
 * stops every worker and rejects `finished`.
 */
export function startPool(workers: number, take: () => number, jobOf: (index: number) => DocxJob, done: (index: number, bytes: Uint8Array) => void): Pool {
  const threads: Worker[] = [];
  const pool = {
    error: undefined as unknown,
    failed: false,
    stop() {
      for (const thread of threads) void thread.terminate();
    },
  };
  const run = () =>
    new Promise<void>((resolve, reject) => {
      const thread = new Worker(renderWorker);
      threads.push(thread);
      const fail = (error: unknown) => {
        if (!pool.failed) {
          pool.failed = true;
          pool.error = error;
          pool.stop();
        }
        reject(error);
      };
      let ended = false;
      const send = () => {
        if (ended) return;
        const index = pool.failed ? -1 : take();
        ended = index < 0;
        thread.postMessage(ended ? null : ({ index, job: jobOf(index) } satisfies JobMessage));
      };
      thread.on("message", (message: ResultMessage) => {
        try {
          done(message.index, message.bytes);
          send();
        } catch (error) {
          fail(error);
        }
      });
      thread.once("error", fail);
      thread.once("exit", (code) => (code === 0 || pool.failed ? resolve() : fail(new Error(`Word worker exited with ${code}`))));
      for (let ahead = 0; ahead < jobsAhead; ahead++) send();
    });
  const finished = Promise.all(Array.from({ length: workers }, run)).then(() => (pool.failed ? Promise.reject(pool.error) : undefined));
  // Rejections are read through `finished` or `error`; an unobserved one must not end the process first.
  finished.catch(() => {});
  return { finished, get error() { return pool.error; }, stop: pool.stop };
}
