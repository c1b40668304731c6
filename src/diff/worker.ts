// Worker thread entry for diff/parallel.ts: check and compare the file pairs claimed, post the result.
import { parentPort, workerData } from "node:worker_threads";
import { diffChunk, type ChunkInput } from "./chunk.js";

parentPort!.postMessage(diffChunk(workerData as ChunkInput));
