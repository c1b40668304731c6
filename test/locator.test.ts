/**
 * The locator finds an item's nodes by parsing that item alone; the whole-file AST is the authority.
 * For every path into every item (each key and its key node, each list entry, a key that is missing),
 * both must give the same range: on every catalog the project ships or tests with, written as people
 * write them (block style, comments, quoted and folded values, CRLF, a BOM-less flow list), and on
 * fast-check's random catalogs dumped in several YAML styles.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import jsyaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { createLocator } from "../src/load/locator.js";
import { parseWithPositions } from "../src/load/parse.js";
import { rangeOf, type Target } from "../src/load/positions.js";
import type { SourcePath } from "../src/model/types.js";

const root = join(import.meta.dirname, "..");

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return yamlFiles(full);
    return /\.ya?ml$/.test(name) ? [full] : [];
  });
}

/** Every path into an item: the item, each key, each nested entry, and one key it does not have. */
function itemPaths(item: unknown, prefix: SourcePath, seen = new Set<object>()): SourcePath[] {
  const paths: SourcePath[] = [prefix];
  // Aliases share nodes (the alias-bomb fixture): each is walked once.
  if (item !== null && typeof item === "object" && !seen.has(item)) {
    seen.add(item);
    const children = Array.isArray(item) ? item.map((v, i) => [i, v] as const) : Object.entries(item);
    for (const [key, value] of children) paths.push(...itemPaths(value, [...prefix, key], seen));
    if (!Array.isArray(item)) paths.push([...prefix, "no_such_key"]);
  }
  return paths;
}

/** Compares the locator with the whole-file AST on every item path; returns how many were compared and whether the locator parsed the whole file. */
function compareAll(text: string): { compared: number; parsedWhole: boolean } {
  let data: unknown;
  try {
    data = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA });
  } catch {
    return { compared: 0, parsedWhole: false };
  }
  const items = (data as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) return { compared: 0, parsedWhole: false };
  const whole = parseWithPositions(text);
  const locator = createLocator(text, items.length);
  let compared = 0;
  items.forEach((item, index) => {
    for (const path of itemPaths(item, ["items", index])) {
      for (const target of ["value", "key"] as Target[]) {
        expect(locator.rangeOf(path, target), `${JSON.stringify(path)} ${target}`).toEqual(rangeOf(whole, path, target));
        compared++;
      }
    }
  });
  return { compared, parsedWhole: locator.parsedWhole };
}

describe("the item locator", () => {
  it("gives the whole-file AST's range for every item path of every catalog shipped or tested", () => {
    const files = ["catalogs", "test/defects", "test/rules", "test/fixtures", "test/diff/fixtures"].flatMap((d) => yamlFiles(join(root, d)));
    let compared = 0;
    for (const file of files) compared += compareAll(readFileSync(file, "utf8").replace(/^\uFEFF/, "")).compared;
    expect(compared).toBeGreaterThan(10_000);
    // The shipped catalogs are ordinary block YAML: their items are located without the whole-file AST.
    for (const file of yamlFiles(join(root, "catalogs"))) expect(compareAll(readFileSync(file, "utf8")).parsedWhole, file).toBe(false);
  });

  it("agrees on layouts people write: comments, CRLF, quoted and block scalars, flow lists, empty entries", () => {
    // Located item by item:
    const sliced = [
      "items:\n  - id: A\n    name: 甲 # note\n    content:\n      - 一\n      - 二\n\n  # between\n  - id: B\n    name: '乙'\n",
      "items:\r\n- id: A\r\n  name: \"甲\"\r\n  basis: |\r\n    《中华人民共和国政府信息公开条例》\r\n- id: B\r\n  content: >\r\n    折叠\r\n    文本\r\n",
      "items:\n  - id: A\n    channels: [政府网站, 公开查阅点]\n    levels:\n    - 县级\n    subject:\n",
      "jurisdiction: {code: '320506', name: 吴中区}\nitems:\n    -   id: A\n        name: 甲\n    -   id: B\n",
      // an alias node spans the same text alone as in the file
      "items:\n  - &a\n    id: A\n  - *a\n",
      // a kept block scalar ends where the next item's line starts (found by fast-check)
      "domain: null\nitems:\n  - |+\n\n  - {}\n",
    ];
    // Through the whole-file AST: a flow list, an empty entry.
    const whole = ["format: 1\nitems: [{id: A, name: 甲}, {id: B}]\ndomain: 社会救助\n", "items:\n  -\n  - id: B\n    name: 乙\n  - null\n  - 文本\n"];
    for (const text of sliced) expect(compareAll(text), text).toEqual({ compared: expect.any(Number), parsedWhole: false });
    for (const text of whole) expect(compareAll(text).parsedWhole, text).toBe(true);
  });

  it("agrees on random catalogs in every dump style", () => {
    const scalar = fc.oneof(fc.string({ unit: fc.constantFrom("a", "项", " ", "-", ":", "#", "'", '"', "\n", "》", "*", "&"), maxLength: 12 }), fc.integer(), fc.constant(null), fc.boolean());
    const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.dictionary(fc.constantFrom("title", "doc_no", "articles"), scalar, { maxKeys: 2 }));
    const item = fc.dictionary(fc.constantFrom("id", "name", "category", "content", "basis", "time_limit", "subject", "channels", "x-note"), value, { maxKeys: 6 });
    const catalog = fc.record({ domain: scalar, items: fc.array(fc.oneof(item, scalar), { maxLength: 4 }) });
    const style = fc.record({ indent: fc.constantFrom(2, 4), flowLevel: fc.constantFrom(-1, 2, 3), noArrayIndent: fc.boolean(), quotingType: fc.constantFrom("'", '"') as fc.Arbitrary<"'" | '"'> });
    fc.assert(
      fc.property(catalog, style, (data, options) => {
        compareAll(jsyaml.dump(data, { ...options, lineWidth: 20 }));
      }),
      { numRuns: 300 },
    );
  });
});
