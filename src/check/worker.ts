// Worker thread entry for parallel.ts: check files claimed from the shared counter, post the results back.
import { parentPort, workerData } from "node:worker_threads";
import type { Shared } from "../threads.js";
import { checkClaimed, type ParallelInput } from "./parallel.js";

parentPort!.postMessage(checkClaimed(workerData as ParallelInput & Shared));
