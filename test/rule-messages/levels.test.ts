/**
 * The level rules' messages: the jurisdiction named (its name, else its code), the levels as written, the
 * level above the county and the catalog's own level; and when they keep silent (a level not understood,
 * a catalog whose code and level disagree).
 */
import { describe, expect, it } from "vitest";
import { catalogText, itemText } from "../diff/helpers.js";
import { said, saidOnFixture } from "./helpers.js";

const township = { code: "320506103", name: "苏州市吴中区木渎镇", level: "乡级" };
const levels = (value: string, head: Parameters<typeof catalogText>[1] = {}) => ({ "a.yaml": catalogText([itemText("SJ-01", { levels: value })], head) });

describe("level-higher", () => {
  it("names the level above the county, the catalog's own level and its jurisdiction", () => {
    expect(saidOnFixture("level-higher")).toStrictEqual([
      ["fail.yaml:22:14", "warning", "higher", { value: "市级", higher: "市级", own: "县级", jurisdiction: "苏州市吴中区" }],
      ["fail.yaml:36:13", "warning", "higher", { value: "州级、县级", higher: "州级", own: "县级", jurisdiction: "苏州市吴中区" }],
    ]);
    expect(said("level-higher", levels("[县级, 市级, 省级]", township))).toStrictEqual([
      ["a.yaml:18:18", "warning", "higher", { value: "市级", higher: "市级", own: "乡级", jurisdiction: "苏州市吴中区木渎镇" }],
      ["a.yaml:18:22", "warning", "higher", { value: "省级", higher: "省级", own: "乡级", jurisdiction: "苏州市吴中区木渎镇" }],
    ]);
  });

  it("takes a county for the catalog whose code and level disagree, and the code for a jurisdiction without a name", () => {
    expect(said("level-higher", levels("[市级]", { level: "乡级" })).map((f) => f[3].own)).toStrictEqual(["县级"]);
    expect(said("level-higher", levels("[市、县级]", { name: '""' }))).toStrictEqual([["a.yaml:18:14", "warning", "higher", { value: "市、县级", higher: "市级", own: "县级", jurisdiction: "320506" }]]);
    expect(said("level-higher", levels("[县级, 乡级]"))).toStrictEqual([]);
    // one value naming two levels above the county
    expect(said("level-higher", levels("[省、市级, 县级]"))).toStrictEqual([["a.yaml:18:14", "warning", "higher", { value: "省、市级", higher: "省级、市级", own: "县级", jurisdiction: "苏州市吴中区" }]]);
  });
});

describe("level-county-township-only", () => {
  it("lists the levels as written", () => {
    expect(saidOnFixture("level-county-township-only")).toStrictEqual([
      ["fail.yaml:36:13", "warning", "townshipOnly", { jurisdiction: "苏州市吴中区", levels: "乡级" }],
      ["fail.yaml:50:13", "warning", "townshipOnly", { jurisdiction: "苏州市吴中区", levels: "乡级、村级" }],
    ]);
    expect(said("level-county-township-only", levels("[村级]", { name: '""' }))).toStrictEqual([["a.yaml:18:13", "warning", "townshipOnly", { jurisdiction: "320506", levels: "村级" }]]);
  });

  it("keeps silent outside a county's catalog and where a level is not understood, is higher or names the county", () => {
    expect(said("level-county-township-only", levels("[乡级]", township))).toStrictEqual([]);
    // 6 digits but 乡级: the level cannot be trusted
    expect(said("level-county-township-only", levels("[乡级]", { level: "乡级" }))).toStrictEqual([]);
    expect(said("level-county-township-only", levels("[乡级, 组级]"))).toStrictEqual([]);
    expect(said("level-county-township-only", levels("[乡级, 市级]"))).toStrictEqual([]);
    expect(said("level-county-township-only", levels("[县、乡级]"))).toStrictEqual([]);
    expect(said("level-county-township-only", levels("[乡级, 区级]"))).toStrictEqual([]);
    expect(said("level-county-township-only", levels("[]"))).toStrictEqual([]);
  });
});

describe("level-township-missing", () => {
  it("names the township and the levels as written", () => {
    expect(saidOnFixture("level-township-missing")).toStrictEqual([
      ["fail.yaml:36:13", "warning", "missing", { jurisdiction: "苏州市吴中区木渎镇", levels: "县级" }],
      ["fail.yaml:50:13", "warning", "missing", { jurisdiction: "苏州市吴中区木渎镇", levels: "县级" }],
    ]);
    expect(said("level-township-missing", levels("[县级, 区级]", township))).toStrictEqual([["a.yaml:18:13", "warning", "missing", { jurisdiction: "苏州市吴中区木渎镇", levels: "县级、区级" }]]);
    expect(said("level-township-missing", levels("[县级]", { ...township, name: '""' })).map((f) => f[3].jurisdiction)).toStrictEqual(["320506103"]);
  });

  it("keeps silent where a level is not understood or is the villages', and outside a trusted township catalog", () => {
    expect(said("level-township-missing", levels("[县级, 组级]", township))).toStrictEqual([]);
    expect(said("level-township-missing", levels("[村级]", township))).toStrictEqual([]);
    expect(said("level-township-missing", levels("[县级, 村级]", township))).toStrictEqual([]);
    expect(said("level-township-missing", levels("[县、乡级]", township))).toStrictEqual([]);
    expect(said("level-township-missing", levels("[县级]", { ...township, code: "320506" }))).toStrictEqual([]);
    expect(said("level-township-missing", levels("[县级]"))).toStrictEqual([]);
    expect(said("level-township-missing", levels("[]", township))).toStrictEqual([]);
  });
});
