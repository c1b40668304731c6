/**
 * The closing line (test/summary-reporter.ts) against vitest's own exit code, on runs made to fail the
 * ways a line once hid: a file that cannot load, a beforeAll that throws, a browser that cannot launch.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));

function runCase(name: string) {
  const run = spawnSync(process.execPath, ["node_modules/vitest/vitest.mjs", "run", "--config", "test/fixtures/reporter/vitest.config.ts"], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, CASE: name, CHROMIUM_PATH: "/nonexistent/chromium", FORCE_COLOR: "0" },
    timeout: 120_000,
  });
  const line = /^(\d+) passed, (\d+) failed, (\d+) skipped$/m.exec(run.stdout);
  if (!line) throw new Error(`no summary line in:\n${run.stdout}\n${run.stderr}`);
  return { status: run.status, passed: Number(line[1]), failed: Number(line[2]), skipped: Number(line[3]), stdout: run.stdout };
}

describe("the summary line", () => {
  it("counts passes and names skipped tests on a passing run (exit 0)", () => {
    const run = runCase("passes");
    expect(run).toMatchObject({ status: 0, passed: 1, failed: 0, skipped: 1 });
    expect(run.stdout).toContain("skipped: passes.case.ts > is skipped (by name, reason: a case for the reporter)");
  });

  it("counts a file that fails to load as failed, and the run exits 1", () => {
    const run = runCase("load-error");
    expect(run).toMatchObject({ status: 1, failed: 1 });
    expect(run.stdout).toContain("failed: load-error.case.ts (cannot load this file)");
  });

  it("counts a beforeAll that throws as failed, and the run exits 1", () => {
    const run = runCase("hook-error");
    expect(run).toMatchObject({ status: 1, failed: 1 });
    expect(run.stdout).toContain("failed: hook-error.case.ts (set-up failed)");
  });

  it("counts a browser test whose browser cannot launch as failed, and the run exits 1", () => {
    const run = runCase("browser");
    expect(run).toMatchObject({ status: 1, failed: 1 });
    expect(run.stdout).toMatch(/failed: browser\.case\.ts > a page \(.*\/nonexistent\/chromium/);
  });
});
