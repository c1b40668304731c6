/** Helpers for the message tests: what a rule reports (where, which message, with which data) on real inputs. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { CheckOptions } from "../../src/check/engine.js";
import { readFixture } from "../helpers/check.js";
import { findingsBy } from "../helpers/said.js";

/** One finding as the tests compare it: "file:line:column", severity, message id, data. */
export type Said = [string, string, string, Record<string, unknown>];

/** The findings of `rule` on some files (other rules' findings left out). */
export const said = (rule: string, files: Record<string, string>, options: Partial<CheckOptions> = {}): Said[] =>
  findingsBy(rule, files, options).map((f) => [`${f.file}:${f.range.line}:${f.range.column}`, f.severity, f.messageId, f.data]);

/** The findings of `rule` on its own fail fixture (test/rules/<rule>/fail.yaml or fail/). */
export function saidOnFixture(rule: string, kind: "fail" | "pass" = "fail"): Said[] {
  const dir = join(import.meta.dirname, "..", "rules", rule);
  const path = [join(dir, `${kind}.yaml`), join(dir, kind)].find((p) => existsSync(p));
  if (!path) throw new Error(`no ${kind} fixture for ${rule}`);
  return said(rule, readFixture(path, dir));
}
