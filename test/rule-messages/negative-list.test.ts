/**
 * The non-disclosure list's rules: which entry (its number and name), which citation, the articles cited
 * and the articles that allow withholding; a vague citation is a warning, never an error.
 */
import { describe, expect, it } from "vitest";
import { createRegistries, type LawEntry } from "../../src/model/registries.js";
import { said, saidOnFixture } from "./helpers.js";

/** A negative list of a township, one entry per [name, basis as YAML]. */
const list = (entries: [string, string][]) => ({
  "n.yaml": `format: 1\nkind: negative-list\njurisdiction:\n  code: "320506103"\n  name: 苏州市吴中区木渎镇\n  level: 乡级\nentries:\n${entries.map(([name, basis], i) => `  - id: BYGK-0${i + 1}\n    name: ${name}\n    basis: ${basis}\n`).join("")}`,
});
const ogi = "《中华人民共和国政府信息公开条例》";
const bothVersions = "第八条、第十四条、第十五条、第十六条";

describe("negative-list-basis-article", () => {
  it("names the entry, the citation, the articles cited and the articles that allow withholding", () => {
    expect(saidOnFixture("negative-list-basis-article")).toStrictEqual([
      ["fail.yaml:14:9", "error", "not-withholding", { entry: 1, name: "救助对象家庭经济状况核对原始数据", citation: ogi, articles: "第二十条", allowed: "第十四条、第十五条、第十六条" }],
      ["fail.yaml:18:9", "warning", "vague", { entry: 2, name: "社会救助审批内部讨论记录", citation: ogi }],
      ["fail.yaml:24:19", "error", "not-withholding", { entry: 3, name: "低保对象个人隐私信息", citation: ogi, articles: "第二十一条", allowed: "第十四条、第十五条、第十六条" }],
    ]);
  });

  it("allows, for a citation without a number, what any version allows, in article order", () => {
    const found = said("negative-list-basis-article", list([
      ["甲", `[${ogi}第二十条、第二十一条]`],
      ["乙", `[${ogi}第二十条、第十四条]`],
      ["丙", "[《某某县社会救助办法》第五条]"],
      ["丁", "[《中华人民共和国保守国家秘密法》第九条]"],
      ["戊", "[【待填写】不予公开的依据]"],
      ["己", `[${ogi}第二十条之一]`],
      ["庚", `[${ogi}（国务院令第492号）第十五条]`],
      ["辛", `[${ogi}（国务院令第492号）第十四条]`],
      ["壬", `[${ogi}第十五条]`],
      ["癸", `[${ogi}（国务院令第711号）第八条]`],
    ]));
    expect(found).toStrictEqual([
      ["n.yaml:10:13", "error", "not-withholding", { entry: 1, name: "甲", citation: ogi, articles: "第二十条、第二十一条", allowed: bothVersions }],
      ["n.yaml:25:13", "error", "not-withholding", { entry: 6, name: "己", citation: ogi, articles: "第二十条", allowed: bothVersions }],
      ["n.yaml:28:13", "error", "not-withholding", { entry: 7, name: "庚", citation: ogi, articles: "第十五条", allowed: "第八条、第十四条" }],
      ["n.yaml:37:13", "error", "not-withholding", { entry: 10, name: "癸", citation: ogi, articles: "第八条", allowed: "第十四条、第十五条、第十六条" }],
    ]);
  });

  it("warns of a citation without an article or without a law, and leaves a malformed article to basis-article-range", () => {
    const found = said("negative-list-basis-article", list([
      ["甲", `[${ogi}第零条]`],
      ["乙", "[相关法律法规]"],
      ["丙", `[${ogi}（国务院令第711号）第十四条第二项]`],
      ["丁", "[{title: 中华人民共和国政府信息公开条例, articles: [第X条]}]"],
      ["戊", "[{title: 中华人民共和国政府信息公开条例}]"],
    ]));
    expect(found).toStrictEqual([
      ["n.yaml:13:13", "warning", "vague", { entry: 2, name: "乙", citation: "“相关法律法规”" }],
      ["n.yaml:22:14", "warning", "vague", { entry: 5, name: "戊", citation: ogi }],
    ]);
  });
});

describe("negative-list-basis-article with a project's own laws", () => {
  // A project registers its province's regulation (config `laws`); the list cites it.
  const provincial: LawEntry = { id: "js-ogi", title: "江苏省政府信息公开规定", kind: "地方政府规章", status: "现行有效", withholding_articles: [12, 9] };

  it("allows the articles the project's entry lists, in article order", () => {
    const registries = createRegistries({ laws: [provincial] });
    const found = said("negative-list-basis-article", list([["甲", "[《江苏省政府信息公开规定》第五条]"], ["乙", "[《江苏省政府信息公开规定》第十二条]"]]), { registries });
    expect(found).toStrictEqual([["n.yaml:10:13", "error", "not-withholding", { entry: 1, name: "甲", citation: "《江苏省政府信息公开规定》", articles: "第五条", allowed: "第九条、第十二条" }]]);
  });

  it("does not judge an article where one of the laws a title names lists no withholding articles", () => {
    const registries = createRegistries({ laws: [{ id: "ogi-local", title: "中华人民共和国政府信息公开条例", kind: "行政法规", status: "现行有效" }] });
    expect(said("negative-list-basis-article", list([["甲", `[${ogi}第二十条]`]]), { registries })).toStrictEqual([]);
  });
});

describe("negative-list-basis-missing", () => {
  it("names each entry without a basis by its number and name", () => {
    expect(saidOnFixture("negative-list-basis-missing")).toStrictEqual([["fail.yaml:14:5", "error", "missing", { entry: 2, name: "社会救助审批内部讨论记录" }]]);
    expect(said("negative-list-basis-missing", list([["甲", "[]"], ["乙", `[${ogi}第十四条]`], ["丙", "[]"]]))).toStrictEqual([
      ["n.yaml:8:5", "error", "missing", { entry: 1, name: "甲" }],
      ["n.yaml:14:5", "error", "missing", { entry: 3, name: "丙" }],
    ]);
  });
});
