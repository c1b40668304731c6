/**
 * The diff's fields (src/diff/fields.ts) on their own: the text each field shows and the key it compares
 * by, for an item and a catalog written with variant spellings, structured citations and x- extensions;
 * which items count as written alike; and the field labels.
 */
import { describe, expect, it } from "vitest";
import { catalogView, fieldLabels, fieldsOf, itemFieldsOf, itemView, writtenAlike } from "../../src/diff/fields.js";
import { Normaliser } from "../../src/model/normalise.js";
import { createRegistries } from "../../src/model/registries.js";
import { checkTexts } from "../helpers/check.js";

const normaliser = new Normaliser(createRegistries());
const record = {
  id: "SJ-01",
  category: "社会救助",
  name: "最低生活保障",
  subitem: "申请条件",
  content: ["办理条件", "申请材料"],
  basis: [
    "《社会救助暂行办法》（国务院令第649号）第二十条第二款第（一）项",
    "社会救助暂行办法第11条",
    { title: "中华人民共和国政府信息公开条例", doc_no: "国务院令第711号", articles: ["第二十条", "x"] },
  ],
  time_limit: "信息形成或者变更之日起20个工作日内",
  subject: "苏州市吴中区民政局",
  channels: ["政府网站", "其他：村务公开栏", "其它:村务公开栏", "政府服务中心"],
  audience: ["特定群众"],
  audience_detail: "低保对象本人",
  method: "依申请",
  levels: ["乡、村级", "镇级", "县级"],
  note: "备注",
  "x-b": { z: [2, { b: 1, a: 2 }], a: "x" },
  "x-a": 5,
};
const item = (fields: Record<string, unknown> = {}) => normaliser.item({ ...record, ...fields }, 0);
const { "x-a": _a, "x-b": _b, ...withoutExtensions } = record;
/** The record without its x- keys, changed by `fields`. */
const plain = (fields: Record<string, unknown> = {}) => normaliser.item({ ...withoutExtensions, ...fields }, 0);
const entries = (...pairs: [string, string][]) => ({ type: "list", entries: pairs.map(([text, key]) => ({ text, key })) });

describe("an item's fields", () => {
  it("shows each field as written and keys it by what it means", () => {
    expect(fieldsOf(itemView(item()))).toStrictEqual({
      category: { type: "text", text: "社会救助" },
      name: { type: "text", text: "最低生活保障" },
      subitem: { type: "text", text: "申请条件" },
      content: entries(["办理条件", "办理条件"], ["申请材料", "申请材料"]),
      basis: entries(
        ["《社会救助暂行办法》（国务院令第649号）第二十条第二款第（一）项", "社会救助暂行办法|国务院令第649号|20.2.1"],
        ["社会救助暂行办法第11条", "社会救助暂行办法||11.."],
        ["《中华人民共和国政府信息公开条例》（国务院令第711号）第二十条、第x条", "政府信息公开条例|国务院令第711号|20..|x"],
      ),
      time_limit: { type: "text", text: "信息形成或者变更之日起20个工作日内" },
      subject: { type: "text", text: "苏州市吴中区民政局" },
      channels: entries(["政府网站", "政府网站"], ["其他：村务公开栏", "其他：村务公开栏"], ["其它:村务公开栏", "其他：村务公开栏"], ["政府服务中心", "政务服务中心"]),
      audience: entries(["特定群众", "特定群体"]),
      audience_detail: { type: "text", text: "低保对象本人" },
      method: entries(["依申请", "依申请"]),
      levels: entries(["乡、村级", "乡级、村级"], ["镇级", "乡级"], ["县级", "县级"]),
      note: { type: "text", text: "备注" },
      // extensions after the format's fields, sorted; objects as JSON with sorted keys at every depth
      "x-a": { type: "text", text: "5" },
      "x-b": { type: "text", text: '{"a":"x","z":[2,{"a":2,"b":1}]}' },
    });
  });

  it("leaves out the optional fields an item does not have, and keeps an x- string as written", () => {
    const { subitem: _s, audience_detail: _d, note: _n, ...rest } = withoutExtensions;
    const bare = normaliser.item({ ...rest, "x-b": "文本" }, 0);
    expect(Object.keys(fieldsOf(itemView(bare)))).toStrictEqual(["category", "name", "content", "basis", "time_limit", "subject", "channels", "audience", "method", "levels", "x-b"]);
    expect(itemFieldsOf(itemView(bare))["x-b"]).toBe("文本");
    expect(itemFieldsOf(itemView(bare)).channels).toStrictEqual(["政府网站", "其他：村务公开栏", "其它:村务公开栏", "政府服务中心"]);
  });

  it("keys an untitled citation by its text, and a level written as a higher one by what it names", () => {
    const untitled = fieldsOf(itemView(item({ basis: "相关政策文件第3条" }))).basis;
    expect(untitled).toStrictEqual(entries(["相关政策文件第3条", "相关政策文件||3.."]));
  });
});

describe("writtenAlike", () => {
  it("holds for items written the same", () => {
    expect(writtenAlike(plain(), plain())).toBe(true);
  });

  it.each([
    ["category", { category: "其他" }],
    ["name", { name: "特困人员救助供养" }],
    ["subitem", { subitem: "办理流程" }],
    ["audience_detail", { audience_detail: "特困人员" }],
    ["subject", { subject: "苏州市吴中区财政局" }],
    ["note", { note: "新备注" }],
    ["time_limit", { time_limit: "实时" }],
    ["a content entry", { content: ["办理条件", "办理流程"] }],
    ["the number of content entries", { content: ["办理条件"] }],
    ["a citation", { basis: ["《社会救助暂行办法》（国务院令第649号）", "社会救助暂行办法第11条", "《中华人民共和国政府信息公开条例》"] }],
    ["the number of citations", { basis: ["社会救助暂行办法第11条"] }],
    ["a channel's spelling", { channels: ["政府网站", "其他：村务公开栏", "其它:村务公开栏", "政务服务中心"] }],
    ["the number of channels", { channels: ["政府网站"] }],
    ["an audience", { audience: ["特定群体"] }],
    ["the method", { method: "依申请公开" }],
    ["a level", { levels: ["乡、村级", "乡级", "县级"] }],
  ])("fails when %s differs", (_what, change) => {
    expect(writtenAlike(plain(), plain(change))).toBe(false);
    expect(writtenAlike(plain(change), plain())).toBe(false);
  });

  it("leaves items with extensions to the full comparison, on either side", () => {
    expect(writtenAlike(item(), item())).toBe(false);
    expect(writtenAlike(plain(), plain({ "x-a": 5 }))).toBe(false);
    expect(writtenAlike(plain({ "x-a": 5 }), plain())).toBe(false);
  });

  it("takes citations that print alike as alike, whether or not the same object", () => {
    const a = plain();
    const b = new Normaliser(createRegistries()).item(withoutExtensions, 3);
    expect(a.basis[0]).not.toBe(b.basis[0]);
    expect(writtenAlike(a, b)).toBe(true);
  });
});

describe("a catalog's view", () => {
  const catalogOf = (head: string) =>
    checkTexts({ "a.yaml": `format: 1\n${head}domain: 社会救助\nitems:\n  - id: SJ-01\n    name: 最低生活保障\n` }).catalogs[0]!;

  it("shows the catalog fields it has, in order, and keys the level by its canonical value", () => {
    const view = catalogView(catalogOf('jurisdiction:\n  code: "320506103"\n  name: 木渎镇\n  level: 镇级\nrevision: 2025年版\nissued: 2025-03-31\ncompiler: 木渎镇人民政府办公室\nx-owner: 党政办\n'));
    expect({ ...view, items: view.items.map((i) => i.id) }).toStrictEqual({
      file: "a.yaml",
      code: "320506103",
      domain: "社会救助",
      name: "木渎镇",
      level: "乡级",
      revision: "2025年版",
      issued: "2025-03-31",
      fields: {
        "jurisdiction.name": { type: "text", text: "木渎镇" },
        "jurisdiction.level": { type: "text", text: "镇级", key: "乡级" },
        revision: { type: "text", text: "2025年版" },
        issued: { type: "text", text: "2025-03-31" },
        compiler: { type: "text", text: "木渎镇人民政府办公室" },
        format: { type: "text", text: "1" },
        "x-owner": { type: "text", text: "党政办" },
      },
      items: ["SJ-01"],
    });
  });

  it("leaves out what the catalog does not state, and tells a zone apart from its division", () => {
    const view = catalogView(catalogOf('jurisdiction:\n  code: "320506"\n  name: 吴中区\n  level: 县级\n  zone: 吴中经济技术开发区\n'));
    expect(view.code).toBe("320506/吴中经济技术开发区");
    expect(view).not.toHaveProperty("revision");
    expect(view).not.toHaveProperty("issued");
    expect(Object.keys(view.fields)).toStrictEqual(["jurisdiction.name", "jurisdiction.level", "format"]);
  });
});

describe("fieldLabels", () => {
  it("takes every label from the catalog schema's titles", () => {
    const labels = fieldLabels();
    expect(labels["jurisdiction.level"]).toStrictEqual({ zh: "层级", en: "level" });
    expect(labels.compiler).toStrictEqual({ zh: "编制单位", en: "compiling office" });
    expect(labels.id).toStrictEqual({ zh: "事项编码", en: "item id" });
    expect(labels["jurisdiction.code"]).toStrictEqual({ zh: "行政区划代码", en: "division code" });
    expect(labels.domain).toStrictEqual({ zh: "领域", en: "domain" });
    expect(labels.basis).toStrictEqual({ zh: "公开依据", en: "legal basis (公开依据)" });
    // none falls back to its key
    expect(Object.entries(labels).filter(([field, label]) => label.zh === field)).toStrictEqual([]);
  });
});
