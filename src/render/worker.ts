// Worker thread entry for render/parallel.ts: renders the Word jobs it is sent, one at a time, until sent null.
import { parentPort } from "node:worker_threads";
import { renderDocx, type JobMessage, type ResultMessage } from "./parallel.js";

parentPort!.on("message", (message: JobMessage | null) => {
  if (message === null) {
    parentPort!.close();
    return;
  }
  // A failure is an unhandled rejection, which ends the worker with an "error" the pool reports.
  void renderDocx(message.job).then((bytes) => parentPort!.postMessage({ index: message.index, bytes } satisfies ResultMessage, [bytes.buffer as ArrayBuffer]));
});
