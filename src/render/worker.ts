// Worker thread entry for render/parallel.ts: renders the Word jobs it is sent, one at a time and in
// order, until sent null. Jobs arrive ahead (parallel.ts keeps two in flight), so the next is here
// when one is done, whatever the main thread is busy with.
import { parentPort } from "node:worker_threads";
import { renderDocx, type JobMessage, type ResultMessage } from "./parallel.js";

const queue: JobMessage[] = [];
let rendering = false;
let ended = false;

async function drain(): Promise<void> {
  rendering = true;
  for (let message = queue.shift(); message; message = queue.shift()) {
    const bytes = await renderDocx(message.job);
    parentPort!.postMessage({ index: message.index, bytes } satisfies ResultMessage, [bytes.buffer as ArrayBuffer]);
  }
  rendering = false;
  if (ended) parentPort!.close();
}

parentPort!.on("message", (message: JobMessage | null) => {
  if (message === null) ended = true;
  else queue.push(message);
  // A failure is an unhandled rejection, which ends the worker with an "error" the pool reports.
  if (!rendering) void drain();
});
