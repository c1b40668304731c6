// Inline segments for Chinese text: the cases of research/diff.md §3, plus the whole-value rules.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { segments, tokens } from "../../src/diff/segments.js";

describe("tokens", () => {
  it("keeps numbers, ids and 《…》 titles whole and punctuation apart", () => {
    expect(tokens("《社会救助暂行办法》（国务院令第649号）第十一条")).toEqual(["《社会救助暂行办法》", "（", "国务院", "令", "第649号", "）", "第十一条"]);
    expect(tokens("SJ-01-02、2021-06-30")).toEqual(["SJ-01-02", "、", "2021-06-30"]);
  });
  it("splits Chinese runs into words", () => {
    expect(tokens("自信息形成或变更之日起20个工作日内")).toContain("信息");
    expect(tokens("自信息形成或变更之日起20个工作日内")).toContain("20");
  });
});

describe("segments", () => {
  it("changes a number as a whole: 20 → 10, never 2 → 1", () => {
    expect(segments("自信息形成或变更之日起20个工作日内", "自信息形成或变更之日起10个工作日内")).toEqual([
      ["=", "自信息形成或变更之日起"],
      ["-", "20"],
      ["+", "10"],
      ["=", "个工作日内"],
    ]);
  });

  it("shows an inserted word inside a name", () => {
    expect(segments("特困人员救助供养", "特困人员认定及救助供养")).toEqual([
      ["=", "特困人员"],
      ["+", "认定及"],
      ["=", "救助供养"],
    ]);
  });

  it("replaces a 《…》 title whole, never a diff inside it", () => {
    expect(segments("《社会救助暂行办法》", "《社会救助法》")).toEqual([
      ["-", "《社会救助暂行办法》"],
      ["+", "《社会救助法》"],
    ]);
    const inText = segments("依据《社会救助暂行办法》第十一条，由县民政局会同县财政局审核确认", "依据《社会救助法》第十一条，由县民政局会同县财政局审核确认");
    expect(inText).toContainEqual(["-", "《社会救助暂行办法》"]);
    expect(inText).toContainEqual(["+", "《社会救助法》"]);
    expect(segments("《政府信息公开条例》第二十条", "《政府信息公开条例》第二十一条")).toContainEqual(["-", "第二十条"]);
  });

  it("marks a replaced organ name inside a list of organs", () => {
    expect(segments("县民政局、县财政局", "县民政局、县乡村振兴局")).toEqual([
      ["=", "县民政局、县"],
      ["-", "财政"],
      ["+", "乡村振兴"],
      ["=", "局"],
    ]);
  });

  it("shows the whole old and new value when most of it changed, or it is short", () => {
    expect(segments("主动", "依申请")).toEqual([
      ["-", "主动"],
      ["+", "依申请"],
    ]);
    expect(segments("制定或获取信息之日起10个工作日内", "实时公开并长期保留")).toEqual([
      ["-", "制定或获取信息之日起10个工作日内"],
      ["+", "实时公开并长期保留"],
    ]);
  });

  it("handles absent values and characters outside the BMP by code point", () => {
    expect(segments(null, "可选的备注")).toEqual([["+", "可选的备注"]]);
    expect(segments("可选的备注", null)).toEqual([["-", "可选的备注"]]);
    const rare = segments("𠀀𠀁街道办事处负责公开相关信息", "𠀀𠀁街道办事处负责公开全部信息");
    expect(rare.map(([, text]) => text).join("")).toContain("𠀀𠀁");
    expect(rare.filter(([op]) => op === "=").map(([, t]) => t).join("")).not.toContain("\uFFFD");
  });
});

describe("segments, for any text", () => {
  const text = fc.option(fc.string({ unit: fc.constantFrom(..."县民政局财政乡村振兴自信息形成变更之日起个工作内《》〔〕（）、，；第十一条号20153ABC-. 𠀀"), maxLength: 40 }), { nil: null });

  it("tokens cover the text exactly", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(tokens(t ?? "").join("")).toBe(t ?? "");
      }),
    );
  });

  it("kept and removed segments give the old value, kept and added the new one", () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const s = segments(before, after);
        expect(s.filter(([op]) => op !== "+").map(([, t]) => t).join("")).toBe(before ?? "");
        expect(s.filter(([op]) => op !== "-").map(([, t]) => t).join("")).toBe(after ?? "");
        expect(s.every(([, t]) => t.length > 0)).toBe(true);
      }),
    );
  });
});
