/** Test helpers: check in-memory or fixture catalogs with the real engine and shipped registries. */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { checkSources, type CheckOptions, type CheckResult } from "../../src/check/engine.js";
import { createRegistries } from "../../src/model/registries.js";
import type { Finding } from "../../src/report/finding.js";

export const registries = createRegistries();

export function checkTexts(files: Record<string, string>, options: Partial<CheckOptions> = {}): CheckResult {
  const sources = Object.entries(files).map(([path, text]) => ({ path, bytes: new TextEncoder().encode(text) }));
  return checkSources(sources, { registries, ...options });
}

export function findingsOf(result: CheckResult): Finding[] {
  return result.files.flatMap((f) => f.findings);
}

/** Every .yaml under a fixture path (a file or a folder), as path → text, paths relative to `base`. */
export function readFixture(path: string, base: string): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (p: string) => {
    if (statSync(p).isDirectory()) readdirSync(p).sort().forEach((e) => visit(join(p, e)));
    else if (/\.ya?ml$/.test(p)) out[relative(base, p).split("\\").join("/")] = readFileSync(p, "utf8");
  };
  visit(path);
  return out;
}

export interface Expectation {
  file: string;
  rule: string;
  line: number;
  column?: number;
}

/**
 * Markers in fixtures: a line ending `# expect: rule-a@17, rule-b` expects a finding of rule-a at that
 * line, column 17, and one of rule-b at that line; `# expect: rule-a +1` means the next line.
 */
export function expectationsOf(files: Record<string, string>): Expectation[] {
  const out: Expectation[] = [];
  for (const [file, text] of Object.entries(files)) {
    text.split(/\r?\n/).forEach((line, i) => {
      const m = /#\s*expect:\s*(.+)$/.exec(line);
      if (!m) return;
      for (const spec of m[1]!.split(",")) {
        const parsed = /^\s*([a-z0-9-]+)(?:@(\d+))?(?:\s*\+(\d+))?\s*$/.exec(spec);
        if (!parsed) throw new Error(`bad marker in ${file}:${i + 1}: ${spec}`);
        out.push({ file, rule: parsed[1]!, line: i + 1 + Number(parsed[3] ?? 0), ...(parsed[2] ? { column: Number(parsed[2]) } : {}) });
      }
    });
  }
  return out;
}

export const describeFinding = (f: Expectation) => `${f.file}:${f.line}${f.column ? `:${f.column}` : ""} ${f.rule}`;

/**
 * Rules a UTF-8 text fixture cannot trigger, each with the test file that covers it instead (which must
 * name the rule). Only for findings that depend on bytes, on I/O, or on a schema error that no specific
 * rule claims; every other rule has test/rules/<id>/.
 */
export const coveredElsewhere: Readonly<Record<string, string>> = {
  "encoding-not-utf8": "test/load.test.ts",
  "file-unreadable": "test/load.test.ts",
  "schema-invalid": "test/schema.test.ts",
};

/**
 * The pilot-domain coverage report fires on any project with fewer than 26 domains, which every test
 * project is: tests that are not about it turn it off, as test/rules.test.ts does.
 */
export const withoutCoverage: ReadonlyMap<string, "off"> = new Map([["coverage-pilot-domains", "off"]]);
