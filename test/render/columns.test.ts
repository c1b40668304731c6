/**
 * The columns only some catalogs fill — 三级事项, 群体说明 (特定群体（请写明）) and 村级 — as a person meets
 * them: the CSV parsed back, the HTML table's header cells and the cells tied to them, the Word table's
 * grid and, printed by LibreOffice, its text. A catalog using none of them keeps the official columns.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { catalogCsv } from "../../src/render/csv.js";
import { catalogDocx } from "../../src/render/docx/catalog.js";
import { tableHtml } from "../../src/render/html/table.js";
import { catalogTable } from "../../src/render/table.js";
import { checkTexts, registries } from "../helpers/check.js";
import { catalogText, itemText } from "../diff/helpers.js";
import { docxToPdf, office } from "../helpers/office.js";

const channelNames = registries.channels.map((c) => c.name);
const tableOf = (text: string) => catalogTable(checkTexts({ "c.yaml": text }).catalogs[0]!, { channels: "used", channelNames });
const plain = tableOf(catalogText([itemText("SJ-01"), itemText("SJ-02")]));
const extended = tableOf(
  catalogText([
    itemText("SJ-01", { subitem: "申请条件", audience: "[全社会, 特定群体]", audience_detail: "申请人及其共同生活家庭成员", levels: "[县级, 乡、村级]" }),
    itemText("SJ-02"),
  ]),
);
const csvRecords = (table: typeof plain) => parse(new TextDecoder().decode(catalogCsv([table], { encoding: "utf-8", file: "c.csv" }).bytes), { bom: true, columns: true }) as Record<string, string>[];

describe("CSV", () => {
  it("has no new column for a catalog that uses none", () => {
    const headers = Object.keys(csvRecords(plain)[0]!);
    expect(headers.filter((h) => /三级事项|群体说明|村级/.test(h))).toEqual([]);
  });

  it("adds them where they belong, with each row's values", () => {
    const [first, second] = csvRecords(extended);
    const headers = Object.keys(first!);
    expect(headers.slice(headers.indexOf("公开事项·二级事项"), headers.indexOf("公开事项·二级事项") + 2)).toEqual(["公开事项·二级事项", "公开事项·三级事项"]);
    expect(headers.slice(headers.indexOf("公开对象·特定群体"), headers.indexOf("公开对象·特定群体") + 2)).toEqual(["公开对象·特定群体", "公开对象·群体说明"]);
    expect(headers.slice(headers.indexOf("公开层级·乡级"), headers.indexOf("公开层级·乡级") + 2)).toEqual(["公开层级·乡级", "公开层级·村级"]);
    expect([first!["公开事项·三级事项"], first!["公开对象·群体说明"], first!["公开层级·乡级"], first!["公开层级·村级"]]).toEqual(["申请条件", "申请人及其共同生活家庭成员", "√", "√"]);
    expect([second!["公开事项·三级事项"], second!["公开对象·群体说明"], second!["公开层级·村级"]]).toEqual(["", "", ""]);
  });
});

describe("HTML", () => {
  const html = tableHtml(extended, { fragment: false }).html;

  it("heads each new column under its group, and ties every cell to its headings", () => {
    expect(html).toContain('<th id="h-subitem" headers="h-matter">三级<wbr>事项</th>');
    expect(html).toContain('<th id="h-audienceDetail" headers="h-audience">群体<wbr>说明</th>');
    expect(html).toContain('<th id="h-village" headers="h-level">村级</th>');
    expect(html).toMatch(/<th id="h-matter" colspan="3">/);
    expect(html).toMatch(/<th id="h-audience" colspan="3">/);
    expect(html).toMatch(/<th id="h-level" colspan="3">/);
    expect(html).toMatch(/<td headers="h-matter h-subitem c1 n1"[^>]*>申请条件<\/td>/);
    expect(html).toMatch(/<td headers="h-audience h-audienceDetail c1 n1"[^>]*>申请人及其共同生活家庭成员<\/td>/);
  });

  it("keeps the official header for a catalog that uses none", () => {
    const official = tableHtml(plain, { fragment: true }).html;
    expect(official).not.toMatch(/三级事项|群体说明|村级/);
    expect(official).toMatch(/<th id="h-level" colspan="2">/);
  });
});

describe("Word", () => {
  const date = new Date(Date.UTC(2024, 5, 28));
  let extendedBytes: Uint8Array;
  let plainBytes: Uint8Array;
  beforeAll(async () => {
    extendedBytes = await catalogDocx(extended, { creator: "苏州市吴中区民政局", date });
    plainBytes = await catalogDocx(plain, { creator: "苏州市吴中区民政局", date });
  });
  const grid = (bytes: Uint8Array) => [...strFromU8(unzipSync(bytes)["word/document.xml"]!).matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].length;

  it("has three more grid columns only for the catalog that fills them", () => {
    expect(grid(extendedBytes) - grid(plainBytes)).toBe(3);
    const xml = strFromU8(unzipSync(extendedBytes)["word/document.xml"]!);
    for (const text of ["三级事项", "群体说明", "村级", "申请条件", "申请人及其共同生活家庭成员"]) expect(xml).toContain(`>${text}</w:t>`);
  });

  it.skipIf(Boolean(office.missing))(`prints each new column's heading and values in its place (LibreOffice${office.missing ? `: skipped, ${office.missing}` : ""})`, () => {
    const dir = mkdtempSync(join(tmpdir(), "catalog-columns-"));
    writeFileSync(join(dir, "extended.docx"), extendedBytes);
    const [pdf] = docxToPdf([join(dir, "extended.docx")], dir);
    const xml = strFromU8(unzipSync(extendedBytes)["word/document.xml"]!);
    const widths = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]) / 20);
    const margin = Number(/<w:pgMar [^>]*w:left="(\d+)"/.exec(xml)![1]) / 20;
    // The text printed inside one grid column of page 1, above the footer (narrow columns wrap, so read column by column).
    const column = (index: number) => {
      const left = margin + widths.slice(0, index).reduce((a, b) => a + b, 0);
      const args = ["-enc", "UTF-8", "-f", "1", "-l", "1", "-x", String(Math.floor(left) + 1), "-y", "0", "-W", String(Math.floor(widths[index]!) - 1), "-H", "450", pdf!, "-"];
      return execFileSync("pdftotext", args, { encoding: "utf8" }).replace(/\s+/g, "");
    };
    const keys = ["seq", "category", "name", "subitem", "content", "basis", "timeLimit", "subject", "channels", "all", "specific", "audienceDetail", "active", "onRequest", "county", "township", "village"];
    expect(widths).toHaveLength(keys.length);
    // The page's title runs across the columns above the table: only the table's part is asserted.
    expect(column(keys.indexOf("subitem"))).toMatch(/三级事项申请条件$/);
    expect(column(keys.indexOf("audienceDetail"))).toMatch(/群体说明申请人及其共同生活家庭成员$/);
    expect(column(keys.indexOf("village"))).toMatch(/村级√$/);
  });
});
