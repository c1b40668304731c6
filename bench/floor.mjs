#!/usr/bin/env node
// The floor under `catalog validate` in `npm run bench`: read, decode, js-yaml and the compiled schema on
// every file of a folder, split over as many threads as validate uses, and nothing else (no model, no
// rules, no positions, no report). What a checker with those parsers cannot beat on this machine; the
// distance from it to validate is what the rules, the model and the positions cost.
// Usage: node bench/floor.mjs DIR [THREADS]
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import jsyaml from "js-yaml";

const require = createRequire(import.meta.url);

function check({ files, claimed }) {
  const validate = require("../dist/check/catalog-validator.cjs");
  const counter = new Int32Array(claimed);
  let invalid = 0;
  for (let start = Atomics.add(counter, 0, 8); start < files.length; start = Atomics.add(counter, 0, 8)) {
    for (const file of files.slice(start, start + 8)) {
      const data = jsyaml.load(new TextDecoder().decode(readFileSync(file)), { schema: jsyaml.CORE_SCHEMA });
      if (!validate(data)) invalid++;
    }
  }
  return invalid;
}

function yamlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".yaml"))
    .map((e) => `${e.parentPath ?? e.path}/${e.name}`)
    .sort();
}

if (isMainThread) {
  const files = yamlFiles(process.argv[2]);
  // validate's own choice (check/parallel.ts workerCount): up to 4 threads, the main one counted.
  const threads = Number(process.argv[3] ?? Math.min(availableParallelism(), 4));
  const shared = { files, claimed: new SharedArrayBuffer(4) };
  const others = Array.from({ length: threads - 1 }, () => new Promise((resolve, reject) => new Worker(new URL(import.meta.url), { workerData: shared }).once("message", resolve).once("error", reject)));
  const invalid = [check(shared), ...(await Promise.all(others))].reduce((a, b) => a + b, 0);
  console.log(`${files.length} files, ${invalid} invalid`);
} else {
  parentPort.postMessage(check(workerData));
}
