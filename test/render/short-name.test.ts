// shortName (src/render/names.ts): a jurisdiction's name without the units above it, the folder name init and import use.
import { describe, expect, it } from "vitest";
import { shortName } from "../../src/render/names.js";

describe("shortName", () => {
  it.each([
    ["苏州市吴中区木渎镇", "乡级", "木渎镇"],
    ["北京市东城区东华门街道", "乡级", "东华门街道"],
    ["内蒙古自治区锡林郭勒盟阿巴嘎旗", "县级", "阿巴嘎旗"],
    ["四川省阿坝藏族羌族自治州壤塘县", "县级", "壤塘县"],
    ["山西省吕梁地区方山县", "县级", "方山县"],
    ["广东省中山市坦洲镇", "乡级", "坦洲镇"],
    ["江西省赣州市石城县", "县级", "石城县"],
    // a county under its province directly, a town under it, a county of two characters
    ["海南省琼中黎族苗族自治县", "县级", "琼中黎族苗族自治县"],
    ["海南省琼中黎族苗族自治县营根镇", "乡级", "营根镇"],
    ["河北省保定市易县", "县级", "易县"],
    ["苏州市吴中区", "县级", "吴中区"],
    // nothing below the units: the name as written
    ["苏州市", "县级", "苏州市"],
    ["吴中区", "乡级", "吴中区"],
    // one character left is no name: the whole name
    ["某市某区镇", "乡级", "某市某区镇"],
  ] as const)("%s (%s) → %s", (name, level, short) => {
    expect(shortName(name, level)).toBe(short);
  });
});
