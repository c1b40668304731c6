/**
 * Golden files are expectations a person has reviewed: a normal run only compares. `UPDATE=1` rewrites
 * them (review the diff before committing); a missing golden fails, so deleting one can never turn a
 * wrong output into the expected one.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { expect } from "vitest";

export function expectGolden(file: string, actual: string, update = process.env.UPDATE === "1"): void {
  const name = relative(process.cwd(), file);
  if (update) writeFileSync(file, actual);
  expect(existsSync(file), `${name} is missing: run the test with UPDATE=1 and review the new file`).toBe(true);
  expect(actual, `${name} differs (UPDATE=1 rewrites it; review before committing)`).toBe(readFileSync(file, "utf8"));
}
