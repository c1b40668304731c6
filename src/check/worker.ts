// Worker thread entry for parallel.ts: check files claimed from the shared counter, post the results back as they come.
import { workerData } from "node:worker_threads";
import { streamResults, type Streamed } from "../threads.js";
import { checkClaimed, type ParallelInput, type WorkerFile } from "./parallel.js";

streamResults<ParallelInput, [number, WorkerFile]>(workerData as Streamed<ParallelInput>, (input, emit) => checkClaimed(input, emit));
