// Worker thread entry for parallel.ts: check one chunk of files and post the results back.
import { parentPort, workerData } from "node:worker_threads";
import { checkChunk, type ParallelInput } from "./parallel.js";

parentPort!.postMessage(checkChunk(workerData as ParallelInput));
