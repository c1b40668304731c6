/**
 * compareCatalogs, compareFields, summary and hasDifferences (src/diff/compare.ts) called directly on
 * catalog views, for the paths the corpus fixtures do not take: the same views on both sides, a refused
 * item diff, a change of order alone, spellings that differ only in form.
 */
import { describe, expect, it } from "vitest";
import { compareCatalogs, compareFields, compareViews, hasDifferences, summary } from "../../src/diff/compare.js";
import { catalogView } from "../../src/diff/fields.js";
import { checkTexts } from "../helpers/check.js";
import { catalogText, itemText } from "./helpers.js";

const view = (items: string[], head: Parameters<typeof catalogText>[1] = {}) => catalogView(checkTexts({ "a.yaml": catalogText(items, head) }).catalogs[0]!);
const three = [itemText("SJ-01"), itemText("SJ-02"), itemText("SJ-03")];

describe("compareCatalogs", () => {
  it("takes the same view on both sides as unchanged, with an empty move list when asked for order", () => {
    const v = view(three);
    expect(compareCatalogs(v, v, { order: true })).toStrictEqual({
      jurisdiction: "320506",
      domain: "社会救助",
      status: "unchanged",
      old: { file: "a.yaml", name: "苏州市吴中区", level: "县级", items: 3 },
      new: { file: "a.yaml", name: "苏州市吴中区", level: "县级", items: 3 },
      changes: [],
      items: [],
      moved: [],
      summary: { added: 0, removed: 0, changed: 0, renamed: 0, renumbered: 0, moved: 0 },
    });
    expect(compareCatalogs(v, v)).toMatchObject({ status: "unchanged", summary: { added: 0, removed: 0, changed: 0, renamed: 0, renumbered: 0 } });
    expect(compareCatalogs(v, v)).not.toHaveProperty("moved");
    expect(compareCatalogs(v, v).summary).not.toHaveProperty("moved");
  });

  it("refuses the item diff of the same duplicated view, with no move list", () => {
    const v = view([itemText("SJ-01"), itemText("SJ-01")]);
    const diff = compareCatalogs(v, v, { order: true });
    expect(diff).toMatchObject({ status: "unchanged", refused: { reason: "duplicate-ids", side: "old", ids: ["SJ-01"] }, items: [] });
    expect(diff).not.toHaveProperty("moved");
  });

  it("says changed for a refused catalog whose items changed, unchanged for one only reordered", () => {
    const before = view([itemText("SJ-01"), itemText("SJ-01"), itemText("SJ-02")], { revision: "2025年版" });
    const reordered = view([itemText("SJ-02"), itemText("SJ-01"), itemText("SJ-01")], { revision: "2025年版" });
    const edited = view([itemText("SJ-01"), itemText("SJ-01"), itemText("SJ-02", { name: "改名" })], { revision: "2025年版" });
    const fewer = view([itemText("SJ-01"), itemText("SJ-01")], { revision: "2025年版" });
    expect(compareCatalogs(before, reordered)).toMatchObject({ status: "unchanged", changes: [], refused: { side: "old" } });
    expect(compareCatalogs(before, edited).status).toBe("changed");
    expect(compareCatalogs(before, fewer).status).toBe("changed");
    // a catalog field changed, items the same
    expect(compareCatalogs(before, view([itemText("SJ-01"), itemText("SJ-01"), itemText("SJ-02")], { revision: "2026年版" })).status).toBe("changed");
  });

  it("reports a change of order only as moves, and the catalog as unchanged", () => {
    const diff = compareCatalogs(view(three), view([three[2]!, three[0]!, three[1]!]), { order: true });
    expect(diff).toMatchObject({ status: "unchanged", items: [], moved: [{ id: "SJ-03", name: "事项SJ-03", from: 3, to: 1 }], summary: { moved: 1 } });
  });

  it("lists a whole added or removed catalog's items, sorted by id", () => {
    const v = view([itemText("SJ-02"), itemText("SJ-01")]);
    const removed = compareCatalogs(v, undefined);
    expect(removed.status).toBe("removed");
    expect(removed).not.toHaveProperty("new");
    expect(removed.items.map((i) => [i.status, i.id])).toStrictEqual([["removed", "SJ-01"], ["removed", "SJ-02"]]);
    expect(removed.summary).toStrictEqual({ added: 0, removed: 2, changed: 0, renamed: 0, renumbered: 0 });
    const added = compareCatalogs(undefined, v);
    expect(added.status).toBe("added");
    expect(added).not.toHaveProperty("old");
    expect(added.items[0]).toMatchObject({ id: "SJ-01", status: "added", name: "事项SJ-01", category: "综合业务" });
  });

  it("counts renamed items and renumberings once, on the added side", () => {
    const before = view([itemText("SJ-01"), itemText("SJ-02", { content: "救助范围、救助标准" })]);
    const after = view([itemText("SJ-01", { name: "新名称" }), itemText("SJ-09", { name: "事项SJ-02", content: "救助范围、救助标准" })]);
    const diff = compareCatalogs(before, after);
    expect(diff.summary).toStrictEqual({ added: 1, removed: 1, changed: 1, renamed: 1, renumbered: 1 });
    expect(diff.items.find((i) => i.id === "SJ-01")).toMatchObject({ status: "changed", renamed: true, name: "新名称" });
    expect(diff.items.find((i) => i.id === "SJ-09")!.renumbered).toStrictEqual({ from: "SJ-02", to: "SJ-09", similarity: 1 });
    expect(diff.items.find((i) => i.id === "SJ-02")!.renumbered).toStrictEqual({ from: "SJ-02", to: "SJ-09", similarity: 1 });
  });
});

describe("compareFields", () => {
  const text = (value: string, key?: string) => ({ type: "text" as const, text: value, ...(key ? { key } : {}) });
  const list = (...entries: [string, string][]) => ({ type: "list" as const, entries: entries.map(([t, key]) => ({ text: t, key })) });

  it("compares text by its key and shows it as written", () => {
    expect(compareFields({ level: text("乡级", "乡级") }, { level: text("镇级", "乡级") })).toStrictEqual([]);
    expect(compareFields({ name: text("甲") }, { name: text("乙") })).toStrictEqual([{ field: "name", type: "text", before: "甲", after: "乙", segments: [["-", "甲"], ["+", "乙"]] }]);
  });

  it("compares lists by keys, counting repeats, and shows entries as written", () => {
    expect(compareFields({ channels: list(["政府服务中心", "政务服务中心"]) }, { channels: list(["政务服务中心", "政务服务中心"]) })).toStrictEqual([]);
    expect(compareFields({ content: list(["a", "a"], ["b", "b"]) }, { content: list(["b", "b"], ["a", "a"], ["a", "a"]) })).toStrictEqual([
      { field: "content", type: "list", before: ["a", "b"], after: ["b", "a", "a"], added: ["a"], removed: [] },
    ]);
  });

  it("puts a field only one side has in field order, unknown fields after, by code point", () => {
    const changes = compareFields({ name: text("甲"), "x-b": text("1") }, { name: text("甲"), "x-b": text("1"), category: text("类"), "x-a": text("2"), note: text("备注") });
    expect(changes.map((c) => [c.field, c.before])).toStrictEqual([
      ["category", null],
      ["note", null],
      ["x-a", null],
    ]);
    expect(compareFields({ content: list(["a", "a"]) }, {})).toStrictEqual([{ field: "content", type: "list", before: ["a"], after: [], added: [], removed: ["a"] }]);
  });
});

describe("compareViews, summary and hasDifferences", () => {
  it("pairs catalogs by jurisdiction and domain, and sums them up", () => {
    const social = view(three);
    const employment = view([itemText("JY-01")], { domain: "就业" });
    const town = view([itemText("SJ-01")], { code: "320506103", name: "木渎镇", level: "乡级" });
    const catalogs = compareViews([social, employment], [social, town], { order: true });
    expect(catalogs.map((c) => [c.jurisdiction, c.domain, c.status])).toStrictEqual([
      ["320506", "社会救助", "unchanged"],
      ["320506", "就业", "removed"],
      ["320506103", "社会救助", "added"],
    ]);
    expect(summary(catalogs, 2)).toStrictEqual({
      catalogs: { added: 1, removed: 1, changed: 0, unchanged: 1 },
      items: { added: 1, removed: 1, changed: 0, renamed: 0, renumbered: 0, moved: 0 },
      refused: 0,
      skipped: 2,
    });
    expect(summary(compareViews([social], [social]), 0).items).not.toHaveProperty("moved");
  });

  it("sees differences in any changed catalog or any skipped file", () => {
    const social = view(three);
    const same = compareViews([social], [social]);
    const base = { catalogs: same, summary: summary(same, 0), skipped: [] };
    expect(hasDifferences(base as never)).toBe(false);
    expect(hasDifferences({ ...base, skipped: [{ side: "new", file: "new/a.yaml", reason: "invalid" }] } as never)).toBe(true);
    const changed = compareViews([social], [view(three.slice(0, 2))]);
    expect(hasDifferences({ ...base, catalogs: changed } as never)).toBe(true);
  });
});
