// Mutation testing (npm run mutate): plants small bugs in the modules where a silent bug hurts users most
// and checks that a test fails for each. Incremental: stryker-incremental.json (committed) lets a run
// re-test only mutants whose code or tests changed. `break` keeps the score from falling.

// Comma-separated into an environment variable: no `{a,b}` globs here.
const render = ["csv", "markup", "names", "reserved-names", "short-name", "table", "write"].map((f) => `test/render/${f}.test.ts`).concat("test/formatters/formatters.test.ts");
/**
 * The modules, each with the fast in-process test files that exercise it: scripts/mutate.mjs runs Stryker
 * once per module with only those tests (MUTATE_TESTS, read by vitest.mutate.config.ts), since every test
 * file loaded costs time for every mutant Stryker has to test with a fresh environment.
 */
export const modules = [
  // escaping, CSV cells and formula neutralisation, file names
  { name: "markup", mutate: ["src/render/html/markup.ts"], tests: render },
  { name: "csv", mutate: ["src/render/csv.ts"], tests: render },
  { name: "names", mutate: ["src/render/names.ts"], tests: render },
  // citation and time-limit parsing
  { name: "time-limit", mutate: ["src/model/time-limit.ts"], tests: ["test/model/time-limit.test.ts"] },
  { name: "citation", mutate: ["src/model/citation.ts"], tests: ["test/model/citation.test.ts", "test/rules.test.ts"] },
  // the diff's field comparison and matching
  { name: "diff-fields", mutate: ["src/diff/fields.ts"], tests: ["test/diff/compare.test.ts", "test/diff/format-fields.test.ts", "test/diff/fields.test.ts"] },
  { name: "diff-match", mutate: ["src/diff/match.ts"], tests: ["test/diff/compare.test.ts", "test/diff/match.test.ts"] },
  { name: "diff-compare", mutate: ["src/diff/compare.ts"], tests: ["test/diff/compare.test.ts", "test/diff/compare-catalogs.test.ts"] },
  // positions and the locator
  { name: "positions", mutate: ["src/load/positions.ts"], tests: ["test/load/positions.test.ts", "test/load.test.ts"] },
  { name: "locate", mutate: ["src/locate/scan.ts", "src/locate/ast.ts", "src/locate/index.ts"], tests: ["test/locate/*.test.ts", "test/locator.test.ts", "test/rules.test.ts"] },
  // the rules
  { name: "rules", mutate: ["src/check/rules/*.ts"], tests: ["test/rule-messages/*.test.ts", "test/rules.test.ts", "test/defects.test.ts", "test/meta.test.ts"] },
];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutate.config.ts" },
  coverageAnalysis: "perTest",
  plugins: ["@stryker-mutator/vitest-runner"],
  mutate: process.env.MUTATE?.split(",") ?? modules.flatMap((m) => m.mutate),
  incremental: true,
  incrementalFile: "stryker-incremental.json",
  // 2 cores, shared: more workers only queue.
  concurrency: 2,
  // Added to a test's expected time before a mutant counts as an endless loop (a timeout counts as killed);
  // the machine is shared, so the margin is wide, but not so wide that each looping mutant costs minutes.
  timeoutMS: 8_000,
  reporters: ["clear-text", "progress", "json"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 90, low: 75, break: 70 },
  // Build outputs and scratch space are no input to a test (`public` is a link that may dangle).
  ignorePatterns: ["public", ".public.builds", "screenshots", "bench/corpus", "coverage", "reports", ".scratch", ".catalog-cache"],
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
