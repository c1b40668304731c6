/**
 * The locate stage (src/locate/index.ts): findings get their range, and the index, id, name and category
 * of the item they are about, in report order; a range a rule already knew is kept; the text scan and
 * the AST give the same ranges whichever answers.
 */
import { describe, expect, it } from "vitest";
import { locate, locatorFor, type Unlocated } from "../../src/locate/index.js";
import { parseWithPositions } from "../../src/load/parse.js";
import { rangeOf } from "../../src/load/positions.js";
import type { Item } from "../../src/model/types.js";

const text = [
  "format: 1",
  "domain: 社会救助",
  "items:",
  "  - id: SJ-01",
  "    category: 社会救助",
  "    name: 最低生活保障",
  "    subject: 民政局",
  "  - id: SJ-02",
  "    name: 临时救助",
  "",
].join("\n");
const items = [
  { id: "SJ-01", name: "最低生活保障", category: "社会救助" },
  { id: "SJ-02", name: "临时救助", category: "" },
] as unknown as Item[];
const finding = (path: Unlocated["path"], rule = "r", extra: Partial<Unlocated> = {}): Unlocated => ({ file: "a.yaml", rule, severity: "warning", messageId: "m", data: {}, path, target: "value", ...extra });
const at = (line: number, column: number, endLine: number, endColumn: number) => ({ line, column, endLine, endColumn });

describe("locate", () => {
  it("positions each finding, names its item, and sorts them by line, column and rule", () => {
    const found = [finding(["items", 1, "name"]), finding(["items", 0, "subject"], "b"), finding(["items", 0, "subject"], "a"), finding(["domain"]), finding(["items", 0, "id"], "k", { target: "key" })];
    expect(locate({ text, items: 2, catalog: { items } }, found)).toStrictEqual([
      { ...found[3], range: at(2, 9, 2, 13) },
      { ...found[4], range: at(4, 5, 4, 7), itemIndex: 0, itemId: "SJ-01", itemName: "最低生活保障", itemCategory: "社会救助" },
      { ...found[2], range: at(7, 14, 7, 17), itemIndex: 0, itemId: "SJ-01", itemName: "最低生活保障", itemCategory: "社会救助" },
      { ...found[1], range: at(7, 14, 7, 17), itemIndex: 0, itemId: "SJ-01", itemName: "最低生活保障", itemCategory: "社会救助" },
      // an item with no category: none is named
      { ...found[0], range: at(9, 11, 9, 15), itemIndex: 1, itemId: "SJ-02", itemName: "临时救助" },
    ]);
  });

  it("keeps a range the rule knew, names no item for a path outside the items, and answers nothing for no findings", () => {
    const known = at(3, 1, 3, 7);
    expect(locate({ text, items: 2 }, [finding(["items", 0, "name"], "r", { range: known })])).toStrictEqual([{ ...finding(["items", 0, "name"]), range: known, itemIndex: 0 }]);
    expect(locate({ text, items: 2, catalog: { items } }, [finding(["items", "x" as never])])[0]).not.toHaveProperty("itemIndex");
    expect(locate({ text, items: 2 }, [])).toStrictEqual([]);
  });

  it("uses the AST a check already built", () => {
    const document = parseWithPositions(text);
    expect(locate({ text: "", items: 2, document }, [finding(["items", 1, "name"])])[0]!.range).toStrictEqual(at(9, 11, 9, 15));
  });
});

describe("locatorFor", () => {
  it("gives the whole-file AST's ranges, scanning where the layout allows and not where a lone CR breaks lines", () => {
    const whole = parseWithPositions(text);
    const paths = [["items", 0, "name"], ["items", 1, "name"], ["items", 1, "nokey"], ["domain"], ["items", 0]] as const;
    const scanned = locatorFor(text, 2);
    for (const path of paths) expect(scanned.rangeOf([...path], "value"), JSON.stringify(path)).toStrictEqual(rangeOf(whole, [...path]));
    expect(scanned.parsedWhole).toBe(false);
    // a file whose items the layout does not count right is left to the AST
    expect(locatorFor(text, 3).rangeOf(["items", 1, "name"], "value")).toStrictEqual(at(9, 11, 9, 15));
    const cr = text.replace(/\n/g, "\r");
    expect(locatorFor(cr, 2).rangeOf(["items", 1, "name"], "value")).toStrictEqual(rangeOf(parseWithPositions(cr), ["items", 1, "name"]));
  });
});
