/**
 * The row template (render/docx/rows.ts) and the compiled-once documents (package.ts) against `docx`
 * itself: every part of a package built the fast way must be the bytes `docx` writes when it builds
 * the same document, rows and all, as objects.
 */
import { TableRow } from "docx";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { validate } from "../../src/api.js";
import type { Catalog } from "../../src/model/types.js";
import { bodyRows, catalogDocument, catalogDocx, combinedDocx, type SectionBody } from "../../src/render/docx/catalog.js";
import { officialFonts, textCell, type OfficialFonts } from "../../src/render/docx/official.js";
import { packDocx } from "../../src/render/docx/package.js";
import type { BodyRow } from "../../src/render/docx/rows.js";
import { catalogTable, type CatalogTable } from "../../src/render/table.js";
import { packageRoot } from "../../src/paths.js";
import { registries } from "../helpers/check.js";

const channelNames = registries.channels.map((c) => c.name);
const shipped = (await validate({ cwd: packageRoot, paths: ["catalogs"] })).catalogs.filter((c) => !c.negativeList); // negative lists are published as lists, not catalog tables
const date = new Date(Date.UTC(2024, 5, 28));
const meta = { creator: "苏州市吴中区人民政府办公室", date };

/** The row as docx objects (keep-with-next on its paragraphs: docx 9.7 has no row-level option). */
const docxRow = (row: BodyRow) => new TableRow({ cantSplit: true, children: row.cells.map((cell) => textCell(cell.lines, { ...cell, keepNext: row.keepNext })) });

const bodyOf = (table: CatalogTable, fonts: OfficialFonts): SectionBody => ({ title: table.title, rows: [...bodyRows(table, fonts)].map(docxRow) });

function partsOf(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]));
}

/** The same catalog, every text hostile: markup, quotes, entities, control characters, a slot sentinel, ■□√ inside words. */
function hostile(catalog: Catalog): Catalog {
  const evil = (text: string, i: number) => `${text}<b>&amp;"'\u0007\u000b\ufdd0rows0\ufdd0 ■A□√ ${i % 3 ? "" : "\n第二行 国办发〔2019〕54号"}`;
  return {
    ...catalog,
    jurisdiction: { ...catalog.jurisdiction, name: `${catalog.jurisdiction.name}<&>` },
    items: catalog.items.map((item, i) => ({
      ...item,
      name: evil(item.name, i),
      category: i % 4 ? item.category : evil(item.category, i),
      subject: evil(item.subject, i),
      content: item.content.map((c) => evil(c, i)),
      ...(i % 2 ? { note: evil("备注", i) } : {}),
      // The optional columns (三级事项, 特定群体（请写明）, 村级) in some rows only.
      ...(i % 3 === 1 ? { subitem: evil("三级", i), audienceDetail: evil("低保对象", i) } : {}),
      ...(i % 5 === 2 ? { levels: [...item.levels, { raw: "村级", canonical: "村级" as const, variant: false }] } : {}),
    })),
  };
}

const tableOf = (catalog: Catalog, channels: "checklist" | "used" = "checklist") => catalogTable(catalog, { channels, channelNames });

const cases: [string, CatalogTable, OfficialFonts][] = [
  ...shipped.map((c): [string, CatalogTable, OfficialFonts] => [`${c.jurisdiction.name} ${c.domain}`, tableOf(c), officialFonts()]),
  ...shipped.slice(0, 3).map((c): [string, CatalogTable, OfficialFonts] => [`${c.domain}, channels used`, tableOf(c, "used"), officialFonts()]),
  ...shipped.slice(0, 3).map((c): [string, CatalogTable, OfficialFonts] => [`hostile ${c.domain}`, tableOf(hostile(c)), officialFonts({ body: `仿宋"&<'>` })]),
];

describe("the row template writes what docx writes", () => {
  it.each(cases)("%s", async (_name, table, fonts) => {
    const fast = partsOf(await catalogDocx(table, meta, { fonts }));
    const properties = { title: table.title, creator: meta.creator, subject: table.domain, keywords: ["政务公开", "标准目录", table.domain].join(","), date };
    const slow = partsOf(await packDocx(catalogDocument([table], { fonts }, [bodyOf(table, fonts)], false), properties));
    expect(Object.keys(fast)).toEqual(Object.keys(slow));
    for (const path of Object.keys(slow)) expect(fast[path], path).toBe(slow[path]);
    expect((fast["word/document.xml"]!.match(/<w:tr>/g) ?? []).length).toBe(2 + table.rowCount);
  });

  it("in a combined document, each section's rows in its own table", async () => {
    const tables = shipped.filter((c) => c.jurisdiction.code === "320506").map((c) => tableOf(c));
    expect(tables.length).toBeGreaterThan(1);
    const fonts = officialFonts();
    const fast = partsOf(await combinedDocx(tables, "苏州市吴中区基层政务公开标准目录", meta));
    const slow = partsOf(
      await packDocx(catalogDocument(tables, { fonts }, tables.map((t) => bodyOf(t, fonts)), true), { title: "苏州市吴中区基层政务公开标准目录", creator: meta.creator, keywords: "政务公开,标准目录", date }),
    );
    for (const path of Object.keys(slow)) expect(fast[path], path).toBe(slow[path]);
  });

  it("writes no control character and no sentinel into any part", async () => {
    for (const [, table, fonts] of cases.filter(([name]) => name.startsWith("hostile"))) {
      // The hostile cases carry every optional column, so the comparison above covered them.
      expect([table.withSubitem, table.withAudienceDetail, table.withVillage, table.withNote]).toEqual([true, true, true, true]);
      const parts = partsOf(await catalogDocx(table, { creator: "县政府\u000b办公室\u0001", date }, { fonts }));
      for (const [path, xml] of Object.entries(parts)) {
        expect(xml, path).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufdd0]/);
      }
      expect(parts["docProps/core.xml"]).toContain("<dc:creator>县政府办公室</dc:creator>");
      expect(parts["word/document.xml"]).toContain("&lt;b&gt;&amp;amp;&quot;&apos;");
    }
  });
});
