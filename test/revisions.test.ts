/**
 * A Checker told that each file may revise the one before it (the diff's, `revisions`) keeps the
 * model and the item rules' findings of the items a revision shares. Its findings must be exactly a
 * fresh check's, whatever else the revision changed: an item, the items' order, or the catalog's
 * jurisdiction level or domain, which item rules see.
 */
import { describe, expect, it } from "vitest";
import { Checker, type Source } from "../src/check/engine.js";
import { parseYaml } from "../src/load/parse.js";
import { knownItems, parseRevision, type KnownItems } from "../src/load/revision.js";
import { readFixture, registries } from "./helpers/check.js";

const root = import.meta.dirname;
const corpora = { ...readFixture(`${root}/../catalogs`, root), ...readFixture(`${root}/defects/catalogs`, root) };

const source = (path: string, text: string): Source => ({ path, bytes: new TextEncoder().encode(text) });

/** The edits a revision makes; each keeps most items' text as it was. */
const revisions: Record<string, (text: string) => string> = {
  "one item changed": (t) => t.replace(/^( {2}- id: .*\n(?: {4}.*\n)*? {4}subject: ).*$/m, "$1区人民政府办公室"),
  "first two items swapped": (t) => {
    const [head, first, second, ...rest] = t.split(/^(?= {2}- )/m);
    return second ? [head, second, first, ...rest].join("") : t;
  },
  "jurisdiction level changed": (t) => t.replace(/^( {2}level: )县级$/m, "$1乡级").replace(/^( {2}level: )乡级$/m, "$1县级"),
  "domain changed": (t) => t.replace(/^domain: .*$/m, "domain: 社会救助"),
};

describe("checking revisions of the file checked before", () => {
  it("gives a fresh check's findings, with most items taken from the earlier file", () => {
    let shared = 0;
    let replayed = 0;
    for (const [path, text] of Object.entries(corpora)) {
      for (const [edit, revise] of Object.entries(revisions)) {
        const revised = revise(text);
        const checker = new Checker({ registries, revisions: true });
        let known: KnownItems | undefined;
        const earlier = checker.checkFile(source(path, text), (t) => {
          const parsed = parseYaml(t);
          known = knownItems(t, parsed.data);
          return parsed;
        });
        const data = known && parseRevision(revised, known);
        const current = checker.checkFile(source(path, revised), (t) => (data === undefined ? parseYaml(t) : { data, fatal: false, problems: [] }));
        const fresh = new Checker({ registries }).checkFile(source(path, revised));
        expect(current.findings, `${path}: ${edit}`).toEqual(fresh.findings);
        expect(current.catalog, `${path}: ${edit}`).toEqual(fresh.catalog);
        if (data !== undefined) shared++;
        const earlierItems = new Set(earlier.catalog?.items);
        if (current.catalog?.items.some((item) => earlierItems.has(item))) replayed++;
      }
    }
    // The comparison means something only if most revisions took items from the earlier file.
    const cases = Object.keys(corpora).length * Object.keys(revisions).length;
    expect(shared).toBeGreaterThan(cases * 0.8);
    expect(replayed).toBeGreaterThan(cases * 0.5);
  });
});
