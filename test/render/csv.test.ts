/** CSV outputs parsed back the way a spreadsheet or a data team reads them. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import iconv from "iconv-lite";
import { beforeEach, describe, expect, it } from "vitest";
import { validate } from "../../src/api.js";
import { catalogCsv, UnencodableError } from "../../src/render/csv.js";
import { catalogTable } from "../../src/render/table.js";
import { printedCitation } from "../../src/model/citation.js";
import type { Catalog } from "../../src/model/types.js";
import { packageRoot } from "../../src/paths.js";
import { checkTexts, registries } from "../helpers/check.js";

const channelNames = registries.channels.map((c) => c.name);
const tableOf = (catalog: Catalog) => catalogTable(catalog, { channels: "checklist", channelNames });
const decode = (bytes: Uint8Array) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
const records = (text: string): Record<string, string>[] => parse(text, { bom: true, columns: true });

const header = [
  "序号",
  "事项编号",
  "公开事项·一级事项",
  "公开事项·二级事项",
  "公开内容（要素）",
  "公开依据",
  "公开时限",
  "公开主体",
  "公开渠道和载体",
  "公开对象·全社会",
  "公开对象·特定群体",
  "公开方式·主动",
  "公开方式·依申请",
  "公开层级·县级",
  "公开层级·乡级",
];

// Non-disclosure lists (kind: negative-list) are checked but not published as tables.
const shipped = (await validate({ cwd: packageRoot, paths: ["catalogs"] })).catalogs.filter((c) => !c.negativeList);

describe("CSV of the shipped catalogs", () => {
  it("has catalogs to test", () => expect(shipped.length).toBeGreaterThan(10));

  it.each(shipped.map((c) => [c.file, c] as const))("%s parses back into exactly its items", (_file, catalog) => {
    const bytes = catalogCsv([tableOf(catalog)], { encoding: "utf-8", file: "x.csv" }).bytes;
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = decode(bytes);
    expect(text.endsWith("\r\n")).toBe(true);
    const rows = records(text);
    const village = catalog.items.some((i) => i.levels.some((l) => l.canonical === "村级")) ? ["公开层级·村级"] : [];
    expect(Object.keys(rows[0]!)).toEqual([...header, ...village, ...(catalog.items.some((i) => i.note) ? ["备注"] : [])]);
    expect(rows.map((r) => r["事项编号"]).sort()).toEqual(catalog.items.map((i) => i.id).sort());
    expect(rows.map((r) => r["序号"])).toEqual(rows.map((_, i) => String(i + 1)));
    const withNote = catalog.items.some((i) => i.note);
    for (const item of catalog.items) {
      const row = rows.find((r) => r["事项编号"] === item.id)!;
      const has = (terms: { canonical?: string }[], value: string) => (terms.some((t) => t.canonical === value) ? "√" : "");
      expect(row["公开事项·一级事项"]).toBe(item.category);
      expect(row["公开事项·二级事项"]).toBe(item.name);
      expect(row["公开内容（要素）"]!.split("\n")).toEqual(item.content);
      // A village's 自治 item may have no basis: an empty cell.
      expect(row["公开依据"] ? row["公开依据"].split("\n") : []).toEqual(item.basis.map((c) => (c.structured ? printedCitation(c) : c.raw)));
      expect(row["公开时限"]).toBe(item.timeLimit.raw);
      expect(row["公开主体"]).toBe(item.subject);
      if (withNote) expect(row["备注"]).toBe(item.note ?? "");
      expect(row["公开对象·全社会"]).toBe(has(item.audience, "全社会"));
      expect(row["公开对象·特定群体"]).toBe(has(item.audience, "特定群体"));
      expect(row["公开方式·主动"]).toBe(has(item.method, "主动"));
      expect(row["公开方式·依申请"]).toBe(has(item.method, "依申请"));
      expect(row["公开层级·县级"]).toBe(has(item.levels, "县级"));
      expect(row["公开层级·乡级"]).toBe(has(item.levels, "乡级"));
      expect(row["公开渠道和载体"]!.split("、")).toEqual(item.channels.map((c) => (c.other ? `其他：${c.other}` : c.canonical)));
    }
  });

  it("combines a jurisdiction's catalogs with a 领域 column first, 序号 restarting per domain", () => {
    const wuzhong = shipped.filter((c) => c.jurisdiction.code === "320506");
    const rows = records(decode(catalogCsv(wuzhong.map(tableOf), { encoding: "utf-8", file: "全部领域.csv" }).bytes));
    expect(Object.keys(rows[0]!)[0]).toBe("领域");
    expect(rows).toHaveLength(wuzhong.reduce((n, c) => n + c.items.length, 0));
    expect(new Set(rows.map((r) => r["领域"]))).toEqual(new Set(wuzhong.map((c) => c.domain)));
    expect(rows.filter((r) => r["序号"] === "1")).toHaveLength(wuzhong.length);
  });
});

describe("formula neutralisation", () => {
  const fixture = join(packageRoot, "test/fixtures/build/formulas/formulas.yaml");
  const catalog = checkTexts({ "formulas.yaml": readFileSync(fixture, "utf8") }).catalogs[0]!;
  // Rendered in each test, not while collecting: mutation testing sees which test runs which code.
  let text = "";
  let row: Record<string, string> | undefined;
  beforeEach(() => {
    text = decode(catalogCsv([tableOf(catalog)], { encoding: "utf-8", file: "x.csv" }).bytes);
    [row] = records(text);
  });

  it("prefixes = + - @ and the full-width ＝ at the start of a cell with an apostrophe", () => {
    expect(row!["公开事项·一级事项"]).toBe("'=1+1");
    expect(row!["公开事项·二级事项"]).toBe(`'=HYPERLINK("http://example.invalid","点我")`);
    expect(row!["公开依据"]).toBe("'@SUM(A1)");
    expect(row!["公开时限"]).toBe("'-5");
    expect(row!["备注"]).toBe("'＝1+1");
  });

  it("folds a leading tab, so a cell never starts with one", () => {
    expect(row!["公开主体"]).toBe("'+86 0512 1234");
  });

  it("quotes a field holding a line break followed by =, so it stays one cell of one record", () => {
    expect(row!["公开内容（要素）"]).toBe("多行内容\n=1+1");
    expect(text).toContain('"多行内容\n=1+1"');
    // A reader splitting records at CRLF (as Excel and Calc do outside quotes) still sees one record.
    expect(text.split("\r\n").filter(Boolean)).toHaveLength(2);
    expect(records(text)).toHaveLength(1);
  });
});

describe("GB18030", () => {
  const withText = (subject: string) =>
    checkTexts({
      "c.yaml": `format: 1
jurisdiction: { code: "320506", name: 苏州市吴中区, level: 县级 }
domain: 社会救助
items:
  - { id: SJ-01-01, category: 综合业务, name: 政策文件, content: [内容], basis: [《社会救助暂行办法》], time_limit: 实时,
      subject: "${subject}", channels: [政府网站], audience: 全社会, method: 主动, levels: 县级 }
`,
    }).catalogs[0]!;

  it("round-trips the shipped catalogs without a BOM", () => {
    for (const catalog of shipped) {
      const table = tableOf(catalog);
      const utf8 = decode(catalogCsv([table], { encoding: "utf-8", file: "x.csv" }).bytes).replace(/^\ufeff/, "");
      const result = catalogCsv([table], { encoding: "gb18030", file: "x.csv" });
      expect(result.bytes[0]).not.toBe(0xef);
      expect(iconv.decode(Buffer.from(result.bytes), "gb18030")).toBe(utf8);
      expect(result.outsideGbk).toEqual([]);
    }
  });

  it("names characters outside GBK (encoded as 4 bytes, which Excel's GBK reading garbles), with where they are", () => {
    const result = catalogCsv([tableOf(withText("吉𠮷祥民政局"))], { encoding: "gb18030", file: "x.csv" });
    expect(result.outsideGbk).toEqual([{ char: "𠮷", codePoint: "U+20BB7", item: "SJ-01-01", column: "公开主体" }]);
    // A character below U+1000 is padded to four hex digits.
    expect(catalogCsv([tableOf(withText("民政局\u0192"))], { encoding: "gb18030", file: "x.csv" }).outsideGbk.map((p) => p.codePoint)).toEqual(["U+0192"]);
    expect(iconv.decode(Buffer.from(result.bytes), "gb18030")).toContain("吉𠮷祥民政局");
  });

  it("refuses a character GB18030 cannot encode, naming it, its item and its column", () => {
    const catalog = withText("民政局\ue5e5");
    expect(() => catalogCsv([tableOf(catalog)], { encoding: "gb18030", file: "320506/社会救助.csv" })).toThrow(UnencodableError);
    try {
      catalogCsv([tableOf(catalog)], { encoding: "gb18030", file: "320506/社会救助.csv" });
    } catch (error) {
      expect((error as UnencodableError).message).toBe("320506/社会救助.csv: 1 characters cannot be encoded in GB18030");
      expect((error as UnencodableError).file).toBe("320506/社会救助.csv");
      expect((error as UnencodableError).problems).toEqual([{ char: "\ue5e5", codePoint: "U+E5E5", item: "SJ-01-01", column: "公开主体" }]);
    }
    // UTF-8 has no such limit.
    expect(decode(catalogCsv([tableOf(catalog)], { encoding: "utf-8", file: "x.csv" }).bytes)).toContain("民政局\ue5e5");
  });
});
