import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Browser, LibreOffice and Java tests start real programs: give them room, and one worker per core.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
    // A test that asserts nothing passes whatever the code does: every test must make at least one assertion.
    expect: { requireAssertions: true },
    reporters: ["default", "./test/summary-reporter.ts"],
  },
});
