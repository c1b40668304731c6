// Prints one plain closing line, `N passed, N failed, N skipped`, that any CI log reader understands,
// and names each skipped test (a test skipped for a missing program must be seen, not hidden).
import type { Reporter, TestModule } from "vitest/node";

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const count = { passed: 0, failed: 0, skipped: 0 };
    const skipped: string[] = [];
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") count.passed++;
        else if (state === "failed") count.failed++;
        else {
          count.skipped++;
          skipped.push(`${module.moduleId.replace(`${process.cwd()}/`, "")} > ${test.fullName}`);
        }
      }
    }
    for (const name of skipped) process.stdout.write(`skipped: ${name}\n`);
    process.stdout.write(`${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped\n`);
  }
}
