/** Word files: the XML Word reads, byte reproducibility, and the pages LibreOffice prints from them. */
import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { validate } from "../../src/api.js";
import { catalogDocx, combinedDocx } from "../../src/render/docx/catalog.js";
import { bodyParagraph, documentTitle, officialDocument, officialFonts, officialSection } from "../../src/render/docx/official.js";
import { packDocx } from "../../src/render/docx/package.js";
import { catalogTable, rowsOf, type CatalogTable } from "../../src/render/table.js";
import type { Catalog } from "../../src/model/types.js";
import { packageRoot } from "../../src/paths.js";
import { registries } from "../helpers/check.js";
import { docxToPdf, office, pdfInfo, pdfPages } from "../helpers/office.js";
import { itNeeds } from "../helpers/needs.js";

const withOffice = itNeeds(office.missing);

const channelNames = registries.channels.map((c) => c.name);
const shipped = (await validate({ cwd: packageRoot, paths: ["catalogs"] })).catalogs;
const find = (code: string, domain: string) => shipped.find((c) => c.jurisdiction.code === code && c.domain === domain)!;
const tableOf = (catalog: Catalog): CatalogTable => catalogTable(catalog, { channels: "checklist", channelNames });
const date = new Date(Date.UTC(2024, 5, 28));
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

const relief = find("320506", "社会救助");
/**
 * Relief's table with document numbers at every offset of a line: each basis line is a filler of 0–11
 * characters, then the numbers, so in the narrow 公开依据 column every break position is met.
 */
const numbers = ["第649号", "〔2014〕123号", "〔2019〕", "第12号"];
const numberTexts = ["国务院令第649号", "国办发〔2014〕123号", "〔2019〕", "第12号令"];
/** Lines per row: a row taller than a page would be cut off (rows never split), losing numbers for another reason. */
const perRow = 4;
function numbersTable(): CatalogTable {
  const table = tableOf(relief);
  const filler = "各级人民政府民政部门依法公开社会救助信息";
  let k = 0;
  for (const row of rowsOf(table)) row.basis = Array.from({ length: perRow }, () => `${filler.slice(0, k++ % 12)}（${numberTexts.join("，")}）`);
  return table;
}
const education = find("320506", "义务教育");
const reliefBytes = await catalogDocx(tableOf(relief), { creator: relief.compiler!, date });
const educationBytes = await catalogDocx(tableOf(education), { creator: education.compiler!, date });
const parts = unzipSync(reliefBytes);
const documentXml = strFromU8(parts["word/document.xml"]!);
const rowsXml = documentXml.match(/<w:tr>.*?<\/w:tr>|<w:tr .*?<\/w:tr>/g) ?? [];
/** The text of a piece of WordprocessingML. */
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
/** rFonts and size of the run holding `text`. */
const runWith = (text: string) => documentXml.match(new RegExp(`<w:r>(?:(?!<w:r>).)*?<w:t(?: [^>]*)?>${text}</w:t></w:r>`))?.[0] ?? "";

describe("document.xml", () => {
  it("is one A4 landscape section with GB/T 9704 margins in integer twips", () => {
    expect(documentXml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    const margins = /<w:pgMar ([^>]*)\/>/.exec(documentXml)![1]!;
    expect(margins).toContain('w:top="1587"'); // 28 mm
    expect(margins).toContain('w:right="2097"'); // 37 mm
    expect(margins).toContain('w:bottom="1474"'); // 26 mm
    expect(margins).toContain('w:left="1984"'); // 35 mm
    expect(margins).not.toMatch(/mm"/);
  });

  it("repeats exactly the two header rows on every page, and no row may split", () => {
    expect(rowsXml.length).toBe(2 + relief.items.length);
    expect(rowsXml.slice(0, 2).every((r) => r.includes("<w:tblHeader/>"))).toBe(true);
    expect(rowsXml.slice(2).some((r) => r.includes("<w:tblHeader/>"))).toBe(false);
    expect(rowsXml.every((r) => r.includes("<w:cantSplit/>"))).toBe(true);
    expect(textOf(rowsXml[0]!)).toBe("序号公开事项公开内容（要素）公开依据公开时限公开主体公开渠道和载体（■采用 □未采用）公开对象公开方式公开层级备注");
    expect(textOf(rowsXml[1]!)).toBe("一级事项二级事项全社会特定群体主动依申请县级乡级");
  });

  it("sets the 附件 label in 黑体 三号, the title in 方正小标宋简体 二号, the table in 仿宋_GB2312 with Times New Roman for Latin", () => {
    expect(runWith("附件")).toMatch(/w:eastAsia="黑体"/);
    expect(runWith("附件")).toMatch(/<w:sz w:val="32"\/>/);
    const title = runWith("苏州市吴中区社会救助领域基层政务公开标准目录");
    expect(title).toMatch(/w:eastAsia="方正小标宋简体"/);
    expect(title).toMatch(/<w:sz w:val="44"\/>/);
    const cell = runWith(relief.items[0]!.subject);
    expect(cell).toMatch(/w:ascii="Times New Roman"/);
    expect(cell).toMatch(/w:hAnsi="Times New Roman"/);
    expect(cell).toMatch(/w:eastAsia="仿宋_GB2312"/);
    expect(strFromU8(parts["word/styles.xml"]!)).toContain('<w:lang w:val="zh-CN" w:eastAsia="zh-CN"/>');
  });

  it("holds every item, its 一级事项 and a √ in the tick columns", () => {
    const text = textOf(documentXml);
    for (const item of relief.items) {
      expect(text).toContain(item.name);
      expect(text).toContain(item.category);
    }
    expect(text).toContain("√");
  });

  it("numbers pages “— N —” in the footers (odd pages right, even pages left)", () => {
    const footers = Object.keys(parts).filter((p) => /^word\/footer\d+\.xml$/.test(p)).map((p) => strFromU8(parts[p]!));
    expect(footers).toHaveLength(2);
    for (const footer of footers) {
      expect(footer).toMatch(/PAGE/);
      expect(textOf(footer)).toBe("—  —");
    }
    expect(footers.map((f) => /<w:jc w:val="(\w+)"\/>/.exec(f)![1]).sort()).toEqual(["left", "right"]);
    expect(strFromU8(parts["word/settings.xml"]!)).toContain("<w:evenAndOddHeaders/>");
  });

  it("records the title, the organ and the date in the document properties", () => {
    const core = strFromU8(parts["docProps/core.xml"]!);
    expect(core).toContain("<dc:title>苏州市吴中区社会救助领域基层政务公开标准目录</dc:title>");
    expect(core).toContain(`<dc:creator>${relief.compiler}</dc:creator>`);
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2024-06-28T00:00:00Z</dcterms:created>');
  });
});

describe("reproducibility", () => {
  it("gives the same bytes for the same input, whatever the time zone", async () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = "Asia/Shanghai";
      const shanghai = await catalogDocx(tableOf(relief), { creator: relief.compiler!, date });
      process.env.TZ = "America/New_York";
      const newYork = await catalogDocx(tableOf(relief), { creator: relief.compiler!, date });
      expect(sha256(shanghai)).toBe(sha256(reliefBytes));
      expect(sha256(newYork)).toBe(sha256(reliefBytes));
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it("changes when the date does", async () => {
    const later = await catalogDocx(tableOf(relief), { creator: relief.compiler!, date: new Date(Date.UTC(2025, 0, 1)) });
    expect(sha256(later)).not.toBe(sha256(reliefBytes));
  });
});

describe("official building blocks (shared with the diff's change notice)", () => {
  it("lay out a portrait notice: 版心 margins, 22-line body text indented two characters", async () => {
    const fonts = officialFonts();
    const doc = officialDocument({
      title: "关于调整目录的通知",
      creator: "苏州市吴中区人民政府办公室",
      fonts,
      sections: [officialSection({ orientation: "portrait", fonts, restartNumbering: true, children: [documentTitle("关于调整目录的通知", fonts), bodyParagraph("各镇人民政府：", fonts)] })],
    });
    const xml = strFromU8(unzipSync(await packDocx(doc, { title: "关于调整目录的通知", creator: "苏州市吴中区人民政府办公室", date }))["word/document.xml"]!);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(xml).toMatch(/<w:pgMar w:top="2097" w:right="1474" w:bottom="1984" w:left="1587"/);
    const body = /<w:p>(?:(?!<\/w:p>).)*各镇人民政府：/.exec(xml)![0];
    expect(body).toContain('w:line="579" w:lineRule="exact"');
    expect(body).toContain('<w:ind w:firstLine="640" w:firstLineChars="200"/>');
    expect(body).toContain('w:eastAsia="仿宋_GB2312"');
  });
});

const conversion = office.missing ? `skipped: ${office.missing}` : "LibreOffice";

describe(`printed by LibreOffice (${conversion})`, () => {
  let dir: string;
  let pdfs: string[] = [];
  const docs = [relief, education];

  beforeAll(async () => {
    if (office.missing) return;
    dir = mkdtempSync(join(tmpdir(), "catalog-docx-"));
    const files = [join(dir, "relief.docx"), join(dir, "education.docx"), join(dir, "combined.docx"), join(dir, "numbers.docx")];
    writeFileSync(files[0]!, reliefBytes);
    writeFileSync(files[1]!, educationBytes);
    writeFileSync(files[2]!, await combinedDocx(docs.map(tableOf), "苏州市吴中区基层政务公开标准目录", { creator: "苏州市吴中区", date }));
    writeFileSync(files[3]!, await catalogDocx(numbersTable(), { creator: relief.compiler!, date }));
    pdfs = docxToPdf(files, dir);
  });

  /** Text inside one table column of one page, read from the PDF at the column's position in the document's grid. */
  function columnText(pdf: string, page: number, column: number, xml: string): string {
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]) / 20);
    const left = Number(/<w:pgMar [^>]*w:left="(\d+)"/.exec(xml)![1]) / 20 + grid.slice(0, column).reduce((a, b) => a + b, 0);
    const args = ["-enc", "UTF-8", "-f", String(page), "-l", String(page), "-x", String(Math.floor(left)), "-y", "0", "-W", String(Math.ceil(grid[column]!)), "-H", "600", pdf, "-"];
    return execFileSync("pdftotext", args, { encoding: "utf8" });
  }
  const squeeze = (text: string) => text.replace(/\s+/g, "");

  withOffice("converts without error, keeping the title and the organ", () => {
    expect(pdfs).toHaveLength(4);
    expect(pdfInfo(pdfs[0]!).Title).toBe("苏州市吴中区社会救助领域基层政务公开标准目录");
    expect(pdfInfo(pdfs[0]!).Author).toBe(relief.compiler);
  });

  withOffice("prints every item, with both header rows on every page", () => {
    docs.forEach((catalog, d) => {
      const pages = pdfPages(pdfs[d]!);
      expect(pages).toBeGreaterThan(1);
      const xml = strFromU8(unzipSync([reliefBytes, educationBytes][d]!)["word/document.xml"]!);
      let names = "";
      for (let page = 1; page <= pages; page++) {
        const column = squeeze(columnText(pdfs[d]!, page, 2, xml));
        expect(column, `page ${page}`).toContain("二级事项");
        names += column;
      }
      for (const item of catalog.items) expect(names).toContain(item.name.replace(/\s+/g, ""));
    });
  });

  withOffice("shows, on every page, the 一级事项 of each row printed there", () => {
    const table = tableOf(relief);
    const rows = rowsOf(table);
    const pages = pdfPages(pdfs[0]!);
    const seen = new Set<number>();
    for (let page = 1; page <= pages; page++) {
      const numbers = columnText(pdfs[0]!, page, 0, documentXml).split("\n").filter((line) => /^\d+$/.test(line.trim())).map(Number);
      const categories = squeeze(columnText(pdfs[0]!, page, 1, documentXml));
      for (const seq of numbers) {
        seen.add(seq);
        expect(categories, `page ${page}, row ${seq}`).toContain(rows[seq - 1]!.category);
      }
    }
    expect(seen.size).toBe(rows.length);
  });

  withOffice("never breaks the number of a document number across lines (国务院令第649号, 〔2014〕)", () => {
    // Line by line, word joiners and the spaces pdftotext puts between scripts removed.
    const lines = execFileSync("pdftotext", ["-enc", "UTF-8", pdfs[3]!, "-"], { encoding: "utf8", maxBuffer: 1 << 26 })
      .split("\n")
      .map((line) => line.replace(/[\u2060\s]/g, ""));
    const rows = rowsOf(tableOf(relief)).length * perRow;
    for (const number of numbers) {
      const whole = lines.reduce((n, line) => n + line.split(number).length - 1, 0);
      expect(whole, number).toBe(rows);
    }
  });

  withOffice("prints a combined document with a section per domain, 附件1 and 附件2, page numbers running on", () => {
    const text = squeeze(execFileSync("pdftotext", ["-enc", "UTF-8", pdfs[2]!, "-"], { encoding: "utf8" }));
    expect(text).toContain("附件1");
    expect(text).toContain("附件2");
    expect(pdfPages(pdfs[2]!)).toBe(pdfPages(pdfs[0]!) + pdfPages(pdfs[1]!));
  });
});
