/**
 * One test per rule fixture folder, found by listing test/rules/: a fail fixture must yield exactly
 * its `# expect:` markers across all rules (too few or too many fails), a pass fixture none at all.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rules } from "../src/check/rules/index.js";
import { checkTexts, coveredElsewhere, describeFinding, expectationsOf, findingsOf, readFixture } from "./helpers/check.js";

const root = join(import.meta.dirname, "rules");
// The coverage report would fire on every fixture (none holds 26 domains), and the supplementary-gap report
// on every fixture with a supplementary catalog (none but its own lists every category): each is tested in
// its own folder.
const quieted = ["coverage-pilot-domains", "supplementary-gap"];

for (const rule of rules) {
  describe(rule.id, () => {
    const dir = join(root, rule.id);
    const elsewhere = coveredElsewhere[rule.id];
    if (elsewhere) {
      it(`covered by ${elsewhere}`, () => {
        expect(existsSync(dir), `${rule.id} has fixtures: remove it from coveredElsewhere`).toBe(false);
        expect(readFileSync(join(import.meta.dirname, "..", elsewhere), "utf8")).toContain(`"${rule.id}"`);
      });
      return;
    }
    const severities = new Map(quieted.filter((id) => id !== rule.id).map((id) => [id, "off" as const]));
    for (const kind of ["fail", "pass"] as const) {
      const path = [join(dir, `${kind}.yaml`), join(dir, kind)].find((p) => existsSync(p));
      it(`${kind} fixture`, () => {
        expect(path, `missing test/rules/${rule.id}/${kind}.yaml (or ${kind}/)`).toBeDefined();
        const files = readFixture(path!, dir);
        const findings = findingsOf(checkTexts(files, { severities }));
        const actual = findings.map((f) => ({ file: f.file, rule: f.rule, line: f.range.line, column: f.range.column }));
        const expected = expectationsOf(files);
        if (kind === "pass") {
          expect(actual.map(describeFinding)).toEqual([]);
          return;
        }
        expect(expected.some((e) => e.rule === rule.id), "a fail fixture must expect its own rule").toBe(true);
        const shown = (list: typeof actual) =>
          list.map((f) => {
            const wantsColumn = expected.some((e) => e.file === f.file && e.line === f.line && e.rule === f.rule && e.column !== undefined);
            return describeFinding({ file: f.file, rule: f.rule, line: f.line, ...(wantsColumn ? { column: f.column } : {}) });
          }).sort();
        expect(shown(actual)).toEqual(expected.map(describeFinding).sort());
      });
    }
  });
}

it("every fixture folder belongs to a rule", () => {
  const ids = new Set(rules.map((r) => r.id));
  expect(readdirSync(root).filter((d) => !ids.has(d))).toEqual([]);
});
