/** placeholder-unfilled: every element `catalog init` may leave holding its marker is reported, where it stands. */
import { describe, expect, it } from "vitest";
import { catalogText, itemText } from "../diff/helpers.js";
import { said, saidOnFixture } from "./helpers.js";

const marker = "【待填写】";

describe("placeholder-unfilled", () => {
  it("reports the fixture's placeholders as an item's", () => {
    expect(saidOnFixture("placeholder-unfilled")).toStrictEqual([
      ["fail/escaped.yaml:17:14", "error", "item", {}],
      ["fail/init-output.yaml:13:14", "error", "item", {}],
      ["fail/init-output.yaml:16:9", "error", "item", {}],
      ["fail/init-output.yaml:18:14", "error", "item", {}],
      ["fail/init-output.yaml:25:15", "error", "item", {}],
      ["fail/init-output.yaml:29:9", "error", "item", {}],
    ]);
  });

  it("reports each element holding the marker: the catalog's and every item element's", () => {
    const first = itemText("SJ-01", { category: `${marker}一级`, name: `${marker}二级事项`, time_limit: `${marker}公开时限`, subject: `${marker}主体`, channels: `[政府网站, ${marker}渠道]`, note: `${marker}备注` });
    const second = itemText("SJ-02", { content: `[申请条件, 办理流程, ${marker}其他]`, basis: `[《社会救助暂行办法》（国务院令第649号）, ${marker}依据]` });
    const text = catalogText([first, second], { name: `${marker}名称`, revision: `${marker}版本` }).replace("items:", `compiler: ${marker}编制单位\nitems:`);
    expect(said("placeholder-unfilled", { "a.yaml": text })).toStrictEqual([
      // jurisdiction name, revision, compiler
      ["a.yaml:4:9", "error", "catalog", {}],
      ["a.yaml:7:11", "error", "catalog", {}],
      ["a.yaml:8:11", "error", "catalog", {}],
      // category, name, time_limit, subject, the second channel, note
      ["a.yaml:11:15", "error", "item", {}],
      ["a.yaml:12:11", "error", "item", {}],
      ["a.yaml:15:17", "error", "item", {}],
      ["a.yaml:16:14", "error", "item", {}],
      ["a.yaml:17:22", "error", "item", {}],
      ["a.yaml:21:11", "error", "item", {}],
      // the third content entry, the second citation
      ["a.yaml:25:27", "error", "item", {}],
      ["a.yaml:26:36", "error", "item", {}],
    ]);
  });

  it("finds the marker written with escapes or across a joined line, and only the marker", () => {
    expect(said("placeholder-unfilled", { "a.yaml": catalogText([itemText("SJ-01", { name: '"\\u3010待填写\\u3011二级事项"', note: '"说明\\n"' })]) })).toStrictEqual([["a.yaml:10:11", "error", "item", {}]]);
    expect(said("placeholder-unfilled", { "a.yaml": catalogText([itemText("SJ-01", { name: '"待填写"', note: '"【待\\\n填写】"' })]) })).toStrictEqual([["a.yaml:19:11", "error", "item", {}]]);
    expect(said("placeholder-unfilled", { "a.yaml": catalogText([itemText("SJ-01", { name: "待填写的事项" })], { revision: "待填写" }) })).toStrictEqual([]);
  });
});
