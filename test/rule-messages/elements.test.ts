/**
 * The messages of the rules about a catalog's elements and items: empty and missing elements, ids,
 * duplicates, the domain, channels, disclosure and pilot-domain coverage. Which message each rule picks,
 * the data it fills in, and where the finding lands.
 */
import { describe, expect, it } from "vitest";
import { catalogText, itemText } from "../diff/helpers.js";
import { saidBy } from "../helpers/said.js";

/** a.yaml with items SJ-01… whose fields are given (YAML values as text; undefined leaves a key out). */
function catalog(items: Record<string, string | undefined>[], head: Parameters<typeof catalogText>[1] = {}): string {
  const blocks = items.map((fields, i) => {
    const id = fields.id ?? `SJ-0${i + 1}`;
    const block = itemText(id, Object.fromEntries(Object.entries(fields).filter(([k, v]) => k !== "id" && v !== undefined)) as Record<string, string>);
    const dropped = Object.entries(fields).filter(([, v]) => v === undefined).map(([k]) => k);
    return block.split("\n").filter((line) => !dropped.some((k) => line.startsWith(`${k}:`))).join("\n");
  });
  return catalogText(blocks, head);
}
const said = (rule: string, text: string) => saidBy(rule, { "a.yaml": text });
const one = (fields: Record<string, string | undefined>) => catalog([fields]);

describe("element-empty", () => {
  it("calls an empty file empty", () => {
    for (const text of ["", "null\n", "# 注释\n"]) expect(said("element-empty", text)).toStrictEqual([["file", {}, "a.yaml:1:1"]]);
  });

  it("tells an empty element, an empty entry of a list and an empty row apart", () => {
    // 14:14 is the subject's value, 11:14 the content's
    expect(said("element-empty", one({ subject: '""' }))).toStrictEqual([["item", {}, "a.yaml:14:14"]]);
    expect(said("element-empty", one({ subject: '"  "' }))).toStrictEqual([["item", {}, "a.yaml:14:14"]]);
    expect(said("element-empty", one({ subject: "null" }))).toStrictEqual([["item", {}, "a.yaml:14:14"]]);
    expect(said("element-empty", one({ content: "[]" }))).toStrictEqual([["item", {}, "a.yaml:11:14"]]);
    expect(said("element-empty", one({ content: '["", 办理条件]' }))).toStrictEqual([["entry", { n: 1 }, "a.yaml:11:15"]]);
    expect(said("element-empty", one({ channels: '[政府网站, "  "]' }))).toStrictEqual([["entry", { n: 2 }, "a.yaml:15:22"]]);
    // a blank entry deeper down (a structured citation's articles) is the element's
    expect(said("element-empty", one({ basis: '[{ title: 社会救助暂行办法, articles: [null] }]' }))).toStrictEqual([["item", {}, "a.yaml:12:43"]]);
    expect(said("element-empty", catalog([]).replace("items:\n", "items:\n  - null\n") + catalog([{}]).split("items:\n")[1])).toStrictEqual([["row", {}, "a.yaml:8:5"]]);
  });

  it("names a header element outside items", () => {
    expect(said("element-empty", one({}).replace("domain: 社会救助", 'domain: ""'))).toStrictEqual([["catalog", {}, "a.yaml:6:9"]]);
    expect(said("element-empty", one({}).replace("  name: 苏州市吴中区", "  name: null"))).toStrictEqual([["catalog", {}, "a.yaml:4:9"]]);
  });

  it("leaves values of the wrong type and malformed text to the other rules", () => {
    expect(said("element-empty", one({ subject: "5" }))).toStrictEqual([]);
    expect(said("element-empty", one({ subject: "[苏州市吴中区民政局]" }))).toStrictEqual([]);
    expect(said("element-empty", "[]\n")).toStrictEqual([]);
    expect(said("element-empty", "format: 1\n")).toStrictEqual([]);
  });
});

describe("element-missing", () => {
  it("names the missing key, in an item and in the header", () => {
    expect(said("element-missing", one({ subject: undefined }))).toStrictEqual([["missing", { key: "subject" }, "a.yaml:8:5"]]);
    expect(said("element-missing", one({}).replace("  name: 苏州市吴中区\n", ""))).toStrictEqual([["missing", { key: "name" }, "a.yaml:3:3"]]);
  });

  it("claims nothing but missing keys", () => {
    expect(said("element-missing", one({ subject: '""' }))).toStrictEqual([]);
    expect(said("element-missing", one({ subject: "5" }))).toStrictEqual([]);
  });
});

describe("id-pattern", () => {
  it("quotes an id that breaks the pattern", () => {
    expect(said("id-pattern", one({ id: '"01 01"' }))).toStrictEqual([["pattern", { value: "01 01" }, "a.yaml:8:9"]]);
    expect(said("id-pattern", one({ id: '"-01"' }))).toStrictEqual([["pattern", { value: "-01" }, "a.yaml:8:9"]]);
  });

  it("asks for quotes around an id read as a number, which lost its leading zero", () => {
    expect(said("id-pattern", one({ id: "0101" }))).toStrictEqual([["number", { value: "101" }, "a.yaml:8:9"]]);
    expect(said("id-pattern", one({ id: "1.5" }))).toStrictEqual([["number", { value: "1.5" }, "a.yaml:8:9"]]);
  });

  it("claims only item ids, and only pattern errors and numbers", () => {
    expect(said("id-pattern", one({ id: "true" }))).toStrictEqual([]);
    expect(said("id-pattern", one({ id: "[SJ-01]" }))).toStrictEqual([]);
    expect(said("id-pattern", one({ mirrors: '"#1"' }))).toStrictEqual([]);
    const negativeList = 'format: 1\nkind: negative-list\njurisdiction:\n  code: "320506"\n  name: 苏州市吴中区\n  level: 县级\nentries:\n  - id: "#1"\n    name: 内部讨论记录\n    basis: [《中华人民共和国政府信息公开条例》（国务院令第711号）第十六条]\n';
    expect(said("id-pattern", negativeList)).toStrictEqual([]);
  });
});

describe("duplicate-id", () => {
  it("names the id and the item that had it first (1-based)", () => {
    expect(said("duplicate-id", catalog([{ id: "SJ-01" }, { id: "SJ-02" }, { id: "SJ-01", name: "其他" }, { id: "SJ-02", name: "又一个" }]))).toStrictEqual([
      ["duplicate", { id: "SJ-01", first: 1 }, "a.yaml:30:9"],
      ["duplicate", { id: "SJ-02", first: 2 }, "a.yaml:41:9"],
    ]);
  });

  it("says nothing of distinct ids, or of items without one (element-missing's)", () => {
    expect(said("duplicate-id", catalog([{ id: "SJ-01" }, { id: "SJ-02" }]))).toStrictEqual([]);
    expect(said("duplicate-id", catalog([{ name: "甲" }, { name: "乙" }]).replace(/ {2}- id: SJ-0\d\n {4}/g, "  - "))).toStrictEqual([]);
  });
});

describe("duplicate-item", () => {
  it("names the first item with the same category and name, spaces aside", () => {
    expect(said("duplicate-item", catalog([{ name: "低保审核" }, { name: "低保 审核" }, { name: "低保审核", category: "其他" }]))).toStrictEqual([
      ["duplicate", { first: 1, firstId: "SJ-01" }, "a.yaml:21:11"],
    ]);
  });

  it("tells items apart by their 三级事项", () => {
    expect(said("duplicate-item", catalog([{ name: "政策文件", subitem: "法律" }, { name: "政策文件", subitem: "部门规章" }]))).toStrictEqual([]);
    expect(said("duplicate-item", catalog([{ name: "政策文件", subitem: "法律" }, { name: "政策文件", subitem: "法律" }])).map((s) => s[0])).toStrictEqual(["duplicate"]);
  });

  it("shows a dash for a first item without an id, and leaves items without a name alone", () => {
    const noIds = catalog([{ name: "低保审核" }, { name: "低保审核" }]).replace(/ {2}- id: SJ-0\d\n {4}/g, "  - ");
    expect(said("duplicate-item", noIds).map((s) => s[1])).toStrictEqual([{ first: 1, firstId: "—" }]);
    expect(said("duplicate-item", catalog([{ name: undefined }, { name: undefined }]))).toStrictEqual([]);
  });
});

describe("domain-unknown", () => {
  const domain = (value: string) => said("domain-unknown", one({}).replace("domain: 社会救助", `domain: ${value}`));

  it("suggests the registered domain a name contains or is contained in, or is a slip of", () => {
    expect(domain("社会救助领域")).toStrictEqual([["suggest", { value: "社会救助领域", suggestion: "社会救助" }, "a.yaml:6:9"]]);
    expect(domain("生态")).toStrictEqual([["suggest", { value: "生态", suggestion: "生态环境" }, "a.yaml:6:9"]]);
    expect(domain("社会求助")).toStrictEqual([["suggest", { value: "社会求助", suggestion: "社会救助" }, "a.yaml:6:9"]]);
  });

  it("does not suggest 综合 for a name that merely contains it", () => {
    expect(domain("综合治理").map((s) => s[1].suggestion)).not.toContain("综合");
  });

  it("gives examples when nothing is near", () => {
    expect(domain("天文观测")).toStrictEqual([["unknown", { value: "天文观测" }, "a.yaml:6:9"]]);
  });

  it("accepts registered names and aliases, and leaves a missing domain to element-missing", () => {
    expect(domain("社会救助")).toStrictEqual([]);
    expect(said("domain-unknown", one({}).replace("domain: 社会救助\n", ""))).toStrictEqual([]);
    expect(domain("综合")).toStrictEqual([]);
  });
});

describe("channel-unlisted", () => {
  it("quotes a channel the guidelines do not list, at its place in the list", () => {
    expect(said("channel-unlisted", one({ channels: "[政府网站, 村民大会, 乡镇广播站]" }))).toStrictEqual([
      ["unlisted", { value: "村民大会" }, "a.yaml:15:22"],
      ["unlisted", { value: "乡镇广播站" }, "a.yaml:15:28"],
    ]);
  });

  it("asks which channel a bare 其他 (or 其它) is, and takes 其他 with its channel as written", () => {
    expect(said("channel-unlisted", one({ channels: "[政府网站, 其他]" }))).toStrictEqual([["otherUnnamed", { value: "其他" }, "a.yaml:15:22"]]);
    expect(said("channel-unlisted", one({ channels: "[其它]" }))).toStrictEqual([["otherUnnamed", { value: "其它" }, "a.yaml:15:16"]]);
    expect(said("channel-unlisted", one({ channels: "[其他：村民微信群, 其他（吴中发布）, 其他展览馆]" }))).toStrictEqual([]);
  });

  it("leaves listed channels, slips of them, stand-ins and 其他 alone", () => {
    expect(said("channel-unlisted", one({ channels: "[政府网站, 政府网, 同上, 其他：村民微信群]" }))).toStrictEqual([]);
  });
});

describe("disclosure-withheld-missing", () => {
  it("asks what is withheld from an item disclosed in part", () => {
    expect(said("disclosure-withheld-missing", one({ disclosure: "部分公开" }))).toStrictEqual([["missing", {}, "a.yaml:19:17"]]);
    expect(said("disclosure-withheld-missing", one({ disclosure: "部分公开", withheld: "申请人身份证号码" }))).toStrictEqual([]);
    expect(said("disclosure-withheld-missing", one({ disclosure: "主动公开" }))).toStrictEqual([]);
  });
});
