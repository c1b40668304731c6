// The tests Stryker runs against each mutant (npm run mutate): the in-process unit, rule and property
// tests. Tests that drive the built CLI (dist/), a browser or LibreOffice cannot see a mutant in src/,
// so they are left out here; they still run in `npm test`.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "test/render/{csv,markup,names,table,write}.test.ts",
      "test/formatters/formatters.test.ts",
      "test/load.test.ts",
      "test/locator.test.ts",
      "test/property.test.ts",
      "test/rules.test.ts",
      "test/defects.test.ts",
      "test/meta.test.ts",
      "test/diff/{compare,segments}.test.ts",
      "test/revision.test.ts",
    ],
    testTimeout: 60_000,
    pool: "forks",
    expect: { requireAssertions: true },
  },
});
