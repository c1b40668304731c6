// Work shared with worker threads that stream their results (threads.ts): every result arrives once,
// whichever thread made it, and a worker that fails part way fails the run instead of leaving it
// waiting for results that will never come. Runs on the built module (`npm test` builds first).
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { claims, shareStreamedWork } from "../dist/threads.js";

const worker = pathToFileURL(join(import.meta.dirname, "fixtures/threads/worker.mjs"));

/** Each of `total` numbers doubled, this thread taking 20 µs a number so that the workers, started meanwhile, claim their share. */
function share(total: number, how?: "throw" | "exit", threads = 3): Promise<number[]> {
  return shareStreamedWork<{ total: number; how?: string }, number>(worker, { total, ...(how ? { how } : {}) }, threads, (input, emit, take) => {
    for (const n of claims(input, input.total)) {
      for (const start = performance.now(); performance.now() - start < 0.02; );
      emit(n * 2);
      take();
    }
  });
}

describe("streamed shared work", () => {
  it("gives every result once, from this thread and the workers alike", async () => {
    const results = await share(5000);
    expect(results).toHaveLength(5000);
    expect([...results].sort((a, b) => a - b)).toStrictEqual(Array.from({ length: 5000 }, (_, n) => n * 2));
  });

  it("gives this thread's results alone when there are no workers", async () => {
    expect(await share(20, undefined, 1)).toStrictEqual(Array.from({ length: 20 }, (_, n) => n * 2));
  });

  it("fails when a worker throws, or stops without its end mark, rather than waiting for ever", async () => {
    // Enough work that the workers claim some before this thread has taken it all.
    await expect(share(20_000, "throw")).rejects.toThrow("a planted failure");
    await expect(share(20_000, "exit")).rejects.toThrow(/worker thread stopped \(exit code 3\) before sending all its results/);
  });
});
