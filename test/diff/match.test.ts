/**
 * Matching (src/diff/match.ts) on its own: which items cannot be matched, which moved, which look
 * renumbered, and how alike two items are. Items are built from catalog records as a source file holds them.
 */
import { describe, expect, it } from "vitest";
import { itemView, type ItemView } from "../../src/diff/fields.js";
import { byCodePoint, catalogKey, itemSimilarity, moves, refusal, renumberings } from "../../src/diff/match.js";
import { Normaliser } from "../../src/model/normalise.js";
import { createRegistries } from "../../src/model/registries.js";

const normaliser = new Normaliser(createRegistries());
const base = {
  category: "综合业务",
  content: "办理条件、申请材料、办理流程",
  basis: "《社会救助暂行办法》（国务院令第649号）",
  time_limit: "自信息形成或变更之日起20个工作日内",
  subject: "苏州市吴中区民政局",
  channels: ["政府网站", "政务服务中心"],
  audience: "全社会",
  method: "主动",
  levels: ["县级"],
};
const view = (id: string, index: number, fields: Record<string, unknown> = {}): ItemView => itemView(normaliser.item({ id, name: `事项${id}`, ...base, ...fields }, index));
const catalogOrder = (ids: string[]) => ids.map((id, i) => view(id, i, { name: `事项${id}` }));
const byId = (items: ItemView[]) => new Map(items.map((i) => [i.id, i]));

describe("refusal", () => {
  it("names items without an id by their 1-based position", () => {
    expect(refusal([view("A", 0), view("", 1), view("", 3)], "old")).toStrictEqual({ reason: "missing-ids", side: "old", ids: ["2", "4"] });
  });

  it("names repeated ids once each, in code-point order", () => {
    const items = ["SJ-2", "SJ-10", "SJ-2", "SJ-10", "SJ-10", "SJ-1"].map((id, i) => view(id, i));
    expect(refusal(items, "new")).toStrictEqual({ reason: "duplicate-ids", side: "new", ids: ["SJ-10", "SJ-2"] });
  });

  it("accepts distinct ids", () => {
    expect(refusal(catalogOrder(["A", "B", "C"]), "old")).toBeUndefined();
    expect(refusal([], "old")).toBeUndefined();
  });
});

describe("moves", () => {
  it("reports only the item that left the order, with 1-based positions", () => {
    const old = catalogOrder(["A", "B", "C", "D", "E"]);
    expect(moves(old, byId(catalogOrder(["A", "E", "B", "C", "D"])))).toStrictEqual([{ id: "E", name: "事项E", from: 5, to: 2 }]);
    expect(moves(old, byId(catalogOrder(["B", "C", "D", "E", "A"])))).toStrictEqual([{ id: "A", name: "事项A", from: 1, to: 5 }]);
  });

  it("reports several moves sorted by id, and none for the same order with items added or removed", () => {
    const old = catalogOrder(["A", "B", "C", "D", "E", "F"]);
    expect(moves(old, byId(catalogOrder(["F", "B", "C", "D", "E", "A"]))).map((m) => m.id)).toStrictEqual(["A", "F"]);
    expect(moves(old, byId(catalogOrder(["X", "A", "C", "Y", "E", "F"])))).toStrictEqual([]);
    expect(moves(old, byId(catalogOrder(["A", "B", "C", "D", "E", "F"])))).toStrictEqual([]);
    expect(moves([], new Map())).toStrictEqual([]);
  });

  it("keeps the items that travelled least when two orders are equally long", () => {
    // New order D A C B: {A, B} and {A, C} both keep two in order; B travelled 2 places, C none.
    const old = catalogOrder(["A", "B", "C", "D"]);
    expect(moves(old, byId(catalogOrder(["D", "A", "C", "B"])))).toStrictEqual([
      { id: "B", name: "事项B", from: 2, to: 4 },
      { id: "D", name: "事项D", from: 4, to: 1 },
    ]);
  });
});

describe("renumberings", () => {
  it("pairs a removed and an added item with the same contents", () => {
    expect(renumberings([view("X-1", 0)], [view("X-2", 0, { name: "事项X-1" })])).toStrictEqual([{ from: "X-1", to: "X-2", similarity: 1 }]);
  });

  it("leaves unrelated items apart", () => {
    const other = { name: "临时救助", content: "救助范围和程序", time_limit: "实时", subject: "苏州市吴中区财政局", channels: ["政府公报"], levels: ["乡级"] };
    expect(renumberings([view("X-1", 0)], [view("X-2", 0, other)])).toStrictEqual([]);
    expect(renumberings([], [view("X-2", 0)])).toStrictEqual([]);
  });

  it("offers each id once, best pairs first, ties in code-point order", () => {
    const removed = [view("R-2", 0, { name: "同名" }), view("R-1", 1, { name: "同名" })];
    const added = [view("A-1", 0, { name: "同名" }), view("A-2", 1, { name: "同名", note: "新增备注" })];
    const found = renumberings(removed, added);
    expect(found.map((r) => [r.from, r.to])).toStrictEqual([["R-1", "A-1"], ["R-2", "A-2"]]);
    expect(found[0]!.similarity).toBe(1);
    expect(found[1]!.similarity).toBeLessThan(1);
    expect(found[1]!.similarity).toBeGreaterThanOrEqual(0.9);
  });

  it("flags a pair from a similarity of 0.9 up", () => {
    // one field of ten wholly different
    expect(renumberings([view("X-1", 0)], [view("X-2", 0, { name: "事项X-1", subject: "乙厅" })])).toStrictEqual([{ from: "X-1", to: "X-2", similarity: 0.9 }]);
  });

  it("compares items with different names while the pairs are few", () => {
    const removed = [view("R-1", 0, { name: "最低生活保障" }), view("R-2", 1, { name: "临时救助", subject: "苏州市吴中区财政局" })];
    // R-1 with a new name: the other nine fields alike
    expect(renumberings(removed, [view("A-1", 0, { name: "特困人员救助供养" })])).toStrictEqual([{ from: "R-1", to: "A-1", similarity: 0.9 }]);
  });

  it("compares only same-named items when the pairs are too many", () => {
    const removed = Array.from({ length: 201 }, (_, i) => view(`R-${i}`, i, { name: `名${i}` }));
    const added = Array.from({ length: 201 }, (_, i) => view(`A-${i}`, i, { name: i === 7 ? "名7" : `新${i}` }));
    const found = renumberings(removed, added);
    expect(found).toStrictEqual([{ from: "R-7", to: "A-7", similarity: 1 }]);
  });
});

describe("itemSimilarity", () => {
  it("is 1 for items alike and falls with each field that differs", () => {
    expect(itemSimilarity(view("A", 0), view("B", 3, { name: "事项A" }))).toBe(1);
    const one = itemSimilarity(view("A", 0), view("A", 0, { subject: "苏州市吴中区财政局" }));
    const two = itemSimilarity(view("A", 0), view("A", 0, { subject: "苏州市吴中区财政局", channels: ["政府公报"] }));
    expect(one).toBeLessThan(1);
    expect(two).toBeLessThan(one);
  });

  it("scores text by shared character pairs and lists by shared entries", () => {
    // 10 fields; the subject shares 4 character pairs of 8 and of 5 (苏州 州市 民政 政局): 2·4/(8+5).
    const subject = itemSimilarity(view("A", 0), view("A", 0, { subject: "苏州市民政局" }));
    expect(subject).toBeCloseTo((9 + 8 / 13) / 10, 10);
    // channels: one shared entry of three distinct → 1/3
    const channels = itemSimilarity(view("A", 0), view("A", 0, { channels: ["政府网站", "政府公报"] }));
    expect(channels).toBeCloseTo((9 + 1 / 3) / 10, 10);
    // a repeated entry counts once per occurrence
    const repeated = itemSimilarity(view("A", 0, { channels: ["政府网站", "政府网站"] }), view("A", 0, { channels: ["政府网站"] }));
    expect(repeated).toBeCloseTo((9 + 1 / 2) / 10, 10);
    // an empty list against a full one shares nothing
    expect(itemSimilarity(view("A", 0, { levels: [] }), view("A", 0))).toBeCloseTo(9 / 10, 10);
    // repeats are matched once each, in text and in lists
    expect(itemSimilarity(view("A", 0, { subject: "民政局" }), view("A", 0, { subject: "民政局民政局" }))).toBeCloseTo((9 + 4 / 7) / 10, 10);
    expect(itemSimilarity(view("A", 0, { channels: ["政府网站", "政府网站"] }), view("A", 0, { channels: ["政府网站", "政府网站", "政府网站"] }))).toBeCloseTo((9 + 2 / 3) / 10, 10);
    // two characters have one pair; one character alike is alike
    expect(itemSimilarity(view("A", 0, { subject: "民政" }), view("A", 0, { subject: "民政局" }))).toBeCloseTo((9 + 2 / 3) / 10, 10);
    expect(itemSimilarity(view("A", 0, { subject: "局" }), view("A", 0, { subject: "局" }))).toBe(1);
    // an empty list on both sides is alike; one character has no pairs to share
    expect(itemSimilarity(view("A", 0, { levels: [] }), view("A", 0, { levels: [] }))).toBe(1);
    expect(itemSimilarity(view("A", 0, { subject: "局" }), view("A", 0, { subject: "厅" }))).toBeCloseTo(9 / 10, 10);
    // a field on one side only counts as wholly different
    expect(itemSimilarity(view("A", 0), view("A", 0, { note: "备注" }))).toBeCloseTo(10 / 11, 10);
  });
});

describe("keys and order", () => {
  it("keys a catalog by code and domain, and orders ids by code point", () => {
    expect(catalogKey({ code: "320506", domain: "社会救助" })).toBe("320506\u0000社会救助");
    expect(["b", "B", "a", "b"].sort(byCodePoint)).toStrictEqual(["B", "a", "b", "b"]);
    expect(byCodePoint("a", "a")).toBe(0);
  });
});
