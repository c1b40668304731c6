/**
 * The schema rules' messages: which message each picks for a schema error and the data it fills in (the
 * unknown key and the key meant, the expected and actual types, the allowed values). The fixture tests
 * under test/rules/ check where a finding lands; these check what it says.
 */
import { describe, expect, it } from "vitest";
import keyUnknown from "../../src/check/rules/key-unknown.js";
import valueType from "../../src/check/rules/value-type.js";
import { rules } from "../../src/check/rules/index.js";
import { catalogText, itemText } from "../diff/helpers.js";
import { said, saidOnFixture } from "./helpers.js";

const itemKeys = "id, category, name, subitem, content, basis, time_limit, subject, channels, audience, audience_detail, method, disclosure, withheld, mirrors, self_governance, levels, note";
const withItem = (fields: Record<string, string>, head: Parameters<typeof catalogText>[1] = {}) => ({ "a.yaml": catalogText([itemText("SJ-01", fields)], head) });

describe("key-unknown", () => {
  it("suggests the key meant by a printed column title or a slip, and lists the keys allowed where it stands", () => {
    expect(saidOnFixture("key-unknown")).toStrictEqual([
      ["fail.yaml:8:3", "error", "unknown", { key: "区划简称", allowed: "code, name, level, zone" }],
      ["fail.yaml:9:1", "error", "suggest", { key: "领域", allowed: "format, kind, jurisdiction, domain, revision, issued, compiler, items, entries", suggestion: "domain", suggestionLabel: "领域" }],
      ["fail.yaml:21:9", "error", "suggest", { key: "文号", allowed: "title, doc_no, articles", suggestion: "doc_no", suggestionLabel: "文号" }],
      ["fail.yaml:38:9", "error", "suggest", { key: "article", allowed: "title, doc_no, articles", suggestion: "articles", suggestionLabel: "条款" }],
      ["fail.yaml:39:5", "error", "suggest", { key: "tme_limit", allowed: itemKeys, suggestion: "time_limit", suggestionLabel: "公开时限" }],
      ["fail.yaml:45:5", "error", "suggest", { key: "备注", allowed: itemKeys, suggestion: "note", suggestionLabel: "备注" }],
    ]);
  });

  it("reads a column title with or without its note in brackets (公开内容（要素）, 特定群体（请写明）)", () => {
    const files = withItem({ 公开内容: "[申请条件]", 特定群体: "低保对象", "公开内容（要素）": "[办理流程]" });
    expect(said("key-unknown", files).map(([, , id, data]) => [id, data.key, data.suggestion, data.suggestionLabel])).toStrictEqual([
      ["suggest", "公开内容", "content", "公开内容（要素）"],
      ["suggest", "特定群体", "audience_detail", "特定群体（请写明）"],
      ["suggest", "公开内容（要素）", "content", "公开内容（要素）"],
    ]);
  });

  it("names the key itself where the schema gives it no title", () => {
    const error = { keyword: "additionalProperties", path: ["items", 0, "notez"], params: { additionalProperty: "notez" }, value: "x" };
    const context = { registries: undefined as never, allowedKeys: () => [{ key: "note" }, { key: "name", label: { zh: "名称", en: "name" } }] };
    expect(keyUnknown.claim(error, context)).toStrictEqual({ messageId: "suggest", target: "key", data: { key: "notez", allowed: "note, name", suggestion: "note", suggestionLabel: "note" } });
    // a title is never matched where a key has none
    expect(keyUnknown.claim({ ...error, params: { additionalProperty: "名称" } }, context)).toMatchObject({ data: { suggestion: "name", suggestionLabel: "名称" } });
    expect(keyUnknown.claim({ ...error, keyword: "type" }, context)).toBeUndefined();
  });
});

describe("value-format", () => {
  it("tells a date, a version, a choice and a quoted number apart", () => {
    expect(saidOnFixture("value-format")).toStrictEqual([
      ["fail/chinese-date.yaml:3:9", "error", "version", { value: "2", allowed: "1" }],
      ["fail/chinese-date.yaml:10:9", "error", "date", { value: "2024年6月28日" }],
      ["fail/disclosure-choice.yaml:4:7", "error", "choice", { value: "负面清单", allowed: "catalog、negative-list、village-list、supplementary" }],
      ["fail/disclosure-choice.yaml:23:17", "error", "choice", { value: "主动", allowed: "主动公开、依申请公开、部分公开、不予公开" }],
      ["fail/impossible-date.yaml:9:9", "error", "date", { value: "2023-02-29" }],
      ["fail/unpadded-date.yaml:3:9", "error", "quoted", { value: "1" }],
      ["fail/unpadded-date.yaml:9:9", "error", "date", { value: "2024-6-28" }],
    ]);
  });

  it("reads a quoted version with spaces as the number it holds, and anything else as a version not supported", () => {
    const withFormat = (value: string) => ({ "a.yaml": catalogText([itemText("SJ-01")]).replace("format: 1", `format: ${value}`) });
    expect(said("value-format", withFormat('" 2 "'))).toStrictEqual([["a.yaml:1:9", "error", "quoted", { value: "2" }]]);
    expect(said("value-format", withFormat("2"))).toStrictEqual([["a.yaml:1:9", "error", "version", { value: "2", allowed: "1" }]]);
    expect(said("value-format", withFormat('"12"'))).toStrictEqual([["a.yaml:1:9", "error", "quoted", { value: "12" }]]);
    expect(said("value-format", withFormat('"v2"'))).toStrictEqual([["a.yaml:1:9", "error", "version", { value: "v2", allowed: "1" }]]);
    expect(said("value-format", withFormat('"2a"'))).toStrictEqual([["a.yaml:1:9", "error", "version", { value: "2a", allowed: "1" }]]);
    // not a number at all: a type error as well, which value-type reports
    expect(said("value-format", withFormat("一"))).toStrictEqual([["a.yaml:1:9", "error", "version", { value: "一", allowed: "1" }]]);
    expect(said("value-type", withFormat("一"))).toStrictEqual([["a.yaml:1:9", "error", "catalog", { expected: "{{type:integer}}", actual: "{{type:string}}" }]]);
  });
});

describe("value-type", () => {
  it("says which type was expected and which was written, and which list entry", () => {
    expect(saidOnFixture("value-type")).toStrictEqual([
      ["fail.yaml:9:11", "error", "catalog", { expected: "{{type:string}}", actual: "{{type:integer}}" }],
      ["fail.yaml:17:12", "error", "item", { expected: "{{type:array}}", actual: "{{type:string}}" }],
      ["fail.yaml:20:15", "error", "item", { expected: "{{type:array}}", actual: "{{type:string}}" }],
      ["fail.yaml:29:7", "error", "item", { expected: "{{type:string|array}}", actual: "{{type:object}}" }],
      ["fail.yaml:33:9", "error", "entry", { expected: "{{type:string|object}}", actual: "{{type:integer}}", n: 2 }],
      ["fail.yaml:40:11", "error", "item", { expected: "{{type:string}}", actual: "{{type:array}}" }],
    ]);
  });

  it("names the whole file's type, a decimal, a yes/no and a nested entry", () => {
    expect(said("value-type", { "a.yaml": "- 社会救助\n- 户籍管理\n" })).toStrictEqual([["a.yaml:1:1", "error", "root", { expected: "{{type:object}}", actual: "{{type:array}}" }]]);
    expect(said("value-type", { "a.yaml": "社会救助\n" })).toStrictEqual([["a.yaml:1:1", "error", "root", { expected: "{{type:object}}", actual: "{{type:string}}" }]]);
    expect(said("value-type", withItem({}, { revision: "1.5" }))).toStrictEqual([["a.yaml:7:11", "error", "catalog", { expected: "{{type:string}}", actual: "{{type:number}}" }]]);
    expect(said("value-type", withItem({}, { revision: "true" }))).toStrictEqual([["a.yaml:7:11", "error", "catalog", { expected: "{{type:string}}", actual: "{{type:boolean}}" }]]);
    expect(said("value-type", withItem({ channels: "[政府网站, [公开查阅点]]" }))).toStrictEqual([["a.yaml:15:22", "error", "entry", { expected: "{{type:string}}", actual: "{{type:array}}", n: 2 }]]);
    // deeper than an item's list entry: the item's message, not an entry number
    expect(said("value-type", withItem({ basis: "[{title: [社会救助暂行办法]}]" }))).toStrictEqual([["a.yaml:12:21", "error", "item", { expected: "{{type:string}}", actual: "{{type:array}}" }]]);
    expect(said("value-type", withItem({ basis: "[{title: 社会救助暂行办法, articles: [十五, [十六]]}]" }))).toStrictEqual([
      ["a.yaml:12:46", "error", "item", { expected: "{{type:string|integer}}", actual: "{{type:array}}" }],
    ]);
  });

  it("claims type errors only, and names a blank value null (element-empty claims those first in a check)", () => {
    const context = { registries: undefined as never, allowedKeys: () => [] };
    const error = { keyword: "type", path: ["revision"], params: { type: "string" } };
    expect(valueType.claim({ ...error, value: null }, context)).toStrictEqual({ messageId: "catalog", data: { expected: "{{type:string}}", actual: "{{type:null}}" } });
    expect(valueType.claim({ ...error, value: undefined }, context)).toStrictEqual({ messageId: "catalog", data: { expected: "{{type:string}}", actual: "{{type:null}}" } });
    expect(valueType.claim({ ...error, keyword: "maxLength", value: "x" }, context)).toBeUndefined();
  });
});

describe("schema-invalid", () => {
  it("reports, with its keyword, an error no specific rule claims", () => {
    const withoutValueType = rules.filter((r) => r.id !== "value-type");
    expect(said("schema-invalid", withItem({}, { revision: "2024" }), { rules: withoutValueType })).toStrictEqual([["a.yaml:7:11", "error", "invalid", { keyword: "type" }]]);
    expect(said("schema-invalid", withItem({}, { revision: "2024" }))).toStrictEqual([]);
  });
});
