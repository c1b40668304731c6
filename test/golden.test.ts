/** The golden helper itself: a missing golden fails (never self-approves), UPDATE=1 writes it. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { expectGolden } from "./helpers/golden.js";

const dir = mkdtempSync(join(tmpdir(), "catalog-golden-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("fails on a missing golden file and does not create it", () => {
  const file = join(dir, "missing.txt");
  expect(() => expectGolden(file, "output", false)).toThrow(/missing/);
  expect(existsSync(file)).toBe(false);
});

it("fails when the output differs, writes only with UPDATE", () => {
  const file = join(dir, "written.txt");
  expectGolden(file, "first", true);
  expect(readFileSync(file, "utf8")).toBe("first");
  expect(() => expectGolden(file, "second", false)).toThrow(/differs/);
  expect(readFileSync(file, "utf8")).toBe("first");
});
