// The tests Stryker runs against each mutant (npm run mutate): the in-process unit, rule and property
// tests. Tests that drive the built CLI (dist/), a browser or LibreOffice cannot see a mutant in src/,
// so they are left out here; they still run in `npm test`. scripts/mutate.mjs narrows them per module
// (MUTATE_TESTS) and caps fast-check's runs (MUTATION_RUNS, read by test/helpers/runs.ts).
import { defineConfig } from "vitest/config";

const all = [
  "test/render/{csv,markup,names,reserved-names,short-name,table,write}.test.ts",
  "test/formatters/formatters.test.ts",
  "test/load.test.ts",
  "test/load/*.test.ts",
  "test/locator.test.ts",
  "test/locate/*.test.ts",
  "test/property.test.ts",
  "test/rules.test.ts",
  "test/rule-messages/*.test.ts",
  "test/defects.test.ts",
  "test/meta.test.ts",
  "test/model/*.test.ts",
  "test/diff/{compare,compare-catalogs,segments,format-fields,fields,match}.test.ts",
  "test/revision.test.ts",
];

export default defineConfig({
  test: {
    include: process.env.MUTATE_TESTS?.split(",") ?? all,
    env: { MUTATION_RUNS: process.env.MUTATION_RUNS ?? "25" },
    // Instrumented code under perTest coverage runs several times slower than in npm test.
    testTimeout: 600_000,
    pool: "forks",
    expect: { requireAssertions: true },
  },
});
