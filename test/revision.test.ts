/**
 * Parsing a revision with the earlier revision's items reused (load/revision.ts) must give exactly
 * what js-yaml gives for the whole text, key order included, or decline (undefined) so the text is
 * parsed whole. Random revisions of a shipped catalog: items edited, added, removed, repeated and
 * moved, comments between them, CRLF, another indentation, keys after the items, and what must make
 * it decline (anchors and aliases, tags, document markers, a broken item).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import jsyaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { knownItems, parseRevision } from "../src/load/revision.js";

const shipped = readFileSync(join(import.meta.dirname, "../catalogs/320506-吴中区/社会救助.yaml"), "utf8");
const head = shipped.slice(0, shipped.indexOf("\nitems:") + 1);
const items = shipped
  .slice(shipped.indexOf("\nitems:") + "\nitems:\n".length)
  .split(/\n(?=  - )/)
  .map((block) => `${block.replace(/\n+$/, "")}\n`);

const load = (text: string): unknown => jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA });

/** A catalog text from item blocks written at the usual indentation of 2. */
function text(blocks: string[], { indent = 2, crlf = false, tail = "" } = {}): string {
  const shift = (block: string) => block.replace(/^ {2}/gm, " ".repeat(indent));
  const written = `${head}items:\n${blocks.map(shift).join("")}${tail}`;
  return crlf ? written.replace(/\n/g, "\r\n") : written;
}

const plainEdits = [
  (b: string) => b.replace(/name: .*/, "name: 改过的名称"),
  (b: string) => b.replace(/subject: .*/, 'subject: "苏州市吴中区民政局"'),
  (b: string) => `${b}    note: 新加的备注\n`,
  (b: string) => `${b}\n  # 两项之间的注释\n`,
  (b: string) => b.replace(/time_limit: .*/, "time_limit: >\n      信息形成之日起\n      20个工作日内"),
];
// These make the file decline (or fail to parse): it must never give wrong data.
const decliningEdits = [
  (b: string) => b.replace(/name: (.*)/, "name: &n $1"),
  (b: string) => b.replace(/name: .*/, "name: !!str 名称"),
  (b: string) => b.replace(/name: .*/, "name: [未闭合"),
  (b: string) => b.replace(/category: .*/, "category: 甲\n    category: 乙"),
];
const edit = fc.oneof({ arbitrary: fc.constantFrom(...plainEdits), weight: 6 }, { arbitrary: fc.constantFrom(...decliningEdits), weight: 1 });
const rarely = <T>(usual: T, ...others: T[]) => fc.oneof({ arbitrary: fc.constant(usual), weight: 5 }, { arbitrary: fc.constantFrom(...others), weight: 1 });

const revision = fc.record({
  edits: fc.array(fc.tuple(fc.nat(items.length - 1), edit), { maxLength: 4 }),
  removed: fc.array(fc.nat(items.length - 1), { maxLength: 3 }),
  repeated: fc.array(fc.nat(items.length - 1), { maxLength: 2 }),
  moved: fc.boolean(),
  indent: fc.constantFrom(0, 2, 4),
  crlf: fc.boolean(),
  tail: fc.oneof(fc.constantFrom("", "x-note: 末尾的扩展键\n", "compiler: 吴中区政务公开办\n"), rarely("", "  stray: 缩进的键\n")),
  marker: rarely("", "---\n", "%YAML 1.2\n---\n"),
});

describe("parsing a revision with the earlier items", () => {
  it("gives js-yaml's whole-text result exactly, or declines", () => {
    let reused = 0;
    fc.assert(
      fc.property(revision, (r) => {
        const old = text(items, { indent: r.indent, crlf: r.crlf });
        const known = knownItems(old, load(old));
        expect(known?.size).toBe(items.length);
        let blocks = items.map((b, i) => r.edits.filter(([at]) => at === i).reduce((block, [, change]) => change(block), b));
        blocks = blocks.filter((_, i) => !r.removed.includes(i));
        blocks.push(...r.repeated.map((i) => items[i]!));
        if (r.moved) blocks.reverse();
        const current = r.marker + text(blocks, { indent: r.indent, crlf: r.crlf, tail: r.tail });
        let whole: unknown;
        try {
          whole = load(current);
        } catch {
          expect(parseRevision(current, known!)).toBeUndefined();
          return;
        }
        const parsed = parseRevision(current, known!);
        if (parsed === undefined) return;
        reused++;
        expect(JSON.stringify(parsed)).toBe(JSON.stringify(whole));
      }),
      { numRuns: 400 },
    );
    // The property means something only if most revisions were parsed the short way.
    expect(reused).toBeGreaterThan(150);
  });

  it("declines what it cannot read plainly", () => {
    const old = text(items);
    const known = knownItems(old, load(old))!;
    for (const current of [
      old.replace("items:\n", "items: # 注释\n  # 说明\n").replace(/^ {2}- /m, "  -\n    "),
      old.replace(/name: (.*)/, "name: &a $1").replace(/subject: .*/, "subject: *a"),
      old.replace("items:\n", "items: [\n").concat("]\n"),
      `${old}---\nformat: 1\n`,
    ]) {
      expect(parseRevision(current, known), current).toBeUndefined();
    }
    expect(knownItems(old.replace(/name: (.*)/, "name: &a $1"), load(old))).toBeUndefined();
  });
});
