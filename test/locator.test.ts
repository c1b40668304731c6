/**
 * The locate stage has two ways to an item's nodes below the whole-file AST, which is the authority:
 * a text scan (src/locate/scan.ts), and parsing the item alone (src/locate/ast.ts).
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
import { createLocator } from "../src/locate/ast.js";
import { parseWithPositions } from "../src/load/parse.js";
import { rangeOf, type Target } from "../src/load/positions.js";
import { corpusShare, runs, sampled } from "./helpers/runs.js";
import { compareScan, itemPaths } from "./helpers/scan.js";

const root = join(import.meta.dirname, "..");

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return yamlFiles(full);
    return /\.ya?ml$/.test(name) ? [full] : [];
  });
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
    const files = sampled(["catalogs", "test/defects", "test/rules", "test/fixtures", "test/diff/fixtures"].flatMap((d) => yamlFiles(join(root, d))));
    let compared = 0;
    for (const file of files) compared += compareAll(readFileSync(file, "utf8").replace(/^\uFEFF/, "")).compared;
    expect(compared).toBeGreaterThan(10_000 / corpusShare);
    // The shipped catalogs are ordinary block YAML: their items are located without the whole-file AST.
    for (const file of sampled(yamlFiles(join(root, "catalogs")))) expect(compareAll(readFileSync(file, "utf8")).parsedWhole, file).toBe(false);
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
      { numRuns: runs(300) },
    );
  });
});

/** Layouts people write by hand: fast-check picks each item's indentation, quoting, list styles, comments and line breaks. */
const word = fc.string({ unit: fc.constantFrom("a", "项", "目", " ", "-", ":", "#", "'", '"', "》", "（", "、", "1", ","), minLength: 1, maxLength: 8 });
// A plain scalar starts with an ordinary character; what follows may make it invalid now and then (`a: b`).
const plainWord = fc
  .tuple(fc.constantFrom("a", "项", "目", "》", "（", "1"), fc.string({ unit: fc.constantFrom("a", "项", "、", "1", "-", "'", '"', "#", ":", " "), maxLength: 7 }))
  .map(([head, rest]) => head + rest);
const layoutScalar = fc.oneof(
  plainWord.map((w) => ({ text: w })),
  word.map((w) => ({ text: JSON.stringify(w) })),
  word.map((w) => ({ text: `'${w.replaceAll("'", "''")}'` })),
  fc.constant({ text: "" }),
);
const trailing = fc.constantFrom("", "", " # 注", "  #注", "   ");
const layoutValue = fc.oneof(
  fc.record({ kind: fc.constant("scalar" as const), scalar: layoutScalar, trailing }),
  fc.record({ kind: fc.constant("list" as const), entries: fc.array(layoutScalar, { maxLength: 3 }), flow: fc.boolean(), compact: fc.boolean(), trailing }),
  fc.record({ kind: fc.constant("map" as const), entries: fc.array(fc.tuple(fc.constantFrom("title", "doc_no", "articles"), layoutScalar), { minLength: 1, maxLength: 3 }) }),
  fc.record({ kind: fc.constant("block" as const), scalar: plainWord, style: fc.constantFrom("|", ">", "|-", ">+") }),
  fc.record({ kind: fc.constant("folded" as const), lines: fc.array(plainWord, { minLength: 2, maxLength: 3 }) }),
);
const layoutItem = fc.record({
  keys: fc.uniqueArray(fc.tuple(fc.constantFrom("id", "name", "content", "basis", "subject", "channels", "x-note", "levels"), layoutValue), { minLength: 1, maxLength: 5, selector: ([k]) => k }),
  comment: fc.boolean(),
  blank: fc.boolean(),
  dashAlone: fc.constantFrom(false, false, false, true),
});
const layoutCatalog = fc.record({ items: fc.array(layoutItem, { minLength: 1, maxLength: 4 }), dash: fc.constantFrom(0, 2, 4), extra: fc.constantFrom(0, 0, 2), crlf: fc.boolean(), tail: fc.boolean() });

function writeLayout(catalog: typeof layoutCatalog extends fc.Arbitrary<infer T> ? T : never): string {
  const lines = ["format: 1", "items:"];
  for (const item of catalog.items) {
    const pad = " ".repeat(catalog.dash);
    if (item.comment) lines.push(`${pad}# 事项`);
    const column = catalog.dash + 2 + catalog.extra;
    const at = " ".repeat(column);
    const first = item.dashAlone ? `${pad}-` : `${pad}-${" ".repeat(1 + catalog.extra)}`;
    item.keys.forEach(([key, value], i) => {
      const head = i === 0 && !item.dashAlone ? first : at;
      if (i === 0 && item.dashAlone) lines.push(first);
      const put = (line: string) => lines.push(`${head}${line}`);
      if (value.kind === "scalar") put(`${key}:${value.scalar.text ? ` ${value.scalar.text}` : ""}${value.trailing}`);
      else if (value.kind === "list" && value.flow) put(`${key}: [${value.entries.map((e) => e.text || "''").join(", ")}]${value.trailing}`);
      else if (value.kind === "list") {
        put(`${key}:${value.trailing}`);
        const indent = value.compact ? at : `${at}  `;
        for (const entry of value.entries) lines.push(`${indent}-${entry.text ? ` ${entry.text}` : ""}`);
      } else if (value.kind === "map") {
        put(`${key}:`);
        value.entries.forEach(([k, v], j) => lines.push(`${at}  ${j === 0 ? "- " : "  "}${k}:${v.text ? ` ${v.text}` : ""}`));
      } else if (value.kind === "block") {
        put(`${key}: ${value.style}`);
        lines.push(`${at}  ${value.scalar}`);
      } else {
        put(`${key}: ${value.lines[0]}`);
        for (const line of value.lines.slice(1)) lines.push(`${at}  ${line}`);
      }
    });
    if (item.blank) lines.push("");
  }
  if (catalog.tail) lines.push("domain: 社会救助", "jurisdiction:", "  code: '320506'  # 吴中区", "  name: 吴中区");
  return `${lines.join(catalog.crlf ? "\r\n" : "\n")}${catalog.crlf ? "\r\n" : "\n"}`;
}

describe("the text scan", () => {
  it("gives the whole-file AST's range wherever it answers, on every catalog shipped or tested, and answers for nearly all their item paths", () => {
    const files = sampled(["catalogs", "test/defects", "test/rules", "test/fixtures", "test/diff/fixtures"].flatMap((d) => yamlFiles(join(root, d))));
    let answered = 0;
    let left = 0;
    for (const file of files) {
      const counts = compareScan(readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
      answered += counts.answered;
      left += counts.left;
    }
    expect(answered).toBeGreaterThan(10_000 / corpusShare);
    expect(left / (answered + left)).toBeLessThan(0.05);
  });

  it("agrees with the AST on hand-written layouts: indentation, quoting, flow and compact lists, comments, block and folded scalars, CRLF", () => {
    let answered = 0;
    fc.assert(
      fc.property(layoutCatalog, (catalog) => {
        answered += compareScan(writeLayout(catalog)).answered;
      }),
      { numRuns: runs(1500) },
    );
    expect(answered).toBeGreaterThan((2_000 * runs(1500)) / 1500);
  });

  it("answers for items whose dash stands alone on its line (js-yaml's dump at indent 4), as the AST does", () => {
    const shipped = readFileSync(join(root, "catalogs/320506-吴中区/社会救助.yaml"), "utf8");
    const dumped = jsyaml.dump(jsyaml.load(shipped, { schema: jsyaml.CORE_SCHEMA }), { indent: 4, lineWidth: -1 });
    expect(dumped).toMatch(/^ {4}-\n {8}id: /m);
    for (const text of [dumped, dumped.replace(/\n/g, "\r\n")]) {
      const { answered, left } = compareScan(text);
      expect(answered).toBeGreaterThan(500);
      expect(left / (answered + left), text.slice(0, 80)).toBeLessThan(0.05);
    }
  });

  it("agrees with the AST on random catalogs in every dump style", () => {
    const scalar = fc.oneof(fc.string({ unit: fc.constantFrom("a", "项", " ", "-", ":", "#", "'", '"', "\n", "》", "*", "&"), maxLength: 12 }), fc.integer(), fc.constant(null), fc.boolean());
    const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.dictionary(fc.constantFrom("title", "doc_no", "articles"), scalar, { maxKeys: 2 }));
    const item = fc.dictionary(fc.constantFrom("id", "name", "category", "content", "basis", "time_limit", "subject", "channels", "x-note"), value, { maxKeys: 6 });
    const catalog = fc.record({ domain: scalar, items: fc.array(fc.oneof(item, scalar), { maxLength: 4 }) });
    const style = fc.record({ indent: fc.constantFrom(2, 4), flowLevel: fc.constantFrom(-1, 2, 3), noArrayIndent: fc.boolean(), quotingType: fc.constantFrom("'", '"') as fc.Arbitrary<"'" | '"'>, forceQuotes: fc.boolean() });
    let answered = 0;
    fc.assert(
      fc.property(catalog, style, (data, options) => {
        answered += compareScan(jsyaml.dump(data, { ...options, lineWidth: 20 })).answered;
      }),
      { numRuns: runs(1000) },
    );
    expect(answered).toBeGreaterThan(runs(1000));
  });
});
