// Mutation testing (npm run mutate): plants small bugs in the modules where a silent bug hurts users most
// and checks that a test fails for each. Incremental: stryker-incremental.json (committed) lets a run
// re-test only mutants whose code or tests changed. `break` keeps the score from falling.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutate.config.ts" },
  coverageAnalysis: "perTest",
  plugins: ["@stryker-mutator/vitest-runner"],
  mutate: (process.env.MUTATE ?? [
    // escaping, CSV cells and formula neutralisation, file names
    "src/render/html/markup.ts",
    "src/render/csv.ts",
    "src/render/names.ts",
    // positions and the locator
    "src/load/positions.ts",
    "src/load/locator.ts",
    // citation and time-limit parsing
    "src/model/citation.ts",
    "src/model/time-limit.ts",
    // the diff's field comparison and matching
    "src/diff/fields.ts",
    "src/diff/compare.ts",
    "src/diff/match.ts",
    // the rules
    "src/check/rules/*.ts",
  ].join(",")).split(","),
  incremental: true,
  incrementalFile: "stryker-incremental.json",
  concurrency: 2,
  timeoutMS: 30_000,
  reporters: ["clear-text", "progress", "json"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 90, low: 75, break: 70 },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
