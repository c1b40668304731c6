/**
 * Source path → range (src/load/positions.ts) on a catalog written as people write them: each kind of
 * path a finding can have (a value, a key, a key with no value, a missing key, a list entry out of range,
 * a path through a scalar) and documents with no content. Columns are 1-based, ends exclusive.
 */
import { describe, expect, it } from "vitest";
import { parseWithPositions } from "../../src/load/parse.js";
import { offsetsToRange, rangeOf, type Range, type Target } from "../../src/load/positions.js";
import type { SourcePath } from "../../src/model/types.js";

const at = (line: number, column: number, endLine: number, endColumn: number): Range => ({ line, column, endLine, endColumn });
const catalog = [
  "format: 1",
  "jurisdiction:",
  '  code: "320506"',
  "  name: 吴中区",
  "items:",
  "  - id: SJ-01-01",
  "    name: 最低生活保障",
  "    basis:",
  "    channels: [政府网站, 政务服务中心]",
  "    content:",
  "      - 办理条件",
  "    x-empty: {}",
  "    x-list: []",
  "  - id: SJ-01-02",
  "    levels:",
  "      - 县级",
  "",
].join("\n");

describe("rangeOf in a catalog", () => {
  it.each<[SourcePath, Target | undefined, Range]>([
    [[], undefined, at(1, 1, 1, 10)],
    [["format"], undefined, at(1, 9, 1, 10)],
    [["format"], "key", at(1, 1, 1, 7)],
    [["jurisdiction"], undefined, at(3, 3, 3, 17)],
    [["jurisdiction","code"], undefined, at(3, 9, 3, 17)],
    [["jurisdiction","code"], "key", at(3, 3, 3, 7)],
    [["jurisdiction","zone"], undefined, at(3, 3, 3, 17)],
    [["items"], undefined, at(6, 3, 6, 17)],
    [["items",0], undefined, at(6, 5, 6, 17)],
    [["items",0,"basis"], undefined, at(8, 5, 8, 10)],
    [["items",0,"basis"], "key", at(8, 5, 8, 10)],
    [["items",0,"channels"], undefined, at(9, 15, 9, 29)],
    [["items",0,"channels",1], undefined, at(9, 22, 9, 28)],
    [["items",0,"channels",5], undefined, at(9, 15, 9, 29)],
    [["items",0,"content"], undefined, at(11, 7, 11, 13)],
    [["items",0,"content",0], undefined, at(11, 9, 11, 13)],
    [["items",0,"x-empty"], undefined, at(12, 14, 12, 16)],
    [["items",0,"x-list"], undefined, at(13, 13, 13, 15)],
    [["items",0,"nokey"], undefined, at(6, 5, 6, 17)],
    [["items",1,"levels"], undefined, at(16, 7, 16, 11)],
    [["items",1,"levels",0,"deeper"], undefined, at(16, 9, 16, 11)],
    [["items",7], undefined, at(6, 3, 6, 17)],
    [["items","x"], undefined, at(6, 3, 6, 17)],
    [["nokey","x"], undefined, at(1, 1, 1, 10)],
  ])("%j %s", (path, target, range) => {
    expect(rangeOf(parseWithPositions(catalog), path, target)).toStrictEqual(range);
  });
});

describe("rangeOf in small documents", () => {
  // The paths [], ["key"], [0] and ["a"] in each.
  it.each<[string, Range[]]>([
    ["", [at(1, 1, 1, 1), at(1, 1, 1, 1), at(1, 1, 1, 1), at(1, 1, 1, 1)]],
    ["# only a comment\n", [at(1, 1, 1, 1), at(1, 1, 1, 1), at(1, 1, 1, 1), at(1, 1, 1, 1)]],
    ["- a\n- b\n", [at(1, 1, 1, 4), at(1, 1, 1, 4), at(1, 3, 1, 4), at(1, 1, 1, 4)]],
    ["key:\n", [at(1, 1, 1, 5), at(1, 1, 1, 4), at(1, 1, 1, 5), at(1, 1, 1, 5)]],
    ["[]\n", [at(1, 1, 1, 3), at(1, 1, 1, 3), at(1, 1, 1, 3), at(1, 1, 1, 3)]],
    ["{}\n", [at(1, 1, 1, 3), at(1, 1, 1, 3), at(1, 1, 1, 3), at(1, 1, 1, 3)]],
    ["a: [\n  1]\n", [at(1, 1, 1, 5), at(1, 1, 1, 2), at(1, 1, 1, 2), at(1, 4, 1, 5)]],
  ])("%j", (text, ranges) => {
    const parsed = parseWithPositions(text);
    expect(([[], ["key"], [0], ["a"]] as SourcePath[]).map((path) => rangeOf(parsed, path))).toStrictEqual(ranges);
  });
});

describe("offsetsToRange", () => {
  it("reads an end before the start as the start", () => {
    expect(offsetsToRange(parseWithPositions(catalog).lines, 10, 5)).toStrictEqual(at(2, 1, 2, 1));
    expect(offsetsToRange(parseWithPositions(catalog).lines, 10, 14)).toStrictEqual(at(2, 1, 2, 5));
  });
});

describe("rangeOf at the edges", () => {
  it("marks the first key only when a missing key's first sibling holds a collection", () => {
    expect(rangeOf(parseWithPositions("a:\n  b:\n    c: 1\n  d: 2\n"), ["a", "x"])).toStrictEqual(at(2, 3, 2, 4));
    expect(rangeOf(parseWithPositions("a:\n  b:\n  d: 2\n"), ["a", "x"])).toStrictEqual(at(2, 3, 2, 5));
    expect(rangeOf(parseWithPositions("a:\n  b: 1\n  d: 2\n"), ["a", "x"])).toStrictEqual(at(2, 3, 2, 7));
  });

  it("marks a collection on a file's last line, with no final newline, up to its end", () => {
    expect(rangeOf(parseWithPositions("a: [1, 2]"), ["a"])).toStrictEqual(at(1, 4, 1, 10));
  });

  it("marks the whole of a block scalar, over all its lines", () => {
    expect(rangeOf(parseWithPositions("a: |\n  第一行\n  第二行\nb: 1\n"), ["a"])).toStrictEqual(at(1, 4, 4, 1));
  });
});
