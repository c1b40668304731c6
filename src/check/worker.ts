// Worker thread entry for parallel.ts: check files claimed from the shared counter, post the results back.
import { parentPort, workerData } from "node:worker_threads";
import { checkClaimed, type WorkerInput } from "./parallel.js";

parentPort!.postMessage(checkClaimed(workerData as WorkerInput));
