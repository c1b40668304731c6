// Prints one plain closing line, `N passed, N failed, N skipped`, that any CI log reader understands,
// names each skipped test (a test skipped for a missing program must be seen, not hidden) and each
// failure. What fails the run fails the line too: a file that could not load, a hook that threw (its
// tests are left "skipped" by vitest), an error outside any test; so the line and the exit code agree.
import type { Reporter, TestModule, TestRunEndReason } from "vitest/node";

interface Counted {
  passed: number;
  failed: string[];
  skipped: string[];
}

function count(modules: ReadonlyArray<TestModule>, unhandled: number, reason: TestRunEndReason): Counted {
  const counted: Counted = { passed: 0, failed: [], skipped: [] };
  for (const module of modules) {
    const file = module.relativeModuleId;
    // Errors of the module itself: it failed to import, or a file-level beforeAll/afterAll threw.
    for (const error of module.errors()) counted.failed.push(`${file} (${error.message?.split("\n")[0] ?? "error"})`);
    for (const suite of module.children.allSuites()) {
      for (const error of suite.errors()) counted.failed.push(`${file} > ${suite.fullName} (${error.message?.split("\n")[0] ?? "error"})`);
    }
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === "passed") counted.passed++;
      else if (state === "failed") counted.failed.push(`${file} > ${test.fullName}`);
      else counted.skipped.push(`${file} > ${test.fullName}`);
    }
  }
  for (let i = 0; i < unhandled; i++) counted.failed.push("an error outside any test (see above)");
  // vitest also fails a run it cannot name a test for (no test files, a run interrupted): so does the line.
  if (reason !== "passed" && counted.failed.length === 0) counted.failed.push(`the run (${reason})`);
  return counted;
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>, reason: TestRunEndReason): void {
    const { passed, failed, skipped } = count(modules, unhandledErrors.length, reason);
    for (const name of skipped) process.stdout.write(`skipped: ${name}\n`);
    for (const name of failed) process.stdout.write(`failed: ${name}\n`);
    process.stdout.write(`${passed} passed, ${failed.length} failed, ${skipped.length} skipped\n`);
  }
}
