/**
 * Realistic defective catalogs (test/defects/, built from the shipped 吴中区 and 木渎镇 catalogs with
 * the defects that domain.md §7 documents in published catalogs): each file must yield exactly its
 * `# expect:` markers, across all files checked together as one project, so cross-file rules see a
 * county and its township. The shipped catalogs must yield no errors.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ruleById } from "../src/check/rules/index.js";
import { checkTexts, describeFinding, expectationsOf, findingsOf, readFixture, withoutCoverage } from "./helpers/check.js";

const root = join(import.meta.dirname, "..");
const defects = readFixture(join(root, "test/defects"), join(root, "test/defects"));
const expected = expectationsOf(defects);
const checked = checkTexts(defects, { severities: withoutCoverage });
const found = findingsOf(checked);

/** A finding as its marker would name it: with the column when the marker gives one. */
const shown = (file: string) =>
  found
    .filter((f) => f.file === file)
    .map((f) => {
      const wantsColumn = expected.some((e) => e.file === f.file && e.line === f.range.line && e.rule === f.rule && e.column !== undefined);
      return describeFinding({ file: f.file, rule: f.rule, line: f.range.line, ...(wantsColumn ? { column: f.range.column } : {}) });
    })
    .sort();

describe("defects from published catalogs", () => {
  it("names only rules that exist", () => {
    expect([...new Set(expected.map((e) => e.rule))].filter((id) => !ruleById.has(id))).toEqual([]);
  });

  for (const file of Object.keys(defects)) {
    it(`finds exactly the marked defects in ${file}`, () => {
      const marked = expected.filter((e) => e.file === file);
      expect(marked.length, "every defect file marks its defects").toBeGreaterThan(0);
      expect(shown(file)).toEqual(marked.map(describeFinding).sort());
    });
  }

  it("reports the unparsable file and still checks the others", () => {
    const broken = found.filter((f) => f.rule === "yaml-syntax").map((f) => f.file);
    expect(broken).toEqual(["catalogs/320506-吴中区/就业.yaml"]);
    const modelled = checked.files.filter((f) => f.items > 0).map((f) => f.path);
    expect(modelled.sort()).toEqual(Object.keys(defects).filter((f) => !broken.includes(f)).sort());
  });
});

describe("the shipped catalogs", () => {
  it("have no errors", () => {
    const shipped = readFixture(join(root, "catalogs"), root);
    expect(Object.keys(shipped).length).toBeGreaterThan(10);
    const errors = findingsOf(checkTexts(shipped)).filter((f) => f.severity === "error");
    expect(errors.map((f) => describeFinding({ file: f.file, rule: f.rule, line: f.range.line, column: f.range.column }))).toEqual([]);
  });
});
