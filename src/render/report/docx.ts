/**
 * The monitoring report as a Word document for the 季通报, in the build's official GB/T 9704 style
 * (A4 portrait, 方正小标宋 title, 黑体 headings, 仿宋 text): the same sections and tables as the page
 * (sections.ts), without the charts. Byte-reproducible: the date comes in.
 */
import { type Paragraph, type Table, TableRow } from "docx";
import { columnWidths, documentTitle, ems, fixedTable, headerRow, heading, bodyParagraph, officialDocument, officialFonts, officialSection, size, textCell, twips, typeAreaWidth, type OfficialFonts } from "../docx/official.js";
import { packDocx } from "../docx/package.js";
import type { ReportData } from "../../model/monitor.js";
import { reportFacts, reportSections, reportTitle, type ReportTable } from "./sections.js";
import type { ReportView } from "./view.js";

const numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** Chinese headings are numbered 一、二、…; English ones 1. 2. … */
const numbered = (n: number, text: string, view: ReportView) => (view.lang === "zh" ? `${numerals[n] ?? n + 1}、${text}` : `${n + 1}. ${text}`);

/**
 * Column weights: each column as wide as its widest cell or heading would be on one line, between a
 * figure's few characters and a long list's share, so headings of short columns do not break per character.
 */
function weights(table: ReportTable): number[] {
  return table.columns.map((column, i) => Math.min(14, Math.max(3, ems(column), ...table.rows.map((r) => ems(r[i]!.text)))));
}

function tableOf(table: ReportTable, fonts: OfficialFonts): (Paragraph | Table)[] {
  const fontSize = size.小五;
  const widths = columnWidths(twips(typeAreaWidth.portrait), weights(table));
  const rows = table.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.map((c, i) => textCell([c.text], { width: widths[i]!, fontName: c.head ? fonts.heading : fonts.body, fontSize, ...(c.number ? { align: "center" as const } : {}) })),
      }),
  );
  return [heading(table.caption, fonts, size.四号), fixedTable(widths, [headerRow(table.columns, widths, fonts, fontSize), ...rows])];
}

export async function reportDocx(data: ReportData, view: ReportView, date: Date): Promise<Uint8Array> {
  const fonts = officialFonts();
  const title = reportTitle(data, view);
  const separator = view.lang === "zh" ? "：" : ": ";
  const body = [
    documentTitle(title, fonts),
    ...reportFacts(data, view).map(([label, value]) => bodyParagraph(`${label}${separator}${value}`, fonts, { indent: false })),
    ...reportSections(data, view).flatMap((section, n) => [
      heading(numbered(n, section.heading, view), fonts),
      ...section.paragraphs.map((p) => bodyParagraph(p, fonts)),
      ...section.notes.map((p) => bodyParagraph(p, fonts, { fontSize: size.小四 })),
      ...section.tables.flatMap((t) => tableOf(t, fonts)),
    ]),
  ];
  const doc = officialDocument({ title, creator: "catalog", fonts, sections: [officialSection({ orientation: "portrait", fonts, children: body })] });
  return packDocx(doc, { title, creator: "catalog", date });
}
